package com.gauthconsole.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.testing.GauthSimulatorClient;
import com.gauthconsole.testing.WizardDriver;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every way GAuth can fail ends as a failed attempt with a reason a support person understands, a complete audit
 * record, and a run that can be continued.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "console.targets[0].name=Built-in simulator",
            "console.targets[0].base-url=http://localhost:${local.server.port}/gauth-sim",
            "console.targets[0].ops-username=ops",
            "console.targets[0].ops-password=ops",
            "console.targets[0].response-timeout=1s",
            "console.targets[1].name=Unreachable",
            "console.targets[1].base-url=http://127.0.0.1:9/gauth",
            "console.targets[1].ops-username=ops",
            "console.targets[1].ops-password=ops",
            "console.targets[2].name=Wrong ops password",
            "console.targets[2].base-url=http://localhost:${local.server.port}/gauth-sim",
            "console.targets[2].ops-username=ops",
            "console.targets[2].ops-password=not-the-ops-password"
        })
@AutoConfigureMockMvc
class StepFailureTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private WizardDriver wizard;
    private GauthSimulatorClient faults;
    private String unique;

    enum Mode {
        TIMEOUT(
                "{\"delay\": \"PT2S\", \"httpStatus\": 503}",
                "did not answer 'Add contact center' within 1 s",
                FailureAdvice.CHECK_FIRST),
        UNAUTHORIZED(
                "{\"httpStatus\": 401, \"statusCode\": 2}",
                "rejected the access token (HTTP 401)",
                "GAuth refused the access token: re-run the step"),
        FORBIDDEN("{\"httpStatus\": 403}", "lack permission", "GAuth refused the access token"),
        DUPLICATE(
                "{\"httpStatus\": 409, \"statusCode\": 4, \"message\": \"Contact center exists\"}",
                "already exists",
                "GAuth already has this object: a lead adopts it"),
        SERVER_ERROR(
                "{\"httpStatus\": 500, \"statusCode\": 5, \"message\": \"db down\"}",
                "HTTP 500, code 5: db down",
                "GAuth failed on its side. Try again later; if it keeps failing, ask a lead"),
        PROXY_BAD_GATEWAY("{\"httpStatus\": 502}", "HTTP 502", FailureAdvice.CHECK_FIRST),
        NON_ZERO_STATUS_CODE(
                "{\"httpStatus\": 200, \"statusCode\": 12, \"message\": \"tenant locked\"}",
                "code 12: tenant locked",
                "GAuth refused an input: correct the field its message names"),
        MALFORMED_JSON(
                "{\"httpStatus\": 200, \"body\": \"MALFORMED\"}", "the body is not JSON", FailureAdvice.CHECK_FIRST),
        EMPTY_BODY("{\"httpStatus\": 200, \"body\": \"EMPTY\"}", "the body is empty", FailureAdvice.CHECK_FIRST);

        final String fault;
        final String reason;
        final String advice;

        Mode(String fault, String reason, String advice) {
            this.fault = fault;
            this.reason = reason;
            this.advice = advice;
        }
    }

    @BeforeEach
    void signIn() {
        wizard = new WizardDriver(mvc, "operator", "OPERATOR");
        faults = new GauthSimulatorClient(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void clearFaults() throws Exception {
        faults.clearFaults();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void recordsAFailedAttemptWithItsReasonAndLetsTheRunContinue(Mode mode) throws Exception {
        long runId = runToStepFour();
        faults.inject("{\"call\": \"ADD_CONTACT_CENTER\", \"times\": 1, " + mode.fault.substring(1));

        String failedPage =
                wizard.execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults("cc-" + unique));

        assertThat(failedPage)
                .contains("Attempt 1 failed", "What to do next")
                .contains(escaped(mode.reason))
                .contains(escaped(mode.advice))
                .doesNotContain("Exception", "at com.gauthconsole")
                .doesNotContain("name=\"domains\"");
        Map<String, Object> attempt = latestAttempt(runId);
        assertThat(attempt.get("STATUS")).isEqualTo("FAILED");
        assertThat((String) attempt.get("FAILURE_REASON")).contains(mode.reason);
        assertThat(attempt.get("REQUEST_URL").toString()).endsWith("/gauth-sim/environment/v3/contact-centers");
        assertThat(attempt.get("REQUEST_BODY").toString()).contains("\"environmentId\"");
        assertThat(attempt.get("FINISHED_AT")).isNotNull();
        assertThat(runStatus(runId)).isEqualTo("FAILED");

        assertThat(failedPage).contains("a team lead must re-run", "id=\"lead-needed\"");
        String retried = new WizardDriver(mvc, "lead", "LEAD")
                .execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults("cc-" + unique));

        assertThat(retried).contains("Done", "contact_center_id");
        assertThat(runStatus(runId)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void recordsARefusedConnectionAsUnreachableAndOffersTheFormAgain() throws Exception {
        long runId = wizard.start("acme.example.com", "acme.com", "Unreachable");

        String page = wizard.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("client-" + unique));

        assertThat(page)
                .contains("Could not reach GAuth at 127.0.0.1:9 (connection refused)", "a team lead must re-run")
                .contains("Nothing reached GAuth. Check the target&#39;s base URL");
        assertThat(new WizardDriver(mvc, "lead", "LEAD").page("/runs/" + runId + "/steps/client"))
                .contains("name=\"clientId\"", "value=\"client-" + unique + "\"");
        Map<String, Object> attempt = latestAttempt(runId);
        assertThat(attempt.get("STATUS")).isEqualTo("FAILED");
        assertThat(attempt.get("RESPONSE_STATUS")).isNull();
        assertThat(attempt.get("REQUEST_URL")).isEqualTo("http://127.0.0.1:9/gauth/auth/v3/ops/clients");
    }

    @Test
    void advisesCheckingTheTargetsOpsPasswordWhenGauthRefusesTheOpsCredentials() throws Exception {
        long runId = wizard.start("acme.example.com", "acme.com", "Wrong ops password");

        String page = wizard.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("client-" + unique));

        assertThat(page)
                .contains("Attempt 1 failed")
                .contains(escaped("GAuth refused the target's ops credentials: a lead checks the ops user name and"
                        + " password on the target (Targets)"));
    }

    private long runToStepFour() throws Exception {
        long runId = wizard.start("acme.example.com");
        wizard.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("client-" + unique));
        wizard.execute(runId, Step.CREATE_TOKEN, Map.of());
        wizard.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults("cc-" + unique, "cfg-password"));
        assertThat(runStatus(runId)).isEqualTo("IN_PROGRESS");
        return runId;
    }

    private Map<String, Object> latestAttempt(long runId) {
        List<Map<String, Object>> attempts = jdbc.sql("SELECT * FROM step_attempt WHERE run_id = ? ORDER BY id DESC")
                .param(runId)
                .query()
                .listOfRows();
        return attempts.get(0);
    }

    private String runStatus(long runId) {
        return jdbc.sql("SELECT status FROM provisioning_run WHERE id = ?")
                .param(runId)
                .query(String.class)
                .single();
    }

    private static String escaped(String text) {
        return text.replace("'", "&#39;");
    }
}
