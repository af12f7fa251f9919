-- Left-behind children's care (RULES §4.20–21): one care record per child — how the child lives, the entrusted
-- carer's eligibility check with its ticks and evidence, the written agreement and the written notices — and
-- the parents' contact log. The record carries a version: two directors saving at once, the second is told.
CREATE TABLE IF NOT EXISTS left_behind_care (
  child_id uuid PRIMARY KEY REFERENCES children(id),
  living_arrangement text NOT NULL CHECK (living_arrangement IN ('with_parent', 'with_carer', 'boarding_school', 'alone', 'unattended')),
  carer_relation_id uuid REFERENCES child_relations(id),
  carer_full_capacity boolean,
  carer_exclusions jsonb NOT NULL DEFAULT '{}',
  carer_evidence text NOT NULL DEFAULT '',
  carer_checked_on date,
  agreement_signed_on date,
  agreement_document_id uuid REFERENCES documents(id),
  school_notified_on date,
  village_notified_on date,
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
ALTER TABLE left_behind_care ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY left_behind_care_reach ON left_behind_care FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id)) WITH CHECK (hehu_child_visible(child_id));
--> statement-breakpoint
-- The parents' contact with the child and the carer (at least weekly, Art. 23). The id comes from the browser.
CREATE TABLE IF NOT EXISTS parent_contacts (
  id uuid PRIMARY KEY,
  child_id uuid NOT NULL REFERENCES children(id),
  contact_date date NOT NULL,
  channel text NOT NULL CHECK (channel IN ('phone', 'video', 'home_visit', 'other')),
  parent text NOT NULL CHECK (parent IN ('father', 'mother', 'both')),
  note text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES users(id),
  recorded_name text,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS parent_contacts_child_idx ON parent_contacts (child_id, contact_date DESC);
--> statement-breakpoint
ALTER TABLE parent_contacts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY parent_contacts_reach ON parent_contacts FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id)) WITH CHECK (hehu_child_visible(child_id));
