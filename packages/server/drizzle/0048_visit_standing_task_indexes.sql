-- The two risk counts on the home page look for few standings among many: those whose last visit said the
-- circumstances changed, and those whose risk level dropped two steps at once. By division (the standing's copy),
-- so a township or county finds its own without reading its children. The second index's condition is the one
-- the count writes (risk.tasks.ts), word for word, so that the planner can use it.
CREATE INDEX "visit_standing_changed_idx" ON "visit_standing" ("division_code") WHERE last_visit_changed;
--> statement-breakpoint
CREATE INDEX "visit_standing_dropped_idx" ON "visit_standing" ("division_code")
  WHERE (array_position(array['normal','insufficient','improper','absent'], risk_previous_level)
       - array_position(array['normal','insufficient','improper','absent'], risk_level)) >= 2;
--> statement-breakpoint
-- Without statistics on the drop the planner guesses a third of the standings match and reads every child of the
-- county to join them; with them it knows they are few.
CREATE STATISTICS "visit_standing_drop_stats" ON
  ((array_position(array['normal','insufficient','improper','absent'], risk_previous_level)
  - array_position(array['normal','insufficient','improper','absent'], risk_level)))
  FROM visit_standing;
