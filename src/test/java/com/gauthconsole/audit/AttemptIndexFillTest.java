package com.gauthconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database made before the attempt index (V44, V45) gets it on its next start, filled from its log with exactly the
 * rows the audit writes as attempts are recorded: it shows the same dashboard as a database that recorded its
 * attempts since.
 */
@SpringBootTest
class AttemptIndexFillTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Flyway flyway;

    @Test
    void givesADatabaseWithoutTheIndexTheRowsTheAuditWritesAsAttemptsAreRecorded() {
        AuditFixtures fixtures = new AuditFixtures(jdbc, transaction, events);
        long run = fixtures.run("operator", Instant.now(), "FAILED", "client-f", null, null);
        fixtures.attempt(run, "CREATE_API_CLIENT", "SUCCEEDED", "{}", null);
        fixtures.attempt(run, "CREATE_TOKEN", "FAILED", "{}", null);
        fixtures.attempt(run, "ADD_ENVIRONMENT", "INTERRUPTED", null, null);
        List<Map<String, Object>> written = rows();
        assertThat(written).hasSizeGreaterThanOrEqualTo(3);

        jdbc.sql("DROP TABLE audit_attempt").update();
        jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('44', '45')")
                .update();
        flyway.migrate();

        assertThat(rows()).isEqualTo(written);
    }

    private List<Map<String, Object>> rows() {
        return jdbc.sql("SELECT * FROM audit_attempt ORDER BY event_seq")
                .query()
                .listOfRows();
    }
}
