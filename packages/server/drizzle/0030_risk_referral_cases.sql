-- A 监护缺失 risk assessment's protection referral is taken over by the minor-protection module: it files a
-- discovery case for the child in the same transaction, and the referral names it. The referral counts as taken
-- once the case has left intake (someone accepted it).
ALTER TABLE protection_referrals ADD COLUMN IF NOT EXISTS case_id uuid REFERENCES cases(id);
