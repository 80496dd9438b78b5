package com.gauthconsole.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** What operations see: health with the GAuth targets' reachability, and step metrics for Prometheus. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "console.targets[0].name=Built-in simulator",
            "console.targets[0].base-url=http://localhost:${local.server.port}/gauth-sim",
            "console.targets[0].ops-username=ops",
            "console.targets[0].ops-password=ops",
            "console.targets[1].name=Switched off",
            "console.targets[1].base-url=http://127.0.0.1:9/gauth",
            "console.targets[1].ops-username=ops",
            "console.targets[1].ops-password=ops"
        })
@AutoConfigureMockMvc
class OperationsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void staysLiveWhileATargetIsDownAndShowsWhichOneToLeads() throws Exception {
        String liveness = mvc.perform(get("/actuator/health/liveness"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        MvcResult anonymous = mvc.perform(get("/actuator/health")).andReturn();
        String forLead = mvc.perform(get("/actuator/health").with(user("lead").roles("LEAD")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        MvcResult gauthGroup = mvc.perform(
                        get("/actuator/health/gauth").with(user("lead").roles("LEAD")))
                .andReturn();

        assertThat(liveness).contains("\"status\":\"UP\"");
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(200);
        assertThat(anonymous.getResponse().getContentAsString())
                .contains("\"status\":\"UP\"")
                .doesNotContain("gauthTargets", "Switched off");
        assertThat(gauthGroup.getResponse().getStatus()).isEqualTo(503);
        assertThat(gauthGroup.getResponse().getContentAsString()).contains("UNREACHABLE", "\"Switched off\":false");
        assertThat(forLead)
                .contains("\"gauthTargets\"", "\"Built-in simulator\":true", "\"Switched off\":false")
                .doesNotContain("ops-password");
    }

    @Test
    void keepsMetricsFromAnyoneButAdminsOnTheMainPort() throws Exception {
        assertThat(mvc.perform(get("/actuator/prometheus"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
        assertThat(mvc.perform(get("/actuator/prometheus").with(user("operator").roles("OPERATOR")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void countsAndTimesEachStepByStepTargetAndOutcomeForPrometheus() throws Exception {
        String location = mvc.perform(post("/runs")
                        .param("target", "Built-in simulator")
                        .param("clusterDomain", "metrics.example.com")
                        .param("customerDomain", "metrics.com")
                        .with(user("operator").roles("OPERATOR"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(location)
                .param("action", "execute")
                .param("name", "metrics-client")
                .param("clientId", "metrics-client")
                .param("clientType", "CONFIDENTIAL")
                .param("internalClient", "true")
                .param("authorities", "ROLE_INTERNAL_CLIENT")
                .param("scope", "*")
                .param("grantTypes", "password")
                .param("redirectUris", "https://gauth.metrics.example.com")
                .param("accessTokenExpirationTimeout", "43200")
                .param("refreshTokenExpirationTimeout", "43200")
                .with(user("operator").roles("OPERATOR"))
                .with(csrf()));

        String metrics = mvc.perform(
                        get("/actuator/prometheus").with(user("admin").roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(metrics)
                .containsPattern(
                        "console_step_seconds_count\\{[^}]*outcome=\"succeeded\"[^}]*step=\"CREATE_API_CLIENT\""
                                + "[^}]*target=\"Built-in simulator\"[^}]*} 1");
    }
}
