package com.gauthconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Verify walks the chain and names the first record that was altered, deleted or slipped in with SQL. */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ChainVerificationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AttemptChain chain;

    @Autowired
    ChainVerifier verifier;

    private AuditFixtures fixtures;
    private long runId;
    private final List<Long> attempts = new ArrayList<>();

    @BeforeEach
    void recordThreeAttempts() {
        fixtures = new AuditFixtures(jdbc, transaction, chain);
        runId = fixtures.run("chain-user", Instant.now(), "IN_PROGRESS", "client-1", null, null);
        attempts.add(fixtures.attempt(runId, "CREATE_API_CLIENT", "SUCCEEDED", "{\"status\":{\"code\":0}}", null));
        attempts.add(fixtures.attempt(runId, "CREATE_TOKEN", "FAILED", "{\"error\":\"invalid_grant\"}", null));
        attempts.add(fixtures.attempt(runId, "CREATE_TOKEN", "SUCCEEDED", "{\"token_type\":\"bearer\"}", null));
    }

    @Test
    void reportsAnUntouchedHistoryAsIntactWithItsNumberOfRecords() {
        VerificationReport report = verifier.verify();

        assertThat(report.intact()).isTrue();
        assertThat(report.summary()).matches("Intact, \\d+ records\\.");
        assertThat(report.records()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void namesTheAttemptWhoseResponseWasEditedWithSql() {
        jdbc.sql("UPDATE step_attempt SET response_body = '{\"error\":\"nothing to see\"}' WHERE id = ?")
                .param(attempts.get(1))
                .update();

        VerificationReport report = verifier.verify();

        assertThat(report.intact()).isFalse();
        assertThat(report.attemptId()).isEqualTo(attempts.get(1));
        assertThat(report.runId()).isEqualTo(runId);
        assertThat(report.problem()).contains("changed after it was recorded");
    }

    @Test
    void detectsADeletedRecordAndNamesTheOneAfterTheGap() {
        jdbc.sql("DELETE FROM step_attempt WHERE id = ?").param(attempts.get(1)).update();

        VerificationReport report = verifier.verify();

        assertThat(report.intact()).isFalse();
        assertThat(report.attemptId()).isEqualTo(attempts.get(2));
        assertThat(report.problem()).contains("missing", "deleted");
    }

    @Test
    void detectsThatTheLastRecordWasDeleted() {
        jdbc.sql("DELETE FROM step_attempt WHERE id = ?").param(attempts.get(2)).update();

        VerificationReport report = verifier.verify();

        assertThat(report.intact()).isFalse();
        assertThat(report.attemptId()).isEqualTo(attempts.get(2));
        assertThat(report.problem()).contains("last records were deleted");
    }

    @Test
    void detectsAFinishedAttemptInsertedOutsideTheConsole() {
        long forged = fixtures.running(runId, "ADD_ENVIRONMENT", "{}");
        jdbc.sql("UPDATE step_attempt SET status = 'SUCCEEDED' WHERE id = ?")
                .param(forged)
                .update();

        VerificationReport report = verifier.verify();

        assertThat(report.intact()).isFalse();
        assertThat(report.attemptId()).isEqualTo(forged);
        assertThat(report.problem()).contains("never joined the chain");
    }

    @Test
    void keepsTheChainValidWhenTwoThreadsCompleteAttemptsAtOnce() throws Exception {
        long before = verifier.verify().records();
        List<Long> running = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            running.add(fixtures.running(runId, "ADD_DATA_CENTER", "{\"n\":" + i + "}"));
        }
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Void>> halves =
                    List.of(() -> completeAll(running.subList(0, 20)), () -> completeAll(running.subList(20, 40)));
            for (Future<Void> half : threads.invokeAll(halves)) {
                half.get();
            }
        } finally {
            threads.shutdown();
        }

        VerificationReport report = verifier.verify();

        assertThat(report.intact()).as(report.summary()).isTrue();
        assertThat(report.records()).isEqualTo(before + 40);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT chain_seq) FROM step_attempt WHERE chain_seq IS NOT NULL")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 40);
    }

    private Void completeAll(List<Long> ids) {
        ids.forEach(id -> fixtures.complete(id, "SUCCEEDED", null));
        return null;
    }
}
