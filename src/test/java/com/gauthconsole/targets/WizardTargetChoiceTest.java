package com.gauthconsole.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The wizard reaches GAuth only through the catalog: by the name of a declared or managed target, nothing else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class WizardTargetChoiceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "No such target",
                "http://127.0.0.1:9/gauth",
                "https://attacker.example.com/gauth-sim",
                "built-in simulator"
            })
    void refusesToStartARunOnAnythingButACatalogTarget(String target) throws Exception {
        int runsBefore = runCount();

        String page = mvc.perform(post("/runs")
                        .param("target", target)
                        .param("clusterDomain", "acme.example.com")
                        .param("customerDomain", "acme.com")
                        .with(user("operator").roles("OPERATOR"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("<div id=\"target-error\" class=\"invalid-feedback\">"
                        + "Choose one of the configured GAuth targets</div>");
        assertThat(runCount()).isEqualTo(runsBefore);
    }

    @Test
    void aRunOnAManagedTargetCallsThatTargetWithItsStoredCredentials() throws Exception {
        String simulator = "http://localhost:" + port + "/gauth-sim";
        mvc.perform(post("/targets")
                .param("name", "Managed simulator")
                .param("baseUrl", simulator)
                .param("opsUsername", "ops")
                .param("opsPassword", "ops")
                .with(user("lead").roles("LEAD"))
                .with(csrf()));

        String runPage = mvc.perform(post("/runs")
                        .param("target", "Managed simulator")
                        .param("clusterDomain", "managed.example.com")
                        .param("customerDomain", "managed.com")
                        .with(user("operator").roles("OPERATOR"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long runId = Long.parseLong(runPage.replaceAll("^/runs/(\\d+)/.*$", "$1"));
        Map<String, Object> run = jdbc.queryForMap("select * from provisioning_run where id = ?", runId);
        assertThat(run).containsEntry("TARGET_NAME", "Managed simulator").containsEntry("TARGET_URL", simulator);

        mvc.perform(post("/runs/{id}/steps/client", runId)
                .param("action", "execute")
                .param("name", "managed_client")
                .param("clientId", "managed_client")
                .param("clientSecret", "")
                .param("clientType", "CONFIDENTIAL")
                .param("internalClient", "true")
                .param("authorities", "ROLE_INTERNAL_CLIENT")
                .param("scope", "*")
                .param("grantTypes", "client_credentials", "password")
                .param("redirectUris", "https://gauth.managed.example.com")
                .param("accessTokenExpirationTimeout", "43200")
                .param("refreshTokenExpirationTimeout", "43200")
                .with(user("operator").roles("OPERATOR"))
                .with(csrf()));

        assertThat(jdbc.queryForObject(
                        "select status from step_attempt where run_id = ? and step = 'CREATE_API_CLIENT'",
                        String.class,
                        runId))
                .isEqualTo("SUCCEEDED");
    }

    private int runCount() {
        return jdbc.queryForObject("select count(*) from provisioning_run", Integer.class);
    }
}
