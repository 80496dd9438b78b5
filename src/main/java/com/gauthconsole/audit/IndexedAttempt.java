package com.gauthconsole.audit;

import com.gauthconsole.run.AttemptStatus;
import com.gauthconsole.run.FinishedAttempt;
import java.time.Instant;
import java.time.ZoneOffset;
import tools.jackson.databind.JsonNode;

/**
 * A step attempt as the dashboard's index of attempts ({@code audit_attempt}) holds it: where and when it ran, how it
 * ended and how long its call took.
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
