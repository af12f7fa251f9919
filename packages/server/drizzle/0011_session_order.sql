-- Sessions numbered in the order they are made. The policy's limit on sessions per account signs out the oldest
-- beyond it; "oldest" by this number holds whatever the clock does (a step back after a time sync, a test's clock).
ALTER TABLE "sessions" ADD COLUMN "seq" bigserial NOT NULL;
--> statement-breakpoint
CREATE INDEX "sessions_user_seq_idx" ON "sessions" USING btree ("user_id", "seq");
--> statement-breakpoint
DROP INDEX "sessions_user_idx";
