CREATE TABLE "child_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"category" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"end_reason" text,
	"decision_ref" text NOT NULL,
	"rules_version" text,
	"explanation" jsonb,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "child_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"child_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"action" text NOT NULL,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "child_relations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"relation_label" text,
	"start_date" date NOT NULL,
	"end_date" date,
	"end_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "child_relations_dates_ck" CHECK ("child_relations"."end_date" IS NULL OR "child_relations"."end_date" >= "child_relations"."start_date")
);
--> statement-breakpoint
CREATE TABLE "child_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"from_division" text NOT NULL,
	"to_division" text NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duplicate_suspects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_a" uuid NOT NULL,
	"child_b" uuid NOT NULL,
	"score" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_by" uuid NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"status" text NOT NULL,
	"mode" text,
	"total_rows" integer NOT NULL,
	"valid_rows" integer NOT NULL,
	"created_rows" integer DEFAULT 0 NOT NULL,
	"report" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "person_situations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"code" text NOT NULL,
	"since" date NOT NULL,
	"until" date,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"sex" char(1),
	"birth_date" date,
	"id_number_enc" text,
	"id_number_index" text,
	"id_number_masked" text,
	"phone_enc" text,
	"phone_masked" text,
	"address_enc" text,
	"address_masked" text,
	"work_place" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "former_names" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "no_id_reason" text;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "ethnicity" text;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "household_type" text;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "current_address_enc" text;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "current_address_masked" text;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "schooling_stage" text;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "school_name" text;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "boarding" boolean;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "health_status" text;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "disability_type" text;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "disability_grade" integer;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "disability_cert_no" text;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "illness" text;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "family_economic_hardship" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "guardianship_harm" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "photo_document_id" uuid;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "termination_reason" text;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "termination_month" text;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "merged_into" uuid;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "child_categories" ADD CONSTRAINT "child_categories_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_relations" ADD CONSTRAINT "child_relations_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_relations" ADD CONSTRAINT "child_relations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_transfers" ADD CONSTRAINT "child_transfers_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_transfers" ADD CONSTRAINT "child_transfers_to_division_divisions_code_fk" FOREIGN KEY ("to_division") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_suspects" ADD CONSTRAINT "duplicate_suspects_child_a_children_id_fk" FOREIGN KEY ("child_a") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_suspects" ADD CONSTRAINT "duplicate_suspects_child_b_children_id_fk" FOREIGN KEY ("child_b") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_situations" ADD CONSTRAINT "person_situations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "child_categories_child_idx" ON "child_categories" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "child_categories_category_idx" ON "child_categories" USING btree ("category","child_id");--> statement-breakpoint
CREATE INDEX "child_history_child_idx" ON "child_history" USING btree ("child_id","id");--> statement-breakpoint
CREATE INDEX "child_relations_child_idx" ON "child_relations" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "child_relations_person_idx" ON "child_relations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "child_transfers_child_idx" ON "child_transfers" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "child_transfers_to_idx" ON "child_transfers" USING btree ("to_division","status");--> statement-breakpoint
CREATE INDEX "documents_child_idx" ON "documents" USING btree ("child_id");--> statement-breakpoint
CREATE UNIQUE INDEX "duplicate_suspects_pair_uq" ON "duplicate_suspects" USING btree ("child_a","child_b");--> statement-breakpoint
CREATE INDEX "person_situations_person_idx" ON "person_situations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "persons_id_number_idx" ON "persons" USING btree ("id_number_index");--> statement-breakpoint
CREATE INDEX "children_birth_idx" ON "children" USING btree ("birth_date");--> statement-breakpoint
UPDATE "children" SET "no_id_reason" = '未登记身份证号' WHERE "id_number_index" IS NULL AND "no_id_reason" IS NULL;--> statement-breakpoint
ALTER TABLE "children" ADD CONSTRAINT "children_identity_ck" CHECK ("children"."id_number_index" IS NOT NULL OR "children"."no_id_reason" IS NOT NULL);
--> statement-breakpoint
CREATE TRIGGER child_history_no_update BEFORE UPDATE OR DELETE ON child_history FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
ALTER TABLE "child_transfers" ALTER COLUMN "to_division" TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "child_transfers" ALTER COLUMN "from_division" TYPE text COLLATE "C";
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
