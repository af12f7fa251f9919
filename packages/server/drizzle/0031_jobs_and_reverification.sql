-- Scheduled work and the semi-annual re-verification (RULES §2.12).
--
-- job_runs: one row per run of a scheduled job for its period (a day, a round). The unique key is what keeps two
-- servers started together from doing the same run twice: the one whose insert wins runs it; a failed run is
-- claimed again after a wait that doubles each attempt; the row is the record of every run.
CREATE TABLE IF NOT EXISTS job_runs (
  job text NOT NULL,
  run_key text NOT NULL,
  status text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
  attempts integer NOT NULL DEFAULT 1 CHECK (attempts >= 1),
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  -- When a failed run may be tried again; null once done.
  retry_after timestamptz,
  result jsonb,
  error text,
  PRIMARY KEY (job, run_key)
);
--> statement-breakpoint
REVOKE ALL ON job_runs FROM hehu_app;
--> statement-breakpoint
GRANT SELECT ON job_runs TO hehu_app;
--> statement-breakpoint
-- One item per child and held category per round: the township checks the child still meets the category and
-- records the outcome; "no longer eligible" files a termination application in the same transaction.
CREATE TABLE IF NOT EXISTS reverifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES children(id),
  category text NOT NULL,
  -- The round's month, 'YYYY-MM' (January and July by default; the months are a settings version).
  round text NOT NULL CHECK (round ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  due_date date NOT NULL,
  outcome text CHECK (outcome IN ('eligible', 'not_eligible')),
  note text NOT NULL DEFAULT '',
  -- At the outcome: the rule check the township saw, with its rules version and facts.
  rule_check jsonb,
  recorded_by uuid REFERENCES users(id),
  recorded_by_name text,
  recorded_at timestamptz,
  termination_application_id uuid REFERENCES applications(id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (child_id, category, round),
  CHECK ((outcome IS NULL) = (recorded_at IS NULL)),
  CHECK (outcome = 'not_eligible' OR termination_application_id IS NULL)
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS reverifications_open_idx ON reverifications (round, child_id) WHERE outcome IS NULL;
--> statement-breakpoint
ALTER TABLE reverifications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY reverifications_reach ON reverifications FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id)) WITH CHECK (hehu_child_visible(child_id));
--> statement-breakpoint
REVOKE DELETE ON reverifications FROM hehu_app;
