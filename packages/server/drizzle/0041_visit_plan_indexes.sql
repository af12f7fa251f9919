-- A visit plan starts from the categories held today within an area and meets each child's latest visit and
-- assessment by the same area (visits.store.ts, planQuery). Both read by their copy of the child's division, from
-- covering indexes, so a township's plan reads a few index pages instead of three lookups per child.
CREATE INDEX IF NOT EXISTS child_categories_division_child_idx ON child_categories (division_code, child_id)
  INCLUDE (category, start_date, end_date);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS visit_standing_division_idx ON visit_standing (division_code, child_id)
  INCLUDE (last_visit, risk_level);
