-- The city enters each year's holiday arrangement when the State Council publishes it (usually in November):
-- a version guards two editors, and who changed it last is kept beside the audit trail.
ALTER TABLE work_calendar_years ADD COLUMN IF NOT EXISTS version integer NOT NULL DEFAULT 1;
--> statement-breakpoint
ALTER TABLE work_calendar_years ADD COLUMN IF NOT EXISTS updated_by uuid REFERENCES users(id);
--> statement-breakpoint
ALTER TABLE work_calendar_years ADD COLUMN IF NOT EXISTS updated_at timestamptz;
