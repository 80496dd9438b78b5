package com.gauthconsole.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.run.step.DataCenterForm;
import com.gauthconsole.testing.GauthSimulatorClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two requests for the same step at the same moment: exactly one attempt executes, enforced by the database, and
 * GAuth receives exactly one request for it.
 */
class DoubleExecutionTest {

    static final DataCenterForm DATA_CENTER = new DataCenterForm("/usw1", "https://gauth.acme.example.com", false);

    @Test
    void runsTheStepOnceWhenTwoRequestsArriveTogether() throws Exception {
        try (ConfigurableApplicationContext console = TwoConsoles.start(TwoConsoles.newDatabase())) {
            long runId = TwoConsoles.startRun(console);
            TwoConsoles.runToStepFive(console, runId);
            GauthSimulatorClient gauth = new GauthSimulatorClient(port(console));
            gauth.inject("{\"call\": \"ADD_DATA_CENTER\", \"delay\": \"PT0.5S\", \"times\": 1}");

            List<String> outcomes = TwoConsoles.raceStepFive(console, console, runId);

            assertOneExecuted(console, runId, outcomes);
            assertThat(gauth.requests("ADD_DATA_CENTER")).isEqualTo(1);
        }
    }

    @Test
    void runsTheStepOnceWhenTwoInstancesSharingADatabaseAreAskedTogether() throws Exception {
        String database = TwoConsoles.newDatabase();
        try (ConfigurableApplicationContext first =
                TwoConsoles.start(database, "--console.runs.single-instance=false")) {
            String firstSimulator = "http://localhost:" + port(first) + "/gauth-sim";
            try (ConfigurableApplicationContext second = TwoConsoles.start(
                    database,
                    "--console.runs.single-instance=false",
                    "--console.targets[0].name=Built-in simulator",
                    "--console.targets[0].base-url=" + firstSimulator,
                    "--console.targets[0].ops-username=ops",
                    "--console.targets[0].ops-password=ops")) {
                long runId = TwoConsoles.startRun(first);
                TwoConsoles.runToStepFive(first, runId);
                GauthSimulatorClient gauth = new GauthSimulatorClient(port(first));
                gauth.inject("{\"call\": \"ADD_DATA_CENTER\", \"delay\": \"PT0.5S\", \"times\": 1}");

                List<String> outcomes = TwoConsoles.raceStepFive(first, second, runId);

                assertOneExecuted(first, runId, outcomes);
                assertThat(gauth.requests("ADD_DATA_CENTER")).isEqualTo(1);
            }
        }
    }

    static void assertOneExecuted(ConfigurableApplicationContext console, long runId, List<String> outcomes) {
        assertThat(outcomes).containsOnlyOnce("executed");
        assertThat(outcomes).anySatisfy(outcome -> assertThat(outcome).contains("Step 5 is already running"));
        long attempts = console.getBean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM step_attempt WHERE run_id = ? AND step = 'ADD_DATA_CENTER'")
                .param(runId)
                .query(Long.class)
                .single();
        assertThat(attempts).isEqualTo(1);
    }

    static int port(ConfigurableApplicationContext console) {
        return ((WebServerApplicationContext) console).getWebServer().getPort();
    }
}
