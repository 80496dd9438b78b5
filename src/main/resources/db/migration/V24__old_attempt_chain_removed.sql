-- The attempts' SHA-256 chain was checked and its records moved into the event log by V23 (each moved attempt keeps
-- its old seal in its details): the old chain's columns and head go.
DROP TABLE audit_chain_head;
DROP INDEX ux_step_attempt_chain_seq;
ALTER TABLE step_attempt DROP COLUMN chain_seq;
ALTER TABLE step_attempt DROP COLUMN prev_hash;
ALTER TABLE step_attempt DROP COLUMN record_hash;
