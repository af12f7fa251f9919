// 三员分立 enforced by the server (issue 7, findings 1, 2, 5, 6): no one changes their own grants, no account
// mixes administrator duties or an administrator duty with business work, every administrator uses TOTP, a
// TOTP code is good once and cannot be stripped with a session alone, and account changes that would let one
// administrator act as a business user or silence another need a second administrator.
import { and, eq } from 'drizzle-orm';
import * as OTPAuth from 'otpauth';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { adminRequests, auditLog, grants, users } from '../src/db/schema.ts';
import { mixedDuties } from '../src/platform/permissions.ts';
import { BUILT_IN_ROLES } from '../src/seed/roles.ts';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';
import { createTestApp, grantRole, type Client, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const code = (res: { json: Record<string, unknown> }) => (res.json.error as { code: string } | undefined)?.code;

async function userId(username: string): Promise<string> {
  const [u] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!u) throw new Error(`no user ${username}`);
  return u.id;
}

/**
 * A new account (made by the system administrator, granted by the security administrator through the API)
 * that signs in with the demo password and is not a demo account, so no exemption applies.
 */
async function account(username: string, roleGrants: { role: string; divisionCode?: string }[]): Promise<string> {
  const sys = await t.as('demo_sysadmin');
  expect((await sys.post('/api/admin/users', { username, displayName: `测试 ${username}` })).status).toBe(201);
  const id = await userId(username);
  const sec = await t.as('demo_secadmin');
  for (const g of roleGrants) expect((await sec.post(`/api/security/users/${id}/grants`, g)).status).toBe(201);
  const [demo] = await t.database.db.select().from(users).where(eq(users.username, 'demo_county'));
  await t.database.db
    .update(users)
    .set({ passwordHash: demo!.passwordHash, mustChangePassword: false, passwordChangedAt: new Date() })
    .where(eq(users.id, id));
  return id;
}

describe('finding 1: the security administrator cannot give itself, or anyone, mixed powers', () => {
  it('no one adds or removes their own grants', async () => {
    const sec = await t.as('demo_secadmin');
    const me = await userId('demo_secadmin');
    const before = await t.database.db.$count(grants, eq(grants.userId, me));
    const add = await sec.post(`/api/security/users/${me}/grants`, { role: 'county_approver', divisionCode: '5111' });
    expect(add.status).toBe(403);
    expect(code(add)).toBe('SELF_GRANT');
    const [own] = await t.database.db.select().from(grants).where(eq(grants.userId, me));
    const remove = await sec.delete(`/api/security/grants/${own!.id}`);
    expect(remove.status).toBe(403);
    expect(code(remove)).toBe('SELF_GRANT');
    expect(await t.database.db.$count(grants, eq(grants.userId, me))).toBe(before);
    // Signed in again, it still reads no child.
    expect((await (await t.as('demo_secadmin')).get('/api/children?limit=1')).status).toBe(403);
  });

  it('a custom role mixing administrator and business permissions is refused by name', async () => {
    const sec = await t.as('demo_secadmin');
    const all = await sec.post('/api/security/roles', {
      code: 'everything',
      name: '全能',
      scopeKind: 'none',
      permissions: ['children:read', 'children:unmask', 'audit:read', 'users:manage', 'roles:manage'],
    });
    expect(all.status).toBe(409);
    expect(code(all)).toBe('SEPARATION_OF_DUTIES');
    expect((all.json.error as { message: string }).message).toMatch(/三员分立/);
    for (const permissions of [
      ['audit:read', 'users:manage'],
      ['roles:manage', 'children:read'],
      ['policy:manage', 'audit:read'],
      ['users:manage', 'categories:record'],
    ]) {
      const res = await sec.post('/api/security/roles', {
        code: 'mixed',
        name: '混合',
        scopeKind: 'none',
        permissions,
      });
      expect(code(res), permissions.join('+')).toBe('SEPARATION_OF_DUTIES');
    }
    // One duty with neutral permissions is fine.
    const ok = await sec.post('/api/security/roles', {
      code: 'audit_reader',
      name: '审计查阅',
      scopeKind: 'none',
      permissions: ['audit:read', 'tasks:read', 'divisions:read'],
    });
    expect(ok.status).toBe(201);
  });

  it("a grant is checked against the account's resulting permissions, for built-in and custom roles", async () => {
    const sec = await t.as('demo_secadmin');
    const county = await userId('demo_county');
    const sysAdmin = await sec.post(`/api/security/users/${county}/grants`, { role: 'sys_admin' });
    expect(code(sysAdmin)).toBe('SEPARATION_OF_DUTIES');
    expect((sysAdmin.json.error as { message: string }).message).toContain('demo_county');
    const auditor = await userId('demo_auditor');
    expect(
      code(await sec.post(`/api/security/users/${auditor}/grants`, { role: 'county_approver', divisionCode: '5111' })),
    ).toBe('SEPARATION_OF_DUTIES');
    expect(code(await sec.post(`/api/security/users/${auditor}/grants`, { role: 'sec_admin' }))).toBe(
      'SEPARATION_OF_DUTIES',
    );
    expect(await t.database.db.$count(grants, eq(grants.userId, county))).toBe(1);
    expect(await t.database.db.$count(grants, eq(grants.userId, auditor))).toBe(1);
  });

  it('changing a custom role is refused when one of its holders would end up mixing duties', async () => {
    const sec = await t.as('demo_secadmin');
    expect(
      (
        await sec.post('/api/security/roles', {
          code: 'helper',
          name: '助手',
          scopeKind: 'none',
          permissions: ['tasks:read'],
        })
      ).status,
    ).toBe(201);
    const holder = await account('audit_helper', [{ role: 'audit_admin' }, { role: 'helper' }]);
    const res = await sec.put('/api/security/roles/helper', {
      name: '助手',
      description: '',
      permissions: ['tasks:read', 'children:read'],
    });
    expect(code(res)).toBe('SEPARATION_OF_DUTIES');
    expect((res.json.error as { message: string }).message).toContain('audit_helper');
    const [role] = await t.database.db.select().from(grants).where(eq(grants.userId, holder));
    expect(role).toBeDefined();
    expect((await sec.get('/api/security/roles')).json.data).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'helper', permissions: ['tasks:read'] })]),
    );
  });

  it('every built-in role keeps to one duty', () => {
    for (const role of BUILT_IN_ROLES) expect(mixedDuties(role.permissions), role.code).toBeNull();
  });
});

describe('finding 2: administrator status comes from permissions, not role codes', () => {
  it('a custom role with an administrator permission must enrol TOTP before anything else', async () => {
    const sec = await t.as('demo_secadmin');
    expect(
      (
        await sec.post('/api/security/roles', {
          code: 'trail_reader',
          name: '日志查阅员',
          scopeKind: 'none',
          permissions: ['audit:read', 'tasks:read'],
        })
      ).status,
    ).toBe(201);
    await account('trail_reader1', [{ role: 'trail_reader' }]);
    const c = t.client();
    const login = await c.login('trail_reader1');
    expect(login.status).toBe(200);
    expect((login.json.user as { mustEnrolTotp: boolean }).mustEnrolTotp).toBe(true);
    const trail = await c.get('/api/audit');
    expect(trail.status).toBe(403);
    expect(code(trail)).toBe('TOTP_ENROLMENT_REQUIRED');
  });

  it('a business custom role needs no second factor; demo accounts keep their exemption', async () => {
    await account('reader1', [{ role: 'village_director', divisionCode: '511102' }]);
    const login = await t.client().login('reader1');
    expect((login.json.user as { mustEnrolTotp: boolean }).mustEnrolTotp).toBe(false);
    const demo = await t.client().login('demo_auditor');
    expect((demo.json.user as { mustEnrolTotp: boolean }).mustEnrolTotp).toBe(false);
  });
});

describe('finding 6: TOTP cannot be stripped with a session, and a code is good once', () => {
  // Time stands still in the middle of a 30-second step, so each code's step is known.
  let now = 0;
  beforeAll(() => {
    now = Math.floor(Date.now() / 30_000) * 30_000 + 15_000;
    vi.useFakeTimers({ toFake: ['Date'], now });
  });
  afterEach(() => undefined);
  afterAll(() => {
    vi.useRealTimers();
  });
  const tick = () => {
    now += 30_000;
    vi.setSystemTime(now);
  };

  /** Signs in a fresh administrator and enrols TOTP; returns the client and the authenticator. */
  async function enrolled(username: string): Promise<{ c: Client; totp: OTPAuth.TOTP }> {
    await account(username, [{ role: 'audit_admin' }]);
    const c = t.client();
    await c.login(username);
    const setup = await c.post('/api/auth/totp/setup', { password: DEMO_PASSWORD });
    expect(setup.status).toBe(200);
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(setup.json.secret as string) });
    expect((await c.post('/api/auth/totp/enable', { code: totp.generate() })).status).toBe(204);
    return { c, totp };
  }

  it('a used code is refused for the rest of its window; the next one works once', async () => {
    const { totp } = await enrolled('totp_once');
    // The enrolment used this step's code.
    const replay = await t.client().login('totp_once', DEMO_PASSWORD, totp.generate());
    expect(code(replay)).toBe('TOTP_INVALID');
    tick();
    const next = totp.generate();
    expect((await t.client().login('totp_once', DEMO_PASSWORD, next)).status).toBe(200);
    expect(code(await t.client().login('totp_once', DEMO_PASSWORD, next))).toBe('TOTP_INVALID');
  });

  it('the session alone cannot turn TOTP off or replace it', async () => {
    const { c, totp } = await enrolled('totp_strip');
    tick();
    expect((await c.post('/api/auth/totp/setup')).status).toBe(400);
    expect(code(await c.post('/api/auth/totp/setup', { password: DEMO_PASSWORD }))).toBe('TOTP_REQUIRED');
    expect(code(await c.post('/api/auth/totp/setup', { password: 'Wrong#2026', code: totp.generate() }))).toBe(
      'INVALID_CREDENTIALS',
    );
    expect(code(await c.post('/api/auth/totp/disable', { password: DEMO_PASSWORD }))).toBe('VALIDATION_FAILED');
    const [row] = await t.database.db.select().from(users).where(eq(users.username, 'totp_strip'));
    expect(row!.totpEnabled).toBe(true);
    // Signing in still asks for the code.
    expect(code(await t.client().login('totp_strip'))).toBe('TOTP_REQUIRED');
  });

  it('re-enrolling needs the password and a current code; the old secret holds until the new one is confirmed', async () => {
    const { c, totp } = await enrolled('totp_renew');
    tick();
    const setup = await c.post('/api/auth/totp/setup', { password: DEMO_PASSWORD, code: totp.generate() });
    expect(setup.status).toBe(200);
    const renewed = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(setup.json.secret as string) });
    tick();
    // Not confirmed yet: the enrolled authenticator still signs in.
    expect((await t.client().login('totp_renew', DEMO_PASSWORD, totp.generate())).status).toBe(200);
    tick();
    expect((await c.post('/api/auth/totp/enable', { code: renewed.generate() })).status).toBe(204);
    tick();
    expect(code(await t.client().login('totp_renew', DEMO_PASSWORD, totp.generate()))).toBe('TOTP_INVALID');
    expect((await t.client().login('totp_renew', DEMO_PASSWORD, renewed.generate())).status).toBe(200);
  });

  it('removing TOTP needs the password and a current code, and an administrator must then enrol again', async () => {
    const { c, totp } = await enrolled('totp_remove');
    tick();
    expect((await c.post('/api/auth/totp/disable', { password: DEMO_PASSWORD, code: totp.generate() })).status).toBe(
      204,
    );
    const again = t.client();
    const login = await again.login('totp_remove');
    expect((login.json.user as { mustEnrolTotp: boolean }).mustEnrolTotp).toBe(true);
  });
});

describe('finding 5: two-person rule for resets and for disabling an administrator', () => {
  it("a business user's reset waits for the security administrator; the requester gets no password until then", async () => {
    const sys = await t.as('demo_sysadmin');
    const county = await userId('demo_county');
    const res = await sys.post(`/api/admin/users/${county}/reset-password`);
    expect(res.status).toBe(200);
    expect(res.json.initialPassword).toBeNull();
    const requestId = res.json.pendingRequestId as string;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    // Nothing changed yet: the old password still works, and there is no password to collect.
    expect((await t.client().login('demo_county')).status).toBe(200);
    expect((await sys.post(`/api/admin/account-requests/${requestId}/password`)).status).toBe(404);
    expect((await sys.post(`/api/security/account-requests/${requestId}/approve`)).status).toBe(403);
    expect(code(await sys.post(`/api/admin/users/${county}/reset-password`))).toBe('REQUEST_PENDING');
    const list = await sys.get('/api/admin/users?q=demo_county');
    expect((list.json.data as { pendingRequests: string[] }[])[0]!.pendingRequests).toEqual(['reset_password']);

    const sec = await t.as('demo_secadmin');
    const pending = await sec.get('/api/security/account-requests');
    // Among the demo data's own waiting requests.
    expect(pending.json.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: requestId,
          kind: 'reset_password',
          target: expect.objectContaining({ username: 'demo_county' }) as unknown,
          requestedBy: expect.objectContaining({ username: 'demo_sysadmin' }) as unknown,
          canDecide: true,
        }),
      ]),
    );
    expect((await sec.post(`/api/security/account-requests/${requestId}/approve`)).status).toBe(204);
    expect(code(await sec.post(`/api/security/account-requests/${requestId}/approve`))).toBe('REQUEST_DECIDED');
    expect(code(await t.client().login('demo_county'))).toBe('INVALID_CREDENTIALS');

    // The requester collects the one-time password once.
    const collected = await sys.post(`/api/admin/account-requests/${requestId}/password`);
    expect(collected.status).toBe(200);
    const initial = collected.json.initialPassword as string;
    expect((await sys.post(`/api/admin/account-requests/${requestId}/password`)).status).toBe(404);
    const [stored] = await t.database.db.select().from(adminRequests).where(eq(adminRequests.id, requestId));
    expect(stored!.oneTimePasswordEnc).toBeNull();

    // The user sees who reset the password, who approved it, and when.
    const user = t.client();
    const login = await user.login('demo_county', initial);
    const me = login.json.user as {
      mustChangePassword: boolean;
      passwordReset: { at: string; by: { username: string }; approvedBy: { username: string } } | null;
    };
    expect(me.mustChangePassword).toBe(true);
    expect(me.passwordReset).toMatchObject({
      by: { username: 'demo_sysadmin' },
      approvedBy: { username: 'demo_secadmin' },
    });
    expect(Math.abs(Date.parse(me.passwordReset!.at) - Date.now())).toBeLessThan(60_000);
    expect(
      (await user.post('/api/auth/password', { currentPassword: initial, newPassword: 'County#New2026' })).status,
    ).toBe(204);
    expect(((await user.get('/api/me')).json.user as { passwordReset: unknown }).passwordReset).toBeNull();
    const trail = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetId, county));
    expect(trail.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'admin_request.create',
        'admin_request.approve',
        'user.reset_password',
        'admin_request.collect_password',
      ]),
    );
  });

  it('a rejected reset changes nothing and hands out no password', async () => {
    const sys = await t.as('demo_sysadmin');
    const res = await sys.post(`/api/admin/users/${await userId('demo_welfare')}/reset-password`);
    const requestId = res.json.pendingRequestId as string;
    const sec = await t.as('demo_secadmin');
    expect((await sec.post(`/api/security/account-requests/${requestId}/reject`)).status).toBe(204);
    expect((await t.client().login('demo_welfare')).status).toBe(200);
    expect((await sys.post(`/api/admin/account-requests/${requestId}/password`)).status).toBe(404);
    const mine = await sys.get('/api/admin/account-requests');
    expect(mine.json.data).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: requestId, status: 'rejected', passwordReady: false })]),
    );
  });

  it('an account without business permissions is reset at once, and says by whom', async () => {
    await account('no_grants1', []);
    const sys = await t.as('demo_sysadmin');
    const id = await userId('no_grants1');
    const res = await sys.post(`/api/admin/users/${id}/reset-password`);
    expect(res.json.pendingRequestId).toBeNull();
    const password = res.json.initialPassword as string;
    // Without a grant the one-time password opens nothing and stays unused; the grant comes from the other side.
    const early = await t.client().login('no_grants1', password);
    expect(early.status).toBe(403);
    expect(code(early)).toBe('ACCOUNT_NOT_READY');
    const [unused] = await t.database.db.select().from(users).where(eq(users.id, id));
    expect(unused).toMatchObject({ mustChangePassword: true, lastLoginAt: null, failedAttempts: 0 });
    const refusal = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.targetId, id)));
    expect(refusal.map((r) => [r.outcome, (r.details as { reason?: string }).reason])).toEqual([
      ['failure', 'no_grant'],
    ]);
    await grantRole(t, id);
    const login = await t.client().login('no_grants1', password);
    expect((login.json.user as { passwordReset: unknown }).passwordReset).toMatchObject({
      by: { username: 'demo_sysadmin' },
      approvedBy: null,
    });
  });

  it('disabling an administrator waits for a second administrator, who is never the requester or the target', async () => {
    const sys = await t.as('demo_sysadmin');
    const auditor = await userId('demo_auditor');
    const res = await sys.post(`/api/admin/users/${auditor}/disable`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: 'active', pendingRequests: ['disable_user'] });
    const auditorSession = await t.as('demo_auditor');
    expect((await auditorSession.get('/api/audit')).status).toBe(200);

    // An account that holds both duties from before separation was enforced still cannot approve its own.
    const sysId = await userId('demo_sysadmin');
    await t.database.db.insert(grants).values({ userId: sysId, roleCode: 'sec_admin' });
    const both = await t.as('demo_sysadmin');
    const [request] = await t.database.db
      .select()
      .from(adminRequests)
      .where(and(eq(adminRequests.targetUserId, auditor), eq(adminRequests.status, 'pending')));
    const self = await both.post(`/api/security/account-requests/${request!.id}/approve`);
    expect(self.status).toBe(403);
    expect(code(self)).toBe('SELF_APPROVAL');
    await t.database.db.delete(grants).where(and(eq(grants.userId, sysId), eq(grants.roleCode, 'sec_admin')));

    const sec = await t.as('demo_secadmin');
    expect((await sec.post(`/api/security/account-requests/${request!.id}/approve`)).status).toBe(204);
    expect((await auditorSession.get('/api/audit')).status).toBe(401);
    expect(code(await t.client().login('demo_auditor'))).toBe('ACCOUNT_DISABLED');

    // The security administrator cannot decide a request about itself.
    const disableSec = await sys.post(`/api/admin/users/${await userId('demo_secadmin')}/disable`);
    expect(disableSec.json.pendingRequests).toEqual(['disable_user']);
    const [own] = await t.database.db
      .select()
      .from(adminRequests)
      .where(and(eq(adminRequests.kind, 'disable_user'), eq(adminRequests.status, 'pending')));
    expect(code(await sec.post(`/api/security/account-requests/${own!.id}/approve`))).toBe('SELF_APPROVAL');
    // The database refuses a decision by the requester, whatever the application does.
    await expect(
      t.database.db
        .update(adminRequests)
        .set({ status: 'approved', decidedBy: sysId })
        .where(eq(adminRequests.id, own!.id)),
    ).rejects.toThrow();
  });

  it('a business user is still disabled at once', async () => {
    const sys = await t.as('demo_sysadmin');
    const res = await sys.post(`/api/admin/users/${await userId('demo_hotline')}/disable`);
    expect(res.json).toMatchObject({ status: 'disabled', pendingRequests: [] });
  });
});
