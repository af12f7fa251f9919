-- The audit trail made tamper-evident: each audit row is sealed, in the order it is sealed, with an SM3 hash over
-- its canonical content and the previous seal's hash. Seals are computed by the server (PostgreSQL has no SM3)
-- right after the transactions that wrote the rows commit; like the trail itself they can only be added.
CREATE TABLE "audit_seals" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"audit_id" bigint NOT NULL REFERENCES "public"."audit_log"("id"),
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	"sealed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "audit_seals_audit_uq" ON "audit_seals" ("audit_id");
--> statement-breakpoint
CREATE TRIGGER audit_seals_no_update BEFORE UPDATE OR DELETE ON audit_seals FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON audit_seals FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
-- The application role reads seals (the audit administrator's page shows the state); only the owner seals.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_seals FROM hehu_app;
