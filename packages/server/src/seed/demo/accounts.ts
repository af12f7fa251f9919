// The people around the demo accounts: colleagues with their own accounts (nobody knows their passwords), so the
// administrators' pages have something to manage — an account locked after failed sign-ins, a departed director's
// disabled account, a new one never used, a newcomer waiting for the security administrator's grant, password
// resets waiting for its approval, and an ID-number check alert. The hotline operator's own password is due soon
// (its only task until the hotline module brings cases).
import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { adminRequests, grants, institutions, securityAlerts, users } from '../../db/schema.ts';
import { ELSEWHERE_ACTION, ID_CHECK_ALERT } from '../../modules/security-events/id-checks.ts';
import { hashPassword } from '../../platform/crypto.ts';
import { readPolicy } from '../../platform/policy.ts';
import { failedSignIns, type Activity } from './activity.ts';
import type { DemoAreas } from './featured.ts';
import { addDays, officeTime } from './random.ts';

interface Colleague {
  username: string;
  displayName: string;
  /** Null: an account the security administrator has not granted anything yet (it cannot sign in). */
  role: string | null;
  /** A division code, or a function of the demo areas, or an institution's name. */
  scope: string | ((areas: DemoAreas) => string) | { institution: string } | null;
  state?: 'locked' | 'disabled' | 'new';
}

const COLLEAGUES: readonly Colleague[] = [
  { username: 'liu.yun', displayName: '市民政局 · 刘芸（分管领导）', role: 'city_director', scope: '5111' },
  { username: 'yang.fan', displayName: '市中区民政局 · 杨帆（审批）', role: 'county_approver', scope: '511102' },
  { username: 'zhou.min', displayName: '犍为县民政局 · 周敏', role: 'county_officer', scope: '511123' },
  {
    username: 'luo.xiaoyan',
    displayName: '任家坝村儿童主任 · 罗晓燕',
    role: 'village_director',
    scope: (a) => a.intoTownship.code,
  },
  {
    username: 'li.na',
    displayName: '村儿童主任 · 李娜（新任）',
    role: 'village_director',
    scope: (a) => a.elsewhereInCounty.code,
    state: 'new',
  },
  {
    username: 'he.jianguo',
    displayName: '犍为县儿童督导员 · 何建国',
    role: 'township_supervisor',
    scope: (a) => a.village2.code.slice(0, 9),
    state: 'locked',
  },
  {
    username: 'deng.qiang',
    displayName: '峨眉山市村儿童主任 · 邓强',
    role: 'village_director',
    scope: (a) => a.linkOrigin.code,
  },
  {
    username: 'zhang.hua',
    displayName: '峨眉山市儿童督导员 · 张华',
    role: 'township_supervisor',
    scope: (a) => a.linkOrigin.code.slice(0, 9),
  },
  {
    username: 'chen.bo',
    displayName: '沐川县村儿童主任 · 陈波（已离职）',
    role: 'village_director',
    scope: (a) => a.welfareOrigin.code,
    state: 'disabled',
  },
  {
    username: 'wu.jing',
    displayName: '市儿童福利院 · 吴静',
    role: 'welfare_staff',
    scope: { institution: '乐山市儿童福利院' },
  },
  {
    username: 'xie.hong',
    displayName: '市未成年人救助保护中心 · 谢红',
    role: 'protection_worker',
    scope: { institution: '乐山市未成年人救助保护中心' },
  },
  {
    username: 'sun.li',
    displayName: '五通桥区民政局 · 孙丽（新调入，待授权）',
    role: null,
    scope: null,
    state: 'new',
  },
];

export interface ColleagueResult {
  /** Colleagues who sign in day to day, for the audit trail. */
  active: { id: string; username: string }[];
  /** Every colleague's account by username (some make requests in the demo). */
  accounts: Map<string, { id: string; displayName: string }>;
}

const DAY = 86_400_000;

export async function seedColleagues(
  db: Queryable,
  areas: DemoAreas,
  asOf: string,
  activity: Activity,
  startedAt: number,
): Promise<ColleagueResult> {
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, COLLEAGUES[0]?.username ?? ''));
  if (existing) return { active: [], accounts: new Map() };
  const { policy } = await readPolicy(db);
  // One hash of a password nobody was told: these accounts are there to be managed, not used.
  const passwordHash = await hashPassword(randomBytes(24).toString('base64url'));
  const insts = await db.select({ id: institutions.id, name: institutions.name }).from(institutions);
  const admins = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, ['demo_sysadmin', 'demo_secadmin']));
  const sysadmin = admins.find((a) => a.username === 'demo_sysadmin');
  const secadmin = admins.find((a) => a.username === 'demo_secadmin');
  const ids = new Map<string, string>();
  const active: ColleagueResult['active'] = [];
  const accounts: ColleagueResult['accounts'] = new Map();
  for (const c of COLLEAGUES) {
    const lockedUntil = c.state === 'locked' ? new Date(startedAt + policy.lockoutMinutes * 60_000) : null;
    const [user] = await db
      .insert(users)
      .values({
        username: c.username,
        displayName: c.displayName,
        passwordHash,
        mustChangePassword: c.state === 'new',
        passwordChangedAt: c.state === 'new' ? null : new Date(startedAt - (20 + (c.username.length % 40)) * DAY),
        status: c.state === 'disabled' ? 'disabled' : 'active',
        lockedUntil,
        lastLoginAt: c.state === 'new' ? null : new Date(startedAt - DAY),
        createdAt: new Date(startedAt - (c.state === 'new' ? 2 : 400) * DAY),
      })
      .returning({ id: users.id });
    if (!user) continue;
    ids.set(c.username, user.id);
    accounts.set(c.username, { id: user.id, displayName: c.displayName });
    const scope = c.scope;
    const institutionId =
      typeof scope === 'object' && scope !== null
        ? (insts.find((i) => i.name === scope.institution)?.id ?? null)
        : null;
    const divisionCode = typeof scope === 'string' ? scope : typeof scope === 'function' ? scope(areas) : null;
    if (c.role) await db.insert(grants).values({ userId: user.id, roleCode: c.role, divisionCode, institutionId });
    if (c.state === 'new' && sysadmin) {
      activity.add({
        at: new Date(startedAt - 2 * DAY),
        actorId: sysadmin.id,
        actorUsername: 'demo_sysadmin',
        action: 'user.create',
        targetType: 'user',
        targetId: user.id,
        after: { username: c.username, displayName: c.displayName },
      });
    }
    if (c.state === 'locked' && lockedUntil) {
      failedSignIns(
        activity,
        { id: user.id, username: c.username },
        policy.lockoutThreshold,
        startedAt - 120_000,
        lockedUntil,
      );
    }
    if (!c.state) active.push({ id: user.id, username: c.username });
  }
  if (sysadmin && secadmin) await accountRequests(db, ids, sysadmin.id, secadmin.id, activity, startedAt);
  await idCheckAlert(db, ids, asOf, activity, policy.idCheckDailyLimit);
  return { active, accounts };
}

/** Password resets the system administrator asked for: two waiting for approval, one turned down last month. */
async function accountRequests(
  db: Queryable,
  ids: ReadonlyMap<string, string>,
  sysadmin: string,
  secadmin: string,
  activity: Activity,
  startedAt: number,
): Promise<void> {
  const requests = [
    { target: 'luo.xiaoyan', hoursAgo: 26, status: 'pending' as const },
    { target: 'zhang.hua', hoursAgo: 3, status: 'pending' as const },
    { target: 'deng.qiang', hoursAgo: 24 * 30, status: 'rejected' as const },
  ];
  for (const r of requests) {
    const target = ids.get(r.target);
    if (!target) continue;
    const requestedAt = new Date(startedAt - r.hoursAgo * 3_600_000);
    const decidedAt = r.status === 'rejected' ? new Date(requestedAt.getTime() + 2 * 3_600_000) : null;
    const [row] = await db
      .insert(adminRequests)
      .values({
        kind: 'reset_password',
        targetUserId: target,
        requestedBy: sysadmin,
        requestedAt,
        status: r.status,
        decidedBy: decidedAt ? secadmin : null,
        decidedAt,
      })
      .returning({ id: adminRequests.id });
    if (!row) continue;
    const details = { requestId: row.id, kind: 'reset_password' };
    activity.add({
      at: requestedAt,
      actorId: sysadmin,
      actorUsername: 'demo_sysadmin',
      action: 'admin_request.create',
      targetType: 'user',
      targetId: target,
      details,
    });
    if (decidedAt) {
      activity.add({
        at: decidedAt,
        actorId: secadmin,
        actorUsername: 'demo_secadmin',
        action: 'admin_request.reject',
        targetType: 'user',
        targetId: target,
        details,
      });
    }
  }
}

/** A director who met the daily limit of ID-number checks answered "elsewhere" three days ago. */
async function idCheckAlert(
  db: Queryable,
  ids: ReadonlyMap<string, string>,
  asOf: string,
  activity: Activity,
  limit: number,
): Promise<void> {
  const userId = ids.get('deng.qiang');
  if (!userId) return;
  const day = addDays(asOf, -3);
  const first = officeTime(day, 10, 5);
  for (let i = 0; i < limit; i++) {
    activity.add({
      at: new Date(first.getTime() + i * 95_000),
      actorId: userId,
      actorUsername: 'deng.qiang',
      action: ELSEWHERE_ACTION,
      targetType: 'user',
      targetId: userId,
      outcome: 'failure',
      details: {
        operation: 'child.create',
        count: 1,
        answers: [{ idNumberMasked: `511181********${String(1000 + i * 37).slice(-4)}` }],
      },
    });
  }
  const last = new Date(first.getTime() + (limit - 1) * 95_000);
  await db.insert(securityAlerts).values({
    kind: ID_CHECK_ALERT,
    userId,
    username: 'deng.qiang',
    displayName: '峨眉山市村儿童主任 · 邓强',
    day,
    events: limit,
    refused: 0,
    firstAt: last,
    lastAt: last,
  });
}

/** The hotline operator's password falls due in twelve days: the reminder on its home page. */
export async function hotlineReminder(db: Queryable, startedAt: number): Promise<void> {
  const { policy } = await readPolicy(db);
  if (policy.passwordMaxAgeDays <= 12) return;
  await db
    .update(users)
    .set({ passwordChangedAt: new Date(startedAt - (policy.passwordMaxAgeDays - 12) * DAY) })
    .where(eq(users.username, 'demo_hotline'));
}
