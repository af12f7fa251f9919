-- A protection referral closed by a merge of two files of one child. Each file may have had its own open referral
-- (one per child, protection_referrals_one_open_uq); the kept file can hold only one, so the earlier stays open and
-- the other is marked merged: it stays on the kept file with its assessment and discovery case, no longer counted
-- as waiting.
ALTER TABLE protection_referrals DROP CONSTRAINT IF EXISTS protection_referrals_status_check;
--> statement-breakpoint
ALTER TABLE protection_referrals ADD CONSTRAINT protection_referrals_status_check
  CHECK (status IN ('open', 'taken', 'merged'));
