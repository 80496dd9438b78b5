-- The dashboard's index of step attempts: one row per attempt event, written by the audit in the transaction of that
-- event (V45 fills it for the events already in the log). The record is audit_event; this table only lets the
-- dashboard count and time the attempts of a period without reading each event's JSON details. Rows are only ever
-- inserted.
CREATE TABLE audit_attempt (
    event_seq    BIGINT                   NOT NULL PRIMARY KEY,
    run_id       BIGINT                   NOT NULL,
    target_name  VARCHAR(100)             NOT NULL,
    step         VARCHAR(30)              NOT NULL,
    status       VARCHAR(20)              NOT NULL,
    failure_kind VARCHAR(100),
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms  BIGINT
);
-- Failures of a period by step and kind, read from the index alone.
CREATE INDEX ix_audit_attempt_failures ON audit_attempt (status, started_at, step, failure_kind);
-- Durations of a period by target and step, read from the index alone.
CREATE INDEX ix_audit_attempt_durations ON audit_attempt (started_at, target_name, step, duration_ms);
