-- A run started from another ("start a new run from this one") takes that run's step inputs as its forms' values.
ALTER TABLE provisioning_run ADD COLUMN started_from BIGINT;
