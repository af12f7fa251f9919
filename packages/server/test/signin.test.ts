// Sign-in that reveals nothing, limits per address, the lockout counting every password check, the common-password
// list, the level-3 floor of the security policy, session lifetime and count, and sign-out with the CSRF token.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { makeIdNumber } from '@hehu/domain';
import { and, eq, sql } from 'drizzle-orm';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, sessions, settings, users } from '../src/db/schema.ts';
import { sha256 } from '../src/platform/crypto.ts';
import { announceFirstAdmin } from '../src/first-admin.ts';
import { createTestApp, grantRole, type Client, type TestApp } from './harness.ts';
import { TEST_MASTER_KEY } from './fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Res = Awaited<ReturnType<Client['get']>>;
const code = (res: Res) => (res.json.error as { code: string } | undefined)?.code;
/** The answer without its request id: what an attacker compares. */
const answer = (res: Res) => ({ status: res.status, error: res.json.error });

let seq = 0;
/** A fresh business account (its one-time password), so each test locks or disables only its own. */
async function newAccount(prefix: string): Promise<{ username: string; password: string; id: string }> {
  const username = `${prefix}.${++seq}`;
  const admin = await t.as('demo_sysadmin');
  const res = await admin.post('/api/admin/users', { username, displayName: `测试 ${username}` });
  expect(res.status).toBe(201);
  const [row] = await t.database.db.select().from(users).where(eq(users.username, username));
  await grantRole(t, row!.id);
  return { username, password: res.json.initialPassword as string, id: row!.id };
}

/** Sends a request as if from `address`, with a client's cookie and CSRF token. */
async function from(
  address: string,
  method: 'GET' | 'POST',
  url: string,
  payload?: Record<string, unknown>,
  client?: Client,
): Promise<Res> {
  const res = await t.app.inject({
    method,
    url,
    remoteAddress: address,
    ...(payload ? { payload } : {}),
    headers: {
      ...(client?.cookie ? { cookie: `hehu_session=${client.cookie}` } : {}),
      ...(client?.csrfToken && method !== 'GET' ? { 'x-csrf-token': client.csrfToken } : {}),
    },
  });
  const body: unknown = res.body ? JSON.parse(res.body) : null;
  return { status: res.statusCode, body, headers: res.headers, json: (body ?? {}) as Record<string, unknown> };
}

/** Changes the policy for one test and puts it back. */
async function withPolicy(change: Record<string, number>, run: () => Promise<void>): Promise<void> {
  const sec = await t.as('demo_secadmin');
  const before = (await sec.get('/api/security/policy')).json;
  const res = await sec.put('/api/security/policy', { ...before, ...change });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  try {
    await run();
  } finally {
    expect((await sec.put('/api/security/policy', before)).status).toBe(200);
  }
}

const lockedUntil = async (id: string) =>
  (await t.database.db.select({ at: users.lockedUntil }).from(users).where(eq(users.id, id)))[0]!.at;

describe('sign-in answers the same before the password is verified', () => {
  it(
    'unknown user, wrong password, a locked account and a disabled one: one answer, no attempts or lock time',
    { timeout: 120_000 },
    async () => {
      const active = await newAccount('same.active');
      const locked = await newAccount('same.locked');
      const disabled = await newAccount('same.disabled');
      const admin = await t.as('demo_sysadmin');
      expect((await admin.post(`/api/admin/users/${disabled.id}/disable`)).status).toBe(200);

      const answers: Res[] = [];
      answers.push(await t.client().login('nobody.at.all', 'Wrong#Pass1'));
      answers.push(await t.client().login(active.username, 'Wrong#Pass1'));
      answers.push(await t.client().login(disabled.username, 'Wrong#Pass1'));
      // Five failures lock it; the failure that locks answers like the others.
      for (let i = 0; i < 5; i++) answers.push(await t.client().login(locked.username, `Wrong#Pass${i}`));
      expect(await lockedUntil(locked.id)).not.toBeNull();
      answers.push(await t.client().login(locked.username, 'Wrong#Pass9'));
      // While locked, even the right password gets the same answer: a right guess during the lock is not told apart.
      answers.push(await t.client().login(locked.username, locked.password));

      const expected = { status: 401, error: { code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' } };
      for (const res of answers) expect(answer(res)).toEqual(expected);
      for (const res of answers) expect(JSON.stringify(res.json)).not.toMatch(/remaining|lockedUntil|locked|disabled/i);

      // The audit trail keeps what the answer does not say.
      const reasons = await t.database.db
        .select({ details: auditLog.details })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.targetId, locked.id)));
      const list = reasons.map((r) => (r.details as { reason: string }).reason);
      expect(list.filter((r) => r === 'wrong_password')).toHaveLength(5);
      expect(list.filter((r) => r === 'locked')).toHaveLength(2);
    },
  );

  it('the right password of a disabled account says it is disabled; failures on it count toward its lock', async () => {
    const disabled = await newAccount('disabled.right');
    const admin = await t.as('demo_sysadmin');
    await admin.post(`/api/admin/users/${disabled.id}/disable`);
    const right = await t.client().login(disabled.username, disabled.password);
    expect(right.status).toBe(403);
    expect(code(right)).toBe('ACCOUNT_DISABLED');
    for (let i = 0; i < 5; i++) await t.client().login(disabled.username, `Wrong#Pass${i}`);
    expect(await lockedUntil(disabled.id)).not.toBeNull();
    // Locked, so now the right password learns nothing either.
    expect(code(await t.client().login(disabled.username, disabled.password))).toBe('INVALID_CREDENTIALS');
  });

  it('a wrong one-time code carries no remaining attempts either', async () => {
    const account = await newAccount('totp.wrong');
    const secret = new OTPAuth.Secret();
    await t.database.db
      .update(users)
      .set({ totpEnabled: true, totpSecretEnc: t.services.cipher.encrypt(secret.base32) })
      .where(eq(users.id, account.id));
    const totp = new OTPAuth.TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' });
    const wrong = totp.generate() === '000000' ? '111111' : '000000';
    const res = await t.client().login(account.username, account.password, wrong);
    expect(answer(res)).toEqual({
      status: 401,
      error: { code: 'TOTP_INVALID', message: '动态验证码错误或已过期' },
    });
  });
});

describe('per-address limits', () => {
  it('refuses sign-in from an address after its failures, with Retry-After, even with a right password', async () => {
    await withPolicy({ signInFailuresPerAddress: 5, addressWindowMinutes: 15 }, async () => {
      const spray = '203.0.113.7';
      // Password spraying: one guess at each of many accounts, which no account's lockout sees.
      for (let i = 0; i < 5; i++) {
        const res = await from(spray, 'POST', '/api/auth/login', { username: `guess.${i}`, password: 'Leshan@2026' });
        expect(code(res)).toBe('INVALID_CREDENTIALS');
      }
      const refused = await from(spray, 'POST', '/api/auth/login', { username: 'demo_city', password: 'Demo#2026' });
      expect(refused.status).toBe(429);
      expect(code(refused)).toBe('RATE_LIMITED');
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(14 * 60);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      // Refusals are audited once per window, not once per attempt of a flood.
      await from(spray, 'POST', '/api/auth/login', { username: 'demo_city', password: 'x' });
      const noted = await t.database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(auditLog)
        .where(
          and(eq(auditLog.action, 'auth.login'), eq(auditLog.ip, spray), sql`details->>'reason' = 'address_limit'`),
        );
      expect(noted[0]?.n).toBe(1);
      // Another address is not affected, and successful sign-ins do not count: an office shares one address.
      const office = '198.51.100.20';
      for (let i = 0; i < 8; i++) {
        const ok = await from(office, 'POST', '/api/auth/login', { username: 'demo_city', password: 'Demo#2026' });
        expect(ok.status).toBe(200);
      }
    });
  });

  it('an IPv6 host is one address for its whole /64', async () => {
    await withPolicy({ signInFailuresPerAddress: 5 }, async () => {
      for (let i = 0; i < 5; i++) {
        await from(`2001:db8:1:2::${i + 1}`, 'POST', '/api/auth/login', { username: `v6.${i}`, password: 'x' });
      }
      const res = await from('2001:db8:1:2:ffff::9', 'POST', '/api/auth/login', {
        username: 'demo_city',
        password: 'x',
      });
      expect(res.status).toBe(429);
    });
  });

  it('refuses ID-number searches from an address past the limit, with Retry-After; name searches go on', async () => {
    await withPolicy({ idLookupsPerAddress: 5, addressWindowMinutes: 15 }, async () => {
      const city = await t.as('demo_city');
      const address = '203.0.113.50';
      const numbers = Array.from({ length: 6 }, (_, i) =>
        makeIdNumber('511102', `2015-03-${String(i + 10).padStart(2, '0')}`, 100 + i),
      );
      for (const n of numbers.slice(0, 5)) {
        expect((await from(address, 'GET', `/api/children?q=${n}`, undefined, city)).status).toBe(200);
      }
      const refused = await from(address, 'GET', `/api/children?q=${numbers[5]}`, undefined, city);
      expect(refused.status).toBe(429);
      expect(code(refused)).toBe('RATE_LIMITED');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // The counts by division take the same query.
      const counts = await from(address, 'GET', `/api/children/counts?parent=5111&q=${numbers[0]}`, undefined, city);
      expect(counts.status).toBe(429);
      // And so does the export of the filtered list.
      expect((await from(address, 'GET', `/api/children/export?q=${numbers[1]}`, undefined, city)).status).toBe(429);
      expect((await from(address, 'GET', '/api/children?q=%E7%8E%8B', undefined, city)).status).toBe(200);
      expect((await from('203.0.113.51', 'GET', `/api/children?q=${numbers[5]}`, undefined, city)).status).toBe(200);
      const [noted] = await t.database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'security.id_lookup_limit'), eq(auditLog.ip, address)));
      expect(noted?.n).toBe(1);
    });
  });
});

describe('passwords', () => {
  it('a wrong current password on a password change counts toward the lockout and ends that session', async () => {
    const account = await newAccount('change.guess');
    const c = t.client();
    expect((await c.login(account.username, account.password)).status).toBe(200);
    for (let i = 0; i < 4; i++) {
      const res = await c.post('/api/auth/password', { currentPassword: `Wrong#Pass${i}`, newPassword: 'Tq7#mRv2pL' });
      expect(code(res)).toBe('INVALID_CREDENTIALS');
    }
    const [row] = await t.database.db.select().from(users).where(eq(users.id, account.id));
    expect(row!.failedAttempts).toBe(4);
    const fifth = await c.post('/api/auth/password', { currentPassword: 'Wrong#Pass5', newPassword: 'Tq7#mRv2pL' });
    expect(code(fifth)).toBe('INVALID_CREDENTIALS');
    expect(await lockedUntil(account.id)).not.toBeNull();
    expect((await c.get('/api/me')).status).toBe(401);
    expect(code(await t.client().login(account.username, account.password))).toBe('INVALID_CREDENTIALS');
  });

  it('refuses a common password however it is dressed', async () => {
    const account = await newAccount('common.pw');
    const c = t.client();
    await c.login(account.username, account.password);
    for (const newPassword of ['Password1', 'Leshan2026', 'Aa1!Aa1!', 'P@ssw0rd', '1qaz@WSX', 'Hehu@2026']) {
      const res = await c.post('/api/auth/password', { currentPassword: account.password, newPassword });
      expect(res.status, newPassword).toBe(400);
      expect((res.json.error as { details: { rules: string[] } }).details.rules, newPassword).toContain(
        'PASSWORD_COMMON',
      );
    }
    const ok = await c.post('/api/auth/password', { currentPassword: account.password, newPassword: 'Tq7#mRv2pL' });
    expect(ok.status).toBe(204);
  });
});

describe('the security policy keeps the level-3 floor', () => {
  it('refuses a setting below the floor, naming the field', async () => {
    const sec = await t.as('demo_secadmin');
    const current = (await sec.get('/api/security/policy')).json;
    const below: Record<string, number>[] = [
      { passwordMaxAgeDays: 0 },
      { passwordMaxAgeDays: 91 },
      { passwordMinLength: 7 },
      { lockoutThreshold: 11 },
      { lockoutThreshold: 20 },
      { lockoutMinutes: 9 },
      { idleTimeoutMinutes: 31 },
      { idleTimeoutMinutes: 1440 },
      { sessionMaxHours: 25 },
      { maxSessionsPerUser: 0 },
    ];
    for (const change of below) {
      const res = await sec.put('/api/security/policy', { ...current, ...change });
      const field = Object.keys(change)[0]!;
      expect(res.status, field).toBe(400);
      expect(JSON.stringify(res.json.error), field).toContain(field);
      expect(JSON.stringify(res.json.error), field).toContain('等保三级');
    }
    expect((await sec.get('/api/security/policy')).json).toEqual(current);
  });

  it('a version saved below the floor before it existed is read at the floor', async () => {
    const sec = await t.as('demo_secadmin');
    const current = (await sec.get('/api/security/policy')).json;
    const [last] = await t.database.db
      .select({ version: sql<number>`max(version)::int` })
      .from(settings)
      .where(eq(settings.key, 'security_policy'));
    await t.database.db.insert(settings).values({
      key: 'security_policy',
      version: last!.version + 1,
      value: { ...current, passwordMaxAgeDays: 0, lockoutThreshold: 20, idleTimeoutMinutes: 1440, lockoutMinutes: 1 },
    });
    const read = (await sec.get('/api/security/policy')).json;
    expect(read).toMatchObject({
      passwordMaxAgeDays: 90,
      lockoutThreshold: 10,
      idleTimeoutMinutes: 30,
      lockoutMinutes: 10,
    });
    expect((await sec.put('/api/security/policy', current)).status).toBe(200);
  });
});

describe('sessions', () => {
  it('a session ends after the policy’s lifetime however active it is', async () => {
    const c = await t.as('demo_county');
    await t.database.db
      .update(sessions)
      .set({ createdAt: sql`now() - interval '12 hours 1 minute'`, lastSeenAt: sql`now()` })
      .where(eq(sessions.tokenHash, sha256(c.cookie!)));
    const res = await c.get('/api/me');
    expect(res.status).toBe(401);
  });

  it('a new sign-in beyond the limit of sessions signs out the oldest', async () => {
    await withPolicy({ maxSessionsPerUser: 2 }, async () => {
      const first = await t.as('demo_welfare');
      const second = await t.as('demo_welfare');
      expect((await first.get('/api/me')).status).toBe(200);
      const third = await t.as('demo_welfare');
      expect((await first.get('/api/me')).status).toBe(401);
      expect((await second.get('/api/me')).status).toBe(200);
      expect((await third.get('/api/me')).status).toBe(200);
      const [welfare] = await t.database.db.select().from(users).where(eq(users.username, 'demo_welfare'));
      expect(await t.database.db.$count(sessions, eq(sessions.userId, welfare!.id))).toBe(2);
    });
  });

  it('sign-out needs the CSRF token while signed in; without a session it just clears the cookie', async () => {
    const c = await t.as('demo_city');
    const token = c.csrfToken;
    c.csrfToken = undefined;
    const forged = await c.post('/api/auth/logout');
    expect(forged.status).toBe(403);
    expect(code(forged)).toBe('CSRF_TOKEN_INVALID');
    expect((await c.get('/api/me')).status).toBe(200);
    c.csrfToken = 'not-the-token';
    expect(code(await c.post('/api/auth/logout'))).toBe('CSRF_TOKEN_INVALID');
    c.csrfToken = token;
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect((await c.get('/api/me')).status).toBe(401);
    expect((await t.client().post('/api/auth/logout')).status).toBe(204);
  });
});

describe('the first administrator’s one-time password', () => {
  const admin = { username: 'sysadmin', password: 'Tq7#mRv2pLk9' };
  const channels = (isTTY: boolean, terminal: boolean) => {
    const out = { stdout: '', terminal: '' };
    return {
      out,
      channels: {
        stdout: { isTTY, write: (text: string) => (out.stdout += text) },
        writeTerminal: (text: string) => {
          if (terminal) out.terminal += text;
          return terminal;
        },
      },
    };
  };

  it('is shown on standard output only when that is a terminal, else on the controlling terminal', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hehu-first-admin-'));
    try {
      const logged: string[] = [];
      const tty = channels(true, true);
      expect(announceFirstAdmin(admin, { dataDir: dir }, (l) => logged.push(l), tty.channels)).toBe('stdout');
      expect(tty.out.stdout).toContain(admin.password);
      // Output to a file or a pipe (a service's log): the password goes to the terminal, the log says where.
      const piped = channels(false, true);
      expect(announceFirstAdmin(admin, { dataDir: dir }, (l) => logged.push(l), piped.channels)).toBe('terminal');
      expect(piped.out.terminal).toContain(admin.password);
      expect(piped.out.stdout).toBe('');
      expect(logged.join('\n')).not.toContain(admin.password);
      expect(existsSync(path.join(dir, 'first-admin-password.txt'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a production start with its output in a log file: not in the log, in a file only the server can read', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hehu-first-admin-'));
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = probe.address() as { port: number };
        probe.close(() => resolve(p));
      });
    });
    const repoRoot = path.resolve(import.meta.dirname, '../../..');
    const start = () => {
      // A session of its own (detached): no controlling terminal, as under a service manager.
      const child = spawn(
        process.execPath,
        [
          path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'),
          path.join(repoRoot, 'packages/server/src/cli.ts'),
          'start',
        ],
        {
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: {
            PATH: process.env.PATH,
            NODE_ENV: 'production',
            HEHU_MASTER_KEY: TEST_MASTER_KEY,
            HEHU_DATA_DIR: dataDir,
            HEHU_WEB_DIST: path.join(dataDir, 'no-web'),
            HOST: '127.0.0.1',
            PORT: String(port),
            LOG_LEVEL: 'info',
          },
        },
      );
      let output = '';
      child.stdout.on('data', (b: Buffer) => (output += b.toString()));
      child.stderr.on('data', (b: Buffer) => (output += b.toString()));
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const until = async (text: string) => {
        for (let waited = 0; !output.includes(text); waited += 200) {
          if (waited > 150_000 || child.exitCode !== null) throw new Error(`server did not say "${text}":\n${output}`);
          await new Promise((r) => setTimeout(r, 200));
        }
      };
      const stop = async () => {
        if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
        await exited;
      };
      return { output: () => output, until, stop };
    };
    const post = async (url: string, body: unknown, cookie?: string, csrf?: string) =>
      fetch(`http://127.0.0.1:${port}${url}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(cookie ? { cookie } : {}),
          ...(csrf ? { 'x-csrf-token': csrf } : {}),
        },
        body: JSON.stringify(body),
      });
    try {
      const first = start();
      try {
        await first.until('首个系统管理员');
        await first.until('已启动');
        const file = path.join(dataDir, 'first-admin-password.txt');
        expect(statSync(file).mode & 0o777).toBe(0o600);
        const password = /一次性密码 \(one-time password\): (\S+)/.exec(readFileSync(file, 'utf8'))?.[1];
        expect(password).toMatch(/^\S{12}$/);
        // Everything the process wrote, its own lines and the logger's, lacks it.
        await new Promise((r) => setTimeout(r, 500));
        expect(first.output()).not.toContain(password!);
        expect(first.output()).toContain(file);
        const login = await post('/api/auth/login', { username: 'sysadmin', password });
        expect(login.status).toBe(200);
        const me = (await login.json()) as { csrfToken: string; user: { mustChangePassword: boolean } };
        expect(me.user.mustChangePassword).toBe(true);
        const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
        const changed = await post(
          '/api/auth/password',
          { currentPassword: password, newPassword: 'Tq7#mRv2pLk9' },
          cookie,
          me.csrfToken,
        );
        expect(changed.status).toBe(204);
        expect(first.output()).not.toContain(password!);
      } finally {
        await first.stop();
      }
      // Used: the next start removes the file.
      const second = start();
      try {
        await second.until('已删除一次性密码文件');
        expect(existsSync(path.join(dataDir, 'first-admin-password.txt'))).toBe(false);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
