-- The city's termination items look for parents whose situation has ended. Two costs made that scan slow at city
-- scale, both paid per row before any filter could apply:
--   1. the end day was computed on the fly (the recorded end, else since + termMonths); the expression is not
--      leakproof, so under row-level security every situation's policy ran before the filter. Stored and indexed,
--      the comparison is a leakproof date comparison answered from the index first;
--   2. a situation's policy reaches its child through persons → child_relations, whose policy called
--      hehu_child_visible (PL/pgSQL, a children lookup) on every relation. child_relations now carries its child's
--      division like applications and held categories (migration 0032), kept by the same triggers, and its policy
--      reads the copy first; only a relation outside it (a child reached through an institution or an incoming
--      transfer) looks the child up. A relation is visible exactly when its child is, as before.
ALTER TABLE person_situations ADD COLUMN IF NOT EXISTS ends_on date
  GENERATED ALWAYS AS (coalesce(until, (since + make_interval(months => (details->>'termMonths')::int))::date)) STORED;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS person_situations_ends_idx ON person_situations (ends_on) WHERE ends_on IS NOT NULL;
--> statement-breakpoint
ALTER TABLE child_relations ADD COLUMN IF NOT EXISTS division_code text NOT NULL DEFAULT '';
--> statement-breakpoint
UPDATE child_relations r SET division_code = c.division_code FROM children c WHERE c.id = r.child_id;
--> statement-breakpoint
DROP TRIGGER IF EXISTS child_relations_division ON child_relations;
--> statement-breakpoint
CREATE TRIGGER child_relations_division BEFORE INSERT OR UPDATE OF child_id, division_code ON child_relations
  FOR EACH ROW EXECUTE FUNCTION hehu_copy_child_division();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION hehu_child_division_moved() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  UPDATE applications SET division_code = NEW.division_code WHERE child_id = NEW.id;
  UPDATE child_categories SET division_code = NEW.division_code WHERE child_id = NEW.id;
  UPDATE child_relations SET division_code = NEW.division_code WHERE child_id = NEW.id;
  RETURN NEW;
END
$$;
--> statement-breakpoint
ALTER POLICY child_relations_reach ON child_relations
  USING (hehu_in_reach(division_code, NULL) OR hehu_child_visible(child_id))
  WITH CHECK (hehu_in_reach(division_code, NULL) OR hehu_child_visible(child_id));
