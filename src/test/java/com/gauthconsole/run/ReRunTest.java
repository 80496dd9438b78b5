package com.gauthconsole.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.gauthconsole.testing.GauthSimulatorClient;
import com.gauthconsole.testing.MutableClock;
import com.gauthconsole.testing.MutableClockConfiguration;
import com.gauthconsole.testing.WizardDriver;
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
 * A run that failed is finished by a lead: re-run with corrected inputs, or adopting what GAuth already has by the ID
 * the lead finds there, without redoing earlier steps, without a duplicate in GAuth, and with the audit showing what
 * was changed and by whom. Whether GAuth answers a new UUID or the CC-id as an object's ID is not documented, so
 * every test runs against the simulator in both ID models (the two subclasses).
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
abstract class ReRunTest {

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
        assertThat(gauth.requests("CREATE_CLIENT")).isEqualTo(1);
        assertThat(gauth.requests("ADD_ENVIRONMENT")).isEqualTo(1);
        assertThat(gauth.requests("ADD_CONTACT_CENTER"))
                .as("the failed attempt and the re-run")
                .isEqualTo(2);
        assertThat(gauth.requests("ADD_DATA_CENTER")).isEqualTo(1);
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
    void renewsAnExpiredTokenWithTheRefreshGrantBeforeTheNextBearerStep() throws Exception {
        Map<String, List<String>> client = new HashMap<>(WizardDriver.clientDefaults("client-" + ccId));
        client.put("accessTokenExpirationTimeout", List.of("3600"));
        long runId = runToStepFour(client);
        clock.advance(Duration.ofHours(2));

        String page = operator.execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults(ccId));

        assertThat(page).contains("Done", "contact_center_id");
        List<Map<String, Object>> tokens = attempts(runId, Step.CREATE_TOKEN);
        assertThat(tokens)
                .extracting(row -> row.get("KIND") + " " + row.get("STATUS"))
                .containsExactly("EXECUTE SUCCEEDED", "TOKEN_RENEWAL SUCCEEDED");
        assertThat((String) tokens.get(1).get("REQUEST_BODY"))
                .startsWith("grant_type=refresh_token&refresh_token=[REDACTED hmac:");
    }

    @Test
    void fallsBackToThePasswordGrantWhenGauthRefusesTheRefreshToken() throws Exception {
        long runId = runToStepFour();
        clock.advance(Duration.ofHours(13));

        String page = operator.execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults(ccId));

        assertThat(page).contains("Done", "contact_center_id");
        List<Map<String, Object>> tokens = attempts(runId, Step.CREATE_TOKEN);
        assertThat(tokens)
                .extracting(row -> row.get("KIND") + " " + row.get("STATUS"))
                .containsExactly("EXECUTE SUCCEEDED", "TOKEN_RENEWAL FAILED", "TOKEN_RENEWAL SUCCEEDED");
        assertThat((String) tokens.get(1).get("FAILURE_REASON")).contains("invalid_grant");
        assertThat((String) tokens.get(2).get("REQUEST_BODY")).contains("grant_type=password");
        assertThat(runStatus(runId)).isEqualTo("IN_PROGRESS");
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

        String leadSkippingStepTwo =
                lead.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults(ccId, "cfg-password"));
        lead.execute(runId, Step.CREATE_TOKEN, Map.of());
        String byLead =
                lead.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults(ccId, "cfg-password"));

        assertThat(leadSkippingStepTwo).contains("Step 2 failed: a team lead must re-run it before step 3");
        assertThat(byLead).contains("Done");
        assertThat(attempts(runId, Step.CREATE_TOKEN))
                .extracting(row -> row.get("KIND") + " " + row.get("STATUS"))
                .containsExactly("EXECUTE FAILED", "RE_RUN SUCCEEDED");
    }

    @Test
    void offersALeadTheCheckWhenAProxyAnsweredInPlaceOfGauth() throws Exception {
        long runId = runToStepFour();
        gauth.inject("{\"call\": \"ADD_CONTACT_CENTER\", \"httpStatus\": 504, \"times\": 1}");
        operator.execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults(ccId));

        String leadView = lead.page("/runs/" + runId + "/steps/contact-center");

        assertThat(leadView).contains("HTTP 504", "may have reached GAuth", "Check and adopt this ID");
        assertThat(attempts(runId, Step.ADD_CONTACT_CENTER))
                .extracting(row -> row.get("FAILURE_KIND"))
                .containsExactly("GATEWAY_FAILED");
    }

    @Test
    void adoptsTheEnvironmentAnEarlierRunCreatedByTheIdTheLeadFindsInGauth() throws Exception {
        long earlier = runToStepFour();
        String environmentId = runColumn(earlier, "environment_id");
        long runId = runToStepThree("client-again-" + ccId);
        String refused = operator.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults(ccId, "pw"));

        String leadView = lead.page("/runs/" + runId + "/steps/environment");
        lead.postForm("/runs/" + runId + "/steps/environment/adopt-by-id", Map.of("id", environmentId));

        assertThat(refused).contains("already exists");
        assertThat(leadView)
                .contains("Check and adopt this ID", "environment ID")
                .doesNotContain("Check what GAuth");
        List<Map<String, Object>> attempts = attempts(runId, Step.ADD_ENVIRONMENT);
        assertThat(attempts)
                .extracting(row -> row.get("KIND") + " " + row.get("STATUS"))
                .containsExactly("EXECUTE FAILED", "ADOPTION SUCCEEDED");
        assertThat(attempts.get(1).get("ACTOR")).isEqualTo("lead");
        assertThat((String) attempts.get(1).get("REQUEST_URL")).endsWith("/environments/" + environmentId);
        assertThat((String) attempts.get(1).get("INPUT_CHANGES")).contains(environmentId, "GAuth has it");
        assertThat(runColumn(runId, "environment_id")).isEqualTo(environmentId);
        assertThat(operator.execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults("cc-b-" + ccId)))
                .contains("Done");
        assertThat(gauth.requests("ADD_ENVIRONMENT"))
                .as("one per run, none by the adoption")
                .isEqualTo(2);
        assertThat(gauth.requests("READ_ENVIRONMENT")).isEqualTo(1);
        assertThat(verifiedHistory()).contains("Intact");
    }

    @Test
    void adoptsTheContactCenterAnEarlierRunCreatedByItsCcid() throws Exception {
        long earlier = runToStepFour();
        operator.execute(earlier, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults(ccId));
        String ccid = runColumn(earlier, "contact_center_id");
        long runId = runToStepThree("client-again-" + ccId);
        operator.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults("env-b-" + ccId, "pw"));
        operator.execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults(ccId));

        String adopted = lead.postForm("/runs/" + runId + "/steps/contact-center/adopt-by-id", Map.of("id", ccid));

        assertThat(adopted).contains("Done", ccid);
        assertThat(attempts(runId, Step.ADD_CONTACT_CENTER))
                .extracting(row -> row.get("KIND") + " " + row.get("STATUS"))
                .containsExactly("EXECUTE FAILED", "ADOPTION SUCCEEDED");
        assertThat(runColumn(runId, "contact_center_id")).isEqualTo(ccid);
        assertThat(gauth.requests("ADD_CONTACT_CENTER")).isEqualTo(2);
    }

    @Test
    void refusesAnIdGauthDoesNotKnowAsAnAttemptAndLetsTheLeadTryAnother() throws Exception {
        long earlier = runToStepFour();
        String environmentId = runColumn(earlier, "environment_id");
        long runId = runToStepThree("client-again-" + ccId);
        operator.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults(ccId, "pw"));

        String refused =
                lead.postForm("/runs/" + runId + "/steps/environment/adopt-by-id", Map.of("id", "no-such-env"));
        lead.postForm("/runs/" + runId + "/steps/environment/adopt-by-id", Map.of("id", environmentId));

        assertThat(refused)
                .contains("GAuth has no such environment", "no-such-env")
                .contains("Check and adopt this ID", "value=\"no-such-env\"");
        List<Map<String, Object>> attempts = attempts(runId, Step.ADD_ENVIRONMENT);
        assertThat(attempts)
                .extracting(row -> row.get("KIND") + " " + row.get("STATUS"))
                .containsExactly("EXECUTE FAILED", "ADOPTION FAILED", "ADOPTION SUCCEEDED");
        assertThat(attempts.get(1).get("ACTOR")).isEqualTo("lead");
        assertThat(attempts.get(1).get("RESPONSE_STATUS")).isEqualTo(404);
        assertThat((String) attempts.get(1).get("FAILURE_REASON")).contains("GAuth has no such environment");
        assertThat((String) attempts.get(1).get("INPUT_CHANGES")).contains("no-such-env");
        assertThat(runColumn(runId, "environment_id")).isEqualTo(environmentId);
    }

    @Test
    void theCcIdItselfIsAdoptedOnlyWhenGauthAnswersItAsTheId() throws Exception {
        runToStepFour();
        long runId = runToStepThree("client-again-" + ccId);
        operator.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults(ccId, "pw"));

        String page = lead.postForm("/runs/" + runId + "/steps/environment/adopt-by-id", Map.of("id", ccId));

        if (gauthAnswersTheCcIdAsTheId()) {
            assertThat(page).contains("Done");
            assertThat(runColumn(runId, "environment_id")).isEqualTo(ccId);
        } else {
            assertThat(page).contains("GAuth has no such environment");
            assertThat(runColumn(runId, "environment_id")).isNull();
        }
    }

    @Test
    void adoptsUncheckedWithTheLeadsReasonWhenGauthCannotBeAsked() throws Exception {
        long runId = runToStepThree("client-" + ccId);
        gauth.inject("{\"call\": \"ADD_ENVIRONMENT\", \"httpStatus\": 200, \"body\": \"MALFORMED\", \"times\": 1}");
        operator.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults(ccId, "pw"));
        gauth.inject("{\"call\": \"READ_ENVIRONMENT\", \"httpStatus\": 405, \"times\": 2}");
        String path = "/runs/" + runId + "/steps/environment/adopt-by-id";

        String withoutReason = lead.postForm(path, Map.of("id", "env-from-tenant-service"));
        lead.postForm(path, Map.of("id", "env-from-tenant-service", "reason", "Shown in the Tenant service"));

        assertThat(withoutReason).contains("GAuth could not be asked", "HTTP 405", "say why");
        List<Map<String, Object>> attempts = attempts(runId, Step.ADD_ENVIRONMENT);
        assertThat(attempts)
                .extracting(row -> row.get("KIND") + " " + row.get("STATUS"))
                .containsExactly("EXECUTE FAILED", "ADOPTION SUCCEEDED");
        assertThat((String) attempts.get(1).get("INPUT_CHANGES"))
                .contains("env-from-tenant-service", "unchecked", "HTTP 405", "Shown in the Tenant service");
        assertThat(runColumn(runId, "environment_id")).isEqualTo("env-from-tenant-service");
    }

    @Test
    void aLookUpAnswerWithoutPathAdoptsTheTypedIdNeverTheCcId() throws Exception {
        long runId = runToStepThree("client-" + ccId);
        gauth.inject("{\"call\": \"ADD_ENVIRONMENT\", \"httpStatus\": 200, \"body\": \"EMPTY\", \"times\": 1}");
        operator.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults(ccId, "pw"));
        gauth.inject("{\"call\": \"READ_ENVIRONMENT\", \"httpStatus\": 200, \"statusCode\": 0, \"times\": 1}");

        lead.postForm("/runs/" + runId + "/steps/environment/adopt-by-id", Map.of("id", "typed-environment-id"));

        assertThat(runColumn(runId, "environment_id")).isEqualTo("typed-environment-id");
    }

    @Test
    void adoptsAnApiClientThatAlreadyExistsWithTheSecretTheLeadEnters() throws Exception {
        String secret = "taken-client-secret-9Q";
        gauth.createClient("taken-client", secret);
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
        assertThat(gauth.requests("CREATE_CLIENT"))
                .as("the test's own and the console's")
                .isEqualTo(2);
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
        mvc.perform(post("/runs/" + runId + "/steps/environment/adopt-by-id")
                        .param("id", "any")
                        .with(user("operator").roles("OPERATOR"))
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

    /** Whether the simulator answers the CC-id in {@code path}, rather than a new UUID. */
    abstract boolean gauthAnswersTheCcIdAsTheId();

    private long runToStepFour() throws Exception {
        return runToStepFour(WizardDriver.clientDefaults("client-" + ccId));
    }

    private long runToStepFour(Map<String, List<String>> client) throws Exception {
        long runId = operator.start("acme.example.com");
        operator.execute(runId, Step.CREATE_API_CLIENT, client);
        operator.execute(runId, Step.CREATE_TOKEN, Map.of());
        operator.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults(ccId, "cfg-password"));
        return runId;
    }

    private long runToStepThree(String clientId) throws Exception {
        long runId = operator.start("acme.example.com");
        operator.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults(clientId));
        operator.execute(runId, Step.CREATE_TOKEN, Map.of());
        return runId;
    }

    private String runColumn(long runId, String column) {
        return jdbc.sql("SELECT " + column + " FROM provisioning_run WHERE id = ?")
                .param(runId)
                .query(String.class)
                .optional()
                .orElse(null);
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
