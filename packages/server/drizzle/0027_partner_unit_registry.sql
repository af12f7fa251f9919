-- The partner-unit registry kept by the city (rules:manage): units are changed with an optimistic version check.
ALTER TABLE partner_units ADD COLUMN IF NOT EXISTS version integer NOT NULL DEFAULT 1;
--> statement-breakpoint
-- Open referrals per unit, whoever asks: the registry must see every case's referrals to refuse deactivating a
-- unit that still has work, while case_referrals itself stays under the case's row-level security.
CREATE OR REPLACE FUNCTION hehu_partner_unit_open_referrals() RETURNS TABLE (partner_unit_id uuid, open integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT r.partner_unit_id, count(*)::integer FROM case_referrals r
  WHERE r.status IN ('sent', 'accepted') GROUP BY r.partner_unit_id
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION hehu_partner_unit_open_referrals() TO hehu_app;
