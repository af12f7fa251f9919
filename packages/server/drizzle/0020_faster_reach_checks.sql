-- The reach checks run once per row a policy filters: at city scale (a million children, ten million visits) their
-- call overhead, not the lookups, set the time of every plan and board. hehu_in_reach becomes one expression
-- without a subquery, which PostgreSQL inlines into the policy (^@ is starts_with as an operator, so ANY applies);
-- hehu_child_visible becomes PL/pgSQL, whose lookup plan is cached for the session instead of being set up on
-- each call. Same answers as before (test/row-level-security.test.ts and the scope tests hold them).
CREATE OR REPLACE FUNCTION hehu_in_reach(division text, institution uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT division ^@ ANY (hehu_reach_prefixes())
      OR (institution IS NOT NULL AND institution = ANY (hehu_reach_institutions()))
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION hehu_child_visible(child uuid) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
  -- The children policy filters this lookup: visible means visible to the caller.
  RETURN EXISTS (SELECT 1 FROM children c WHERE c.id = child);
END
$$;
