-- A county's roll reads two years of its lines and payments (2.4 million of each for 100,000 children) and writes
-- a month of them: the reach check, one PL/pgSQL call of hehu_child_visible per row, took most of that time.
-- The same check written as `child_id IN (visible children)`: the children policy still filters the subquery, so a
-- row is visible exactly when it was before, but PostgreSQL may now hash the visible children once for a read or a
-- write of many rows, and still looks up the one child for a few rows (it plans both and chooses).
ALTER POLICY allowance_lines_reach ON allowance_lines
  USING (child_id IN (SELECT c.id FROM children c)) WITH CHECK (child_id IN (SELECT c.id FROM children c));
--> statement-breakpoint
ALTER POLICY allowance_payments_reach ON allowance_payments
  USING (child_id IN (SELECT c.id FROM children c)) WITH CHECK (child_id IN (SELECT c.id FROM children c));
--> statement-breakpoint
ALTER POLICY allowance_findings_reach ON allowance_findings
  USING (child_id IN (SELECT c.id FROM children c)) WITH CHECK (child_id IN (SELECT c.id FROM children c));
