-- Counts and boards over an area (visit plans, left-behind counts) need of each child only its division, id, status
-- and the columns of its policy: the division index carries status and institution_id, so they read the index
-- alone (an index-only scan) instead of a row per child. Same key columns as before, so every other use is served.
DROP INDEX IF EXISTS children_division_idx;
--> statement-breakpoint
CREATE INDEX children_division_idx ON children (division_code, id) INCLUDE (status, institution_id);
--> statement-breakpoint
-- A township or a village is a narrow range of one text column: with the default 100 histogram buckets over a
-- million children the planner guessed a tenth of a township's rows and chose a lookup per child.
ALTER TABLE children ALTER COLUMN division_code SET STATISTICS 1000;
--> statement-breakpoint
ALTER TABLE child_categories ALTER COLUMN division_code SET STATISTICS 1000;
--> statement-breakpoint
ALTER TABLE visit_standing ALTER COLUMN division_code SET STATISTICS 1000;
