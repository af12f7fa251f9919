-- 三员分立 enforced by the server: TOTP codes good once, re-enrolment without dropping the enrolled secret,
-- who reset a password, and the two-person rule for account changes (admin_requests).
ALTER TABLE "users" ADD COLUMN "totp_last_step" bigint;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_pending_secret_enc" text;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "password_reset_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "password_reset_by" uuid REFERENCES "public"."users"("id");
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "password_reset_approved_by" uuid REFERENCES "public"."users"("id");
--> statement-breakpoint
CREATE TABLE "admin_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL CHECK ("kind" IN ('reset_password', 'disable_user')),
	"target_user_id" uuid NOT NULL REFERENCES "public"."users"("id"),
	"requested_by" uuid NOT NULL REFERENCES "public"."users"("id"),
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL CHECK ("status" IN ('pending', 'approved', 'rejected')),
	"decided_by" uuid REFERENCES "public"."users"("id"),
	"decided_at" timestamp with time zone,
	"one_time_password_enc" text,
	-- The requester never decides its own request, whatever the application does.
	CONSTRAINT "admin_requests_second_person" CHECK ("decided_by" IS NULL OR "decided_by" <> "requested_by")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "admin_requests_one_pending" ON "admin_requests" ("target_user_id", "kind") WHERE "status" = 'pending';
--> statement-breakpoint
CREATE INDEX "admin_requests_status_idx" ON "admin_requests" ("status", "requested_at");
--> statement-breakpoint
-- Requests are a record: the application role of the request layer reads, adds and decides, never deletes.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hehu_app') THEN
    GRANT SELECT, INSERT, UPDATE ON "admin_requests" TO hehu_app;
    REVOKE DELETE, TRUNCATE ON "admin_requests" FROM hehu_app;
  END IF;
END
$$;
