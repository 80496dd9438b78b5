-- The customer's own domain, given when a run starts: step 4 sends it to the contact center. The cluster domain
-- only gives the redirect URIs and suggested URLs. Runs started before this column took the cluster domain for both.
ALTER TABLE provisioning_run ADD COLUMN customer_domain VARCHAR(253);
UPDATE provisioning_run SET customer_domain = cluster_domain;
ALTER TABLE provisioning_run ALTER COLUMN customer_domain SET NOT NULL;
