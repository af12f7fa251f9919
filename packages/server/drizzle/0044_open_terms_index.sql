-- "Confirm release" (categories/release.tasks.ts) looks for parents' detentions with a term and no release date.
-- Without an index of those few rows the home page read every family relation in scope, each through its policy
-- (0.6 s for a county at a million children); with it the read starts from the open terms (22 ms).
CREATE INDEX IF NOT EXISTS person_situations_open_term_idx ON person_situations (person_id)
  WHERE until IS NULL AND code IN ('imprisoned', 'compulsory_rehab', 'other_restriction')
    AND (details->>'termMonths') IS NOT NULL;
