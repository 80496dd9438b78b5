-- The event list filtered by actor and kind together reads its page from this index, newest first.
CREATE INDEX ix_audit_event_actor_kind ON audit_event (actor, kind, seq);
