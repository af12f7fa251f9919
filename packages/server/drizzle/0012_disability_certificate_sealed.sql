-- The second-generation disability certificate number is the holder's ID number plus two digits: it is kept like
-- the ID number, SM4-encrypted with a masked copy. Encryption needs the master key, which only the server holds, so
-- the server seals the values left in the old clear column when it starts (sealClearCertificateNumbers) and empties it.
ALTER TABLE children ADD COLUMN IF NOT EXISTS disability_cert_no_enc text;
--> statement-breakpoint
ALTER TABLE children ADD COLUMN IF NOT EXISTS disability_cert_no_masked text;
--> statement-breakpoint
-- No new clear value from here on. NOT VALID: the rows written before are emptied at the next start, not refused now.
ALTER TABLE children ADD CONSTRAINT children_disability_cert_no_sealed_ck CHECK (disability_cert_no IS NULL) NOT VALID;
--> statement-breakpoint
-- The mask the server uses (maskCertificateNumber): first six and last four characters kept.
CREATE OR REPLACE FUNCTION hehu_mask_certificate_number(value text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN value IS NULL THEN NULL
    WHEN length(btrim(value)) < 10 THEN repeat('*', length(btrim(value)))
    ELSE left(btrim(value), 6) || repeat('*', length(btrim(value)) - 10) || right(btrim(value), 4)
  END
$$;
--> statement-breakpoint
-- The history kept the certificate number in clear before this migration: masked in place, once. The history is
-- append-only for the application (trigger and privileges); the migration runs as the owner and lifts the
-- trigger for this statement only.
ALTER TABLE child_history DISABLE TRIGGER child_history_no_update;
--> statement-breakpoint
UPDATE child_history SET changes = (
  SELECT jsonb_agg(
    CASE WHEN change->>'field' = 'disabilityCertNo' THEN
      jsonb_set(
        jsonb_set(change, '{from}', coalesce(to_jsonb(hehu_mask_certificate_number(change->>'from')), 'null'::jsonb)),
        '{to}', coalesce(to_jsonb(hehu_mask_certificate_number(change->>'to')), 'null'::jsonb))
    ELSE change END
    ORDER BY ordinality)
  FROM jsonb_array_elements(changes) WITH ORDINALITY AS e(change, ordinality)
)
WHERE jsonb_typeof(changes) = 'array' AND changes @> '[{"field": "disabilityCertNo"}]';
--> statement-breakpoint
ALTER TABLE child_history ENABLE TRIGGER child_history_no_update;
