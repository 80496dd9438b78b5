package com.gauthconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The audit's own event log: what administrators do appears in order; the database refuses to change or delete an
 * event; verify names an event changed behind the console's back; a chain rewritten with the key is caught by an
 * older checkpoint.
 */
@SpringBootTest(properties = "console.audit.checkpoint-file=target/test-data/audit-event-log-test-checkpoints.log")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class AuditEventLogTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    EventLink links;

    @Autowired
    EventLogVerifier verifier;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    AuditEvents events;

    @Test
    void everyChangeAnAdministratorMakesToAnAccountIsAnEventInOrder() throws Exception {
        as(
                "admin",
                post("/admin/users")
                        .param("username", "eve-audited")
                        .param("password", "a-long-enough-password")
                        .param("roles", "OPERATOR"));
        long id = jdbc.sql("SELECT id FROM console_user WHERE username = 'eve-audited'")
                .query(Long.class)
                .single();
        as("admin", post("/admin/users/" + id + "/roles").param("roles", "LEAD"));
        as("admin", post("/admin/users/" + id + "/disable"));
        as("admin", post("/admin/users/" + id + "/enable"));
        as("admin", post("/admin/users/" + id + "/password").param("password", "another-long-password"));

        List<String> events = jdbc.sql(
                        "SELECT kind || ' ' || actor || ' ' || details FROM audit_event WHERE subject = 'user eve-audited'"
                                + " ORDER BY seq")
                .query(String.class)
                .list();
        String page = as("auditor", get("/history/events").param("actor", "admin"));

        assertThat(events)
                .containsExactly(
                        "USER_CREATED admin {\"roles\":\"[OPERATOR]\"}",
                        "USER_ROLES_CHANGED admin {\"roles\":\"[LEAD]\"}",
                        "USER_DISABLED admin {\"roles\":\"[LEAD]\"}",
                        "USER_ENABLED admin {\"roles\":\"[LEAD]\"}",
                        "USER_PASSWORD_RESET admin {\"roles\":\"[LEAD]\"}");
        assertThat(String.join("\n", events)).doesNotContain("long-enough-password", "another-long-password");
        assertThat(page).contains("USER_CREATED", "USER_PASSWORD_RESET", "user eve-audited");
    }

    @Test
    void everyChangeALeadMakesToATargetIsAnEventNamingTheFieldsButNeverThePassword() throws Exception {
        as(
                "lead",
                post("/targets")
                        .param("name", "Audited GAuth")
                        .param("baseUrl", "https://gauth.audited.example.com")
                        .param("opsUsername", "ops")
                        .param("opsPassword", "planted-first-ops-password"));
        long id = jdbc.sql("SELECT id FROM gauth_target WHERE name = 'Audited GAuth'")
                .query(Long.class)
                .single();
        as(
                "lead",
                post("/targets/" + id)
                        .param("name", "Audited GAuth")
                        .param("baseUrl", "https://gauth2.audited.example.com")
                        .param("opsUsername", "ops")
                        .param("opsPassword", "planted-second-ops-password")
                        .param("responseTimeoutSeconds", "45"));
        as("lead", post("/targets/" + id + "/delete"));

        List<String> events = jdbc.sql("SELECT kind || ' ' || actor || ' ' || details FROM audit_event"
                        + " WHERE subject = 'target Audited GAuth' ORDER BY seq")
                .query(String.class)
                .list();

        assertThat(events)
                .containsExactly(
                        "TARGET_CREATED lead {\"baseUrl\":\"https://gauth.audited.example.com\"}",
                        "TARGET_CHANGED lead {\"baseUrl\":\"https://gauth2.audited.example.com\",\"fields\":\"baseUrl,"
                                + " opsPassword, responseTimeoutSeconds\"}",
                        "TARGET_DELETED lead {\"baseUrl\":\"https://gauth2.audited.example.com\"}");
        assertThat(String.join("\n", events)).doesNotContain("planted-");
    }

    @Test
    void theEventListFiltersByKindAndActorNewestFirstAndContinuesBelowAnEvent() {
        String actor = "pager-" + UUID.randomUUID();
        List<AuditEvent> appended = IntStream.range(0, 120)
                .mapToObj(i -> auditLog.append(new AuditEntry(
                        i % 2 == 0 ? AuditEventKind.CHECKPOINT_WRITTEN : AuditEventKind.HISTORY_EXPORTED,
                        actor,
                        "number " + i,
                        null,
                        Map.of())))
                .toList();

        EventPage first = events.page(new EventFilter(AuditEventKind.CHECKPOINT_WRITTEN, actor, null));
        EventPage older = events.page(new EventFilter(AuditEventKind.CHECKPOINT_WRITTEN, actor, first.oldestSeq()));
        EventPage byActor =
                events.page(new EventFilter(null, actor, appended.get(10).seq()));

        assertThat(first.events())
                .hasSize(50)
                .first()
                .extracting(AuditEvent::subject)
                .isEqualTo("number 118");
        assertThat(first.hasOlder()).isTrue();
        assertThat(older.events())
                .extracting(AuditEvent::subject)
                .containsExactly(IntStream.iterate(18, i -> i >= 0, i -> i - 2)
                        .mapToObj(i -> "number " + i)
                        .toArray(String[]::new));
        assertThat(older.hasOlder()).isFalse();
        assertThat(byActor.events())
                .extracting(AuditEvent::subject)
                .containsExactly(IntStream.iterate(9, i -> i >= 0, i -> i - 1)
                        .mapToObj(i -> "number " + i)
                        .toArray(String[]::new));
    }

    @Test
    void theDatabaseRefusesToChangeDeleteOrTruncateAnEvent() {
        AuditEvent event = append("refusal");

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET details = '{}' WHERE seq = ?")
                        .param(event.seq())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE seq = ?")
                        .param(event.seq())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE TABLE audit_event").update())
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE seq = ?")
                        .param(event.seq())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void verifyNamesTheFirstEventChangedWithoutTheKey() {
        append("before");
        AuditEvent changed = append("to be changed");
        append("after");

        withoutTheAppendOnlyTrigger(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone-else' WHERE seq = ?")
                .param(changed.seq())
                .update());
        EventLogReport report = verifier.verify(Optional.empty());

        assertThat(report.intact()).isFalse();
        assertThat(report.badSeq()).isEqualTo(changed.seq());
        assertThat(report.summary()).contains("changed after it was recorded");
    }

    @Test
    void aChainRewrittenWithTheKeyIsCaughtByAnOlderCheckpoint(CapturedOutput output) throws Exception {
        AuditEvent rewritten = append("the original");
        Checkpoint kept = checkpoints.write("auditor");
        String line = Files.readAllLines(Path.of("target/test-data/audit-event-log-test-checkpoints.log")).stream()
                .reduce((first, second) -> second)
                .orElseThrow();

        withoutTheAppendOnlyTrigger(() -> rewriteFrom(rewritten.seq(), "the forgery"));
        EventLogReport withoutCheckpoint = verifier.verify(Optional.empty());
        EventLogReport withCheckpoint = verifier.verify(Checkpoint.find("2026-12-02 INFO ... " + line));

        assertThat(line).isEqualTo(kept.line()).matches("AUDIT-CHECKPOINT seq=\\d+ head=[0-9a-f]{64} at=\\S+");
        assertThat(output.getOut()).contains(kept.line());
        assertThat(withoutCheckpoint.intact())
                .as("the links were recomputed with the key")
                .isTrue();
        assertThat(withCheckpoint.checkpoint()).contains("is NOT the one the checkpoint", "rewritten");
    }

    /** What someone holding the audit key could do: change an event and recompute every link of the log. */
    private void rewriteFrom(long seq, String forgedSubject) {
        jdbc.sql("UPDATE audit_event SET subject = ? WHERE seq = ?")
                .params(forgedSubject, seq)
                .update();
        String previous = EventLink.GENESIS;
        for (AuditEvent event : jdbc.sql("SELECT " + AuditEvent.COLUMNS + " FROM audit_event ORDER BY seq")
                .query((row, number) -> AuditEvent.of(row))
                .list()) {
            String link = links.of(previous, event);
            jdbc.sql("UPDATE audit_event SET link = ? WHERE seq = ?")
                    .params(link, event.seq())
                    .update();
            previous = link;
        }
        jdbc.sql("UPDATE audit_event_head SET last_link = ? WHERE id = 1")
                .param(previous)
                .update();
    }

    private void withoutTheAppendOnlyTrigger(Runnable change) {
        jdbc.sql("DROP TRIGGER audit_event_no_update").update();
        try {
            change.run();
        } finally {
            jdbc.sql("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW CALL"
                            + " 'com.gauthconsole.audit.AppendOnlyTrigger'")
                    .update();
        }
    }

    private AuditEvent append(String subject) {
        return auditLog.append(new AuditEntry(
                AuditEventKind.CHECKPOINT_WRITTEN,
                "tester",
                subject,
                null,
                Map.of("at", Instant.now().atOffset(ZoneOffset.UTC).toString())));
    }

    private String as(String name, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(name).roles(name.toUpperCase())).with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
