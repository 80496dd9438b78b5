-- The dashboard's numbers, kept per day (UTC) as the audit records the events they come from, so that 30 days are
-- read as a few hundred rows whatever the size of the history. The record is audit_event; these tables only count.

-- The day a run started, for counting runs per day by outcome from the index alone.
ALTER TABLE audit_run ADD COLUMN started_day DATE;
UPDATE audit_run SET started_day = CAST(started_at AT TIME ZONE 'UTC' AS DATE);
ALTER TABLE audit_run ALTER COLUMN started_day SET NOT NULL;
CREATE INDEX ix_audit_run_started_day ON audit_run (started_day, status);

-- How many attempts' calls took each duration, by target and step. Durations are rounded to two significant digits
-- (exact below 100 ms, to 10 ms below a second, to 100 ms below 10 s), so a day holds a few dozen rows per step.
CREATE TABLE audit_day_duration (
    on_day      DATE         NOT NULL,
    target_name VARCHAR(100) NOT NULL,
    step        VARCHAR(30)  NOT NULL,
    duration_ms BIGINT       NOT NULL,
    attempts    BIGINT       NOT NULL,
    PRIMARY KEY (on_day, target_name, step, duration_ms)
);

-- How many attempts failed or were interrupted, by step and kind of failure.
CREATE TABLE audit_day_failure (
    on_day       DATE         NOT NULL,
    step         VARCHAR(30)  NOT NULL,
    failure_kind VARCHAR(100) NOT NULL,
    attempts     BIGINT       NOT NULL,
    PRIMARY KEY (on_day, step, failure_kind)
);

-- The index of single attempts these tables replace; V61 counts the attempts of the log into them.
DROP TABLE audit_attempt;
