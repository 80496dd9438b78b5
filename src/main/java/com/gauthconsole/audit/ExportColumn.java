package com.gauthconsole.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** The columns of an exported attempt, in order: the run it belongs to, then the attempt with its chain seal. */
enum ExportColumn {
    RUN_ID("r.id", Kind.NUMBER),
    TARGET_NAME("r.target_name", Kind.TEXT),
    TARGET_URL("r.target_url", Kind.TEXT),
    CLUSTER_DOMAIN("r.cluster_domain", Kind.TEXT),
    RUN_STARTED_BY("r.started_by", Kind.TEXT),
    RUN_STATUS("r.status", Kind.TEXT),
    CLIENT_ID("r.client_id", Kind.TEXT),
    ENVIRONMENT_ID("r.environment_id", Kind.TEXT),
    CONTACT_CENTER_ID("r.contact_center_id", Kind.TEXT),
    ATTEMPT_ID("a.id", Kind.NUMBER),
    STEP("a.step", Kind.TEXT),
    ATTEMPT_NUMBER("a.attempt_number", Kind.NUMBER),
    ACTOR("a.actor", Kind.TEXT),
    STARTED_AT("a.started_at", Kind.TIME),
    FINISHED_AT("a.finished_at", Kind.TIME),
    STATUS("a.status", Kind.TEXT),
    KIND("a.kind", Kind.TEXT),
    RE_RUN_OF("a.re_run_of", Kind.NUMBER),
    INPUT_CHANGES("a.input_changes", Kind.JSON),
    REQUEST_METHOD("a.request_method", Kind.TEXT),
    REQUEST_URL("a.request_url", Kind.TEXT),
    REQUEST_HEADERS("a.request_headers", Kind.JSON),
    REQUEST_BODY("a.request_body", Kind.TEXT),
    RESPONSE_STATUS("a.response_status", Kind.NUMBER),
    RESPONSE_HEADERS("a.response_headers", Kind.JSON),
    RESPONSE_BODY("a.response_body", Kind.TEXT),
    DURATION_MS("a.duration_ms", Kind.NUMBER),
    RETURNED_IDS("a.returned_ids", Kind.JSON),
    FAILURE_REASON("a.failure_reason", Kind.TEXT),
    CHAIN_SEQ("a.chain_seq", Kind.NUMBER),
    RECORD_HASH("a.record_hash", Kind.TEXT);

    /** How a JSON export writes the value; CSV writes every value as text. */
    enum Kind {
        TEXT,
        NUMBER,
        TIME,
        JSON
    }

    static final String SELECT_LIST;

    static {
        StringBuilder select = new StringBuilder();
        for (ExportColumn column : values()) {
            select.append(select.isEmpty() ? "" : ", ")
                    .append(column.expression)
                    .append(" AS ")
                    .append(column.label());
        }
        SELECT_LIST = select.toString();
    }

    private final String expression;
    private final Kind kind;

    ExportColumn(String expression, Kind kind) {
        this.expression = expression;
        this.kind = kind;
    }

    String label() {
        return name().toLowerCase();
    }

    Kind kind() {
        return kind;
    }

    /** The current row's values as text, timestamps as ISO-8601 instants, nulls as null. */
    static String[] read(ResultSet row) throws SQLException {
        ExportColumn[] columns = values();
        String[] values = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].kind == Kind.TIME) {
                Instant time = RunRow.instant(row, columns[i].label());
                values[i] = time == null ? null : time.toString();
            } else {
                values[i] = row.getString(columns[i].label());
            }
        }
        return values;
    }
}
