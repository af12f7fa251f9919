// The security administrator's home page (GET /api/tasks as demo_secadmin): each task follows its data — a
// decided request, an acknowledged alert, a granted account, an ended lock take their task away — and no other
// role is shown them.
import { eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRequests, users } from '../src/db/schema.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

interface TaskItem {
  id: string;
  title: string;
  link: string | null;
}

let t: TestApp;
let sec: Client;
beforeAll(async () => {
  t = await createTestApp();
  sec = await t.as('demo_secadmin');
});
afterAll(() => t.close());

const tasks = async (c: Client): Promise<TaskItem[]> => {
  const res = await c.get('/api/tasks');
  expect(res.status).toBe(200);
  return res.json.data as TaskItem[];
};
const task = async (id: string) => (await tasks(sec)).find((x) => x.id === id);
const countIn = (title: string | undefined) => Number(/\d+/.exec(title ?? '')?.[0] ?? 0);

describe('the security administrator finds its work on the home page', () => {
  it('password resets waiting for approval: the count follows the decisions', async () => {
    const pending = (await sec.get('/api/security/account-requests')).json.data as { id: string }[];
    const before = await task('account-requests');
    expect(before?.link).toBe('/security/approvals');
    expect(countIn(before?.title)).toBe(pending.length);
    const res = await sec.post(`/api/security/account-requests/${pending[0]!.id}/reject`);
    expect(res.status).toBe(204);
    expect(countIn((await task('account-requests'))?.title)).toBe(pending.length - 1);
    for (const p of pending.slice(1)) await sec.post(`/api/security/account-requests/${p.id}/reject`);
    expect(await task('account-requests')).toBeUndefined();
  });

  it('ID-number check alerts until acknowledged', async () => {
    const alerts = (await sec.get('/api/security/alerts')).json.data as { id: string; acknowledgedAt: string | null }[];
    const open = alerts.filter((a) => a.acknowledgedAt === null);
    expect(open.length).toBeGreaterThan(0);
    expect((await task('security-alerts'))?.link).toBe('/security/alerts');
    for (const a of open) expect((await sec.post(`/api/security/alerts/${a.id}/acknowledge`)).status).toBe(200);
    expect(await task('security-alerts')).toBeUndefined();
  });

  it('an account without a grant, until it is given one', async () => {
    const [newcomer] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'sun.li'));
    expect(countIn((await task('accounts-without-grants'))?.title)).toBe(1);
    const res = await sec.post(`/api/security/users/${newcomer!.id}/grants`, {
      role: 'county_officer',
      divisionCode: '511112',
    });
    expect(res.status).toBe(201);
    expect(await task('accounts-without-grants')).toBeUndefined();
  });

  it('locked accounts while the lock lasts', async () => {
    const db = t.database.db;
    await db
      .update(users)
      .set({ lockedUntil: new Date(Date.now() + 3_600_000) })
      .where(eq(users.username, 'zhou.min'));
    const locked = await task('locked-accounts-security');
    expect(countIn(locked?.title)).toBeGreaterThanOrEqual(1);
    await db.update(users).set({ lockedUntil: null });
    expect(await task('locked-accounts-security')).toBeUndefined();
  });

  it('no other role is shown these tasks; requests about its own account are not counted', async () => {
    for (const username of ['demo_sysadmin', 'demo_auditor', 'demo_township']) {
      const ids = (await tasks(await t.as(username))).map((x) => x.id);
      for (const id of ['account-requests', 'security-alerts', 'accounts-without-grants', 'locked-accounts-security'])
        expect(ids, `${username} ${id}`).not.toContain(id);
    }
    const [me] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'demo_secadmin'));
    const [sys] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'demo_sysadmin'));
    const pendingNow = await t.database.db.select().from(adminRequests).where(eq(adminRequests.status, 'pending'));
    expect(pendingNow).toEqual([]);
    await t.database.db
      .insert(adminRequests)
      .values({ kind: 'reset_password', targetUserId: me!.id, requestedBy: sys!.id });
    expect(await task('account-requests')).toBeUndefined();
    expect(await t.database.db.select().from(adminRequests).where(isNull(adminRequests.decidedAt))).toHaveLength(1);
  });
});
