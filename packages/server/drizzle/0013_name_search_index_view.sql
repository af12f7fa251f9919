-- Name search under row-level security: LIKE and array overlap are not leakproof, so under a policy PostgreSQL
-- may not answer them from the trigram and name-key indexes and scanned every child with the policy per row
-- (seconds for one search). The search's inner branches read this owner's view, which row-level security does not
-- filter, and yield only ids; the outer query on children applies the policy and the caller's scope to them.
CREATE VIEW child_name_index AS SELECT id, name, name_keys, former_names FROM children;
--> statement-breakpoint
REVOKE ALL ON child_name_index FROM hehu_app;
--> statement-breakpoint
GRANT SELECT ON child_name_index TO hehu_app;
