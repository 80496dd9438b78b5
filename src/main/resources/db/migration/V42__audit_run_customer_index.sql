-- The history filters by customer domain, newest first.
CREATE INDEX ix_audit_run_customer_domain ON audit_run (customer_domain, started_at);
