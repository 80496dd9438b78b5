-- What kind of attempt a row is, which failed attempt a re-run follows, and what the re-run changed.
ALTER TABLE step_attempt ADD COLUMN kind VARCHAR(20) DEFAULT 'EXECUTE' NOT NULL;
ALTER TABLE step_attempt ADD COLUMN re_run_of BIGINT;
ALTER TABLE step_attempt ADD COLUMN input_changes VARCHAR(20000);
CREATE INDEX ix_step_attempt_running ON step_attempt (status, started_at);
-- Which kind of GAuth failure ended an attempt (e.g. AlreadyExists, TimedOut): decides whether adoption is offered.
ALTER TABLE step_attempt ADD COLUMN failure_kind VARCHAR(40);
