package com.gauthconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.run.AttemptStatus;
import com.gauthconsole.run.AttemptView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every finished attempt is an event of the log, written in its own transaction's order; verify names an attempt's
 * event changed with SQL, and attempts finishing at once on two threads still make one unbroken log.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AttemptEventsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    EventLogVerifier verifier;

    private AuditFixtures fixtures;
    private long runId;
    private final List<Long> attempts = new ArrayList<>();

    @BeforeEach
    void recordThreeAttempts() {
        fixtures = new AuditFixtures(jdbc, transaction, events);
        runId = fixtures.run("events-user", Instant.now(), "IN_PROGRESS", "client-1", null, null);
        attempts.add(fixtures.attempt(runId, "CREATE_API_CLIENT", "SUCCEEDED", "{\"status\":{\"code\":0}}", null));
        attempts.add(fixtures.attempt(runId, "CREATE_TOKEN", "FAILED", "{\"error\":\"invalid_grant\"}", null));
        attempts.add(fixtures.attempt(runId, "CREATE_TOKEN", "SUCCEEDED", "{\"token_type\":\"bearer\"}", null));
    }

    @Test
    void eachFinishedAttemptIsAnEventOfItsRunWithItsRequestAndResponse() {
        List<AuditEvent> recorded = jdbc.sql(
                        "SELECT " + AuditEvent.COLUMNS + " FROM audit_event WHERE run_id = ? ORDER BY seq")
                .param(runId)
                .query((row, number) -> AuditEvent.of(row))
                .list();

        assertThat(recorded)
                .extracting(AuditEvent::kind)
                .containsExactly("RUN_CREATED", "STEP_EXECUTED", "STEP_EXECUTED", "STEP_EXECUTED");
        AttemptView failed = AttemptDetails.read(recorded.get(2)).attempt();
        assertThat(failed.id()).isEqualTo(attempts.get(1));
        assertThat(failed.status()).isEqualTo(AttemptStatus.FAILED);
        assertThat(failed.responseBody()).contains("invalid_grant");
        assertThat(failed.requestHeaders().get("Authorization")).containsExactly("[REDACTED hmac:0123456789ab]");
    }

    @Test
    void verifyNamesTheAttemptWhoseResponseWasEditedWithSql() {
        long edited = jdbc.sql("SELECT seq FROM audit_event WHERE run_id = ? AND details LIKE ?")
                .params(runId, "%invalid_grant%")
                .query(Long.class)
                .single();
        jdbc.sql("DROP TRIGGER audit_event_no_update").update();
        try {
            jdbc.sql(
                            "UPDATE audit_event SET details = REPLACE(details, 'invalid_grant', 'nothing to see') WHERE seq = ?")
                    .param(edited)
                    .update();
        } finally {
            jdbc.sql("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW CALL"
                            + " 'com.gauthconsole.audit.AppendOnlyTrigger'")
                    .update();
        }

        EventLogReport report = verifier.verify(Optional.empty());

        assertThat(report.intact()).isFalse();
        assertThat(report.badSeq()).isEqualTo(edited);
        assertThat(report.runId()).isEqualTo(runId);
        assertThat(report.problem()).contains("changed after it was recorded");
    }

    @Test
    void attemptsFinishingAtOnceOnTwoThreadsMakeOneUnbrokenLog() throws Exception {
        long before = verifier.verify(Optional.empty()).events();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Void>> halves = List.of(() -> recordAttempts(20), () -> recordAttempts(20));
            for (Future<Void> half : threads.invokeAll(halves)) {
                half.get();
            }
        } finally {
            threads.shutdown();
        }

        EventLogReport report = verifier.verify(Optional.empty());

        assertThat(report.intact()).as(report.summary()).isTrue();
        assertThat(report.events()).isEqualTo(before + 40);
    }

    private Void recordAttempts(int count) {
        AuditFixtures own = new AuditFixtures(jdbc, transaction, events);
        long run = own.run("events-user", Instant.now(), "IN_PROGRESS", null, null, null);
        for (int i = 1; i < count; i++) {
            own.attempt(run, "ADD_DATA_CENTER", "FAILED", "{\"n\":" + i + "}", null);
        }
        return null;
    }
}
