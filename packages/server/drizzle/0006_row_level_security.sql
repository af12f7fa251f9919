-- Row-level security: the second line behind the application's scope conditions. Each request transaction runs
-- as the non-owner role hehu_app with the caller's reach in settings (platform/unit-of-work.ts); the policies
-- below keep every child-owned row outside that reach invisible, so a query that forgets its scope condition
-- still returns nothing outside it. Seeding, migrations and jobs run as the owner, which RLS does not restrict.
DO $$
BEGIN
  CREATE ROLE hehu_app NOLOGIN;
EXCEPTION WHEN duplicate_object THEN NULL;
END
$$;
--> statement-breakpoint
-- The login role must be able to SET ROLE hehu_app (a superuser can already).
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT hehu_app TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO hehu_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO hehu_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO hehu_app;
--> statement-breakpoint
-- Tables added by later migrations are reachable by the application role too (their policies come with them).
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO hehu_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO hehu_app;
--> statement-breakpoint
-- The audit trail and the child history are append-only for the application.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, child_history FROM hehu_app;
--> statement-breakpoint
-- Who created a person: until the person is related to a child in the creator's reach, only the creator sees it.
ALTER TABLE persons ADD COLUMN IF NOT EXISTS created_by uuid DEFAULT nullif(current_setting('hehu.user_id', true), '')::uuid;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION hehu_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('hehu.user_id', true), '')::uuid
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION hehu_reach_prefixes() RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_to_array(nullif(current_setting('hehu.reach_prefixes', true), ''), ','), '{}'::text[])
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION hehu_reach_institutions() RETURNS uuid[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_to_array(nullif(current_setting('hehu.reach_institutions', true), ''), ','), '{}'::text[])::uuid[]
$$;
--> statement-breakpoint
-- starts_with is leakproof, so the planner may still use the application's own (range) conditions on indexes.
CREATE OR REPLACE FUNCTION hehu_in_reach(division text, institution uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM unnest(hehu_reach_prefixes()) AS p WHERE starts_with(division, p))
      OR (institution IS NOT NULL AND institution = ANY (hehu_reach_institutions()))
$$;
--> statement-breakpoint
-- A receiving township decides on a transfer of a child that is not yet in its reach. SECURITY DEFINER reads
-- child_transfers without its own policy (which refers back to children) and answers only yes or no.
CREATE OR REPLACE FUNCTION hehu_transferred_into_reach(child uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM child_transfers t WHERE t.child_id = child AND hehu_in_reach(t.to_division, NULL))
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION hehu_transferred_into_reach(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION hehu_transferred_into_reach(uuid) TO hehu_app;
--> statement-breakpoint
-- Visible through the children policy (the subquery is itself filtered by it).
CREATE OR REPLACE FUNCTION hehu_child_visible(child uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM children c WHERE c.id = child)
$$;
--> statement-breakpoint
ALTER TABLE children ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY children_read ON children FOR SELECT TO hehu_app
  USING (hehu_in_reach(division_code, institution_id) OR hehu_transferred_into_reach(id));
--> statement-breakpoint
CREATE POLICY children_insert ON children FOR INSERT TO hehu_app
  WITH CHECK (hehu_in_reach(division_code, institution_id));
--> statement-breakpoint
CREATE POLICY children_update ON children FOR UPDATE TO hehu_app
  USING (hehu_in_reach(division_code, institution_id) OR hehu_transferred_into_reach(id))
  WITH CHECK (hehu_in_reach(division_code, institution_id));
--> statement-breakpoint
ALTER TABLE child_relations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY child_relations_reach ON child_relations FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id)) WITH CHECK (hehu_child_visible(child_id));
--> statement-breakpoint
ALTER TABLE child_categories ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY child_categories_reach ON child_categories FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id)) WITH CHECK (hehu_child_visible(child_id));
--> statement-breakpoint
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY documents_reach ON documents FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id)) WITH CHECK (hehu_child_visible(child_id));
--> statement-breakpoint
ALTER TABLE child_history ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY child_history_read ON child_history FOR SELECT TO hehu_app USING (hehu_child_visible(child_id));
--> statement-breakpoint
CREATE POLICY child_history_insert ON child_history FOR INSERT TO hehu_app WITH CHECK (hehu_child_visible(child_id));
--> statement-breakpoint
ALTER TABLE child_transfers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY child_transfers_reach ON child_transfers FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id) OR hehu_in_reach(to_division, NULL))
  WITH CHECK (hehu_child_visible(child_id) OR hehu_in_reach(to_division, NULL));
--> statement-breakpoint
ALTER TABLE duplicate_suspects ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY duplicate_suspects_reach ON duplicate_suspects FOR ALL TO hehu_app
  USING (hehu_child_visible(child_a) AND hehu_child_visible(child_b))
  WITH CHECK (hehu_child_visible(child_a) AND hehu_child_visible(child_b));
--> statement-breakpoint
ALTER TABLE import_jobs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY import_jobs_own ON import_jobs FOR ALL TO hehu_app
  USING (created_by = hehu_user_id()) WITH CHECK (created_by = hehu_user_id());
--> statement-breakpoint
ALTER TABLE persons ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY persons_read ON persons FOR SELECT TO hehu_app
  USING (created_by = hehu_user_id() OR EXISTS (SELECT 1 FROM child_relations r WHERE r.person_id = persons.id));
--> statement-breakpoint
CREATE POLICY persons_insert ON persons FOR INSERT TO hehu_app WITH CHECK (created_by = hehu_user_id());
--> statement-breakpoint
CREATE POLICY persons_update ON persons FOR UPDATE TO hehu_app
  USING (created_by = hehu_user_id() OR EXISTS (SELECT 1 FROM child_relations r WHERE r.person_id = persons.id))
  WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE person_situations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_situations_reach ON person_situations FOR ALL TO hehu_app
  USING (EXISTS (SELECT 1 FROM persons p WHERE p.id = person_id))
  WITH CHECK (EXISTS (SELECT 1 FROM persons p WHERE p.id = person_id));
