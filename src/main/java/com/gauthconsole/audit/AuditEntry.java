package com.gauthconsole.audit;

import java.util.Map;

/**
 * An event to append, before it has a number, a time and a link.
 *
 * @param actor who acted, or null for the console itself
 * @param subject what it is about, e.g. {@code user alice} or {@code run 42}
 * @param runId the run it belongs to, or null
 * @param details its particulars, written as a JSON object in key order without null values; never a secret
 */
public record AuditEntry(AuditEventKind kind, String actor, String subject, Long runId, Map<String, ?> details) {}
