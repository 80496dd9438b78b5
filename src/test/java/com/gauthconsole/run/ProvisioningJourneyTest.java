package com.gauthconsole.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.testing.WizardDriver;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An operator provisions a customer through all six steps, against the built-in simulator over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ProvisioningJourneyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private WizardDriver wizard;
    private String unique;

    @BeforeEach
    void signIn() {
        wizard = new WizardDriver(mvc, "operator", "OPERATOR");
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void completesAllSixStepsAndRecordsEveryAttemptRedacted() throws Exception {
        long runId = wizard.start("acme.example.com");
        String ccId = "cc-" + unique;

        String clientPage = wizard.page("/runs/" + runId + "/steps/client");
        assertThat(clientPage).contains("value=\"external_api_client\"", "https://gws.acme.example.com", "43200");

        String preview = wizard.submit(
                runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("client-" + unique), "preview");
        assertThat(preview)
                .contains("The request that will be sent", "/gauth-sim/auth/v3/ops/clients", "curl --request POST");
        assertThat(wizard.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("client-" + unique)))
                .contains("Done", "client-" + unique, "Next: step 2");
        assertThat(wizard.execute(runId, Step.CREATE_TOKEN, Map.of())).contains("Done", "Next: step 3");
        assertThat(wizard.execute(
                        runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults(ccId, "cfg-pass-" + unique)))
                .contains("Done", "environment_id");
        String contactCenter = wizard.execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults(ccId));
        assertThat(contactCenter).contains("Done", "contact_center_id");
        assertThat(wizard.execute(runId, Step.ADD_DATA_CENTER, WizardDriver.dataCenterDefaults("/" + unique)))
                .contains("Done");
        assertThat(wizard.execute(runId, Step.UPDATE_CORS, WizardDriver.corsDefaults()))
                .contains("Done");

        Map<String, Object> run = jdbc.sql("SELECT * FROM provisioning_run WHERE id = ?")
                .param(runId)
                .query()
                .singleRow();
        assertThat(run.get("STATUS")).isEqualTo("SUCCEEDED");
        assertThat(run.get("CLIENT_ID")).isEqualTo("client-" + unique);
        assertThat(UUID.fromString((String) run.get("ENVIRONMENT_ID"))).isNotNull();
        assertThat(UUID.fromString((String) run.get("CONTACT_CENTER_ID"))).isNotNull();
        assertThat(wizard.page("/runs/" + runId)).contains((String) run.get("CONTACT_CENTER_ID"), "SUCCEEDED");

        List<Map<String, Object>> attempts = jdbc.sql("SELECT * FROM step_attempt WHERE run_id = ? ORDER BY id")
                .param(runId)
                .query()
                .listOfRows();
        assertThat(attempts)
                .extracting(row -> row.get("STEP"))
                .containsExactly(
                        "CREATE_API_CLIENT",
                        "CREATE_TOKEN",
                        "ADD_ENVIRONMENT",
                        "ADD_CONTACT_CENTER",
                        "ADD_DATA_CENTER",
                        "UPDATE_CORS");
        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.get("STATUS")).isEqualTo("SUCCEEDED");
            assertThat(attempt.get("ACTOR")).isEqualTo("operator");
            assertThat(attempt.get("REQUEST_METHOD")).isEqualTo("POST");
            assertThat((String) attempt.get("REQUEST_HEADERS")).contains("[REDACTED hmac:");
            assertThat((String) attempt.get("REQUEST_BODY")).isNotBlank();
            assertThat(attempt.get("RESPONSE_STATUS")).isEqualTo(200);
            assertThat((String) attempt.get("RESPONSE_BODY")).isNotBlank();
            assertThat(attempt.get("FINISHED_AT")).isNotNull();
        });
        assertThat((String) attempts.get(1).get("RESPONSE_BODY")).contains("\"access_token\":\"[REDACTED hmac:");
        assertThat((String) attempts.get(2).get("REQUEST_BODY")).contains("\"password\":\"[REDACTED hmac:");
        assertThat((String) attempts.get(3).get("RETURNED_IDS"))
                .contains(run.get("CONTACT_CENTER_ID").toString());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM run_secret WHERE run_id = ?")
                        .param(runId)
                        .query(Long.class)
                        .single())
                .as("a finished run keeps no secret")
                .isZero();
        List<String> events = jdbc.sql("SELECT kind FROM audit_event WHERE run_id = ? ORDER BY seq")
                .param(runId)
                .query(String.class)
                .list();
        long attemptCount = jdbc.sql("SELECT COUNT(*) FROM step_attempt WHERE run_id = ?")
                .param(runId)
                .query(Long.class)
                .single();
        assertThat(events).first().isEqualTo("RUN_CREATED");
        assertThat(events).last().isEqualTo("RUN_FINISHED");
        assertThat(events.subList(1, events.size() - 1))
                .as("every attempt is an event, in order, between the run's start and its finish")
                .hasSize((int) attemptCount)
                .containsOnly("STEP_EXECUTED");
    }
}
