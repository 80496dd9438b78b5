package com.gauthconsole.audit;

import com.gauthconsole.run.AttemptKind;
import com.gauthconsole.run.AttemptStatus;
import com.gauthconsole.run.FinishedAttempt;
import com.gauthconsole.run.Step;
import com.gauthconsole.secret.SecretsProperties;
import com.gauthconsole.secret.ServerKeys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Moves the records kept before the event log existed into it, once: every run gets the events it lacks (created,
 * abandoned, finished), every finished attempt becomes the event it would be today, with its old SHA-256 seal in its
 * details, and the move itself is the last event, with what it moved and whether the old chain was intact. A Java
 * migration because each event's link needs the audit key, which never enters the database; the key is held to the
 * database under the same rule as at start-up. A database with no run has nothing to move and records nothing.
 */
@Component
class RecordsMoveIntoTheEventLog extends VersionedJavaMigration {

    private final AuditProperties audit;
    private final SecretsProperties secrets;
    private final Clock clock;

    RecordsMoveIntoTheEventLog(AuditProperties audit, SecretsProperties secrets, Clock clock) {
        super("23", "records move into the event log");
        this.audit = audit;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public void migrate(Context context) {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        List<Long> runIds = jdbc.sql("SELECT id FROM provisioning_run ORDER BY id")
                .query(Long.class)
                .list();
        if (runIds.isEmpty()) {
            return;
        }
        EventLink links =
                new EventLink(new ServerKeys(jdbc, clock).load(AuditLogConfiguration.auditKey(audit, secrets)));
        AuditLog log = new AuditLog(jdbc, links, clock);
        String oldChain = new ChainVerifier(jdbc).verify().summary();
        jdbc.sql("INSERT INTO audit_run (" + RunRow.COLUMNS.replace("r.", "") + ", customer_domain) SELECT "
                        + RunRow.COLUMNS.replace("r.", "") + ", customer_domain FROM provisioning_run")
                .update();
        long attempts = 0;
        for (long runId : runIds) {
            attempts += move(jdbc, log, runId);
        }
        log.append(new AuditEntry(
                AuditEventKind.RECORDS_MOVED_INTO_LOG,
                null,
                "history",
                null,
                Map.of("runs", runIds.size(), "attempts", attempts, "oldChain", oldChain)));
    }

    /** One run's events in the order they happened; returns how many attempts moved. */
    private static long move(JdbcClient jdbc, AuditLog log, long runId) {
        OldRun old = jdbc.sql("SELECT " + RunRow.COLUMNS + ", r.customer_domain FROM provisioning_run r WHERE r.id = ?")
                .param(runId)
                .query((row, number) -> new OldRun(RunRow.of(row), row.getString("customer_domain")))
                .single();
        RunRow run = old.run();
        if (!has(jdbc, runId, AuditEventKind.RUN_CREATED)) {
            log.append(moved(
                    AuditEventKind.RUN_CREATED,
                    run.startedBy(),
                    runId,
                    Map.of(
                            "target", run.targetName(),
                            "url", run.targetUrl(),
                            "clusterDomain", run.clusterDomain(),
                            "customerDomain", old.customerDomain(),
                            "startedAt", run.startedAt().toString())));
        }
        // Attempts were never events before this version: each finished one moves, running ones become events when
        // they end.
        List<AuditEntry> attempts = jdbc.sql(
                        "SELECT * FROM step_attempt WHERE run_id = ? AND status <> 'RUNNING' ORDER BY id")
                .param(runId)
                .query((row, number) -> attempt(row, runId))
                .list();
        attempts.forEach(log::append);
        if ("ABANDONED".equals(run.status()) && !has(jdbc, runId, AuditEventKind.RUN_ABANDONED)) {
            log.append(moved(
                    AuditEventKind.RUN_ABANDONED,
                    run.abandonedBy(),
                    runId,
                    Map.of(
                            "reason",
                            run.abandonReason(),
                            "abandonedAt",
                            run.updatedAt().toString())));
        }
        if ("SUCCEEDED".equals(run.status()) && !has(jdbc, runId, AuditEventKind.RUN_FINISHED)) {
            log.append(moved(
                    AuditEventKind.RUN_FINISHED,
                    null,
                    runId,
                    Map.of("status", run.status(), "finishedAt", run.updatedAt().toString())));
        }
        return attempts.size();
    }

    private static AuditEntry moved(AuditEventKind kind, String actor, long runId, Map<String, ?> details) {
        Map<String, Object> marked = new HashMap<>(details);
        marked.put("movedFromOldRecords", true);
        return new AuditEntry(kind, actor, "run " + runId, runId, marked);
    }

    private static boolean has(JdbcClient jdbc, long runId, AuditEventKind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE run_id = ? AND kind = ?")
                        .params(runId, kind.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** An attempt's event, with the SHA-256 seal the old chain gave it. */
    private static AuditEntry attempt(ResultSet row, long runId) throws SQLException {
        FinishedAttempt attempt = new FinishedAttempt(
                row.getLong("id"),
                Step.valueOf(row.getString("step")),
                row.getInt("attempt_number"),
                AttemptKind.valueOf(row.getString("kind")),
                AttemptStatus.valueOf(row.getString("status")),
                row.getString("actor"),
                RunRow.instant(row, "started_at"),
                RunRow.instant(row, "finished_at"),
                row.getObject("re_run_of", Long.class),
                row.getString("inputs"),
                row.getString("input_changes"),
                row.getString("request_method"),
                row.getString("request_url"),
                row.getString("request_headers"),
                row.getString("request_body"),
                row.getObject("response_status", Integer.class),
                row.getString("response_headers"),
                row.getString("response_body"),
                row.getObject("duration_ms", Long.class),
                row.getString("returned_ids"),
                row.getString("failure_kind"),
                row.getString("failure_reason"));
        Map<String, Object> details = AttemptDetails.of(attempt);
        details.put("oldChainSeq", row.getObject("chain_seq", Long.class));
        details.put("oldRecordHash", row.getString("record_hash"));
        return moved(AuditEventKind.of(attempt.kind()), attempt.actor(), runId, details);
    }

    private record OldRun(RunRow run, String customerDomain) {}
}
