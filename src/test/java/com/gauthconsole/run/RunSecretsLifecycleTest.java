package com.gauthconsole.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.run.engine.RunSecretName;
import com.gauthconsole.run.engine.RunSecrets;
import com.gauthconsole.run.engine.SecretRetention;
import com.gauthconsole.testing.GauthSimulatorClient;
import com.gauthconsole.testing.MutableClock;
import com.gauthconsole.testing.MutableClockConfiguration;
import com.gauthconsole.testing.WizardDriver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a run keeps sealed, and for how long: nothing typed is kept before the step may run; everything goes when a
 * lead abandons the run or once it has been idle for the retention period.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class RunSecretsLifecycleTest {

    private static final String KEPT_PASSWORD = "cfg-password-kept-1";
    private static final String LATER_PASSWORD = "cfg-password-later-2";
    private static final String CLIENT_SECRET = "client-secret-typed-3";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RunSecrets secrets;

    @Autowired
    SecretRetention retention;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    private WizardDriver operator;
    private WizardDriver lead;
    private GauthSimulatorClient gauth;
    private String ccId;

    @BeforeEach
    void emptySimulator() throws Exception {
        operator = new WizardDriver(mvc, "operator", "OPERATOR");
        lead = new WizardDriver(mvc, "lead", "LEAD");
        gauth = new GauthSimulatorClient(port);
        gauth.reset();
        ccId = "cc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aPasswordTypedForAStepThatMayNotRunYetIsNotKept() throws Exception {
        long runId = operator.start("acme.example.com");

        String page = operator.submit(runId, Step.ADD_ENVIRONMENT, environment(LATER_PASSWORD), "preview");

        assertThat(page).contains("Finish step 1");
        assertThat(keptNames(runId)).isEmpty();
    }

    @Test
    void anOperatorCannotReplaceThePasswordKeptForAFailedStep() throws Exception {
        long runId = runWithFailedEnvironmentStep();

        String page = operator.submit(runId, Step.ADD_ENVIRONMENT, environment(LATER_PASSWORD), "preview");

        String replaced =
                operator.postForm("/runs/" + runId + "/client-secret", Map.of("clientSecret", "not-the-secret"));

        assertThat(page).contains("a team lead must re-run");
        assertThat(secrets.find(runId, RunSecretName.CONFIG_SERVER_PASSWORD))
                .hasValueSatisfying(kept -> assertThat(kept.reveal()).isEqualTo(KEPT_PASSWORD));
        assertThat(replaced).contains("still keeps what it needs");
        assertThat(secrets.find(runId, RunSecretName.CLIENT_SECRET))
                .hasValueSatisfying(kept -> assertThat(kept.reveal()).isEqualTo(CLIENT_SECRET));
    }

    @Test
    void previewsAreShownWithoutFingerprintsOfWhatWasTyped() throws Exception {
        long runId = runToStepThree();

        String page = operator.submit(runId, Step.ADD_ENVIRONMENT, environment(LATER_PASSWORD), "preview");

        assertThat(page)
                .contains("[REDACTED]")
                .doesNotContain("[REDACTED hmac:")
                .doesNotContain(LATER_PASSWORD);
    }

    @Test
    void twoPreviewsWithAPasswordAtTheSameMomentBothSucceed() throws Exception {
        long runId = runToStepThree();
        ExecutorService browsers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> previews = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String password = "cfg-password-race-" + i;
                previews.add(() -> operator.submit(runId, Step.ADD_ENVIRONMENT, environment(password), "preview"));
            }
            for (Future<String> preview : browsers.invokeAll(previews)) {
                assertThat(preview.get()).contains("curl --request POST");
            }
        } finally {
            browsers.shutdown();
        }
        assertThat(keptNames(runId)).containsOnlyOnce("CONFIG_SERVER_PASSWORD");
    }

    @Test
    void aLeadAbandonsAFailedRunAndItsSecretsAreDeletedAtOnce() throws Exception {
        long runId = runWithFailedEnvironmentStep();
        assertThat(keptNames(runId)).contains("CLIENT_SECRET", "ACCESS_TOKEN", "CONFIG_SERVER_PASSWORD");

        String withoutReason = lead.postForm("/runs/" + runId + "/abandon", Map.of("reason", " "));
        String abandoned =
                lead.postForm("/runs/" + runId + "/abandon", Map.of("reason", "Customer cancelled the onboarding"));
        String afterwards = operator.execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults(ccId));

        assertThat(withoutReason).contains("Say why the run is abandoned");
        assertThat(abandoned)
                .contains("ABANDONED", "Abandoned by", "lead", "Customer cancelled the onboarding")
                .contains("None: whatever a step needs is asked for again");
        assertThat(keptNames(runId)).isEmpty();
        assertThat(afterwards).contains("This run was abandoned by lead");
        assertThat(lead.page("/history/runs/" + runId)).contains("Abandoned by", "Customer cancelled the onboarding");
        assertThat(jdbc.sql("SELECT kind || ' ' || actor || ' ' || details FROM audit_event WHERE run_id = ?"
                                + " AND kind LIKE 'RUN%' ORDER BY seq")
                        .param(runId)
                        .query(String.class)
                        .list())
                .satisfiesExactly(
                        created -> assertThat(created)
                                .startsWith("RUN_CREATED operator {")
                                .contains("\"target\":\"Built-in simulator\""),
                        closed -> assertThat(closed)
                                .isEqualTo("RUN_ABANDONED lead {\"reason\":\"Customer cancelled the onboarding\"}"));
    }

    @Test
    void anIdleRunForgetsItsSecretsAfterTheRetentionAndAsksForThemAgain() throws Exception {
        long runId = runWithFailedEnvironmentStep();
        String before = lead.page("/runs/" + runId);

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        String after = lead.page("/runs/" + runId);
        int presentBeforeSweep = keptNames(runId).size();
        retention.sweep();

        assertThat(before).contains("The Configuration Server password, until", "The API client secret, until");
        assertThat(after)
                .contains("None: whatever a step needs is asked for again", "Enter the API client secret again");
        assertThat(presentBeforeSweep).isPositive();
        assertThat(keptNames(runId)).isEmpty();
        assertThat(lead.execute(runId, Step.ADD_ENVIRONMENT, environment("")))
                .contains("Enter the Configuration Server password");

        String typedAgain =
                operator.postForm("/runs/" + runId + "/client-secret", Map.of("clientSecret", CLIENT_SECRET));
        String reRun = lead.execute(runId, Step.ADD_ENVIRONMENT, environment(LATER_PASSWORD));

        assertThat(typedAgain).doesNotContain("Enter the API client secret again", CLIENT_SECRET);
        assertThat(reRun).contains("Done", "environment_id");
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE run_id = ? AND kind = 'RUN_CLIENT_SECRET_GIVEN_AGAIN'")
                        .param(runId)
                        .query(String.class)
                        .list())
                .containsExactly("operator");
    }

    private long runToStepThree() throws Exception {
        long runId = operator.start("acme.example.com");
        Map<String, List<String>> client = new HashMap<>(WizardDriver.clientDefaults("client-" + ccId));
        client.put("clientSecret", List.of(CLIENT_SECRET));
        operator.execute(runId, Step.CREATE_API_CLIENT, client);
        operator.execute(runId, Step.CREATE_TOKEN, Map.of());
        return runId;
    }

    private long runWithFailedEnvironmentStep() throws Exception {
        long runId = runToStepThree();
        gauth.inject("{\"call\": \"ADD_ENVIRONMENT\", \"httpStatus\": 500, \"message\": \"db down\", \"times\": 1}");
        assertThat(operator.execute(runId, Step.ADD_ENVIRONMENT, environment(KEPT_PASSWORD)))
                .contains("Attempt 1 failed");
        return runId;
    }

    private Map<String, List<String>> environment(String password) {
        return new HashMap<>(WizardDriver.environmentDefaults(ccId, password));
    }

    private List<String> keptNames(long runId) {
        return jdbc.sql("SELECT name FROM run_secret WHERE run_id = ?")
                .param(runId)
                .query(String.class)
                .list();
    }
}
