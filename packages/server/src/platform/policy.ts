// Security policy as versioned settings data (GB/T 22239 level 3 defaults). Each change adds a version.
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../db/connection.ts';
import { settings } from '../db/schema.ts';

export const securityPolicySchema = z.strictObject({
  passwordMinLength: z.number().int().min(8).max(64),
  passwordMaxAgeDays: z.number().int().min(0).max(3650),
  lockoutThreshold: z.number().int().min(3).max(20),
  lockoutMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  idleTimeoutMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  /**
   * Answers per user per day that an ID number is held outside the user's area; past it, ID-number checks are
   * refused for the day and the security administrator is alerted. Versions saved before it existed read 10.
   */
  idCheckDailyLimit: z.number().int().min(1).max(1000).default(10),
});
export type SecurityPolicy = z.infer<typeof securityPolicySchema>;

export const DEFAULT_POLICY: SecurityPolicy = {
  passwordMinLength: 8,
  passwordMaxAgeDays: 90,
  lockoutThreshold: 5,
  lockoutMinutes: 30,
  idleTimeoutMinutes: 30,
  idCheckDailyLimit: 10,
};

const KEY = 'security_policy';

export async function readPolicy(db: Queryable): Promise<{ policy: SecurityPolicy; version: number }> {
  const [row] = await db.select().from(settings).where(eq(settings.key, KEY)).orderBy(desc(settings.version)).limit(1);
  if (!row) return { policy: DEFAULT_POLICY, version: 0 };
  const parsed = securityPolicySchema.safeParse(row.value);
  return { policy: parsed.success ? parsed.data : DEFAULT_POLICY, version: row.version };
}

export async function writePolicy(db: Queryable, policy: SecurityPolicy, changedBy: string | null): Promise<number> {
  const { version } = await readPolicy(db);
  await db.insert(settings).values({ key: KEY, version: version + 1, value: policy, changedBy });
  return version + 1;
}

/** A short cache: the policy is read on every request, and changes are rare. */
export class PolicyCache {
  private cached: { policy: SecurityPolicy; at: number } | undefined;
  constructor(
    private readonly db: Queryable,
    private readonly ttlMs = 5000,
  ) {}
  /** `db` is the caller's transaction when there is one (on PGlite a second handle would wait for it). */
  async get(db: Queryable = this.db): Promise<SecurityPolicy> {
    if (this.cached && Date.now() - this.cached.at < this.ttlMs) return this.cached.policy;
    const { policy } = await readPolicy(db);
    this.cached = { policy, at: Date.now() };
    return policy;
  }
  invalidate(): void {
    this.cached = undefined;
  }
}
