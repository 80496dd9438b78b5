package com.gauthconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may do what with the history, for every role and for nobody signed in; and that an auditor can change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HistoryAccessTest {

    private static final List<String> ROLES = List.of("OPERATOR", "LEAD", "AUDITOR", "ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    private long runId;

    @BeforeEach
    void aRun() {
        runId = new AuditFixtures(jdbc, transaction, events)
                .run("operator", Instant.now(), "IN_PROGRESS", null, null, null);
    }

    @Test
    void letsEachRoleReachExactlyItsPartOfTheHistory() throws Exception {
        // route -> the roles that may use it; every other role gets 403, nobody signed in is sent to sign in
        Map<String, List<String>> allowed = Map.of(
                "GET /history",
                ROLES,
                "GET /history/runs/" + runId,
                ROLES,
                "GET /history/export.csv",
                List.of("AUDITOR", "ADMIN"),
                "GET /history/export.json",
                List.of("AUDITOR", "ADMIN"),
                "POST /history/verify",
                List.of("AUDITOR", "ADMIN"));
        List<String> wrong = new ArrayList<>();
        for (var route : allowed.entrySet()) {
            for (String role : ROLES) {
                int expected = route.getValue().contains(role) ? 200 : 403;
                int status = call(route.getKey(), role).getStatus();
                if (status != expected) {
                    wrong.add(route.getKey() + " as " + role + ": " + status + " instead of " + expected);
                }
            }
            MockHttpServletResponse anonymous = call(route.getKey(), null);
            if (anonymous.getStatus() != 302 || !anonymous.getRedirectedUrl().endsWith("/login")) {
                wrong.add(route.getKey() + " anonymously: " + anonymous.getStatus());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void refusesAnAuditorEveryWriteOfTheWizard() throws Exception {
        List<String> writes = List.of(
                "GET /runs/new",
                "POST /runs",
                "POST /runs/" + runId + "/steps/client",
                "POST /runs/" + runId + "/steps/token",
                "POST /runs/" + runId + "/steps/environment",
                "POST /runs/" + runId + "/steps/contact-center",
                "POST /runs/" + runId + "/steps/data-center",
                "POST /runs/" + runId + "/steps/cors",
                "POST /runs/" + runId + "/steps/cors/skip");
        for (String write : writes) {
            assertThat(call(write, "AUDITOR").getStatus()).as(write).isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM step_attempt WHERE run_id = ?")
                        .param(runId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void offersExportAndVerifyOnlyToThoseWhoMayUseThem() throws Exception {
        assertThat(call("GET /history", "OPERATOR").getContentAsString())
                .contains("href=\"/history\"")
                .doesNotContain("export.csv", "/history/verify");
        assertThat(call("GET /history", "ADMIN").getContentAsString())
                .contains("href=\"/history\"", "export.csv", "export.json", "/history/verify");
    }

    private MockHttpServletResponse call(String route, String role) throws Exception {
        String[] parts = route.split(" ", 2);
        MockHttpServletRequestBuilder request =
                parts[0].equals("POST") ? post(parts[1]).with(csrf()) : get(parts[1]);
        if (role != null) {
            request.with(user(role.toLowerCase()).roles(role));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
