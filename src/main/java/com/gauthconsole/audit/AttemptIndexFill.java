package com.gauthconsole.audit;

import java.util.List;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Fills the dashboard's index of attempts ({@code audit_attempt}, V44) from the attempt events already in the log,
 * once. A Java migration because the attempt's step, status, failure and duration are in each event's JSON details,
 * which neither database reads alike. The log is read in slices of {@link #SLICE} event numbers, so its size does not
 * matter to the memory this takes.
 */
@Component
class AttemptIndexFill extends VersionedJavaMigration {

    static final int SLICE = 5_000;

    AttemptIndexFill() {
        super("45", "attempt index filled from the event log");
    }

    @Override
    public void migrate(Context context) {
        fill(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)));
    }

    /** Indexes every attempt event of the log; returns how many. */
    static long fill(JdbcTemplate jdbc) {
        Long last = jdbc.queryForObject("SELECT MAX(seq) FROM audit_event", Long.class);
        long indexed = 0;
        for (long after = 0; last != null && after < last; after += SLICE) {
            List<IndexedAttempt> attempts = jdbc.query(
                    "SELECT " + AuditEvent.COLUMNS.replaceAll("(\\w+)", "e.$1") + ", r.target_name FROM audit_event e"
                            + " JOIN audit_run r ON r.id = e.run_id WHERE e.seq > ? AND e.seq <= ? AND e.kind IN "
                            + AuditEventKind.ATTEMPTS_SQL + " ORDER BY e.seq",
                    (row, number) -> IndexedAttempt.read(AuditEvent.of(row), row.getString("target_name")),
                    after,
                    after + SLICE);
            jdbc.batchUpdate(
                    IndexedAttempt.INSERT,
                    attempts.stream().map(IndexedAttempt::values).toList());
            indexed += attempts.size();
        }
        return indexed;
    }
}
