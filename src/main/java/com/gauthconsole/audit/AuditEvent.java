package com.gauthconsole.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One event of the audit log as stored.
 *
 * @param actor who acted, or null for the console itself
 * @param subject what the event is about, e.g. {@code user alice}
 * @param details JSON object of the event's particulars; never a secret
 * @param link HMAC over the previous link and this event's columns
 */
public record AuditEvent(
        long seq,
        Instant occurredAt,
        String kind,
        String actor,
        String subject,
        Long runId,
        String details,
        String link) {

    static final String COLUMNS = "seq, occurred_at, kind, actor, subject, run_id, details, link";

    /** Whether this event records a step attempt, with its request and response in the details. */
    public boolean recordsAnAttempt() {
        return AuditEventKind.ATTEMPT_NAMES.contains(kind);
    }

    static AuditEvent of(ResultSet row) throws SQLException {
        return new AuditEvent(
                row.getLong("seq"),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("kind"),
                row.getString("actor"),
                row.getString("subject"),
                row.getObject("run_id", Long.class),
                row.getString("details"),
                row.getString("link"));
    }
}
