package com.gauthconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.testing.ConsoleSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-ins and sign-outs in the audit log, over real HTTP: a burst of failures is its first failure and the lock with
 * its count; a name that is no account is never recorded.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "console.sign-in.max-failures=3")
class SignInEventsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBurstOfFailuresIsItsFirstFailureAndTheLockWithItsCount() throws Exception {
        ConsoleSession browser = browser();
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.trySignIn("operator", "wrong-" + attempt);
        }

        assertThat(events("user operator"))
                .containsExactly(
                        "SIGN_IN_FAILED operator {\"address\":\"127.0.0.1\",\"failures\":\"1\"}",
                        "SIGN_IN_LOCKED operator {\"address\":\"127.0.0.1\",\"failures\":\"3\"}");
    }

    @Test
    void aNameThatIsNoAccountIsNeverRecorded() throws Exception {
        String typedIntoTheNameField = "Summer2026-password-typed-as-name";

        browser().trySignIn(typedIntoTheNameField, "anything");

        assertThat(events("a name that is no account")).isNotEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor LIKE ? OR subject LIKE ? OR details LIKE ?")
                        .params("%Summer2026%", "%Summer2026%", "%Summer2026%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSuccessAfterFailuresCarriesTheirCountAndASignOutIsRecorded() throws Exception {
        ConsoleSession browser = browser();
        browser.trySignIn("lead", "wrong-once");
        browser.signIn("lead", "lead");
        browser.post("/logout", Map.of());

        assertThat(events("user lead"))
                .containsExactly(
                        "SIGN_IN_FAILED lead {\"address\":\"127.0.0.1\",\"failures\":\"1\"}",
                        "SIGN_IN_SUCCEEDED lead {\"address\":\"127.0.0.1\",\"failures\":\"1\"}",
                        "SIGN_OUT lead {}");
    }

    @Test
    void sessionsAnAdministratorEndsAreRecordedWithWhoEndedThem() throws Exception {
        assertThat(browser().trySignIn("auditor", "auditor")).endsWith("/");
        ConsoleSession admin = browser();
        admin.signIn("admin", "admin");
        long auditorId = jdbc.sql("SELECT id FROM console_user WHERE username = 'auditor'")
                .query(Long.class)
                .single();

        admin.post("/admin/users/" + auditorId + "/disable", Map.of());

        assertThat(events("user auditor"))
                .contains("USER_DISABLED admin {\"roles\":\"[AUDITOR]\"}", "SESSIONS_ENDED admin {\"sessions\":\"1\"}");
    }

    private ConsoleSession browser() {
        return new ConsoleSession("http://localhost:" + port);
    }

    private List<String> events(String subject) {
        return jdbc.sql("SELECT kind || ' ' || COALESCE(actor, '-') || ' ' || details FROM audit_event"
                        + " WHERE subject = ? ORDER BY seq")
                .param(subject)
                .query(String.class)
                .list();
    }
}
