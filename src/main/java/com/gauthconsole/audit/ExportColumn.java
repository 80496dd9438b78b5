package com.gauthconsole.audit;

import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The columns of an exported attempt, in order: the run it belongs to, the attempt as its event recorded it, then
 * that event's number and link.
 */
enum ExportColumn {
    RUN_ID(Kind.NUMBER, row -> Long.toString(row.run().id())),
    TARGET_NAME(Kind.TEXT, row -> row.run().targetName()),
    TARGET_URL(Kind.TEXT, row -> row.run().targetUrl()),
    CLUSTER_DOMAIN(Kind.TEXT, row -> row.run().clusterDomain()),
    RUN_STARTED_BY(Kind.TEXT, row -> row.run().startedBy()),
    RUN_STATUS(Kind.TEXT, row -> row.run().status()),
    CLIENT_ID(Kind.TEXT, row -> row.run().clientId()),
    ENVIRONMENT_ID(Kind.TEXT, row -> row.run().environmentId()),
    CONTACT_CENTER_ID(Kind.TEXT, row -> row.run().contactCenterId()),
    ATTEMPT_ID(Kind.NUMBER, "attemptId"),
    STEP(Kind.TEXT, "step"),
    ATTEMPT_NUMBER(Kind.NUMBER, "number"),
    ACTOR(Kind.TEXT, row -> row.event().actor()),
    STARTED_AT(Kind.TIME, "startedAt"),
    FINISHED_AT(Kind.TIME, "finishedAt"),
    STATUS(Kind.TEXT, "status"),
    KIND(Kind.TEXT, "kind"),
    RE_RUN_OF(Kind.NUMBER, "reRunOf"),
    INPUT_CHANGES(Kind.JSON, "inputChanges"),
    REQUEST_METHOD(Kind.TEXT, "requestMethod"),
    REQUEST_URL(Kind.TEXT, "requestUrl"),
    REQUEST_HEADERS(Kind.JSON, "requestHeaders"),
    REQUEST_BODY(Kind.TEXT, "requestBody"),
    RESPONSE_STATUS(Kind.NUMBER, "responseStatus"),
    RESPONSE_HEADERS(Kind.JSON, "responseHeaders"),
    RESPONSE_BODY(Kind.TEXT, "responseBody"),
    DURATION_MS(Kind.NUMBER, "durationMs"),
    RETURNED_IDS(Kind.JSON, "returnedIds"),
    FAILURE_KIND(Kind.TEXT, "failureKind"),
    FAILURE_REASON(Kind.TEXT, "failureReason"),
    EVENT_SEQ(Kind.NUMBER, row -> Long.toString(row.event().seq())),
    EVENT_LINK(Kind.TEXT, row -> row.event().link());

    /** How a JSON export writes the value; CSV writes every value as text. */
    enum Kind {
        TEXT,
        NUMBER,
        TIME,
        JSON
    }

    /** One exported attempt: its run as the history shows it, its event, and that event's details parsed. */
    record Row(RunRow run, AuditEvent event, JsonNode details) {}

    private final Kind kind;
    private final Function<Row, String> value;

    ExportColumn(Kind kind, Function<Row, String> value) {
        this.kind = kind;
        this.value = value;
    }

    ExportColumn(Kind kind, String detail) {
        this(kind, row -> AttemptDetails.exported(row.details(), detail));
    }

    String label() {
        return name().toLowerCase();
    }

    Kind kind() {
        return kind;
    }

    /** The row's values as text, times as ISO-8601 instants, absent values as null. */
    static String[] read(Row row) {
        ExportColumn[] columns = values();
        String[] values = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            values[i] = columns[i].value.apply(row);
        }
        return values;
    }
}
