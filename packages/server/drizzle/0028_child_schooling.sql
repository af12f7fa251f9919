-- Full-time schooling past the last paid age (RULES §2.12: "unless in full-time schooling where local policy
-- continues payment — configurable"): each period is a school's certificate (在读证明) from its first to its last
-- day. The allowance engine pays on for the whole months a period covers, where the city's rules say so.
CREATE TABLE IF NOT EXISTS child_schooling (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES children(id),
  school_name text NOT NULL CHECK (length(btrim(school_name)) > 0),
  from_date date NOT NULL,
  until_date date NOT NULL,
  note text,
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  -- Withdrawn (entered in error), never deleted: a roll already paid on it must still show why.
  withdrawn_at timestamptz,
  withdrawn_by uuid REFERENCES users(id),
  withdrawn_reason text,
  CHECK (until_date >= from_date)
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS child_schooling_child_idx ON child_schooling (child_id) WHERE withdrawn_at IS NULL;
--> statement-breakpoint
ALTER TABLE child_schooling ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY child_schooling_reach ON child_schooling FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id)) WITH CHECK (hehu_child_visible(child_id));
--> statement-breakpoint
REVOKE DELETE ON child_schooling FROM hehu_app;
