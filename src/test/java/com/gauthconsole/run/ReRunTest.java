package com.gauthconsole.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.gauthconsole.testing.MutableClock;
import com.gauthconsole.testing.MutableClockConfiguration;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * A run that failed at step 4 is finished by a lead: without redoing steps 1-3, without a duplicate in GAuth, and
 * with the audit showing what was changed and by whom.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "console.targets[0].name=Built-in simulator",
            "console.targets[0].base-url=http://localhost:${local.server.port}/gauth-sim",
            "console.targets[0].ops-username=ops",
            "console.targets[0].ops-password=ops",
            "console.targets[0].response-timeout=1s"
        })
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class ReRunTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    private WizardDriver operator;
    private WizardDriver lead;
    private SimulatorControl gauth;
    private String ccId;

    @BeforeEach
    void emptySimulator() throws Exception {
        operator = new WizardDriver(mvc, "operator", "OPERATOR");
        lead = new WizardDriver(mvc, "lead", "LEAD");
        gauth = new SimulatorControl(port, "ops", "ops");
        gauth.reset();
        ccId = "cc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aLeadReRunsAFailedStepWithCorrectedInputsAndTheRunSucceedsWithoutDuplicates() throws Exception {
        long runId = runToStepFour();
        gauth.inject(
                "{\"call\": \"ADD_CONTACT_CENTER\", \"httpStatus\": 500, \"message\": \"bad domain\", \"times\": 1}");
        Map<String, List<String>> wrong = new HashMap<>(WizardDriver.contactCenterDefaults(ccId));
        wrong.put("domains", List.of("wrong.example.com"));
        operator.execute(runId, Step.ADD_CONTACT_CENTER, wrong);

        String refused = operator.execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults(ccId));
        assertThat(refused).contains("a team lead must re-run");
        assertThat(attempts(runId, Step.ADD_CONTACT_CENTER)).hasSize(1);

        String reRun = lead.execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults(ccId));
        lead.execute(runId, Step.ADD_DATA_CENTER, WizardDriver.dataCenterDefaults("/usw1"));
        lead.skip(runId, Step.UPDATE_CORS);

        assertThat(reRun).contains("Done", "contact_center_id");
        List<Map<String, Object>> attempts = attempts(runId, Step.ADD_CONTACT_CENTER);
        assertThat(attempts).extracting(row -> row.get("STATUS")).containsExactly("FAILED", "SUCCEEDED");
        Map<String, Object> second = attempts.get(1);
        assertThat(second.get("KIND")).isEqualTo("RE_RUN");
        assertThat(second.get("ACTOR")).isEqualTo("lead");
        assertThat(second.get("RE_RUN_OF")).isEqualTo(attempts.get(0).get("ID"));
        assertThat((String) second.get("INPUT_CHANGES"))
                .contains(
                        "\"field\":\"domains\"", "\"before\":\"wrong.example.com\"", "\"after\":\"acme.example.com\"");
        assertThat(runStatus(runId)).isEqualTo("SUCCEEDED");
        assertThat(attempts(runId, Step.CREATE_API_CLIENT)).hasSize(1);
        assertThat(gauth.inventory())
                .contains("\"clients\":1", "\"environments\":1", "\"contactCenters\":1", "\"dataCenters\":1");
        assertThat(verifiedHistory()).contains("Intact");
        assertThat(mvc.perform(get("/history/runs/" + runId)
                                .with(user("auditor").roles("AUDITOR")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("href=\"#attempt-" + attempts.get(0).get("ID") + "\"", "re run")
                .contains("domains: wrong.example.com → acme.example.com");
    }

    @Test
    void renewsAnExpiredTokenAsAnAuditedAttemptBeforeTheNextBearerStep() throws Exception {
        long runId = runToStepFour();
        clock.advance(Duration.ofHours(13));

        String page = operator.execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults(ccId));

        assertThat(page).contains("Done", "contact_center_id");
        assertThat(attempts(runId, Step.CREATE_TOKEN))
                .extracting(row -> row.get("KIND") + " " + row.get("STATUS"))
                .containsExactly("EXECUTE SUCCEEDED", "TOKEN_RENEWAL SUCCEEDED");
    }

    @Test
    void anOperatorCannotGetAFailedTokenStepRedoneByExecutingTheNextStep() throws Exception {
        long runId = operator.start("acme.example.com");
        operator.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("client-" + ccId));
        gauth.inject("{\"call\": \"CREATE_TOKEN\", \"httpStatus\": 500, \"times\": 1}");
        operator.execute(runId, Step.CREATE_TOKEN, Map.of());

        String refused =
                operator.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults(ccId, "cfg-password"));

        assertThat(refused).contains("Step 2 failed: a team lead must re-run it");
        assertThat(attempts(runId, Step.CREATE_TOKEN))
                .extracting(row -> row.get("KIND") + " " + row.get("STATUS"))
                .containsExactly("EXECUTE FAILED");
        assertThat(attempts(runId, Step.ADD_ENVIRONMENT)).isEmpty();

        String byLead =
                lead.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults(ccId, "cfg-password"));

        assertThat(byLead).contains("Done");
        assertThat(attempts(runId, Step.CREATE_TOKEN))
                .extracting(row -> row.get("KIND") + " " + row.get("STATUS"))
                .containsExactly("EXECUTE FAILED", "TOKEN_RENEWAL SUCCEEDED");
    }

    @Test
    void offersALeadTheCheckWhenAProxyAnsweredInPlaceOfGauth() throws Exception {
        long runId = runToStepFour();
        gauth.inject("{\"call\": \"ADD_CONTACT_CENTER\", \"httpStatus\": 504, \"times\": 1}");
        operator.execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults(ccId));

        String leadView = lead.page("/runs/" + runId + "/steps/contact-center");

        assertThat(leadView).contains("HTTP 504", "may have reached GAuth", "Check what GAuth already has");
        assertThat(attempts(runId, Step.ADD_CONTACT_CENTER))
                .extracting(row -> row.get("FAILURE_KIND"))
                .containsExactly("GATEWAY_FAILED");
    }

    @Test
    void adoptsTheContactCenterThatATimedOutAttemptCreatedInsteadOfCreatingAnother() throws Exception {
        long runId = runToStepFour();
        gauth.inject("{\"call\": \"ADD_CONTACT_CENTER\", \"delay\": \"PT1.5S\", \"times\": 1}");
        String timedOut = operator.execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults(ccId));
        assertThat(timedOut).contains("did not answer").doesNotContain("Check what GAuth already has");
        awaitContactCenters(1);

        String leadView = lead.page("/runs/" + runId + "/steps/contact-center");
        String existing = lead.postForm("/runs/" + runId + "/steps/contact-center/existing", Map.of());
        lead.postForm("/runs/" + runId + "/steps/contact-center/adopt", Map.of());

        assertThat(leadView).contains("Check what GAuth already has");
        assertThat(existing).contains("GAuth already has it", ccId, "Adopt it instead of creating another");
        List<Map<String, Object>> attempts = attempts(runId, Step.ADD_CONTACT_CENTER);
        assertThat(attempts)
                .extracting(row -> row.get("KIND") + " " + row.get("STATUS"))
                .containsExactly("EXECUTE FAILED", "ADOPTION SUCCEEDED");
        assertThat(attempts.get(1).get("REQUEST_METHOD")).isEqualTo("GET");
        String adoptedId = jdbc.sql("SELECT contact_center_id FROM provisioning_run WHERE id = ?")
                .param(runId)
                .query(String.class)
                .single();
        assertThat(UUID.fromString(adoptedId)).isNotNull();
        assertThat((String) attempts.get(1).get("RETURNED_IDS")).contains(adoptedId);
        assertThat(gauth.inventory()).contains("\"contactCenters\":1");
        assertThat(verifiedHistory()).contains("Intact");
    }

    @Test
    void adoptsAnApiClientThatAlreadyExistsWithTheSecretTheLeadEnters() throws Exception {
        String secret = gauth.createClient("taken-client");
        long runId = operator.start("acme.example.com");
        operator.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("taken-client"));

        String existing = lead.postForm("/runs/" + runId + "/steps/client/existing", Map.of());
        lead.postForm("/runs/" + runId + "/steps/client/adopt", Map.of("clientSecret", secret));
        String token = lead.execute(runId, Step.CREATE_TOKEN, Map.of());

        assertThat(existing)
                .contains("GAuth already has it", "name=\"clientSecret\"")
                .doesNotContain(secret);
        assertThat(token).contains("Done");
        assertThat(attempts(runId, Step.CREATE_API_CLIENT))
                .extracting(row -> row.get("KIND") + " " + row.get("STATUS"))
                .containsExactly("EXECUTE FAILED", "ADOPTION SUCCEEDED");
        assertThat(gauth.inventory()).contains("\"clients\":1");
    }

    @Test
    void onlyALeadMayLookForOrAdoptAnExistingObject() throws Exception {
        long runId = runToStepFour();

        mvc.perform(post("/runs/" + runId + "/steps/contact-center/existing")
                        .with(user("operator").roles("OPERATOR"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/runs/" + runId + "/steps/contact-center/adopt")
                        .with(user("auditor").roles("AUDITOR"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    /** What the auditor's verify action says of the whole history, re-runs and adoptions included. */
    private String verifiedHistory() throws Exception {
        return mvc.perform(post("/history/verify")
                        .with(user("auditor").roles("AUDITOR"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long runToStepFour() throws Exception {
        long runId = operator.start("acme.example.com");
        operator.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("client-" + ccId));
        operator.execute(runId, Step.CREATE_TOKEN, Map.of());
        operator.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults(ccId, "cfg-password"));
        return runId;
    }

    private void awaitContactCenters(int count) throws Exception {
        for (int i = 0; i < 50 && !gauth.inventory().contains("\"contactCenters\":" + count); i++) {
            Thread.sleep(100);
        }
        assertThat(gauth.inventory()).contains("\"contactCenters\":" + count);
    }

    private List<Map<String, Object>> attempts(long runId, Step step) {
        return jdbc.sql("SELECT * FROM step_attempt WHERE run_id = ? AND step = ? ORDER BY id")
                .params(runId, step.name())
                .query()
                .listOfRows();
    }

    private String runStatus(long runId) {
        return jdbc.sql("SELECT status FROM provisioning_run WHERE id = ?")
                .param(runId)
                .query(String.class)
                .single();
    }
}
