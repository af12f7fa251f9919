-- Approvals and termination items at city scale. The applications and child_categories policies called
-- hehu_child_visible (PL/pgSQL, ~65 µs) on every row a query touched, before the caller's own filter could apply,
-- so a county's pending list paid for the whole city's applications and the city's item scan for every category.
-- Each row now carries its child's division, copied on insert and kept in step by triggers (a transfer or a
-- correction moves the child's applications and categories in the same transaction), and the policy reads it
-- first: `hehu_in_reach` on the row's own division is an inlined expression, and only a row outside it (a child
-- reached through an institution or an incoming transfer) looks the child up. Lists narrow on the copy by range
-- comparisons on an index before any policy runs. A row is visible exactly when its child is, as before.
ALTER TABLE applications ADD COLUMN IF NOT EXISTS division_code text NOT NULL DEFAULT '';
--> statement-breakpoint
UPDATE applications a SET division_code = c.division_code FROM children c WHERE c.id = a.child_id;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS applications_status_division_idx ON applications (status, division_code, step_since);
--> statement-breakpoint
ALTER TABLE child_categories ADD COLUMN IF NOT EXISTS division_code text NOT NULL DEFAULT '';
--> statement-breakpoint
UPDATE child_categories cc SET division_code = c.division_code FROM children c WHERE c.id = cc.child_id;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS child_categories_open_division_idx ON child_categories (division_code, category)
  WHERE end_date IS NULL;
--> statement-breakpoint
-- SECURITY DEFINER: the division is copied whatever the caller may see; the policy still decides the write. The
-- copy is set on every insert and on any update of the child or the copy, so it cannot be written by hand.
CREATE OR REPLACE FUNCTION hehu_copy_child_division() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  SELECT c.division_code INTO NEW.division_code FROM children c WHERE c.id = NEW.child_id;
  RETURN NEW;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION hehu_copy_child_division() FROM PUBLIC;
--> statement-breakpoint
DROP TRIGGER IF EXISTS applications_division ON applications;
--> statement-breakpoint
CREATE TRIGGER applications_division BEFORE INSERT OR UPDATE OF child_id, division_code ON applications
  FOR EACH ROW EXECUTE FUNCTION hehu_copy_child_division();
--> statement-breakpoint
DROP TRIGGER IF EXISTS child_categories_division ON child_categories;
--> statement-breakpoint
CREATE TRIGGER child_categories_division BEFORE INSERT OR UPDATE OF child_id, division_code ON child_categories
  FOR EACH ROW EXECUTE FUNCTION hehu_copy_child_division();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION hehu_child_division_moved() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  UPDATE applications SET division_code = NEW.division_code WHERE child_id = NEW.id;
  UPDATE child_categories SET division_code = NEW.division_code WHERE child_id = NEW.id;
  RETURN NEW;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION hehu_child_division_moved() FROM PUBLIC;
--> statement-breakpoint
DROP TRIGGER IF EXISTS children_division_moved ON children;
--> statement-breakpoint
CREATE TRIGGER children_division_moved AFTER UPDATE OF division_code ON children
  FOR EACH ROW WHEN (OLD.division_code IS DISTINCT FROM NEW.division_code)
  EXECUTE FUNCTION hehu_child_division_moved();
--> statement-breakpoint
ALTER POLICY applications_reach ON applications
  USING (hehu_in_reach(division_code, NULL) OR hehu_child_visible(child_id))
  WITH CHECK (hehu_in_reach(division_code, NULL) OR hehu_child_visible(child_id));
--> statement-breakpoint
ALTER POLICY child_categories_reach ON child_categories
  USING (hehu_in_reach(division_code, NULL) OR hehu_child_visible(child_id))
  WITH CHECK (hehu_in_reach(division_code, NULL) OR hehu_child_visible(child_id));
