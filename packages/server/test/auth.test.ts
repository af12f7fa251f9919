// Sign-in, lockout, CSRF, idle timeout, forced password change and TOTP for administrators.
import { eq, sql } from 'drizzle-orm';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../src/db/schema.ts';
import { createTestApp, grantRole, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const code = (res: { json: Record<string, unknown> }) => (res.json.error as { code: string } | undefined)?.code;

/**
 * Creates an account as the system administrator and returns its one-time password; unless `granted` is false the
 * security administrator gives it a county officer's grant, without which it cannot sign in.
 */
async function newAccount(username: string, granted = true): Promise<string> {
  const admin = await t.as('demo_sysadmin');
  const res = await admin.post('/api/admin/users', { username, displayName: `测试 ${username}` });
  expect(res.status).toBe(201);
  if (granted) await grantRole(t, (res.json.user as { id: string }).id);
  return res.json.initialPassword as string;
}

describe('sign-in', () => {
  it('sets an httpOnly, SameSite=Strict session cookie and returns the user with grants', async () => {
    const c = t.client();
    const res = await c.login('demo_county');
    expect(res.status).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await c.get('/api/me');
    expect(me.status).toBe(200);
    const grants = me.json.grants as { role: string; divisionCode: string }[];
    expect(grants).toEqual([expect.objectContaining({ role: 'county_officer', divisionCode: '511102' })]);
    expect(me.json.permissions).toContain('children:read');
  });

  it('answers the same error for a wrong password and an unknown user', async () => {
    const a = await t.client().login('demo_county', 'Wrong#Pass1');
    const b = await t.client().login('no_such_user', 'Wrong#Pass1');
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(code(a)).toBe('INVALID_CREDENTIALS');
    expect(code(b)).toBe('INVALID_CREDENTIALS');
    expect((a.json.error as { message: string }).message).toBe('用户名或密码错误');
  });

  it('locks the account after 5 failures: then even the right password is refused, with the same answer', async () => {
    const c = t.client();
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++) answers.push(code(await c.login('demo_township', `Wrong#Pass${i}`)));
    expect(answers).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    const [locked] = await t.database.db.select().from(users).where(eq(users.username, 'demo_township'));
    expect(locked!.lockedUntil).not.toBeNull();
    // The lock is not told apart from a wrong password (see signin.test.ts).
    const sixth = await c.login('demo_township', 'Wrong#Pass6');
    expect(sixth.status).toBe(401);
    expect(code(sixth)).toBe('INVALID_CREDENTIALS');
    expect(code(await c.login('demo_township'))).toBe('INVALID_CREDENTIALS');

    // The audit administrator finds the failures.
    const auditor = await t.as('demo_auditor');
    const trail = await auditor.get('/api/audit?actor=demo_township&action=auth.login&outcome=failure&limit=50');
    expect(trail.status).toBe(200);
    expect(trail.json.total as number).toBeGreaterThanOrEqual(6);

    // The system administrator unlocks it.
    const admin = await t.as('demo_sysadmin');
    const [user] = await t.database.db.select().from(users).where(eq(users.username, 'demo_township'));
    expect((await admin.post(`/api/admin/users/${user!.id}/unlock`)).status).toBe(200);
    expect((await t.client().login('demo_township')).status).toBe(200);
  });

  it('the lock lasts the policy’s 30 minutes and then ends by itself', async () => {
    const password = await newAccount('lock.expiry');
    const c = t.client();
    for (let i = 0; i < 5; i++) await c.login('lock.expiry', `Wrong#Pass${i}`);
    const lockedUntil = async () =>
      (await t.database.db.select().from(users).where(eq(users.username, 'lock.expiry')))[0]!.lockedUntil;
    const until = await lockedUntil();
    expect(until).not.toBeNull();
    expect(Math.abs(until!.getTime() - (Date.now() + 30 * 60_000))).toBeLessThan(60_000);
    // The clock is moved by moving the lock: a minute before it ends, the right password is still refused.
    const setLock = (interval: string) =>
      t.database.db
        .update(users)
        .set({ lockedUntil: sql`now() + ${interval}::interval` })
        .where(eq(users.username, 'lock.expiry'));
    await setLock('1 minute');
    expect(code(await c.login('lock.expiry', password))).toBe('INVALID_CREDENTIALS');
    // Once it has ended, the right password signs in without anyone unlocking the account.
    await setLock('-1 second');
    const after = await c.login('lock.expiry', password);
    expect(after.status).toBe(200);
    expect(await lockedUntil()).toBeNull();
    // And the count of failures starts again: one wrong password does not lock it.
    expect(code(await t.client().login('lock.expiry', 'Wrong#Again1'))).toBe('INVALID_CREDENTIALS');
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const c = await t.as('demo_sysadmin');
    const token = c.csrfToken;
    c.csrfToken = undefined;
    const res = await c.post('/api/admin/users', { username: 'csrf_victim', displayName: 'x' });
    expect(res.status).toBe(403);
    expect(code(res)).toBe('CSRF_TOKEN_INVALID');
    c.csrfToken = 'not-the-token';
    expect(code(await c.post('/api/admin/users', { username: 'csrf_victim', displayName: 'x' }))).toBe(
      'CSRF_TOKEN_INVALID',
    );
    c.csrfToken = token;
    expect((await c.post('/api/admin/users', { username: 'csrf_victim', displayName: 'x' })).status).toBe(201);
  });

  it('signs out after 30 idle minutes', async () => {
    const c = await t.as('demo_city');
    expect((await c.get('/api/me')).status).toBe(200);
    await t.database.db.update(sessions).set({ lastSeenAt: sql`now() - interval '31 minutes'` });
    const res = await c.get('/api/me');
    expect(res.status).toBe(401);
    expect(code(res)).toBe('UNAUTHENTICATED');
  });

  it('a malformed or forged cookie is simply not signed in (401, never 5xx)', async () => {
    for (const cookie of ['garbage', 'a'.repeat(43), '%%%', '']) {
      const c = t.client();
      c.cookie = cookie;
      const res = await c.get('/api/me');
      expect(res.status).toBe(401);
    }
  });

  it('sign-out ends the session', async () => {
    const c = await t.as('demo_city');
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect((await c.get('/api/me')).status).toBe(401);
  });
});

describe('passwords', () => {
  it('an account made by an administrator must change its password before anything else', async () => {
    const initial = await newAccount('new_officer');
    const sec = await t.as('demo_secadmin');
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'new_officer'));
    expect(
      (await sec.post(`/api/security/users/${u!.id}/grants`, { role: 'county_officer', divisionCode: '511102' }))
        .status,
    ).toBe(201);
    const c = t.client();
    const login = await c.login('new_officer', initial);
    expect(login.status).toBe(200);
    expect((login.json.user as { mustChangePassword: boolean }).mustChangePassword).toBe(true);
    expect(code(await c.get('/api/tasks'))).toBe('PASSWORD_CHANGE_REQUIRED');

    const weak = await c.post('/api/auth/password', { currentPassword: initial, newPassword: 'abcdefg' });
    expect(weak.status).toBe(400);
    expect(code(weak)).toBe('PASSWORD_POLICY');
    expect((weak.json.error as { details: { rules: string[] } }).details.rules).toEqual(
      expect.arrayContaining(['PASSWORD_TOO_SHORT', 'PASSWORD_CHAR_CLASSES']),
    );
    expect(code(await c.post('/api/auth/password', { currentPassword: initial, newPassword: initial }))).toBe(
      'PASSWORD_REUSED',
    );
    expect(
      code(await c.post('/api/auth/password', { currentPassword: 'Wrong#1234', newPassword: 'Good#Pass2026' })),
    ).toBe('INVALID_CREDENTIALS');
    expect(
      (await c.post('/api/auth/password', { currentPassword: initial, newPassword: 'Good#Pass2026' })).status,
    ).toBe(204);
    expect((await c.get('/api/tasks')).status).toBe(200);
  });

  it('a password older than 90 days must be changed', async () => {
    await t.database.db
      .update(users)
      .set({ passwordChangedAt: sql`now() - interval '91 days'` })
      .where(eq(users.username, 'demo_hotline'));
    const c = await t.as('demo_hotline');
    expect(code(await c.get('/api/tasks'))).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});

describe('TOTP for the separated administrators', () => {
  it('a new audit administrator must enrol a second factor, and then needs it to sign in', async () => {
    const initial = await newAccount('auditor2', false);
    const sec = await t.as('demo_secadmin');
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'auditor2'));
    expect((await sec.post(`/api/security/users/${u!.id}/grants`, { role: 'audit_admin' })).status).toBe(201);

    const c = t.client();
    await c.login('auditor2', initial);
    await c.post('/api/auth/password', { currentPassword: initial, newPassword: 'Audit#Strong26' });
    expect(code(await c.get('/api/audit'))).toBe('TOTP_ENROLMENT_REQUIRED');

    const setup = await c.post('/api/auth/totp/setup', { password: 'Audit#Strong26' });
    expect(setup.status).toBe(200);
    const secret = setup.json.secret as string;
    expect(setup.json.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    const totp = new OTPAuth.TOTP({
      secret: OTPAuth.Secret.fromBase32(secret),
      digits: 6,
      period: 30,
      algorithm: 'SHA1',
    });
    expect(
      code(await c.post('/api/auth/totp/enable', { code: '000000' === totp.generate() ? '111111' : '000000' })),
    ).toBe('TOTP_INVALID');
    expect((await c.post('/api/auth/totp/enable', { code: totp.generate() })).status).toBe(204);
    expect((await c.get('/api/audit')).status).toBe(200);

    const fresh = t.client();
    expect(code(await fresh.login('auditor2', 'Audit#Strong26'))).toBe('TOTP_REQUIRED');
    // The enrolment used this step's code (a code is good once): sign in with the next one.
    const next = totp.generate({ timestamp: Date.now() + 30_000 });
    expect((await fresh.login('auditor2', 'Audit#Strong26', next)).status).toBe(200);
  });
});
