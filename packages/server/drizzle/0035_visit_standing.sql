-- One row per child with what every visit plan needs of its history: the latest visit (its date and whether it
-- said the circumstances changed) and the latest risk assessment (its level and date). Due and overdue are still
-- computed on every read from these and the rules in force; only "the latest" is kept, by triggers in the same
-- transaction as the visit or assessment, so it can never disagree with the rows it summarises.
--
-- Why: a plan for a city computed each child's latest visit and assessment with two correlated subqueries, and each
-- row they touched ran its policy (hehu_child_visible, a children lookup) — at 1 M children and 10 M visits the
-- city's overdue count was far from the plain statement. The row carries its child's division like held categories
-- and applications (migration 0032), so its policy is an inlined comparison, and a plan reads children, their held
-- categories and this row.
CREATE TABLE IF NOT EXISTS visit_standing (
  child_id uuid PRIMARY KEY REFERENCES children(id) ON DELETE CASCADE,
  division_code text NOT NULL DEFAULT '',
  last_visit date,
  last_visit_changed boolean NOT NULL DEFAULT false,
  risk_level text CHECK (risk_level IN ('absent', 'improper', 'insufficient', 'normal')),
  risk_assessed_on date,
  risk_previous_level text CHECK (risk_previous_level IN ('absent', 'improper', 'insufficient', 'normal'))
);
--> statement-breakpoint
ALTER TABLE visit_standing ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY visit_standing_reach ON visit_standing FOR SELECT TO hehu_app
  USING (hehu_in_reach(division_code, NULL) OR hehu_child_visible(child_id));
--> statement-breakpoint
-- Only the triggers write it: the app reads.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON visit_standing FROM hehu_app;
--> statement-breakpoint
-- Recomputes the rows of the given children. Statement-level, so one INSERT … SELECT of many visits refreshes
-- each child once. Two transactions adding visits to the same child at once (PostgreSQL): the second waits on the
-- child's row (its insert meets the first's uncommitted row version; the explicit lock says so rather than relying
-- on that) and only then reads the latest visit, with a fresh snapshot (each statement of a volatile function takes
-- one), so it sees the first's visit and neither overwrites the other's with an older one. Computing and writing in
-- one upsert would read before waiting: the concurrency test in visit-standing.test.ts fails that way.
CREATE OR REPLACE FUNCTION hehu_visit_standing_refresh(ids uuid[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO visit_standing (child_id, division_code)
  SELECT c.id, c.division_code FROM children c WHERE c.id = ANY (ids)
  ON CONFLICT (child_id) DO NOTHING;
  PERFORM 1 FROM visit_standing s WHERE s.child_id = ANY (ids) ORDER BY s.child_id FOR UPDATE;
  UPDATE visit_standing s
  SET last_visit = lv.visit_date, last_visit_changed = coalesce(lv.circumstances_changed, false),
    risk_level = la.level, risk_assessed_on = la.assessed_on, risk_previous_level = la.previous_level
  FROM visit_standing t
  LEFT JOIN LATERAL (
    SELECT v.visit_date, v.circumstances_changed FROM visits v WHERE v.child_id = t.child_id
    ORDER BY v.visit_date DESC, v.created_at DESC LIMIT 1
  ) lv ON true
  LEFT JOIN LATERAL (
    SELECT r.level, r.assessed_on, r.previous_level FROM risk_assessments r WHERE r.child_id = t.child_id
    ORDER BY r.assessed_on DESC, r.created_at DESC LIMIT 1
  ) la ON true
  WHERE t.child_id = ANY (ids) AND s.child_id = t.child_id;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION hehu_visit_standing_refresh(uuid[]) FROM PUBLIC;
--> statement-breakpoint
-- One function for the three statement triggers of each table; each branch reads only the transition tables its
-- event has.
CREATE OR REPLACE FUNCTION hehu_visit_standing_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT n.child_id) INTO ids FROM new_rows n;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT u.child_id) INTO ids
    FROM (SELECT n.child_id FROM new_rows n UNION SELECT o.child_id FROM old_rows o) u;
  ELSE
    SELECT array_agg(DISTINCT o.child_id) INTO ids FROM old_rows o;
  END IF;
  IF ids IS NOT NULL THEN PERFORM hehu_visit_standing_refresh(ids); END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION hehu_visit_standing_changed() FROM PUBLIC;
--> statement-breakpoint
DROP TRIGGER IF EXISTS visits_standing_insert ON visits;
--> statement-breakpoint
CREATE TRIGGER visits_standing_insert AFTER INSERT ON visits REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION hehu_visit_standing_changed();
--> statement-breakpoint
DROP TRIGGER IF EXISTS visits_standing_update ON visits;
--> statement-breakpoint
CREATE TRIGGER visits_standing_update AFTER UPDATE ON visits REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION hehu_visit_standing_changed();
--> statement-breakpoint
DROP TRIGGER IF EXISTS visits_standing_delete ON visits;
--> statement-breakpoint
CREATE TRIGGER visits_standing_delete AFTER DELETE ON visits REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION hehu_visit_standing_changed();
--> statement-breakpoint
DROP TRIGGER IF EXISTS risk_assessments_standing_insert ON risk_assessments;
--> statement-breakpoint
CREATE TRIGGER risk_assessments_standing_insert AFTER INSERT ON risk_assessments REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION hehu_visit_standing_changed();
--> statement-breakpoint
DROP TRIGGER IF EXISTS risk_assessments_standing_update ON risk_assessments;
--> statement-breakpoint
CREATE TRIGGER risk_assessments_standing_update AFTER UPDATE ON risk_assessments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION hehu_visit_standing_changed();
--> statement-breakpoint
DROP TRIGGER IF EXISTS risk_assessments_standing_delete ON risk_assessments;
--> statement-breakpoint
CREATE TRIGGER risk_assessments_standing_delete AFTER DELETE ON risk_assessments REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION hehu_visit_standing_changed();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION hehu_child_division_moved() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  UPDATE applications SET division_code = NEW.division_code WHERE child_id = NEW.id;
  UPDATE child_categories SET division_code = NEW.division_code WHERE child_id = NEW.id;
  UPDATE child_relations SET division_code = NEW.division_code WHERE child_id = NEW.id;
  UPDATE visit_standing SET division_code = NEW.division_code WHERE child_id = NEW.id;
  RETURN NEW;
END
$$;
--> statement-breakpoint
-- Every child already visited or assessed gets its row now, in one statement per table.
INSERT INTO visit_standing (child_id, division_code, last_visit, last_visit_changed)
SELECT DISTINCT ON (v.child_id) v.child_id, c.division_code, v.visit_date, v.circumstances_changed
FROM visits v JOIN children c ON c.id = v.child_id
ORDER BY v.child_id, v.visit_date DESC, v.created_at DESC
ON CONFLICT (child_id) DO NOTHING;
--> statement-breakpoint
INSERT INTO visit_standing AS s (child_id, division_code, risk_level, risk_assessed_on, risk_previous_level)
SELECT DISTINCT ON (r.child_id) r.child_id, c.division_code, r.level, r.assessed_on, r.previous_level
FROM risk_assessments r JOIN children c ON c.id = r.child_id
ORDER BY r.child_id, r.assessed_on DESC, r.created_at DESC
ON CONFLICT (child_id) DO UPDATE SET risk_level = EXCLUDED.risk_level, risk_assessed_on = EXCLUDED.risk_assessed_on,
  risk_previous_level = EXCLUDED.risk_previous_level;
