package com.gauthconsole.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.gauthconsole.testing.GauthSimulatorClient;
import com.gauthconsole.testing.WizardDriver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A finished run offers its calls as one bash script: the IDs it used filled in, every secret a variable. Replayed
 * against a freshly reset simulator (which answers the CC-id as ID, so the recorded IDs hold again), it provisions
 * the customer a second time.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "console.simulator.ids=cc-id",
            "console.targets[0].name=Built-in simulator",
            "console.targets[0].base-url=http://localhost:${local.server.port}/gauth-sim",
            "console.targets[0].ops-username=ops",
            "console.targets[0].ops-password=ops"
        })
@AutoConfigureMockMvc
class RunScriptTest {

    private static final String CONFIG_PASSWORD = "cfg-password-for-the-script";

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @TempDir
    Path directory;

    private WizardDriver wizard;
    private String unique;

    @BeforeEach
    void signIn() {
        wizard = new WizardDriver(mvc, "operator", "OPERATOR");
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void offersTheRunAsAScriptWithItsIdsAndEverySecretAsAVariable() throws Exception {
        long runId = finishedRun();

        String script = wizard.page("/runs/" + runId + "/script.sh");

        assertThat(script)
                .startsWith("#!/usr/bin/env bash")
                .contains("--user \"$OPS_USERNAME:$OPS_PASSWORD\"")
                .contains("--user 'client-" + unique + ":'\"$CLIENT_SECRET\"")
                .contains("password='\"$OPS_PASSWORD\"'")
                .contains("\"password\":\"'\"$CONFIG_SERVER_PASSWORD\"'\"")
                .contains("--header \"Authorization: Bearer $ACCESS_TOKEN\"")
                .contains("\"environmentId\":\"cc-" + unique + "\"")
                .contains("\"$GAUTH_URL\"'/environment/v3/contact-centers/cc-" + unique + "/settings'")
                .contains("need CONFIG_SERVER_PASSWORD")
                .doesNotContain("[REDACTED", CONFIG_PASSWORD);
        assertThat(wizard.page("/runs/" + runId)).contains("/runs/" + runId + "/script.sh");
        assertThat(run("bash", "-n", write(script)).exitCode).as("bash -n").isZero();
    }

    @Test
    void theScriptProvisionsTheCustomerAgainOnAnEmptyGauth() throws Exception {
        assumeTrue(onPath("curl") && onPath("jq"), "needs curl and jq");
        long runId = finishedRun();
        String script = wizard.page("/runs/" + runId + "/script.sh");
        new GauthSimulatorClient(port).reset();

        Outcome replay = run(
                Map.of(
                        "OPS_USERNAME",
                        "ops",
                        "OPS_PASSWORD",
                        "ops",
                        "CLIENT_SECRET",
                        "a-new-client-secret-" + unique,
                        "CONFIG_SERVER_PASSWORD",
                        CONFIG_PASSWORD),
                "bash",
                write(script));

        assertThat(replay.exitCode).as(replay.output).isZero();
        assertThat(replay.output).contains("\"code\":0").doesNotContain("\"code\":4");
    }

    @Test
    void theScriptRefusesToStartWithoutTheSecretsItNeeds() throws Exception {
        long runId = finishedRun();
        String script = wizard.page("/runs/" + runId + "/script.sh");

        Outcome replay = run(Map.of(), "bash", write(script));

        assertThat(replay.exitCode).isNotZero();
        assertThat(replay.output).contains("Set OPS_USERNAME");
    }

    private long finishedRun() throws Exception {
        long runId = wizard.start("acme.example.com");
        Map<String, java.util.List<String>> client =
                new java.util.HashMap<>(WizardDriver.clientDefaults("client-" + unique));
        client.put("clientSecret", java.util.List.of("a-client-secret-" + unique));
        wizard.execute(runId, Step.CREATE_API_CLIENT, client);
        wizard.execute(runId, Step.CREATE_TOKEN, Map.of());
        wizard.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults("cc-" + unique, CONFIG_PASSWORD));
        wizard.execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults("cc-" + unique));
        wizard.execute(runId, Step.ADD_DATA_CENTER, WizardDriver.dataCenterDefaults("/" + unique));
        assertThat(wizard.execute(runId, Step.UPDATE_CORS, WizardDriver.corsDefaults()))
                .contains("See the finished run");
        return runId;
    }

    private String write(String script) throws IOException {
        Path file = directory.resolve("run.sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        return file.toString();
    }

    private record Outcome(int exitCode, String output) {}

    private Outcome run(String... command) throws Exception {
        return run(Map.of(), command);
    }

    private Outcome run(Map<String, String> variables, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment()
                .keySet()
                .removeIf(name -> name.matches("OPS_.*|CLIENT_SECRET|CONFIG_SERVER_.*|GAUTH_URL"));
        builder.environment().putAll(variables);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Outcome(process.exitValue(), output);
    }

    private static boolean onPath(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
