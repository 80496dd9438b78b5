-- When a running attempt's call must have ended (start + the target's connect and response timeouts + a margin):
-- only past it may another instance take the attempt as cut off. Not part of the audit chain: it says nothing of
-- what was sent or answered. Attempts running at migration time get the fixed two minutes they had before.
ALTER TABLE step_attempt ADD COLUMN deadline_at TIMESTAMP WITH TIME ZONE;

UPDATE step_attempt SET deadline_at = started_at + INTERVAL '2' MINUTE WHERE status = 'RUNNING';
