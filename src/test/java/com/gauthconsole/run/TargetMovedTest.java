package com.gauthconsole.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import com.gauthconsole.testing.WizardDriver;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A run keeps calling the URL it started on. When a lead points its target elsewhere, the ops password has to be
 * typed for the new URL, the run stops before sending anything, and a lead decides whether it goes on there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class TargetMovedTest {

    private static final String CLIENT_SECRET = "client-secret-for-moving";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private String target;
    private String unique;

    @BeforeEach
    void addTarget() throws Exception {
        unique = UUID.randomUUID().toString().substring(0, 8);
        target = "Moving " + unique;
        saveTarget(null, "http://localhost:" + port + "/gauth-sim", "ops");
    }

    @Test
    void changingATargetsUrlNeedsItsOpsPasswordAgain() throws Exception {
        String refused = saveTarget(targetId(), "http://127.0.0.1:" + port + "/gauth-sim", "");

        assertThat(refused).contains("enter the ops password again for the new URL");
        assertThat(targetUrl()).isEqualTo("http://localhost:" + port + "/gauth-sim");
    }

    @Test
    void aRunStopsWhenItsTargetMovedAndALeadContinuesItOnTheNewUrl() throws Exception {
        WizardDriver operator = new WizardDriver(mvc, "operator", "OPERATOR");
        WizardDriver lead = new WizardDriver(mvc, "lead", "LEAD");
        long runId = operator.start("moving.example.com", "moving.com", target);
        Map<String, List<String>> client = WizardDriver.clientDefaults("client-" + unique);
        client.put("clientSecret", List.of(CLIENT_SECRET));
        operator.execute(runId, Step.CREATE_API_CLIENT, client);
        operator.execute(runId, Step.CREATE_TOKEN, Map.of());
        String newUrl = "http://127.0.0.1:" + port + "/gauth-sim";
        saveTarget(targetId(), newUrl, "ops");

        String stopped = operator.execute(
                runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults("env-" + unique, "cfg-password"));

        assertThat(stopped).contains("now points at " + newUrl, "nothing is sent elsewhere");
        assertThat(attemptUrls(runId)).allMatch(url -> url.startsWith("http://localhost:"));
        assertThat(lead.page("/runs/" + runId + "/steps/environment")).contains("Continue the run on the new URL");

        mvc.perform(post("/runs/{id}/target/continue", runId)
                        .param("step", "environment")
                        .param("clientSecret", CLIENT_SECRET)
                        .with(user("lead").roles("LEAD"))
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "notice",
                                "The run now calls its target's new URL: type its secrets again where asked."))
                .andExpect(flash().attributeCount(1));
        String continued = lead.execute(
                runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults("env-" + unique, "cfg-password"));

        assertThat(continued).contains("Done");
        assertThat(jdbc.sql("SELECT target_url FROM provisioning_run WHERE id = ?")
                        .param(runId)
                        .query(String.class)
                        .single())
                .isEqualTo(newUrl);
        assertThat(attemptUrls(runId)).last().asString().startsWith(newUrl);
        assertThat(jdbc.sql("SELECT actor || ' ' || details FROM audit_event WHERE run_id = ? AND kind = 'RUN_MOVED'")
                        .param(runId)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .startsWith("lead ")
                .contains(newUrl, "http://localhost:");
    }

    @Test
    void onlyALeadMovesARunToItsTargetsNewUrl() throws Exception {
        int status = mvc.perform(post("/runs/{id}/target/continue", 1)
                        .param("step", "environment")
                        .with(user("operator").roles("OPERATOR"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(403);
    }

    private String saveTarget(Long id, String baseUrl, String password) throws Exception {
        return mvc.perform(post(id == null ? "/targets" : "/targets/" + id)
                        .param("name", target)
                        .param("baseUrl", baseUrl)
                        .param("opsUsername", "ops")
                        .param("opsPassword", password)
                        .with(user("lead").roles("LEAD"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long targetId() {
        return jdbc.sql("SELECT id FROM gauth_target WHERE name = ?")
                .param(target)
                .query(Long.class)
                .single();
    }

    private String targetUrl() {
        return jdbc.sql("SELECT base_url FROM gauth_target WHERE name = ?")
                .param(target)
                .query(String.class)
                .single();
    }

    private List<String> attemptUrls(long runId) {
        return jdbc.sql("SELECT request_url FROM step_attempt WHERE run_id = ? ORDER BY id")
                .param(runId)
                .query(String.class)
                .list();
    }
}
