-- The reporter's identity is for the case team and the audit administrator (RULES §6). The administrators' reach
-- is empty, so row-level security hides every intake from the auditor; this function answers the reporter of the
-- intakes of one case, found by a receipt number (the case's or one intake's), and only to a caller whose grants
-- carry audit:read: the route checks the permission, and so does the database.
CREATE OR REPLACE FUNCTION hehu_audit_case_reporters(p_receipt text)
RETURNS TABLE (
  case_id uuid,
  case_receipt_no text,
  county_code text,
  stage text,
  receipt_no text,
  channel text,
  received_at timestamptz,
  reporter_name text,
  reporter_phone text,
  reporter_relation text,
  reporter_unit text,
  reporter_username text,
  api_client text
)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF NOT hehu_caller_audits() THEN
    RAISE EXCEPTION 'audit:read required' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY
    SELECT k.id, k.receipt_no, k.county_code, k.stage, i.receipt_no, i.channel, i.received_at,
      i.reporter_name, i.reporter_phone, i.reporter_relation, u.name, r.username, a.name
    FROM cases k
    JOIN case_intakes i ON i.case_id = k.id
    LEFT JOIN partner_units u ON u.id = i.reporter_unit_id
    LEFT JOIN users r ON r.id = i.reporter_user_id
    LEFT JOIN api_clients a ON a.id = i.api_client_id
    WHERE k.id = (
      SELECT coalesce(
        (SELECT c.id FROM cases c WHERE c.receipt_no = p_receipt),
        (SELECT x.case_id FROM case_intakes x WHERE x.receipt_no = p_receipt)
      )
    )
    ORDER BY i.received_at, i.receipt_no;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION hehu_audit_case_reporters(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION hehu_audit_case_reporters(text) TO hehu_app;
