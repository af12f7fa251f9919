-- A foundling's birth parents cannot be found (RULES §1.2): an orphan from birth, entered as a fact of the child.
ALTER TABLE children ADD COLUMN IF NOT EXISTS parents_unknown boolean NOT NULL DEFAULT false;
--> statement-breakpoint
-- 集中养育 starts on the day of placement in the institution; before it, an orphan was raised by a family.
ALTER TABLE children ADD COLUMN IF NOT EXISTS institution_since date;
--> statement-breakpoint
ALTER TABLE children ADD CONSTRAINT children_institution_since_ck
  CHECK (institution_since IS NULL OR institution_id IS NOT NULL);
