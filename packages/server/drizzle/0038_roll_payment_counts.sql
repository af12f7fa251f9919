-- Each roll's payments by status, kept with the roll: the rolls list, a roll's page and the home page's tasks
-- counted them per roll and status on every read (at 100,000 payments a roll, the list of a county's year ran
-- for minutes: BENCHMARKS.md). Statement triggers add what each statement inserted, updated or deleted, grouped
-- by roll and status, so the counts follow the payments however they are written, in the same transaction.
ALTER TABLE allowance_rolls ADD COLUMN IF NOT EXISTS payments_pending integer NOT NULL DEFAULT 0;
--> statement-breakpoint
ALTER TABLE allowance_rolls ADD COLUMN IF NOT EXISTS payments_unsent integer NOT NULL DEFAULT 0;
--> statement-breakpoint
ALTER TABLE allowance_rolls ADD COLUMN IF NOT EXISTS payments_offset integer NOT NULL DEFAULT 0;
--> statement-breakpoint
ALTER TABLE allowance_rolls ADD COLUMN IF NOT EXISTS payments_paid integer NOT NULL DEFAULT 0;
--> statement-breakpoint
ALTER TABLE allowance_rolls ADD COLUMN IF NOT EXISTS payments_failed integer NOT NULL DEFAULT 0;
--> statement-breakpoint
-- SECURITY DEFINER: the counts are the roll's, whatever part of its payments the writer may see.
CREATE OR REPLACE FUNCTION hehu_roll_payment_counts() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE allowance_rolls r SET payments_pending = r.payments_pending + d.pending,
        payments_unsent = r.payments_unsent + d.unsent, payments_offset = r.payments_offset + d.offset_,
        payments_paid = r.payments_paid + d.paid, payments_failed = r.payments_failed + d.failed
      FROM (SELECT roll_id, count(*) FILTER (WHERE status = 'pending') AS pending,
          count(*) FILTER (WHERE status = 'unsent') AS unsent, count(*) FILTER (WHERE status = 'offset') AS offset_,
          count(*) FILTER (WHERE status = 'paid') AS paid, count(*) FILTER (WHERE status = 'failed') AS failed
        FROM added GROUP BY roll_id) d
      WHERE r.id = d.roll_id;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE allowance_rolls r SET payments_pending = r.payments_pending - d.pending,
        payments_unsent = r.payments_unsent - d.unsent, payments_offset = r.payments_offset - d.offset_,
        payments_paid = r.payments_paid - d.paid, payments_failed = r.payments_failed - d.failed
      FROM (SELECT roll_id, count(*) FILTER (WHERE status = 'pending') AS pending,
          count(*) FILTER (WHERE status = 'unsent') AS unsent, count(*) FILTER (WHERE status = 'offset') AS offset_,
          count(*) FILTER (WHERE status = 'paid') AS paid, count(*) FILTER (WHERE status = 'failed') AS failed
        FROM removed GROUP BY roll_id) d
      WHERE r.id = d.roll_id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION hehu_roll_payment_counts() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER allowance_payments_counted_added AFTER INSERT ON allowance_payments
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION hehu_roll_payment_counts();
--> statement-breakpoint
CREATE TRIGGER allowance_payments_counted_changed AFTER UPDATE ON allowance_payments
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION hehu_roll_payment_counts();
--> statement-breakpoint
CREATE TRIGGER allowance_payments_counted_removed AFTER DELETE ON allowance_payments
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION hehu_roll_payment_counts();
--> statement-breakpoint
-- The rolls already there, counted once.
UPDATE allowance_rolls r SET payments_pending = c.pending, payments_unsent = c.unsent, payments_offset = c.offset_,
    payments_paid = c.paid, payments_failed = c.failed
  FROM (SELECT roll_id, count(*) FILTER (WHERE status = 'pending') AS pending,
      count(*) FILTER (WHERE status = 'unsent') AS unsent, count(*) FILTER (WHERE status = 'offset') AS offset_,
      count(*) FILTER (WHERE status = 'paid') AS paid, count(*) FILTER (WHERE status = 'failed') AS failed
    FROM allowance_payments GROUP BY roll_id) c
  WHERE r.id = c.roll_id;
