-- Visit records (RULES §4.19). The id is made by the browser when the visit is typed, so a submission that is
-- retried after a dropped signal finds its first copy instead of making a second visit. Due and overdue are
-- never stored: they are computed from the visit rules in force and the latest visit date.
CREATE TABLE IF NOT EXISTS visits (
  id uuid PRIMARY KEY,
  child_id uuid NOT NULL REFERENCES children(id),
  visit_date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('home', 'phone', 'school', 'other')),
  seen text[] NOT NULL DEFAULT '{}',
  living text NOT NULL DEFAULT '',
  guardianship text NOT NULL DEFAULT '',
  schooling text NOT NULL DEFAULT '',
  health text NOT NULL DEFAULT '',
  safety text NOT NULL DEFAULT '',
  needs text NOT NULL DEFAULT '',
  help_given text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT '',
  circumstances_changed boolean NOT NULL DEFAULT false,
  visitor_id uuid REFERENCES users(id),
  visitor_name text,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
-- "Latest visit per child" is the query every due date needs.
CREATE INDEX IF NOT EXISTS visits_child_date_idx ON visits (child_id, visit_date DESC);
--> statement-breakpoint
ALTER TABLE visits ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY visits_reach ON visits FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id)) WITH CHECK (hehu_child_visible(child_id));
--> statement-breakpoint
-- Guardianship risk assessments (RULES §5): each stores the instrument version it used, its answers and the
-- level they scored; the latest one per child sets the child's visit frequency.
CREATE TABLE IF NOT EXISTS risk_assessments (
  id uuid PRIMARY KEY,
  child_id uuid NOT NULL REFERENCES children(id),
  assessed_on date NOT NULL,
  instrument_version text NOT NULL,
  answers jsonb NOT NULL,
  total integer NOT NULL,
  by_area jsonb NOT NULL,
  red_flags text[] NOT NULL DEFAULT '{}',
  level text NOT NULL CHECK (level IN ('absent', 'improper', 'insufficient', 'normal')),
  previous_level text CHECK (previous_level IN ('absent', 'improper', 'insufficient', 'normal')),
  note text NOT NULL DEFAULT '',
  assessor_id uuid REFERENCES users(id),
  assessor_name text,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS risk_assessments_child_idx ON risk_assessments (child_id, assessed_on DESC, created_at DESC);
--> statement-breakpoint
ALTER TABLE risk_assessments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY risk_assessments_reach ON risk_assessments FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id)) WITH CHECK (hehu_child_visible(child_id));
--> statement-breakpoint
-- A child assessed as 监护缺失 is referred to minor protection at once (RULES §5.22): the referral is the record
-- the protection-case work takes over, and open ones are the county's notification until someone takes them.
CREATE TABLE IF NOT EXISTS protection_referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES children(id),
  source text NOT NULL CHECK (source IN ('risk_assessment')),
  assessment_id uuid REFERENCES risk_assessments(id),
  opened_on date NOT NULL,
  reason text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'taken')),
  taken_by uuid REFERENCES users(id),
  taken_at timestamptz,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS protection_referrals_open_idx ON protection_referrals (status, child_id);
--> statement-breakpoint
-- One open referral per child: a second 监护缺失 assessment while the first is open adds nothing.
CREATE UNIQUE INDEX IF NOT EXISTS protection_referrals_one_open_uq ON protection_referrals (child_id) WHERE status = 'open';
--> statement-breakpoint
ALTER TABLE protection_referrals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY protection_referrals_reach ON protection_referrals FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id)) WITH CHECK (hehu_child_visible(child_id));
