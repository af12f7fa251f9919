-- A draft roll's supervision findings are stored when they are computed (generation, a re-check, an approval);
-- the facts they read can change afterwards. Each change to what the checks read marks, per child and kind of
-- fact, the transaction that made it; the roll keeps the snapshot its facts were read in. A change whose
-- transaction that snapshot did not see came after the check: the roll's page says the findings are out of date.
-- Transaction ids, not clock times or a sequence, because they tell exactly which changes a snapshot saw (a
-- change made before the check but committed after it is still a change the check did not read).
CREATE TABLE IF NOT EXISTS allowance_fact_changes (
  -- Null for the city-wide facts (standards, allowance rules).
  child_id uuid REFERENCES children(id) ON DELETE CASCADE,
  fact text NOT NULL CHECK (fact IN ('child', 'category', 'schooling', 'account', 'guardian', 'standard', 'rules')),
  xact xid8 NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS allowance_fact_changes_key ON allowance_fact_changes (child_id, fact) NULLS NOT DISTINCT;
--> statement-breakpoint
-- A roll asks for the changes since its snapshot's oldest running transaction: a short range of this index.
CREATE INDEX IF NOT EXISTS allowance_fact_changes_xact_idx ON allowance_fact_changes (xact);
--> statement-breakpoint
ALTER TABLE allowance_fact_changes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY allowance_fact_changes_reach ON allowance_fact_changes FOR ALL TO hehu_app
  USING (child_id IS NULL OR child_id IN (SELECT c.id FROM children c))
  WITH CHECK (child_id IS NULL OR child_id IN (SELECT c.id FROM children c));
--> statement-breakpoint
-- Written only by the triggers below: the application reads the marks and cannot clear one.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON allowance_fact_changes FROM hehu_app;
--> statement-breakpoint
-- SECURITY DEFINER: the mark is written whatever the caller may see (a child moved out of the caller's reach by
-- the very change is still marked). TG_ARGV[0] names the fact; the child is the row's own (children) or its
-- child_id; the standards and the rules have none.
CREATE OR REPLACE FUNCTION hehu_allowance_fact_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  child uuid;
BEGIN
  IF TG_ARGV[0] IN ('standard', 'rules') THEN
    child := NULL;
  ELSIF TG_TABLE_NAME = 'children' THEN
    child := NEW.id;
  ELSIF TG_OP = 'DELETE' THEN
    child := OLD.child_id;
  ELSE
    child := NEW.child_id;
  END IF;
  INSERT INTO allowance_fact_changes AS f (child_id, fact, xact, changed_at)
    VALUES (child, TG_ARGV[0], pg_current_xact_id(), now())
    ON CONFLICT (child_id, fact) DO UPDATE SET xact = excluded.xact, changed_at = excluded.changed_at;
  RETURN NULL;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION hehu_allowance_fact_changed() FROM PUBLIC;
--> statement-breakpoint
-- The child's own facts the checks read (facts.ts): birth, death or termination, the ID number's index, the
-- division (the county paid in) and the institution raising the child.
CREATE TRIGGER children_allowance_facts AFTER UPDATE OF birth_date, status, termination_reason, termination_month,
    termination_date, id_number_index, division_code, institution_id ON children
  FOR EACH ROW WHEN ((OLD.birth_date, OLD.status, OLD.termination_reason, OLD.termination_month, OLD.termination_date,
    OLD.id_number_index, OLD.division_code, OLD.institution_id) IS DISTINCT FROM (NEW.birth_date, NEW.status,
    NEW.termination_reason, NEW.termination_month, NEW.termination_date, NEW.id_number_index, NEW.division_code,
    NEW.institution_id))
  EXECUTE FUNCTION hehu_allowance_fact_changed('child');
--> statement-breakpoint
CREATE TRIGGER child_categories_allowance_facts_added AFTER INSERT OR DELETE ON child_categories
  FOR EACH ROW EXECUTE FUNCTION hehu_allowance_fact_changed('category');
--> statement-breakpoint
CREATE TRIGGER child_categories_allowance_facts_changed AFTER UPDATE ON child_categories
  FOR EACH ROW WHEN ((OLD.child_id, OLD.category, OLD.start_date, OLD.end_date, OLD.end_reason)
    IS DISTINCT FROM (NEW.child_id, NEW.category, NEW.start_date, NEW.end_date, NEW.end_reason))
  EXECUTE FUNCTION hehu_allowance_fact_changed('category');
--> statement-breakpoint
CREATE TRIGGER child_schooling_allowance_facts_added AFTER INSERT OR DELETE ON child_schooling
  FOR EACH ROW EXECUTE FUNCTION hehu_allowance_fact_changed('schooling');
--> statement-breakpoint
CREATE TRIGGER child_schooling_allowance_facts_changed AFTER UPDATE ON child_schooling
  FOR EACH ROW WHEN ((OLD.child_id, OLD.from_date, OLD.until_date, OLD.withdrawn_at)
    IS DISTINCT FROM (NEW.child_id, NEW.from_date, NEW.until_date, NEW.withdrawn_at))
  EXECUTE FUNCTION hehu_allowance_fact_changed('schooling');
--> statement-breakpoint
CREATE TRIGGER allowance_payee_accounts_facts_added AFTER INSERT OR DELETE ON allowance_payee_accounts
  FOR EACH ROW EXECUTE FUNCTION hehu_allowance_fact_changed('account');
--> statement-breakpoint
CREATE TRIGGER allowance_payee_accounts_facts_changed AFTER UPDATE ON allowance_payee_accounts
  FOR EACH ROW WHEN ((OLD.child_id, OLD.holder_kind, OLD.holder_relation_id, OLD.institution_id, OLD.ended_at)
    IS DISTINCT FROM (NEW.child_id, NEW.holder_kind, NEW.holder_relation_id, NEW.institution_id, NEW.ended_at))
  EXECUTE FUNCTION hehu_allowance_fact_changed('account');
--> statement-breakpoint
-- Guardianship decides whether a guardian's account may be paid (PAYEE_NOT_HOLDER); other relations do not count.
CREATE TRIGGER child_relations_allowance_facts_added AFTER INSERT ON child_relations
  FOR EACH ROW WHEN (NEW.kind = 'guardian') EXECUTE FUNCTION hehu_allowance_fact_changed('guardian');
--> statement-breakpoint
CREATE TRIGGER child_relations_allowance_facts_removed AFTER DELETE ON child_relations
  FOR EACH ROW WHEN (OLD.kind = 'guardian') EXECUTE FUNCTION hehu_allowance_fact_changed('guardian');
--> statement-breakpoint
CREATE TRIGGER child_relations_allowance_facts_changed AFTER UPDATE ON child_relations
  FOR EACH ROW WHEN ((OLD.kind = 'guardian' OR NEW.kind = 'guardian') AND (OLD.child_id, OLD.kind, OLD.start_date,
    OLD.end_date) IS DISTINCT FROM (NEW.child_id, NEW.kind, NEW.start_date, NEW.end_date))
  EXECUTE FUNCTION hehu_allowance_fact_changed('guardian');
--> statement-breakpoint
-- A guardianship that ends on a later day stops counting when that day has passed, with no change to mark:
-- the roll looks these up by the days between its check and today.
CREATE INDEX IF NOT EXISTS child_relations_guardian_end_idx ON child_relations (end_date)
  WHERE kind = 'guardian' AND end_date IS NOT NULL;
--> statement-breakpoint
CREATE TRIGGER allowance_standards_facts AFTER INSERT OR UPDATE OR DELETE ON allowance_standards
  FOR EACH STATEMENT EXECUTE FUNCTION hehu_allowance_fact_changed('standard');
--> statement-breakpoint
CREATE TRIGGER settings_allowance_rules_facts AFTER INSERT OR UPDATE ON settings
  FOR EACH ROW WHEN (NEW.key = 'allowance_rules') EXECUTE FUNCTION hehu_allowance_fact_changed('rules');
--> statement-breakpoint
-- The snapshot a roll's findings read their facts in, the checking transaction's own id (its own changes count as
-- read, though a snapshot lists its own transaction as still running), and the day they were checked for
-- (guardianships ending). A roll from before this has none: its findings cannot be vouched for until checked again.
ALTER TABLE allowance_rolls ADD COLUMN IF NOT EXISTS findings_snapshot text;
--> statement-breakpoint
ALTER TABLE allowance_rolls ADD COLUMN IF NOT EXISTS findings_xact text;
--> statement-breakpoint
ALTER TABLE allowance_rolls ADD COLUMN IF NOT EXISTS findings_checked_on date;
--> statement-breakpoint
ALTER TABLE allowance_rolls ADD COLUMN IF NOT EXISTS findings_checked_at timestamptz;
