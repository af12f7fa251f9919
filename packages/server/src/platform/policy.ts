// Security policy as versioned settings data (GB/T 22239 level 3 defaults and floor). Each change adds a version.
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../db/connection.ts';
import { settings } from '../db/schema.ts';

/**
 * The bounds of each setting. The lower or upper end that protects is GB/T 22239-2019 level 3's common practice
 * (RULES.md §10): passwords of at least 8 characters changed within 90 days, a lock after at most 10 failures for
 * at least 10 minutes, signed out after at most 30 idle minutes. No saved version may go past them.
 */
export const POLICY_BOUNDS = {
  passwordMinLength: { min: 8, max: 64 },
  passwordMaxAgeDays: { min: 1, max: 90 },
  lockoutThreshold: { min: 3, max: 10 },
  lockoutMinutes: { min: 10, max: 24 * 60 },
  idleTimeoutMinutes: { min: 5, max: 30 },
  idCheckDailyLimit: { min: 1, max: 1000 },
  sessionMaxHours: { min: 1, max: 24 },
  maxSessionsPerUser: { min: 1, max: 10 },
  signInFailuresPerAddress: { min: 5, max: 1000 },
  idLookupsPerAddress: { min: 5, max: 10_000 },
  addressWindowMinutes: { min: 1, max: 24 * 60 },
} as const;

type Field = keyof typeof POLICY_BOUNDS;

/** What each setting is called in an error, so the message names the field and the rule. */
const LABELS: Record<Field, string> = {
  passwordMinLength: '密码最少字符数',
  passwordMaxAgeDays: '密码有效期（天）',
  lockoutThreshold: '连续登录失败锁定次数',
  lockoutMinutes: '锁定时长（分钟）',
  idleTimeoutMinutes: '空闲自动退出（分钟）',
  idCheckDailyLimit: '每人每日他辖区身份证号答复上限',
  sessionMaxHours: '登录会话最长时间（小时）',
  maxSessionsPerUser: '每个账号同时登录的会话数',
  signInFailuresPerAddress: '每个地址在时间窗内的登录失败上限',
  idLookupsPerAddress: '每个地址在时间窗内的身份证号查询上限',
  addressWindowMinutes: '按地址限次的时间窗（分钟）',
};

const bounded = (field: Field) => {
  const { min, max } = POLICY_BOUNDS[field];
  return z
    .number()
    .int()
    .min(min, `${LABELS[field]}不能小于 ${min}（等保三级要求）`)
    .max(max, `${LABELS[field]}不能大于 ${max}（等保三级要求）`);
};

export const securityPolicySchema = z.strictObject({
  passwordMinLength: bounded('passwordMinLength'),
  /** 0 ("never expires") is below the floor: a password is changed at least every 90 days. */
  passwordMaxAgeDays: bounded('passwordMaxAgeDays'),
  lockoutThreshold: bounded('lockoutThreshold'),
  lockoutMinutes: bounded('lockoutMinutes'),
  idleTimeoutMinutes: bounded('idleTimeoutMinutes'),
  /**
   * Answers per user per day that an ID number is held outside the user's area; past it, ID-number checks are
   * refused for the day and the security administrator is alerted. Versions saved before it existed read 10.
   */
  idCheckDailyLimit: bounded('idCheckDailyLimit').default(10),
  /** A session ends this long after sign-in however active it is (versions saved before it existed read 12). */
  sessionMaxHours: bounded('sessionMaxHours').default(12),
  /** Sessions one account may hold at once; a new sign-in ends the oldest beyond it. */
  maxSessionsPerUser: bounded('maxSessionsPerUser').default(3),
  /**
   * Failed sign-ins from one address within the window before every sign-in from it is refused (429) until the
   * oldest failure leaves the window. Failures only: an office behind one address signs in all morning.
   */
  signInFailuresPerAddress: bounded('signInFailuresPerAddress').default(20),
  /** Searches by ID number from one address within the window before further ones are refused (429). */
  idLookupsPerAddress: bounded('idLookupsPerAddress').default(60),
  addressWindowMinutes: bounded('addressWindowMinutes').default(15),
});
export type SecurityPolicy = z.infer<typeof securityPolicySchema>;

export const DEFAULT_POLICY: SecurityPolicy = {
  passwordMinLength: 8,
  passwordMaxAgeDays: 90,
  lockoutThreshold: 5,
  lockoutMinutes: 30,
  idleTimeoutMinutes: 30,
  idCheckDailyLimit: 10,
  sessionMaxHours: 12,
  maxSessionsPerUser: 3,
  signInFailuresPerAddress: 20,
  idLookupsPerAddress: 60,
  addressWindowMinutes: 15,
};

/**
 * A version saved before the floor existed (a lockout after 20 failures, passwords that never expire) is read
 * at the floor, never below it; anything else unreadable falls back to the defaults.
 */
function atFloor(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  // 0 meant "never expires": past the longest allowed, so the longest allowed.
  if (out.passwordMaxAgeDays === 0) out.passwordMaxAgeDays = POLICY_BOUNDS.passwordMaxAgeDays.max;
  for (const [field, { min, max }] of Object.entries(POLICY_BOUNDS)) {
    const v = out[field];
    if (typeof v === 'number' && Number.isInteger(v)) out[field] = Math.min(max, Math.max(min, v));
  }
  return out;
}

const KEY = 'security_policy';

export async function readPolicy(db: Queryable): Promise<{ policy: SecurityPolicy; version: number }> {
  const [row] = await db.select().from(settings).where(eq(settings.key, KEY)).orderBy(desc(settings.version)).limit(1);
  if (!row) return { policy: DEFAULT_POLICY, version: 0 };
  const parsed = securityPolicySchema.safeParse(atFloor(row.value));
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
