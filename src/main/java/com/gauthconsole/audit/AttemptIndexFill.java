package com.gauthconsole.audit;

import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Filled the dashboard's former index of attempts ({@code audit_attempt}, V44) from the attempt events already in the
 * log, once. V60 replaced that index with daily tallies, which V61 fills the same way; this migration stays so that
 * every database passes through the same versions.
 */
@Component
class AttemptIndexFill extends VersionedJavaMigration {

    AttemptIndexFill() {
        super("45", "attempt index filled from the event log");
    }

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        IndexedAttempt.inLog(
                jdbc,
                slice -> jdbc.batchUpdate(
                        IndexedAttempt.INSERT,
                        slice.stream().map(IndexedAttempt::values).toList()));
    }
}
