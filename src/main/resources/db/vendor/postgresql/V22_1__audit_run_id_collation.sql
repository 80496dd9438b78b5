-- As V7 for provisioning_run: the "C" collation lets the ID indexes serve LIKE 'prefix%' under any database locale.
ALTER TABLE audit_run ALTER COLUMN client_id TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE audit_run ALTER COLUMN environment_id TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE audit_run ALTER COLUMN contact_center_id TYPE VARCHAR(200) COLLATE "C";
