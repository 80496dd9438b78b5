package com.gauthconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each feature package is an application module: modules use each other only through the types at a module's top
 * level and never in a cycle. The module diagram in {@code docs/modules} (PlantUML, C4 components) is the one this
 * code gives.
 */
class ApplicationModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(GauthConsoleApplication.class);
    private static final Path DIAGRAM = Path.of("docs", "modules", "components.puml");

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirTopLevelTypesAndWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void theModuleDiagramInTheDocsIsTheOneTheCodeGives() throws IOException {
        Path generated = Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml();

        // The documenter writes modules and relations in no fixed order: compare the lines as sets.
        assertThat(Files.readAllLines(DIAGRAM))
                .as("docs/modules/components.puml is out of date: copy target/spring-modulith-docs/components.puml")
                .containsExactlyInAnyOrderElementsOf(Files.readAllLines(generated.resolve("components.puml")));
    }
}
