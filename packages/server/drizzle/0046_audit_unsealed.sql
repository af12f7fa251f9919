-- The audit rows still to seal, kept as a queue beside the trail. The sealer used to find them with an anti-join
-- over the whole trail (every row against its seal), which grows with the trail: 6 ms per run at 50,000 rows, and
-- seconds at the millions a city writes in a year. A statement trigger queues each row as it is written, whoever
-- writes it; the sealer takes rows from the queue and removes them in the transaction that seals them.
CREATE TABLE "audit_unsealed" (
	"audit_id" bigint PRIMARY KEY NOT NULL REFERENCES "public"."audit_log"("id")
);
--> statement-breakpoint
-- The application role may neither read nor empty the queue: only the owner's sealer does. The trigger runs as the
-- owner (SECURITY DEFINER) so that a row written by the application is queued all the same.
REVOKE ALL ON audit_unsealed FROM hehu_app;
--> statement-breakpoint
CREATE FUNCTION audit_log_queue_for_sealing() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO audit_unsealed (audit_id) SELECT id FROM added;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_queue_for_sealing AFTER INSERT ON audit_log REFERENCING NEW TABLE AS added
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_queue_for_sealing();
--> statement-breakpoint
INSERT INTO audit_unsealed (audit_id)
SELECT a.id FROM audit_log a WHERE NOT EXISTS (SELECT 1 FROM audit_seals s WHERE s.audit_id = a.id);
