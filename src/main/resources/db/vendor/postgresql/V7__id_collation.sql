-- The three GAuth IDs are identifiers, not words: compare them byte by byte. Under a linguistic collation (any but
-- "C", including C.UTF-8) PostgreSQL cannot use a B-tree index for LIKE 'prefix%', and the history's ID filter
-- would scan every run. With COLLATE "C" the V3 indexes serve the prefix filter, equality and sorting alike.
ALTER TABLE provisioning_run ALTER COLUMN client_id TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE provisioning_run ALTER COLUMN environment_id TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE provisioning_run ALTER COLUMN contact_center_id TYPE VARCHAR(200) COLLATE "C";
