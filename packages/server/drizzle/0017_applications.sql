-- Applications for a protection category and their append-only action list (RULES §2). Both are child data:
-- visible when the child is (the children policy decides), like the other tables of a child's file.
CREATE TABLE IF NOT EXISTS applications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES children(id),
  kind text NOT NULL CHECK (kind IN ('grant', 'change', 'terminate')),
  category text NOT NULL,
  cross_province boolean NOT NULL DEFAULT false,
  accepting_place text,
  event_date date,
  note text NOT NULL DEFAULT '',
  status text NOT NULL CHECK (status IN ('draft', 'intake', 'submitted', 'verified', 'returned', 'approved', 'rejected', 'withdrawn')),
  version integer NOT NULL CHECK (version >= 1),
  step_since date,
  limits_version text NOT NULL,
  category_id uuid REFERENCES child_categories(id),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS applications_child_idx ON applications (child_id);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS applications_status_idx ON applications (status, step_since);
--> statement-breakpoint
-- A second open application of the same kind and category for the same child is refused.
CREATE UNIQUE INDEX IF NOT EXISTS applications_one_open_uq ON applications (child_id, kind, category)
  WHERE status IN ('draft', 'intake', 'submitted', 'verified', 'returned');
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS application_actions (
  id bigserial PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES applications(id),
  seq integer NOT NULL,
  action text NOT NULL CHECK (action IN ('create', 'submit', 'forward', 'verify', 'return', 'approve', 'reject', 'withdraw')),
  on_date date NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id uuid REFERENCES users(id),
  actor_name text,
  note text NOT NULL DEFAULT '',
  reason_code text,
  rule_check jsonb
);
--> statement-breakpoint
-- Two people acting on the same version: the second insert fails here, whatever the application code checked.
CREATE UNIQUE INDEX IF NOT EXISTS application_actions_seq_uq ON application_actions (application_id, seq);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION application_actions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'application_actions is append-only';
END
$$;
--> statement-breakpoint
CREATE TRIGGER application_actions_no_update BEFORE UPDATE OR DELETE ON application_actions
  FOR EACH ROW EXECUTE FUNCTION application_actions_refuse_change();
--> statement-breakpoint
CREATE TRIGGER application_actions_no_truncate BEFORE TRUNCATE ON application_actions
  FOR EACH STATEMENT EXECUTE FUNCTION application_actions_refuse_change();
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON application_actions FROM hehu_app;
--> statement-breakpoint
ALTER TABLE applications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY applications_reach ON applications FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id)) WITH CHECK (hehu_child_visible(child_id));
--> statement-breakpoint
ALTER TABLE application_actions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY application_actions_reach ON application_actions FOR ALL TO hehu_app
  USING (EXISTS (SELECT 1 FROM applications a WHERE a.id = application_id))
  WITH CHECK (EXISTS (SELECT 1 FROM applications a WHERE a.id = application_id));
--> statement-breakpoint
-- The working-day limit of each step (RULES §2.7, §2.9) as a settings version, like the category rules.
INSERT INTO settings (key, version, value)
VALUES ('application_step_limits', 1,
  '{"version": "2026-01", "basis": "民发〔2010〕161号；跨省通办按受理地答复（系统初始版本）", "standard": {"verify": 10, "approve": 10}, "crossProvince": {"forward": 3, "verify": 15, "approve": 15}}')
ON CONFLICT DO NOTHING;
