-- The audit keeps its own record of runs: every attempt is an event of the log, with its redacted request and
-- response, so an event can hold two bodies of up to a million characters each.
ALTER TABLE audit_event ALTER COLUMN details SET DATA TYPE VARCHAR(4000000);

-- The history list's index of runs: each run as its latest event left it, written by the audit in the transaction
-- of that event, so that the list's filters and sorts are index look-ups. The record itself is audit_event; this
-- table only finds runs in it.
CREATE TABLE audit_run (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    target_name       VARCHAR(100)             NOT NULL,
    target_url        VARCHAR(500)             NOT NULL,
    cluster_domain    VARCHAR(253)             NOT NULL,
    customer_domain   VARCHAR(253)             NOT NULL,
    started_by        VARCHAR(100)             NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status            VARCHAR(20)              NOT NULL,
    client_id         VARCHAR(200),
    environment_id    VARCHAR(200),
    contact_center_id VARCHAR(200),
    abandoned_by      VARCHAR(100),
    abandon_reason    VARCHAR(500)
);
CREATE INDEX ix_audit_run_started_at ON audit_run (started_at);
CREATE INDEX ix_audit_run_started_by ON audit_run (started_by, started_at);
CREATE INDEX ix_audit_run_status ON audit_run (status, started_at);
CREATE INDEX ix_audit_run_target ON audit_run (target_name, started_at);
CREATE INDEX ix_audit_run_client_id ON audit_run (client_id);
CREATE INDEX ix_audit_run_environment_id ON audit_run (environment_id);
CREATE INDEX ix_audit_run_contact_center_id ON audit_run (contact_center_id);
