package com.gauthconsole.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams every attempt event of the filtered runs, oldest first, from one query through a row callback straight
 * to the writer: no list is built, so the export's memory does not grow with the history. The read-only transaction
 * lets PostgreSQL's driver fetch with a cursor instead of loading the whole result.
 */
@Service
class HistoryExport {

    private static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;

    HistoryExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    void write(HistoryFilter filter, AttemptWriter writer) throws IOException {
        RunFilterSql condition = RunFilterSql.of(filter);
        writer.start();
        RowCallbackHandler eachAttempt = row -> {
            try {
                AuditEvent event = AuditEvent.of(row);
                writer.attempt(ExportColumn.read(
                        new ExportColumn.Row(RunRow.of(row), event, AttemptDetails.parse(event.details()))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        jdbc.sql("SELECT " + RunRow.COLUMNS + ", e." + AuditEvent.COLUMNS.replace(", ", ", e.")
                        + " FROM audit_run r JOIN audit_event e ON e.run_id = r.id AND e.kind IN "
                        + AuditEventKind.ATTEMPTS_SQL + condition.where() + " ORDER BY e.seq")
                .params(condition.params())
                .withFetchSize(FETCH_SIZE)
                .query(eachAttempt);
        writer.finish();
    }
}
