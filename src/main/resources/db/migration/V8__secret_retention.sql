-- A lead may close a run that will not be finished: its kept secrets are deleted, and who closed it and why stays.
ALTER TABLE provisioning_run ADD COLUMN abandoned_by VARCHAR(100);
ALTER TABLE provisioning_run ADD COLUMN abandon_reason VARCHAR(500);

-- One check value per server key (a keyed hash of a fixed text, which reveals nothing of the key): a console whose
-- key differs from the one this database's sealed data and fingerprints were made with refuses to start.
CREATE TABLE key_check (
    name        VARCHAR(40)              NOT NULL PRIMARY KEY,
    check_value VARCHAR(100)             NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

