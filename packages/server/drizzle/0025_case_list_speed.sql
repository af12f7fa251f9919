-- The case list at scale (BENCHMARKS.md, 200,000 cases): the read policy looked every row up again through
-- hehu_case_visible, and PostgreSQL had to apply it to every case in the city before the list's own range. The
-- row's own columns are checked first now; only the team and referral checks go through a function.
CREATE OR REPLACE FUNCTION hehu_case_shared(c uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM case_members m WHERE m.case_id = c AND m.user_id = hehu_user_id())
    OR EXISTS (SELECT 1 FROM case_referrals r WHERE r.case_id = c AND r.partner_unit_id = ANY (hehu_partner_units()))
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION hehu_case_shared(uuid) TO hehu_app;
--> statement-breakpoint
DROP POLICY IF EXISTS cases_read ON cases;
--> statement-breakpoint
CREATE POLICY cases_read ON cases FOR SELECT TO hehu_app USING (
  county_code ^@ ANY (hehu_reach_prefixes()) OR division_code ^@ ANY (hehu_reach_prefixes())
  OR (institution_id IS NOT NULL AND institution_id = ANY (hehu_reach_institutions()))
  OR hehu_case_shared(id));
--> statement-breakpoint
DROP POLICY IF EXISTS cases_change ON cases;
--> statement-breakpoint
CREATE POLICY cases_change ON cases FOR UPDATE TO hehu_app USING (
  county_code ^@ ANY (hehu_reach_prefixes()) OR division_code ^@ ANY (hehu_reach_prefixes())
  OR (institution_id IS NOT NULL AND institution_id = ANY (hehu_reach_institutions()))
  OR hehu_case_shared(id)) WITH CHECK (true);
--> statement-breakpoint
-- The list filters by the child's division (a range) and the stage; a centre's worker by its institution.
CREATE INDEX IF NOT EXISTS cases_division_stage_idx ON cases (division_code, stage);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_institution_stage_idx ON cases (institution_id, stage) WHERE institution_id IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_closed_idx ON cases (closed_at DESC) WHERE stage = 'closed';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_respond_due_idx ON cases (respond_by) WHERE stage = 'intake';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_assess_due_idx ON cases (assess_by) WHERE stage IN ('verification', 'assessment');
--> statement-breakpoint
-- A caller's own memberships are visible without looking the case up (the list's "on my team" reads them).
DROP POLICY IF EXISTS case_members_reach ON case_members;
--> statement-breakpoint
CREATE POLICY case_members_reach ON case_members FOR ALL TO hehu_app
  USING (user_id = hehu_user_id() OR hehu_case_visible(case_id)) WITH CHECK (hehu_case_visible(case_id));
