-- Documents on a case (photos of injuries, police records, assessment reports, court papers): stored like the
-- registry's documents (encrypted on disk, checked against their SHA-256), readable by whoever may open the case.
CREATE TABLE IF NOT EXISTS case_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id),
  title text NOT NULL CHECK (length(btrim(title)) > 0),
  file_name text NOT NULL,
  mime_type text NOT NULL,
  size_bytes integer NOT NULL,
  sha256 text NOT NULL,
  storage_key text NOT NULL,
  uploaded_by uuid REFERENCES users(id),
  uploaded_by_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS case_documents_case_idx ON case_documents (case_id, created_at);
--> statement-breakpoint
ALTER TABLE case_documents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_documents_reach ON case_documents FOR ALL TO hehu_app
  USING (hehu_case_visible(case_id)) WITH CHECK (hehu_case_visible(case_id));
--> statement-breakpoint
-- A case's papers are kept: nothing the application does removes one.
REVOKE UPDATE, DELETE ON case_documents FROM hehu_app;
