package com.gauthconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.gauthconsole.secret.Redactor;
import com.gauthconsole.testing.MutableClock;
import com.gauthconsole.testing.MutableClockConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An auditor fingerprints a value they know to find the runs that used it: a few times a day, each check recorded,
 * the value never shown back.
 */
@SpringBootTest(properties = "console.secrets.fingerprint-checks-per-day=3")
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class FingerprintCheckTest {

    private static final String KNOWN_SECRET = "the-ops-password-we-know";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Redactor redactor;

    @Autowired
    MutableClock clock;

    @Test
    void findsTheRunsThatSentAKnownValueAndRecordsWhoChecked() throws Exception {
        AuditFixtures fixtures = new AuditFixtures(jdbc, transaction, events);
        long runId = fixtures.run("operator", clock.instant(), "FAILED", "client-f", null, null);
        fixtures.attempt(runId, "CREATE_API_CLIENT", "FAILED", "{\"echo\":\"" + marker(KNOWN_SECRET) + "\"}", null);
        long otherRun = fixtures.run("operator", clock.instant(), "FAILED", "client-g", null, null);
        fixtures.attempt(otherRun, "CREATE_API_CLIENT", "FAILED", "{\"echo\":\"" + marker("other") + "\"}", null);

        String page = check("auditor-a", KNOWN_SECRET);

        assertThat(page)
                .contains(marker(KNOWN_SECRET), "/history/runs/" + runId, "<strong id=\"remaining\">2</strong>")
                .doesNotContain("/history/runs/" + otherRun + "\"")
                .doesNotContain(KNOWN_SECRET + "\"")
                .doesNotContain("value=\"" + KNOWN_SECRET);
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE kind = 'FINGERPRINT_CHECKED' AND actor = 'auditor-a'")
                        .query(String.class)
                        .list())
                .containsExactly("auditor-a");
    }

    @Test
    void findsTheRunsThatSentKnownOpsCredentialsInABasicHeader() throws Exception {
        AuditFixtures fixtures = new AuditFixtures(jdbc, transaction, events);
        String basic = java.util.Base64.getEncoder().encodeToString("ops:known-ops-password".getBytes());
        long runId = fixtures.run("operator", clock.instant(), "FAILED", "client-h", null, null);
        fixtures.attempt(
                runId,
                "CREATE_API_CLIENT",
                "FAILED",
                "{\"auth\":\"Basic ops:" + redactor.maskCredential(basic) + "\"}",
                null);

        String page = check("auditor-c", "ops:known-ops-password");

        assertThat(page).contains("/history/runs/" + runId).doesNotContain("known-ops-password");
    }

    @Test
    void refusesMoreChecksThanADayAllowsUntilADayAfterTheFirst() throws Exception {
        for (int i = 0; i < 3; i++) {
            check("auditor-b", "guess-" + i);
            clock.advance(Duration.ofMinutes(10));
        }

        String refused = check("auditor-b", "guess-4");
        clock.advance(Duration.ofHours(23).plusMinutes(31));
        String allowedAgain = check("auditor-b", "guess-5");

        assertThat(refused)
                .contains("You have made your 3 fingerprint checks for now")
                .doesNotContain(marker("guess-4"));
        assertThat(allowedAgain).contains(marker("guess-5"));
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_event WHERE kind = 'FINGERPRINT_CHECKED' AND actor = 'auditor-b'")
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    private String marker(String value) {
        return redactor.mask(value);
    }

    private String check(String auditor, String value) throws Exception {
        return mvc.perform(post("/history/fingerprint")
                        .param("value", value)
                        .with(user(auditor).roles("AUDITOR"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
