package com.gauthconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The attempt index V27 fills from the log holds exactly what the audit writes into it as attempts are recorded, so
 * a database migrated from an earlier version shows the same dashboard as one that recorded its attempts since.
 */
@SpringBootTest
class AttemptIndexFillTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void fillsTheIndexFromTheLogWithTheRowsTheAuditWritesAsAttemptsAreRecorded() {
        AuditFixtures fixtures = new AuditFixtures(jdbc, transaction, events);
        long run = fixtures.run("operator", Instant.now(), "FAILED", "client-f", null, null);
        fixtures.attempt(run, "CREATE_API_CLIENT", "SUCCEEDED", "{}", null);
        fixtures.attempt(run, "CREATE_TOKEN", "FAILED", "{}", null);
        fixtures.attempt(run, "ADD_ENVIRONMENT", "INTERRUPTED", null, null);
        List<Map<String, Object>> written = rows();
        assertThat(written).hasSizeGreaterThanOrEqualTo(3);

        transaction.executeWithoutResult(tx -> {
            jdbc.sql("DELETE FROM audit_attempt").update();
            assertThat(AttemptIndexFill.fill(template)).isEqualTo(written.size());
        });

        assertThat(rows()).isEqualTo(written);
    }

    private List<Map<String, Object>> rows() {
        return jdbc.sql("SELECT * FROM audit_attempt ORDER BY event_seq")
                .query()
                .listOfRows();
    }
}
