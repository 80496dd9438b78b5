package com.gauthconsole.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One run's full audit record, read straight from the tables. */
@Service
@Transactional(readOnly = true)
class RunDetails {

    private final JdbcClient jdbc;

    RunDetails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RunDetail of(long runId) {
        RunRow run = jdbc.sql("SELECT " + RunRow.COLUMNS + " FROM provisioning_run r WHERE r.id = ?")
                .param(runId)
                .query((row, number) -> RunRow.of(row))
                .optional()
                .orElseThrow(() -> new RunNotInHistory(runId));
        List<AttemptRecord> attempts = jdbc.sql("SELECT * FROM step_attempt WHERE run_id = ? ORDER BY started_at, id")
                .param(runId)
                .query((row, number) -> attempt(row))
                .list();
        return new RunDetail(run, attempts, SecretFingerprints.in(attempts));
    }

    private static AttemptRecord attempt(ResultSet row) throws SQLException {
        return new AttemptRecord(
                row.getLong("id"),
                row.getString("step"),
                row.getInt("attempt_number"),
                row.getString("actor"),
                RunRow.instant(row, "started_at"),
                RunRow.instant(row, "finished_at"),
                row.getString("status"),
                row.getString("kind"),
                row.getObject("re_run_of", Long.class),
                StoredJson.changes(row.getString("input_changes")),
                row.getString("request_method"),
                row.getString("request_url"),
                StoredJson.headers(row.getString("request_headers")),
                StoredJson.pretty(row.getString("request_body")),
                row.getObject("response_status", Integer.class),
                StoredJson.pretty(row.getString("response_body")),
                row.getObject("duration_ms", Long.class),
                StoredJson.ids(row.getString("returned_ids")),
                row.getString("failure_reason"),
                row.getObject("chain_seq", Long.class),
                row.getString("record_hash"));
    }
}
