-- Minor protection cases (RULES §6): intake from every channel, the case with its append-only action log, its
-- team, referrals to partner units, help-plan tasks, guardianship measures, break-the-glass access, the case
-- library, the 12345 system's API keys and the outbox that tells senders the outcome.
-- Partner units (police, schools, social organisations …) are a new scope kind beside division and institution.
CREATE TABLE IF NOT EXISTS partner_units (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  -- 'partner' answers referrals; 'reporter' files mandatory reports (a school, a hospital, a hotel …).
  role text NOT NULL CHECK (role IN ('partner', 'reporter')),
  kind text NOT NULL,
  division_code text NOT NULL REFERENCES divisions(code),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (name, division_code)
);
--> statement-breakpoint
ALTER TABLE grants ADD COLUMN IF NOT EXISTS partner_unit_id uuid REFERENCES partner_units(id);
--> statement-breakpoint
-- The caller's partner units, set per request beside the division and institution reach.
CREATE OR REPLACE FUNCTION hehu_partner_units() RETURNS uuid[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_to_array(nullif(current_setting('hehu.partner_units', true), ''), ',')::uuid[], '{}'::uuid[])
$$;
--> statement-breakpoint
-- Receipt numbers: SB + the day in Leshan + this sequence (never reused, whatever the channel).
CREATE SEQUENCE IF NOT EXISTS case_receipt_seq;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS cases (
  id uuid PRIMARY KEY,
  receipt_no text NOT NULL UNIQUE,
  channel text NOT NULL CHECK (channel IN ('hotline', 'hotline_12345', 'mandatory_report', 'discovery',
    'police_transfer', 'walk_in')),
  tier text NOT NULL CHECK (tier IN ('urgent', 'general', 'consult')),
  -- The stage is the fold of case_actions (domain caseStage), kept here in the same transaction for lists.
  stage text NOT NULL DEFAULT 'intake' CHECK (stage IN ('intake', 'verification', 'assessment', 'plan',
    'implementation', 'closure_review', 'closed')),
  child_id uuid REFERENCES children(id),
  child_name text NOT NULL,
  child_sex text CHECK (child_sex IN ('male', 'female')),
  child_age integer CHECK (child_age BETWEEN 0 AND 17),
  -- Where the child is (a village, township or county code): it decides the responsible unit.
  division_code text NOT NULL REFERENCES divisions(code),
  county_code text NOT NULL REFERENCES divisions(code),
  institution_id uuid REFERENCES institutions(id),
  location text NOT NULL DEFAULT '',
  summary text NOT NULL CHECK (length(btrim(summary)) > 0),
  immediate_danger boolean NOT NULL DEFAULT false,
  received_at timestamptz NOT NULL,
  respond_by timestamptz NOT NULL,
  assess_by timestamptz NOT NULL,
  tier_version text NOT NULL,
  owner_id uuid REFERENCES users(id),
  guardianship text CHECK (guardianship IN ('temporary', 'long_term')),
  closed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_county_stage_idx ON cases (county_code COLLATE "C", stage, received_at DESC);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_open_due_idx ON cases (county_code COLLATE "C", respond_by) WHERE stage <> 'closed';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_child_idx ON cases (child_id) WHERE child_id IS NOT NULL;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS case_members (
  case_id uuid NOT NULL REFERENCES cases(id),
  user_id uuid NOT NULL REFERENCES users(id),
  role text NOT NULL CHECK (role IN ('owner', 'member')),
  added_by uuid REFERENCES users(id),
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, user_id)
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS case_members_user_idx ON case_members (user_id);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS case_referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id),
  partner_unit_id uuid NOT NULL REFERENCES partner_units(id),
  request text NOT NULL CHECK (length(btrim(request)) > 0),
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'accepted', 'declined', 'answered')),
  response text,
  responded_by uuid REFERENCES users(id),
  responded_at timestamptz,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS case_referrals_case_idx ON case_referrals (case_id);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS case_referrals_partner_idx ON case_referrals (partner_unit_id, status);
--> statement-breakpoint
-- Visibility of a case to the caller: in reach (division or institution), on its team, or referred to the
-- caller's partner unit (who then sees the referral's part only; the application decides what is shown).
CREATE OR REPLACE FUNCTION hehu_case_visible(c uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM cases k WHERE k.id = c AND (
      k.county_code ^@ ANY (hehu_reach_prefixes()) OR k.division_code ^@ ANY (hehu_reach_prefixes())
      OR (k.institution_id IS NOT NULL AND k.institution_id = ANY (hehu_reach_institutions()))))
    OR EXISTS (SELECT 1 FROM case_members m WHERE m.case_id = c AND m.user_id = hehu_user_id())
    OR EXISTS (SELECT 1 FROM case_referrals r WHERE r.case_id = c AND r.partner_unit_id = ANY (hehu_partner_units()))
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION hehu_case_visible(uuid) TO hehu_app;
--> statement-breakpoint
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY cases_read ON cases FOR SELECT TO hehu_app USING (hehu_case_visible(id));
--> statement-breakpoint
-- Intake may come from someone who will not work the case (the hotline operator, a school): they write it.
CREATE POLICY cases_intake ON cases FOR INSERT TO hehu_app WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY cases_change ON cases FOR UPDATE TO hehu_app USING (hehu_case_visible(id)) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE case_members ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_members_reach ON case_members FOR ALL TO hehu_app
  USING (hehu_case_visible(case_id)) WITH CHECK (hehu_case_visible(case_id));
--> statement-breakpoint
ALTER TABLE case_referrals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_referrals_reach ON case_referrals FOR ALL TO hehu_app
  USING (hehu_case_visible(case_id)) WITH CHECK (hehu_case_visible(case_id));
--> statement-breakpoint
-- One row per report that brought the case (a second call about the same child joins the open case).
-- The reporter's identity is here, shown only to the case team; the reporter reads its own rows.
CREATE TABLE IF NOT EXISTS case_intakes (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases(id),
  receipt_no text NOT NULL UNIQUE,
  channel text NOT NULL,
  -- The name as reported: the reporter's "my reports" shows it without reading the case.
  child_name text NOT NULL DEFAULT '',
  trigger text,
  description text NOT NULL,
  reporter_name text,
  reporter_phone text,
  reporter_relation text,
  reporter_unit_id uuid REFERENCES partner_units(id),
  reporter_user_id uuid REFERENCES users(id),
  api_client_id uuid,
  external_id text,
  received_at timestamptz NOT NULL,
  outcome text,
  told_at timestamptz,
  satisfaction integer CHECK (satisfaction BETWEEN 1 AND 5),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (api_client_id, external_id),
  CHECK (channel <> 'mandatory_report' OR trigger IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS case_intakes_case_idx ON case_intakes (case_id);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS case_intakes_reporter_idx ON case_intakes (reporter_user_id, received_at DESC)
  WHERE reporter_user_id IS NOT NULL;
--> statement-breakpoint
ALTER TABLE case_intakes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_intakes_read ON case_intakes FOR SELECT TO hehu_app
  USING (reporter_user_id = hehu_user_id() OR hehu_case_visible(case_id));
--> statement-breakpoint
CREATE POLICY case_intakes_write ON case_intakes FOR INSERT TO hehu_app WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY case_intakes_change ON case_intakes FOR UPDATE TO hehu_app
  USING (reporter_user_id = hehu_user_id() OR hehu_case_visible(case_id)) WITH CHECK (true);
--> statement-breakpoint
-- The append-only log the stage is computed from.
CREATE TABLE IF NOT EXISTS case_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id),
  seq integer NOT NULL,
  action text NOT NULL,
  note text,
  data jsonb NOT NULL DEFAULT '{}',
  actor_id uuid REFERENCES users(id),
  actor_name text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_id, seq)
);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION hehu_case_actions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_actions is append-only';
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS case_actions_append_only ON case_actions;
--> statement-breakpoint
CREATE TRIGGER case_actions_append_only BEFORE UPDATE OR DELETE ON case_actions
  FOR EACH ROW EXECUTE FUNCTION hehu_case_actions_append_only();
--> statement-breakpoint
ALTER TABLE case_actions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_actions_read ON case_actions FOR SELECT TO hehu_app USING (hehu_case_visible(case_id));
--> statement-breakpoint
CREATE POLICY case_actions_write ON case_actions FOR INSERT TO hehu_app WITH CHECK (true);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS case_tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id),
  goal text NOT NULL,
  title text NOT NULL CHECK (length(btrim(title)) > 0),
  owner_name text NOT NULL,
  due_on date NOT NULL,
  done_on date,
  service_note text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS case_tasks_case_idx ON case_tasks (case_id);
--> statement-breakpoint
ALTER TABLE case_tasks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_tasks_reach ON case_tasks FOR ALL TO hehu_app
  USING (hehu_case_visible(case_id)) WITH CHECK (hehu_case_visible(case_id));
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS case_guardianships (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id),
  kind text NOT NULL CHECK (kind IN ('temporary', 'long_term')),
  trigger text NOT NULL,
  placement text,
  placement_detail text NOT NULL DEFAULT '',
  started_on date NOT NULL,
  ended_on date,
  return_assessment text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (kind <> 'temporary' OR placement IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS case_guardianships_case_idx ON case_guardianships (case_id);
--> statement-breakpoint
ALTER TABLE case_guardianships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_guardianships_reach ON case_guardianships FOR ALL TO hehu_app
  USING (hehu_case_visible(case_id)) WITH CHECK (hehu_case_visible(case_id));
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS case_access_breaks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id),
  user_id uuid NOT NULL REFERENCES users(id),
  reason text NOT NULL CHECK (length(btrim(reason)) >= 10),
  at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS case_access_breaks_user_idx ON case_access_breaks (user_id, case_id, expires_at);
--> statement-breakpoint
ALTER TABLE case_access_breaks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_access_breaks_reach ON case_access_breaks FOR ALL TO hehu_app
  USING (hehu_case_visible(case_id)) WITH CHECK (hehu_case_visible(case_id));
--> statement-breakpoint
-- The case library: an anonymised copy of a closed case, published only after review.
CREATE TABLE IF NOT EXISTS case_library (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  source_case_id uuid NOT NULL UNIQUE REFERENCES cases(id),
  county_code text NOT NULL REFERENCES divisions(code),
  title text NOT NULL,
  body text NOT NULL,
  channel text NOT NULL,
  tier text NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  drafted_by uuid REFERENCES users(id),
  reviewed_by uuid REFERENCES users(id),
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK (status = 'draft' OR (reviewed_by IS NOT NULL AND reviewed_by IS DISTINCT FROM drafted_by))
);
--> statement-breakpoint
-- Sending systems (the city's 12345 platform): only the SHA-256 of the key is kept.
CREATE TABLE IF NOT EXISTS api_clients (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  system_code text NOT NULL UNIQUE,
  key_hash text NOT NULL UNIQUE,
  division_code text NOT NULL REFERENCES divisions(code),
  callback_url text,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
-- Messages to other systems leave after commit: written in the transaction of the change, sent by a worker
-- that retries with growing pauses.
CREATE TABLE IF NOT EXISTS outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  topic text NOT NULL,
  api_client_id uuid REFERENCES api_clients(id),
  payload jsonb NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS outbox_due_idx ON outbox (next_attempt_at) WHERE delivered_at IS NULL;
--> statement-breakpoint
ALTER TABLE case_library ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A published entry is anonymised and open to all case staff; a draft only within reach of its county.
CREATE POLICY case_library_reach ON case_library FOR ALL TO hehu_app
  USING (status = 'published' OR county_code ^@ ANY (hehu_reach_prefixes()))
  WITH CHECK (county_code ^@ ANY (hehu_reach_prefixes()));
--> statement-breakpoint
-- A sending system resends a work order it is unsure was received: the receipt it was given, and nothing else
-- (the request runs with no reach, so the intake row itself is not visible to it).
CREATE OR REPLACE FUNCTION hehu_work_order_receipt(client uuid, external text) RETURNS TABLE (receipt_no text, tier text, respond_by timestamptz, county_code text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT i.receipt_no, k.tier, k.respond_by, k.county_code FROM case_intakes i JOIN cases k ON k.id = i.case_id
  WHERE i.api_client_id = client AND i.external_id = external
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION hehu_work_order_receipt(uuid, text) TO hehu_app;
