-- A password the user did not choose (the generated first administrator's, or one an administrator set) must be
-- changed at the next sign-in. Portable SQL: runs on H2 and PostgreSQL.
ALTER TABLE console_user ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
