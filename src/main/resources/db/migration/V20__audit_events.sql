-- The audit's own record: one append-only log of every action that matters. Each event's link is an HMAC-SHA256,
-- under a key kept outside the database, over the previous event's link and the event's own columns, so an event
-- changed, removed or inserted by anyone without the key breaks every link after it. The database itself refuses
-- updates and deletes of events (a trigger per database, db/vendor/*/V21).
CREATE TABLE audit_event (
    seq         BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    kind        VARCHAR(40)              NOT NULL,
    actor       VARCHAR(100),
    subject     VARCHAR(300),
    run_id      BIGINT,
    details     VARCHAR(20000)           NOT NULL,
    link        VARCHAR(64)              NOT NULL
);
CREATE INDEX ix_audit_event_kind ON audit_event (kind, seq);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, seq);
CREATE INDEX ix_audit_event_run ON audit_event (run_id, seq);

-- The row every appending transaction locks (SELECT ... FOR UPDATE), so events join the log one at a time.
CREATE TABLE audit_event_head (
    id        INTEGER     NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_link VARCHAR(64) NOT NULL,
    CONSTRAINT ck_audit_event_head_single_row CHECK (id = 1)
);
INSERT INTO audit_event_head (id, last_seq, last_link)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
