package com.gauthconsole.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.gauthconsole.run.engine.InterruptedAttempts;
import com.gauthconsole.testing.GauthSimulatorClient;
import com.gauthconsole.testing.MutableClock;
import com.gauthconsole.testing.MutableClockConfiguration;
import com.gauthconsole.testing.WizardDriver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A target that may take ten minutes to answer: its attempts are swept only past that, and a call that answers after
 * its attempt was swept anyway is still recorded, with what it created.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "console.targets[0].name=Built-in simulator",
            "console.targets[0].base-url=http://localhost:${local.server.port}/gauth-sim",
            "console.targets[0].ops-username=ops",
            "console.targets[0].ops-password=ops",
            "console.targets[0].response-timeout=10m",
            "console.runs.single-instance=false"
        })
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class LateAnswerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    InterruptedAttempts sweeper;

    @LocalServerPort
    int port;

    @Test
    void sweepsAnAttemptOnlyPastItsTargetsTimeoutsAndRecordsTheLateAnswerWithItsGeneratedSecret() throws Exception {
        WizardDriver operator = new WizardDriver(mvc, "operator", "OPERATOR");
        String clientId = "late-" + UUID.randomUUID().toString().substring(0, 8);
        long runId = operator.start("late.example.com");
        new GauthSimulatorClient(port).inject("{\"call\": \"CREATE_CLIENT\", \"delay\": \"PT5S\", \"times\": 1}");
        CompletableFuture<String> answered = CompletableFuture.supplyAsync(() -> {
            try {
                return operator.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults(clientId));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        awaitAttempt(runId, "RUNNING");

        clock.advance(Duration.ofMinutes(3));
        sweeper.sweep();
        String pastTheOldSweepTime = attempts(runId).get(0).get("STATUS").toString();
        clock.advance(Duration.ofMinutes(8));
        sweeper.sweep();
        String pastTheDeadline = attempts(runId).get(0).get("STATUS").toString();
        String page = answered.get(60, TimeUnit.SECONDS);

        assertThat(pastTheOldSweepTime).isEqualTo("RUNNING");
        assertThat(pastTheDeadline).isEqualTo("INTERRUPTED");
        assertThat(page).contains("Done", clientId).doesNotContain("Whitelabel", "Exception");
        List<Map<String, Object>> attempts = attempts(runId);
        assertThat(attempts)
                .extracting(row -> row.get("KIND") + " " + row.get("STATUS"))
                .containsExactly("EXECUTE INTERRUPTED", "LATE_ANSWER SUCCEEDED");
        assertThat(attempts.get(1).get("RE_RUN_OF")).isEqualTo(attempts.get(0).get("ID"));
        assertThat((String) attempts.get(1).get("RETURNED_IDS")).contains(clientId);
        assertThat(jdbc.sql("SELECT client_id FROM provisioning_run WHERE id = ?")
                        .param(runId)
                        .query(String.class)
                        .single())
                .isEqualTo(clientId);
        assertThat(operator.execute(runId, Step.CREATE_TOKEN, Map.of())).contains("Done");
        assertThat(verifiedHistory()).contains("Intact");
    }

    private void awaitAttempt(long runId, String status) throws InterruptedException {
        for (int i = 0; i < 100 && attempts(runId).isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(attempts(runId)).extracting(row -> row.get("STATUS")).containsExactly(status);
    }

    private List<Map<String, Object>> attempts(long runId) {
        return jdbc.sql("SELECT * FROM step_attempt WHERE run_id = ? ORDER BY id")
                .param(runId)
                .query()
                .listOfRows();
    }

    private String verifiedHistory() throws Exception {
        return mvc.perform(post("/history/verify")
                        .with(user("auditor").roles("AUDITOR"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
