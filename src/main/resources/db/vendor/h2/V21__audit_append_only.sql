-- Audit events are only ever appended: the database refuses to change or delete one, whoever asks.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW CALL 'com.gauthconsole.audit.AppendOnlyTrigger';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW CALL 'com.gauthconsole.audit.AppendOnlyTrigger';
-- H2 fires no trigger on TRUNCATE, but it refuses to truncate a table that another table refers to.
CREATE TABLE audit_event_truncate_guard (seq BIGINT REFERENCES audit_event (seq));
