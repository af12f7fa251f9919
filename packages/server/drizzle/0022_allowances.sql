-- Allowances (RULES §3): standards as dated data, each child's payee account, monthly rolls per county with
-- their lines, bank payments and supervision findings, the bank layouts and the return files loaded.
-- Money is integer fen. Roll rows are scoped by county, child rows by the child, like every other table.
CREATE TABLE IF NOT EXISTS allowance_standards (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  category text NOT NULL CHECK (category IN ('orphan_institutional', 'orphan_scattered', 'de_facto_unsupported',
    'difficulty_economic', 'difficulty_disability', 'difficulty_guardianship')),
  county_code text REFERENCES divisions(code),
  effective_month date NOT NULL CHECK (extract(day FROM effective_month) = 1),
  amount_fen integer CHECK (amount_fen > 0),
  follows_category text,
  notice text NOT NULL CHECK (length(btrim(notice)) > 0),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((amount_fen IS NULL) <> (follows_category IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS allowance_standards_key_idx
  ON allowance_standards (category, coalesce(county_code, ''), effective_month, version);
--> statement-breakpoint
-- A termination's event day (death, adoption …): the allowance ends with its month; before this column it was
-- kept in the history only.
ALTER TABLE children ADD COLUMN IF NOT EXISTS termination_date date;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS allowance_payee_accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES children(id),
  holder_kind text NOT NULL CHECK (holder_kind IN ('guardian', 'institution')),
  holder_relation_id uuid REFERENCES child_relations(id),
  institution_id uuid REFERENCES institutions(id),
  holder_name text NOT NULL,
  bank_name text NOT NULL,
  bank_code text NOT NULL DEFAULT '',
  same_bank boolean NOT NULL DEFAULT true,
  account_enc text NOT NULL,
  account_index text NOT NULL,
  account_masked text NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  ended_reason text,
  CHECK ((holder_kind = 'guardian') = (holder_relation_id IS NOT NULL)),
  CHECK ((holder_kind = 'institution') = (institution_id IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS allowance_payee_accounts_current_idx
  ON allowance_payee_accounts (child_id) WHERE ended_at IS NULL;
--> statement-breakpoint
ALTER TABLE allowance_payee_accounts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY allowance_payee_accounts_reach ON allowance_payee_accounts FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id)) WITH CHECK (hehu_child_visible(child_id));
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS bank_layouts (
  code text PRIMARY KEY,
  name text NOT NULL,
  definition jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS allowance_county_settings (
  county_code text PRIMARY KEY REFERENCES divisions(code),
  bank_layout_code text NOT NULL REFERENCES bank_layouts(code),
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
ALTER TABLE allowance_county_settings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY allowance_county_settings_reach ON allowance_county_settings FOR ALL TO hehu_app
  USING (hehu_in_reach(county_code, NULL)) WITH CHECK (hehu_in_reach(county_code, NULL));
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS allowance_rolls (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  county_code text NOT NULL REFERENCES divisions(code),
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  status text NOT NULL CHECK (status IN ('draft', 'approved', 'locked')),
  generated_by uuid REFERENCES users(id),
  generated_at timestamptz NOT NULL DEFAULT now(),
  approved_by uuid REFERENCES users(id),
  approved_at timestamptz,
  locked_by uuid REFERENCES users(id),
  locked_at timestamptz,
  exported_at timestamptz,
  totals jsonb NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  UNIQUE (county_code, month),
  -- Four eyes: whoever generated a roll does not approve it.
  CHECK (approved_by IS NULL OR generated_by IS NULL OR approved_by <> generated_by),
  CHECK (status = 'draft' OR approved_by IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE allowance_rolls ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY allowance_rolls_reach ON allowance_rolls FOR ALL TO hehu_app
  USING (hehu_in_reach(county_code, NULL)) WITH CHECK (hehu_in_reach(county_code, NULL));
--> statement-breakpoint
-- One bank line per child per roll: the net of the child's lines, with the reference the bank echoes back.
CREATE TABLE IF NOT EXISTS allowance_payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  roll_id uuid NOT NULL REFERENCES allowance_rolls(id) ON DELETE CASCADE,
  child_id uuid NOT NULL REFERENCES children(id),
  township_code text NOT NULL,
  reference text NOT NULL UNIQUE,
  amount_fen integer NOT NULL,
  account_id uuid REFERENCES allowance_payee_accounts(id),
  status text NOT NULL CHECK (status IN ('pending', 'unsent', 'offset', 'paid', 'failed')),
  failure_reason text,
  returned_at timestamptz,
  UNIQUE (roll_id, child_id)
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS allowance_payments_child_idx ON allowance_payments (child_id);
--> statement-breakpoint
ALTER TABLE allowance_payments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY allowance_payments_reach ON allowance_payments FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id)) WITH CHECK (hehu_child_visible(child_id));
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS allowance_lines (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  roll_id uuid NOT NULL REFERENCES allowance_rolls(id) ON DELETE CASCADE,
  payment_id uuid NOT NULL REFERENCES allowance_payments(id) ON DELETE CASCADE,
  child_id uuid NOT NULL REFERENCES children(id),
  kind text NOT NULL CHECK (kind IN ('base', 'arrears', 'retry', 'recovery')),
  for_month date NOT NULL CHECK (extract(day FROM for_month) = 1),
  category text,
  amount_fen integer NOT NULL CHECK (amount_fen <> 0),
  standard_fen integer,
  standard_id uuid REFERENCES allowance_standards(id),
  explanation jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS allowance_lines_roll_idx ON allowance_lines (roll_id);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS allowance_lines_child_idx ON allowance_lines (child_id, for_month);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS allowance_lines_payment_idx ON allowance_lines (payment_id);
--> statement-breakpoint
ALTER TABLE allowance_lines ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY allowance_lines_reach ON allowance_lines FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id)) WITH CHECK (hehu_child_visible(child_id));
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS allowance_findings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  roll_id uuid NOT NULL REFERENCES allowance_rolls(id) ON DELETE CASCADE,
  child_id uuid NOT NULL REFERENCES children(id),
  check_code text NOT NULL,
  severity text NOT NULL CHECK (severity IN ('blocking', 'warning')),
  line_ids uuid[] NOT NULL DEFAULT '{}',
  message jsonb NOT NULL,
  note text,
  noted_by uuid REFERENCES users(id),
  noted_at timestamptz
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS allowance_findings_roll_idx ON allowance_findings (roll_id);
--> statement-breakpoint
ALTER TABLE allowance_findings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY allowance_findings_reach ON allowance_findings FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id)) WITH CHECK (hehu_child_visible(child_id));
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS bank_return_imports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  roll_id uuid NOT NULL REFERENCES allowance_rolls(id) ON DELETE CASCADE,
  file_name text NOT NULL,
  sha256 text NOT NULL,
  summary jsonb NOT NULL,
  uploaded_by uuid REFERENCES users(id),
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
ALTER TABLE bank_return_imports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY bank_return_imports_reach ON bank_return_imports FOR ALL TO hehu_app
  USING (EXISTS (SELECT 1 FROM allowance_rolls r WHERE r.id = roll_id))
  WITH CHECK (EXISTS (SELECT 1 FROM allowance_rolls r WHERE r.id = roll_id));
