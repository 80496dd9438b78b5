package com.gauthconsole.audit;

import com.gauthconsole.run.AttemptStatus;
import com.gauthconsole.run.FinishedAttempt;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A step attempt as the dashboard counts it: where and when it ran, how it ended and how long its call took.
 *
 * @param failureKind for a failed or interrupted attempt, the kind of its failure ({@code TIMED_OUT}, …), or its
 *     status when it stored none; null otherwise
 * @param startedAt when the attempt started, or its event's time when it never did
 * @param durationMs how long its call to GAuth took, or null when it made none
 */
record IndexedAttempt(
        long eventSeq,
        long runId,
        String targetName,
        String step,
        String status,
        String failureKind,
        Instant startedAt,
        Long durationMs) {

    static final int SLICE = 5_000;

    /** Into the former index of V44, for V45. */
    static final String INSERT = "INSERT INTO audit_attempt (event_seq, run_id, target_name, step, status,"
            + " failure_kind, started_at, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    static IndexedAttempt of(AuditEvent event, FinishedAttempt attempt, String targetName) {
        return new IndexedAttempt(
                event.seq(),
                event.runId(),
                targetName,
                attempt.step().name(),
                attempt.status().name(),
                failureKind(attempt.status().name(), attempt.failureKind()),
                attempt.startedAt() != null ? attempt.startedAt() : event.occurredAt(),
                attempt.durationMs());
    }

    /** The same, read back from an attempt event already in the log. */
    static IndexedAttempt read(AuditEvent event, String targetName) {
        JsonNode details = AttemptDetails.parse(event.details());
        String status = details.path("status").asString();
        return new IndexedAttempt(
                event.seq(),
                event.runId(),
                targetName,
                details.path("step").asString(),
                status,
                failureKind(
                        status,
                        details.hasNonNull("failureKind")
                                ? details.get("failureKind").asString()
                                : null),
                details.hasNonNull("startedAt")
                        ? Instant.parse(details.get("startedAt").asString())
                        : event.occurredAt(),
                details.hasNonNull("durationMs") ? details.get("durationMs").asLong() : null);
    }

    /**
     * Reads the attempt events of the log in slices of {@link #SLICE} event numbers, so that the log's size does not
     * matter to the memory this takes; returns how many there were. JSON details are read here, in Java, because
     * neither database reads them alike.
     */
    static long inLog(JdbcTemplate jdbc, Consumer<List<IndexedAttempt>> slices) {
        Long last = jdbc.queryForObject("SELECT MAX(seq) FROM audit_event", Long.class);
        long read = 0;
        for (long after = 0; last != null && after < last; after += SLICE) {
            List<IndexedAttempt> slice = jdbc.query(
                    "SELECT " + AuditEvent.COLUMNS.replaceAll("(\\w+)", "e.$1") + ", r.target_name FROM audit_event e"
                            + " JOIN audit_run r ON r.id = e.run_id WHERE e.seq > ? AND e.seq <= ? AND e.kind IN "
                            + AuditEventKind.ATTEMPTS_SQL + " ORDER BY e.seq",
                    (row, number) -> read(AuditEvent.of(row), row.getString("target_name")),
                    after,
                    after + SLICE);
            slices.accept(slice);
            read += slice.size();
        }
        return read;
    }

    Object[] values() {
        return new Object[] {
            eventSeq, runId, targetName, step, status, failureKind, startedAt.atOffset(ZoneOffset.UTC), durationMs
        };
    }

    private static String failureKind(String status, String stored) {
        if (!AttemptStatus.valueOf(status).needsAttention()) {
            return null;
        }
        return stored != null ? stored : status;
    }
}
