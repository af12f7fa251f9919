-- 主动发现 as data: the categories a child meets by the rules but does not hold, kept per child and refreshed
-- when the child's facts change, so the home page counts rows instead of running the rules over a county.
-- A child's rows are "evaluated on" a date; rows from an earlier day, or a child without an evaluation, are
-- evaluated again before they are read (categories/potential.ts), and a nightly job does it for the city.
CREATE TABLE IF NOT EXISTS potential_categories (
  child_id uuid NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  category text NOT NULL,
  -- The category's place in CATEGORY_CODES, so pages keep one order.
  category_rank smallint NOT NULL,
  since date,
  -- Why, as [{ "zh": …, "en": … }] in the order the rules gave.
  reasons jsonb NOT NULL,
  PRIMARY KEY (child_id, category)
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS potential_evaluations (
  child_id uuid PRIMARY KEY REFERENCES children(id) ON DELETE CASCADE,
  evaluated_on date NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS potential_evaluations_on_idx ON potential_evaluations (evaluated_on);
--> statement-breakpoint
ALTER TABLE potential_categories ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY potential_categories_reach ON potential_categories FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id)) WITH CHECK (hehu_child_visible(child_id));
--> statement-breakpoint
ALTER TABLE potential_evaluations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY potential_evaluations_reach ON potential_evaluations FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id)) WITH CHECK (hehu_child_visible(child_id));
--> statement-breakpoint
-- A changed fact makes the child's evaluation stale: its rows go, and the next read evaluates it again. SECURITY
-- DEFINER: the derived rows of a child whose facts a user may change are forgotten whoever sees them.
CREATE OR REPLACE FUNCTION hehu_potential_forget(child uuid) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  DELETE FROM potential_categories WHERE child_id = child;
  DELETE FROM potential_evaluations WHERE child_id = child;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION hehu_potential_forget(uuid) FROM PUBLIC;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION hehu_potential_child_row_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM hehu_potential_forget(OLD.child_id); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM hehu_potential_forget(NEW.child_id); END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER child_relations_potential AFTER INSERT OR UPDATE OR DELETE ON child_relations
  FOR EACH ROW EXECUTE FUNCTION hehu_potential_child_row_changed();
--> statement-breakpoint
CREATE TRIGGER child_categories_potential AFTER INSERT OR UPDATE OR DELETE ON child_categories
  FOR EACH ROW EXECUTE FUNCTION hehu_potential_child_row_changed();
--> statement-breakpoint
-- A parent's situation is a fact of every child the parent is related to.
CREATE OR REPLACE FUNCTION hehu_potential_situation_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  person uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.person_id ELSE NEW.person_id END;
BEGIN
  DELETE FROM potential_categories WHERE child_id IN (SELECT r.child_id FROM child_relations r WHERE r.person_id = person);
  DELETE FROM potential_evaluations WHERE child_id IN (SELECT r.child_id FROM child_relations r WHERE r.person_id = person);
  IF TG_OP = 'UPDATE' AND OLD.person_id <> NEW.person_id THEN
    DELETE FROM potential_categories WHERE child_id IN (SELECT r.child_id FROM child_relations r WHERE r.person_id = OLD.person_id);
    DELETE FROM potential_evaluations WHERE child_id IN (SELECT r.child_id FROM child_relations r WHERE r.person_id = OLD.person_id);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER person_situations_potential AFTER INSERT OR UPDATE OR DELETE ON person_situations
  FOR EACH ROW EXECUTE FUNCTION hehu_potential_situation_changed();
--> statement-breakpoint
-- The child's own facts the rules read (categories/facts.ts, FactsChild), and its status.
CREATE OR REPLACE FUNCTION hehu_potential_child_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM hehu_potential_forget(NEW.id);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER children_potential AFTER UPDATE ON children FOR EACH ROW
  WHEN (OLD.birth_date IS DISTINCT FROM NEW.birth_date
    OR OLD.status IS DISTINCT FROM NEW.status
    OR OLD.household_type IS DISTINCT FROM NEW.household_type
    OR OLD.institution_id IS DISTINCT FROM NEW.institution_id
    OR OLD.institution_since IS DISTINCT FROM NEW.institution_since
    OR OLD.parents_unknown IS DISTINCT FROM NEW.parents_unknown
    OR OLD.health_status IS DISTINCT FROM NEW.health_status
    OR OLD.disability_grade IS DISTINCT FROM NEW.disability_grade
    OR OLD.family_economic_hardship IS DISTINCT FROM NEW.family_economic_hardship
    OR OLD.guardianship_harm IS DISTINCT FROM NEW.guardianship_harm)
  EXECUTE FUNCTION hehu_potential_child_changed();
--> statement-breakpoint
-- New category rules: every evaluation is stale.
CREATE OR REPLACE FUNCTION hehu_potential_rules_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM potential_categories;
  DELETE FROM potential_evaluations;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER settings_category_rules_potential AFTER INSERT OR UPDATE ON settings FOR EACH ROW
  WHEN (NEW.key = 'category_rules')
  EXECUTE FUNCTION hehu_potential_rules_changed();
