package com.gauthconsole.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.gauthconsole.testing.GauthSimulatorClient;
import com.gauthconsole.testing.WizardDriver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A step page whose attempt is running says so and marks its region live (the script asks for the page again until
 * that region changes), and so is the home page's list that shows its run; once the attempt ends, neither is live.
 * The pages load the one script file.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "console.targets[0].name=Built-in simulator",
            "console.targets[0].base-url=http://localhost:${local.server.port}/gauth-sim",
            "console.targets[0].ops-username=ops",
            "console.targets[0].ops-password=ops"
        })
@AutoConfigureMockMvc
class LiveProgressTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void aRunningStepsPageFollowsTheAttemptUntilItEnds() throws Exception {
        WizardDriver operator = new WizardDriver(mvc, "operator", "OPERATOR");
        WizardDriver lead = new WizardDriver(mvc, "lead", "LEAD");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long runId = operator.start("live-" + unique + ".example.com");
        String stepPage = "/runs/" + runId + "/steps/client";
        assertThat(operator.page(stepPage))
                .contains("data-executes", "/js/console.js\" defer")
                .doesNotContain("data-live");
        GauthSimulatorClient gauth = new GauthSimulatorClient(port);
        gauth.inject("{\"call\": \"CREATE_CLIENT\", \"delay\": \"PT3S\", \"times\": 1}");

        CompletableFuture<String> executed = CompletableFuture.supplyAsync(() -> {
            try {
                return operator.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("c-" + unique));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String whileRunning = waitForRunning(lead, stepPage);

        assertThat(whileRunning).contains("id=\"latest-attempt\" data-live=\"2\"", "Calling GAuth: running since");
        assertThat(lead.page("/runs/" + runId)).contains("id=\"run-state\" data-live=\"2\"");
        WizardDriver colleague = new WizardDriver(mvc, "colleague", "OPERATOR");
        assertThat(colleague.page("/"))
                .contains("id=\"recent-runs\" class=\"table table-sm align-middle\" data-live=\"5\"");
        assertThat(executed.get()).contains("Done");
        assertThat(lead.page(stepPage)).doesNotContain("data-live", "Calling GAuth: running since");
        assertThat(lead.page("/runs/" + runId)).doesNotContain("data-live");
        assertThat(colleague.page("/")).contains("id=\"recent-runs\"").doesNotContain("data-live");
        assertThat(mvc.perform(get("/js/console.js"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("data-live", "Calling GAuth…");
    }

    private static String waitForRunning(WizardDriver driver, String path) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(3));
        String page = driver.page(path);
        while (!page.contains("running since") && Instant.now().isBefore(until)) {
            Thread.sleep(50);
            page = driver.page(path);
        }
        return page;
    }
}
