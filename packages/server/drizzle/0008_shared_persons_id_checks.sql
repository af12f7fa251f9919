-- Shared persons without cross-county leaks, and ID-number checks that answer no more than they must.
-- A person known by ID number but related only to children outside the caller's scope is linked through a
-- request that the other side confirms; until then the requester sees only what it typed (kept here).
CREATE TABLE "person_link_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL REFERENCES "public"."children"("id"),
	"person_id" uuid NOT NULL REFERENCES "public"."persons"("id"),
	"kind" text NOT NULL CHECK ("kind" IN ('father', 'mother', 'guardian', 'entrusted_carer')),
	"relation_label" text,
	"start_date" date NOT NULL,
	"child_name" text NOT NULL,
	"division_code" text NOT NULL REFERENCES "public"."divisions"("code"),
	"typed_name" text NOT NULL,
	"typed_id_number_masked" text NOT NULL,
	"typed_phone_enc" text,
	"typed_phone_masked" text,
	"typed_address_enc" text,
	"typed_address_masked" text,
	"typed_work_place" text,
	"status" text DEFAULT 'pending' NOT NULL CHECK ("status" IN ('pending', 'confirmed', 'rejected', 'cancelled')),
	"requested_by" uuid NOT NULL,
	"requested_by_name" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"relation_id" uuid REFERENCES "public"."child_relations"("id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "person_link_requests_one_pending" ON "person_link_requests" ("child_id", "person_id") WHERE "status" = 'pending';
--> statement-breakpoint
CREATE INDEX "person_link_requests_person_idx" ON "person_link_requests" ("person_id", "status");
--> statement-breakpoint
CREATE INDEX "person_link_requests_child_idx" ON "person_link_requests" ("child_id", "requested_at");
--> statement-breakpoint
-- One row per user, day and kind once a user's ID-number checks reach the daily limit: the security
-- administrator's alert list.
CREATE TABLE "security_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "public"."users"("id"),
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"day" date NOT NULL,
	"events" integer NOT NULL,
	"refused" integer DEFAULT 0 NOT NULL,
	"first_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_by" uuid REFERENCES "public"."users"("id"),
	"acknowledged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "security_alerts_user_day_uq" ON "security_alerts" ("user_id", "day", "kind");
--> statement-breakpoint
CREATE INDEX "security_alerts_first_idx" ON "security_alerts" ("first_at", "id");
--> statement-breakpoint
-- Which of these blind indexes a child holds anywhere in the city: the indexes only, no name, no division.
-- SECURITY DEFINER: the caller's row-level security would hide the children outside its reach.
CREATE OR REPLACE FUNCTION hehu_child_id_taken(p_indexes text[]) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT DISTINCT id_number_index FROM children WHERE id_number_index = ANY (p_indexes)
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION hehu_child_id_taken(text[]) FROM PUBLIC;
--> statement-breakpoint
-- The one person who holds an ID number (the earliest, should there be two): its id only.
CREATE OR REPLACE FUNCTION hehu_person_by_id_index(p_index text) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT id FROM persons WHERE id_number_index = p_index ORDER BY created_at, id LIMIT 1
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION hehu_person_by_id_index(text) FROM PUBLIC;
--> statement-breakpoint
-- Whether a person is the father or mother of any child outside a scope (prefixes, institutions): a
-- situation of such a parent feeds that child's category rules. Yes or no only.
CREATE OR REPLACE FUNCTION hehu_person_parent_outside(p_person uuid, p_prefixes text[], p_institutions uuid[])
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (
    SELECT 1 FROM child_relations r JOIN children c ON c.id = r.child_id
    WHERE r.person_id = p_person AND r.kind IN ('father', 'mother')
      AND NOT EXISTS (SELECT 1 FROM unnest(p_prefixes) AS p WHERE starts_with(c.division_code, p))
      AND NOT (c.institution_id IS NOT NULL AND c.institution_id = ANY (p_institutions))
  )
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION hehu_person_parent_outside(uuid, text[], uuid[]) FROM PUBLIC;
--> statement-breakpoint
-- Confirming a link request writes the relation and the history of the requesting child, which the confirming
-- side cannot reach. The application checks first that the confirmer is in scope of one of the person's
-- children; this answers 'confirmed', 'not_pending', 'child_archived' or 'relation_exists'.
CREATE OR REPLACE FUNCTION hehu_confirm_person_link(p_request uuid, p_actor uuid, p_actor_name text, p_changes jsonb)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  r person_link_requests%ROWTYPE;
  child_status text;
  new_relation uuid;
BEGIN
  SELECT * INTO r FROM person_link_requests WHERE id = p_request FOR UPDATE;
  IF NOT FOUND OR r.status <> 'pending' THEN
    RETURN 'not_pending';
  END IF;
  SELECT status INTO child_status FROM children WHERE id = r.child_id FOR UPDATE;
  IF child_status = 'archived' THEN
    RETURN 'child_archived';
  END IF;
  IF EXISTS (
    SELECT 1 FROM child_relations x
    WHERE x.child_id = r.child_id AND x.kind = r.kind
      AND (r.kind IN ('father', 'mother') OR x.person_id = r.person_id)
      AND (x.end_date IS NULL OR x.end_date > r.start_date)
  ) THEN
    RETURN 'relation_exists';
  END IF;
  INSERT INTO child_relations (child_id, person_id, kind, relation_label, start_date)
    VALUES (r.child_id, r.person_id, r.kind, r.relation_label, r.start_date)
    RETURNING id INTO new_relation;
  UPDATE person_link_requests
    SET status = 'confirmed', decided_by = p_actor, decided_by_name = p_actor_name, decided_at = now(),
        relation_id = new_relation
    WHERE id = p_request;
  INSERT INTO child_history (child_id, actor_id, actor_name, action, changes)
    VALUES (r.child_id, p_actor, p_actor_name, 'family.link_confirm', p_changes);
  RETURN 'confirmed';
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION hehu_confirm_person_link(uuid, uuid, text, jsonb) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION hehu_child_id_taken(text[]) TO hehu_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION hehu_person_by_id_index(text) TO hehu_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION hehu_person_parent_outside(uuid, text[], uuid[]) TO hehu_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION hehu_confirm_person_link(uuid, uuid, text, jsonb) TO hehu_app;
--> statement-breakpoint
-- Requests and alerts are a record: the application reads, adds and decides, never deletes.
GRANT SELECT, INSERT, UPDATE ON "person_link_requests", "security_alerts" TO hehu_app;
--> statement-breakpoint
REVOKE DELETE, TRUNCATE ON "person_link_requests", "security_alerts" FROM hehu_app;
--> statement-breakpoint
-- A request is seen from two sides: the requesting child's, and any child the person is related to.
ALTER TABLE "person_link_requests" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_link_requests_sides ON person_link_requests FOR ALL TO hehu_app
  USING (hehu_child_visible(child_id)
    OR EXISTS (SELECT 1 FROM child_relations r WHERE r.person_id = person_link_requests.person_id))
  WITH CHECK (hehu_child_visible(child_id)
    OR EXISTS (SELECT 1 FROM child_relations r WHERE r.person_id = person_link_requests.person_id));
