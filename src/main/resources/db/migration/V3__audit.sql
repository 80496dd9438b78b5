-- The audit history: indexes for the history page's filters, and the tamper-evidence chain over step attempts.

-- Filters of the history list (started_by + started_at exists since V1 as ix_run_started_by).
CREATE INDEX ix_run_started_at ON provisioning_run (started_at);
CREATE INDEX ix_run_status_started ON provisioning_run (status, started_at);
CREATE INDEX ix_run_target_started ON provisioning_run (target_name, started_at);
CREATE INDEX ix_run_client_id ON provisioning_run (client_id);
CREATE INDEX ix_run_environment_id ON provisioning_run (environment_id);
CREATE INDEX ix_run_contact_center_id ON provisioning_run (contact_center_id);

-- An attempt joins the chain when it reaches its final state (succeeded, failed, skipped, interrupted):
-- chain_seq numbers the chain without gaps, record_hash = SHA-256 over the attempt's columns and prev_hash.
ALTER TABLE step_attempt ADD COLUMN chain_seq BIGINT;
ALTER TABLE step_attempt ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE step_attempt ADD COLUMN record_hash VARCHAR(64);
CREATE UNIQUE INDEX ux_step_attempt_chain_seq ON step_attempt (chain_seq);

-- The one row every sealing transaction locks (SELECT ... FOR UPDATE), so records join the chain one at a time.
-- chained_after_attempt_id: attempts recorded before this migration are outside the chain.
CREATE TABLE audit_chain_head (
    id                       INTEGER     NOT NULL PRIMARY KEY,
    last_seq                 BIGINT      NOT NULL,
    last_hash                VARCHAR(64) NOT NULL,
    last_attempt_id          BIGINT,
    chained_after_attempt_id BIGINT      NOT NULL,
    CONSTRAINT ck_audit_chain_head_single_row CHECK (id = 1)
);

INSERT INTO audit_chain_head (id, last_seq, last_hash, last_attempt_id, chained_after_attempt_id)
SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000', NULL, COALESCE(MAX(id), 0)
FROM step_attempt;
