package com.gauthconsole.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One run's story from the event log: its attempts with what they sent and received, and what else happened to it. */
@Service
@Transactional(readOnly = true)
class RunDetails {

    private final JdbcClient jdbc;

    RunDetails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RunDetail of(long runId) {
        RunRow run = jdbc.sql("SELECT " + RunRow.COLUMNS + " FROM audit_run r WHERE r.id = ?")
                .param(runId)
                .query((row, number) -> RunRow.of(row))
                .optional()
                .orElseThrow(() -> new RunNotInHistory(runId));
        List<RecordedAttempt> attempts = new ArrayList<>();
        List<AuditEvent> others = new ArrayList<>();
        jdbc.sql("SELECT " + AuditEvent.COLUMNS + " FROM audit_event WHERE run_id = ? ORDER BY seq")
                .param(runId)
                .query((row, number) -> AuditEvent.of(row))
                .list()
                .forEach(event -> {
                    if (event.recordsAnAttempt()) {
                        attempts.add(AttemptDetails.read(event));
                    } else {
                        others.add(event);
                    }
                });
        return new RunDetail(
                run,
                attempts,
                others,
                SecretFingerprints.in(
                        attempts.stream().map(RecordedAttempt::attempt).toList()));
    }
}
