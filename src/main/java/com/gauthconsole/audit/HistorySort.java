package com.gauthconsole.audit;

/** The columns the history may be sorted by: only these ever reach the SQL, never the request's text. */
public enum HistorySort {
    STARTED_AT("started_at", "Started (UTC)"),
    TARGET("target_name", "Target"),
    USER("started_by", "Started by"),
    STATUS("status", "Status"),
    CONTACT_CENTER_ID("contact_center_id", "Contact center ID"),
    RUN("id", "Run");

    private final String column;
    private final String label;

    HistorySort(String column, String label) {
        this.column = column;
        this.label = label;
    }

    String column() {
        return column;
    }

    public String label() {
        return label;
    }
}
