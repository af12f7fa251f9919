-- The audit administrator's view of one child: find the child (the administrators' reach is empty, so row-level
-- security hides every child from them) and read every audit row about it. The functions answer only what picks
-- the right child (name, masked ID number, division, status), never the file, and only to a caller whose grants
-- carry audit:read: the route checks the permission, and so does the database.
CREATE OR REPLACE FUNCTION hehu_caller_audits() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (
    SELECT 1 FROM grants g JOIN roles r ON r.code = g.role_code
    WHERE g.user_id = nullif(current_setting('hehu.user_id', true), '')::uuid
      AND 'audit:read' = ANY (r.permissions)
  )
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION hehu_caller_audits() FROM PUBLIC;
--> statement-breakpoint
-- One of: a name (a part of it), an ID number's blind index, the last four characters of the ID number.
CREATE OR REPLACE FUNCTION hehu_audit_find_children(p_name text, p_index text, p_last4 text, p_limit integer)
RETURNS TABLE (id uuid, name text, id_number_masked text, division_code text, status text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF NOT hehu_caller_audits() THEN
    RAISE EXCEPTION 'audit:read required' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY
    SELECT c.id, c.name, c.id_number_masked, c.division_code, c.status FROM children c
    WHERE (p_index IS NOT NULL AND c.id_number_index = p_index)
       OR (p_last4 IS NOT NULL AND right(c.id_number_masked, 4) = p_last4)
       OR (p_name IS NOT NULL AND strpos(c.name, p_name) > 0)
    ORDER BY (c.name = p_name) DESC, c.name, c.division_code, c.id
    LIMIT p_limit;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION hehu_audit_find_children(text, text, text, integer) FROM PUBLIC;
--> statement-breakpoint
-- The same few fields for children named by audit rows, so the trail shows names instead of ids.
CREATE OR REPLACE FUNCTION hehu_audit_children(p_ids uuid[])
RETURNS TABLE (id uuid, name text, id_number_masked text, division_code text, status text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF NOT hehu_caller_audits() THEN
    RAISE EXCEPTION 'audit:read required' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY
    SELECT c.id, c.name, c.id_number_masked, c.division_code, c.status FROM children c WHERE c.id = ANY (p_ids);
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION hehu_audit_children(uuid[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION hehu_caller_audits() TO hehu_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION hehu_audit_find_children(text, text, text, integer) TO hehu_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION hehu_audit_children(uuid[]) TO hehu_app;
--> statement-breakpoint
-- A child's rows: its own (target), one naming it in details (childId: a relation, a link, an unmasked
-- person), and a list naming it among others (childIds: an export, an import, a merge).
CREATE INDEX IF NOT EXISTS audit_detail_child_idx ON audit_log ((details->>'childId'));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS audit_detail_children_idx ON audit_log USING gin ((details->'childIds') jsonb_path_ops);
