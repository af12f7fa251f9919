-- 主动发现 without a scan per read. Every child has an evaluation row: NULL when it is due (new, or a fact of it
-- changed), the day it was evaluated when it is a candidate (its facts could meet a category; evaluated again each
-- day), or 'infinity' when it has no fact a rule reads (nothing to evaluate until one changes). A read asks only for
-- rows that are NULL or from an earlier day, through the index on evaluated_on, instead of looking for children
-- without a row among every child in scope (seconds for a county at a million children).
ALTER TABLE potential_evaluations ALTER COLUMN evaluated_on DROP NOT NULL;
--> statement-breakpoint
INSERT INTO potential_evaluations (child_id, evaluated_on)
  SELECT id, NULL FROM children ON CONFLICT (child_id) DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION hehu_potential_forget(child uuid) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  DELETE FROM potential_categories WHERE child_id = child;
  -- The child may be going with the statement (a cascade): then there is nothing to mark.
  INSERT INTO potential_evaluations (child_id, evaluated_on)
    SELECT c.id, NULL FROM children c WHERE c.id = child
    ON CONFLICT (child_id) DO UPDATE SET evaluated_on = NULL;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION hehu_potential_situation_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  person uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.person_id ELSE NEW.person_id END;
  previous uuid := CASE WHEN TG_OP = 'UPDATE' THEN OLD.person_id ELSE NULL END;
BEGIN
  DELETE FROM potential_categories
    WHERE child_id IN (SELECT r.child_id FROM child_relations r WHERE r.person_id IN (person, previous));
  INSERT INTO potential_evaluations (child_id, evaluated_on)
    SELECT DISTINCT r.child_id, NULL::date FROM child_relations r JOIN children c ON c.id = r.child_id
    WHERE r.person_id IN (person, previous)
    ON CONFLICT (child_id) DO UPDATE SET evaluated_on = NULL;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION hehu_potential_rules_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM potential_categories;
  UPDATE potential_evaluations SET evaluated_on = NULL WHERE evaluated_on IS NOT NULL;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- A new child is due (one statement for a whole ledger import).
CREATE OR REPLACE FUNCTION hehu_potential_children_added() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO potential_evaluations (child_id, evaluated_on)
    SELECT n.id, NULL FROM added_children n ON CONFLICT (child_id) DO UPDATE SET evaluated_on = NULL;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER children_potential_added AFTER INSERT ON children REFERENCING NEW TABLE AS added_children
  FOR EACH STATEMENT EXECUTE FUNCTION hehu_potential_children_added();
