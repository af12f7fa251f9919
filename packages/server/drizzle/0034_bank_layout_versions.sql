-- Bank layouts a county edits (FORMATS §4: columns, headers, order, encoding are data). The built-in layouts stay
-- shared (county_code NULL); a county's own layouts belong to it. Every saved form of a layout is kept as a
-- version, and a roll records the version its payment file was first made with, so a later edit does not change
-- a file already sent to the bank.
ALTER TABLE bank_layouts ADD COLUMN IF NOT EXISTS county_code text REFERENCES divisions(code);
--> statement-breakpoint
ALTER TABLE bank_layouts ADD COLUMN IF NOT EXISTS version integer NOT NULL DEFAULT 1 CHECK (version >= 1);
--> statement-breakpoint
ALTER TABLE bank_layouts ADD COLUMN IF NOT EXISTS updated_by uuid REFERENCES users(id);
--> statement-breakpoint
ALTER TABLE bank_layouts ADD COLUMN IF NOT EXISTS updated_at timestamptz NOT NULL DEFAULT now();
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS bank_layout_versions (
  code text NOT NULL REFERENCES bank_layouts(code),
  version integer NOT NULL CHECK (version >= 1),
  county_code text REFERENCES divisions(code),
  definition jsonb NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (code, version)
);
--> statement-breakpoint
INSERT INTO bank_layout_versions (code, version, county_code, definition, created_at)
  SELECT code, version, county_code, definition, created_at FROM bank_layouts ON CONFLICT DO NOTHING;
--> statement-breakpoint
ALTER TABLE allowance_rolls ADD COLUMN IF NOT EXISTS bank_layout_code text;
--> statement-breakpoint
ALTER TABLE allowance_rolls ADD COLUMN IF NOT EXISTS bank_layout_version integer;
--> statement-breakpoint
ALTER TABLE allowance_rolls ADD CONSTRAINT allowance_rolls_bank_layout_fk
  FOREIGN KEY (bank_layout_code, bank_layout_version) REFERENCES bank_layout_versions(code, version);
--> statement-breakpoint
-- Everyone reads the shared layouts; a county's own are read and written within its reach only. The shared ones
-- are written by the reference seed as the owner, never by the application.
ALTER TABLE bank_layouts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY bank_layouts_read ON bank_layouts FOR SELECT TO hehu_app
  USING (county_code IS NULL OR hehu_in_reach(county_code, NULL));
--> statement-breakpoint
CREATE POLICY bank_layouts_insert ON bank_layouts FOR INSERT TO hehu_app
  WITH CHECK (county_code IS NOT NULL AND hehu_in_reach(county_code, NULL));
--> statement-breakpoint
CREATE POLICY bank_layouts_update ON bank_layouts FOR UPDATE TO hehu_app
  USING (county_code IS NOT NULL AND hehu_in_reach(county_code, NULL))
  WITH CHECK (county_code IS NOT NULL AND hehu_in_reach(county_code, NULL));
--> statement-breakpoint
ALTER TABLE bank_layout_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY bank_layout_versions_read ON bank_layout_versions FOR SELECT TO hehu_app
  USING (county_code IS NULL OR hehu_in_reach(county_code, NULL));
--> statement-breakpoint
CREATE POLICY bank_layout_versions_insert ON bank_layout_versions FOR INSERT TO hehu_app
  WITH CHECK (county_code IS NOT NULL AND hehu_in_reach(county_code, NULL));
