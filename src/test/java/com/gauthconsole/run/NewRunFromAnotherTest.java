package com.gauthconsole.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.testing.WizardDriver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** "Start a new run from this one": same target and inputs, the domains as given, CC-id and secrets typed anew. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "console.targets[0].name=Built-in simulator",
            "console.targets[0].base-url=http://localhost:${local.server.port}/gauth-sim",
            "console.targets[0].ops-username=ops",
            "console.targets[0].ops-password=ops"
        })
@AutoConfigureMockMvc
class NewRunFromAnotherTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aNewRunFromAnotherTakesItsInputsButNotItsCcIdOrSecrets() throws Exception {
        WizardDriver wizard = new WizardDriver(mvc, "operator", "OPERATOR");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long source = wizard.start("old-" + unique + ".example.com", "old-" + unique + ".com", WizardDriver.TARGET);
        Map<String, List<String>> client = new HashMap<>(WizardDriver.clientDefaults("client-" + unique));
        client.put("redirectUris", List.of("https://gauth.old-" + unique + ".example.com\nhttps://extra.example.org"));
        wizard.execute(source, Step.CREATE_API_CLIENT, client);
        wizard.execute(source, Step.CREATE_TOKEN, Map.of());
        Map<String, List<String>> environment =
                new HashMap<>(WizardDriver.environmentDefaults("cc-" + unique, "cfg-secret-" + unique));
        environment.put("primaryAddress", List.of("10.1.2.3"));
        wizard.execute(source, Step.ADD_ENVIRONMENT, environment);

        String newRunPage = wizard.page("/runs/new?from=" + source);
        assertThat(newRunPage)
                .contains("value=\"old-" + unique + ".example.com\"", "value=\"old-" + unique + ".com\"")
                .contains("name=\"from\"", "value=\"" + source + "\"");
        long copy = wizard.start("new-" + unique + ".example.com", "new-" + unique + ".com", WizardDriver.TARGET);
        assertThat(copy).isNotEqualTo(source);
        long reused = startFrom(wizard, source, "new-" + unique);

        assertThat(wizard.page("/runs/" + reused + "/steps/client"))
                .contains("https://gauth.new-" + unique + ".example.com", "https://extra.example.org")
                .doesNotContain("old-" + unique);
        assertThat(wizard.page("/runs/" + copy + "/steps/client")).doesNotContain("extra.example.org");
        wizard.execute(reused, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("client2-" + unique));
        wizard.execute(reused, Step.CREATE_TOKEN, Map.of());
        String environmentPage = wizard.page("/runs/" + reused + "/steps/environment");
        assertThat(environmentPage)
                .contains("value=\"10.1.2.3\"")
                .doesNotContain("cc-" + unique, "cfg-secret-" + unique);
    }

    private long startFrom(WizardDriver wizard, long source, String name) throws Exception {
        return wizard.startFrom(name + ".example.com", name + ".com", WizardDriver.TARGET, source);
    }
}
