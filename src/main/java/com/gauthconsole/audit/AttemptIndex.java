package com.gauthconsole.audit;

import com.gauthconsole.run.FinishedAttempt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the dashboard's index of step attempts ({@code audit_attempt}): one row per attempt event, inserted in the
 * transaction of that event and never changed. The record is the event log; this index only lets the dashboard count
 * and time a period's attempts without reading each event's details.
 */
@Component
class AttemptIndex {

    private final JdbcClient jdbc;

    AttemptIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(AuditEvent event, FinishedAttempt attempt, String targetName) {
        jdbc.sql(IndexedAttempt.INSERT)
                .params(IndexedAttempt.of(event, attempt, targetName).values())
                .update();
    }
}
