-- The allowance tables' reach as `EXISTS (the visible child)` instead of `child_id IN (visible children)` (0023,
-- 0037). An IN subquery under a policy is either hashed or, when the visible children do not fit in work_mem (a
-- county of 100,000 at a million children), materialized and searched row by row: the home page's count of a
-- roll's 14 findings took 6.7 s. EXISTS lets PostgreSQL choose per statement between hashing the visible children
-- and one key lookup per row. The same rows are visible as before: the children policy still filters the child.
ALTER POLICY allowance_lines_reach ON allowance_lines
  USING (EXISTS (SELECT 1 FROM children c WHERE c.id = child_id))
  WITH CHECK (EXISTS (SELECT 1 FROM children c WHERE c.id = child_id));
--> statement-breakpoint
ALTER POLICY allowance_payments_reach ON allowance_payments
  USING (EXISTS (SELECT 1 FROM children c WHERE c.id = child_id))
  WITH CHECK (EXISTS (SELECT 1 FROM children c WHERE c.id = child_id));
--> statement-breakpoint
ALTER POLICY allowance_findings_reach ON allowance_findings
  USING (EXISTS (SELECT 1 FROM children c WHERE c.id = child_id))
  WITH CHECK (EXISTS (SELECT 1 FROM children c WHERE c.id = child_id));
--> statement-breakpoint
ALTER POLICY allowance_fact_changes_reach ON allowance_fact_changes
  USING (child_id IS NULL OR EXISTS (SELECT 1 FROM children c WHERE c.id = child_id))
  WITH CHECK (child_id IS NULL OR EXISTS (SELECT 1 FROM children c WHERE c.id = child_id));
