// The audit trail of the demo's recent weeks, in the actions and shapes the modules write: the demo accounts signing
// in, reading files, exporting a list, requesting transfers and links, a locked account's failed sign-ins. The
// seeding itself is one row by the system. Rows go in time order; the sealer chains them like any others.
import { bulkInsert } from '../../db/bulk.ts';
import type { Queryable } from '../../db/connection.ts';
import { auditLog } from '../../db/schema.ts';
import { addDays, hashText, officeTime, weekday, type Rng } from './random.ts';

export interface ActivityEntry {
  at: Date;
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  outcome?: 'success' | 'failure';
  before?: unknown;
  after?: unknown;
  details?: Record<string, unknown> | null;
}

/** An office address per account, stable across runs. */
function ipOf(username: string | null): string | null {
  if (username === null || username === 'system') return null;
  const h = hashText(username);
  return `10.51.${(h >>> 8) % 200}.${(h % 250) + 2}`;
}

export class Activity {
  private readonly entries: ActivityEntry[] = [];
  constructor(private readonly startedAt: number) {}

  add(entry: ActivityEntry): void {
    // Nothing is recorded as happening after the run.
    const at = entry.at.getTime() > this.startedAt ? new Date(this.startedAt - 60_000) : entry.at;
    this.entries.push({ ...entry, at });
  }

  get size(): number {
    return this.entries.length;
  }

  async write(db: Queryable): Promise<number> {
    const rows = [...this.entries]
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((e) => ({
        at: e.at,
        actorId: e.actorId,
        actorUsername: e.actorUsername,
        action: e.action,
        targetType: e.targetType ?? null,
        targetId: e.targetId ?? null,
        outcome: e.outcome ?? ('success' as const),
        ip: ipOf(e.actorUsername),
        requestId: null,
        before: e.before ?? null,
        after: e.after ?? null,
        details: e.details ?? null,
      }));
    await bulkInsert(db, auditLog, rows, 1000);
    return rows.length;
  }
}

export interface SignInAccount {
  id: string;
  username: string;
}

/** Each account signs in on most working days of the last two weeks, in the morning and sometimes after lunch. */
export function signIns(activity: Activity, rng: Rng, asOf: string, accounts: readonly SignInAccount[]): void {
  for (let back = 14; back >= 0; back--) {
    const day = addDays(asOf, -back);
    const dow = weekday(day);
    if (dow === 0 || dow === 6) continue;
    for (const a of accounts) {
      if (!rng.chance(0.75)) continue;
      const morning = officeTime(day, 8, rng.int(20, 59));
      activity.add({
        at: morning,
        actorId: a.id,
        actorUsername: a.username,
        action: 'auth.login',
        targetType: 'user',
        targetId: a.id,
      });
      if (rng.chance(0.4)) {
        const afternoon = officeTime(day, 14, rng.int(0, 50));
        activity.add({
          at: afternoon,
          actorId: a.id,
          actorUsername: a.username,
          action: 'auth.login',
          targetType: 'user',
          targetId: a.id,
        });
      }
    }
  }
}

/**
 * Someone mistyping a password (the audit administrator's "failed sign-ins" task), as the sign-in writes it; with
 * `lockedUntil`, the last failure is the one that locked the account.
 */
export function failedSignIns(
  activity: Activity,
  account: SignInAccount,
  times: number,
  endingAt: number,
  lockedUntil?: Date,
): void {
  for (let i = 0; i < times; i++) {
    const locking = lockedUntil !== undefined && i === times - 1;
    activity.add({
      at: new Date(endingAt - (times - 1 - i) * 47_000),
      actorId: account.id,
      actorUsername: account.username,
      action: 'auth.login',
      outcome: 'failure',
      targetType: 'user',
      targetId: account.id,
      details: { reason: 'wrong_password', ...(locking ? { lockedUntil: lockedUntil.toISOString() } : {}) },
    });
  }
}

export interface FeaturedChild {
  id: string;
  divisionCode: string;
  recordedBy: string | null;
}

/**
 * Two weeks of ordinary work: sign-ins, the directors opening their children's files, the county office reading
 * files of its county and exporting a list (reads and exports are audited like changes).
 */
export function recentWork(
  activity: Activity,
  rng: Rng,
  asOf: string,
  accounts: readonly SignInAccount[],
  featured: readonly FeaturedChild[],
  demoCounty: string,
): void {
  signIns(activity, rng, asOf, accounts);
  const byName = new Map(accounts.map((a) => [a.username, a]));
  const read = (username: string, child: FeaturedChild) => {
    const a = byName.get(username);
    if (!a) return;
    const day = addDays(asOf, -rng.int(0, 12));
    activity.add({
      at: officeTime(day, rng.int(9, 16), rng.int(0, 59)),
      actorId: a.id,
      actorUsername: a.username,
      action: 'child.read',
      targetType: 'child',
      targetId: child.id,
    });
  };
  for (const child of featured) {
    if (child.recordedBy) for (let i = rng.int(1, 3); i > 0; i--) read(child.recordedBy, child);
    if (child.divisionCode.startsWith(demoCounty) && rng.chance(0.5)) read('demo_county', child);
    if (rng.chance(0.2)) read('demo_city', child);
  }
  const county = byName.get('demo_county');
  if (county) {
    // The workbook held the county's featured children; the row names them, as the export route writes it.
    const exported = featured.filter((c) => c.divisionCode.startsWith(demoCounty));
    activity.add({
      at: officeTime(addDays(asOf, -1), 16, 12),
      actorId: county.id,
      actorUsername: county.username,
      action: 'child.export',
      targetType: 'child',
      // The shape every export's audit row has (platform/workbook.ts, exportDetails): which children left.
      details: {
        list: 'children',
        filter: { division: demoCounty },
        rows: exported.length,
        unmaskedIdNumbers: 0,
        childIds: exported.map((c) => c.id),
      },
    });
  }
}
