// Sessions and grants are kept in memory (platform/session-cache.ts); every change that ends a session or alters what
// its user may do takes effect at once: on this server, and on another one on the same database (PostgreSQL).
// Each test first makes a request so that the session is held in memory, then changes something and asks again.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app.ts';
import { openDatabase, type Database } from '../src/db/connection.ts';
import { grants, sessions, users } from '../src/db/schema.ts';
import { Client, createTestApp, grantRole, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const code = (res: { json: Record<string, unknown> }) => (res.json.error as { code: string } | undefined)?.code;
const NEW_PASSWORD = 'Qx7#mLp2$vRt';

/** A county officer of its own, signed in, its first password changed: ready to use the registry. */
async function officer(prefix: string): Promise<{ c: Client; userId: string }> {
  const username = `${prefix}.${randomUUID().slice(0, 8)}`;
  const admin = await t.as('demo_sysadmin');
  const res = await admin.post('/api/admin/users', { username, displayName: `测试 ${username}` });
  expect(res.status).toBe(201);
  const userId = (res.json.user as { id: string }).id;
  await grantRole(t, userId);
  const c = t.client();
  expect((await c.login(username, res.json.initialPassword as string)).status).toBe(200);
  const changed = await c.post('/api/auth/password', {
    currentPassword: res.json.initialPassword as string,
    newPassword: NEW_PASSWORD,
  });
  expect(changed.status).toBe(204);
  expect((await c.login(username, NEW_PASSWORD)).status).toBe(200);
  return { c, userId };
}

/** Another client holding the same session (the same cookie and CSRF token), possibly on another server. */
function sameSession(c: Client, app: FastifyInstance = t.app): Client {
  const copy = new Client(app);
  copy.cookie = c.cookie;
  copy.csrfToken = c.csrfToken;
  return copy;
}

/** Warms the session into memory and checks the list answers. */
async function listAnswers(c: Client): Promise<void> {
  expect((await c.get('/api/children?limit=1')).status).toBe(200);
  expect((await c.get('/api/children?limit=1')).status).toBe(200);
}

describe('a session held in memory', () => {
  it('is answered from memory: with the notifications switched off, a deleted session still works', async () => {
    // Shows the tests below exercise the cache: without the database telling of the change, it would be missed.
    const { c, userId } = await officer('cache.hit');
    await listAnswers(c);
    await t.database.db.execute(sql`ALTER TABLE sessions DISABLE TRIGGER USER`);
    try {
      await t.database.db.delete(sessions).where(eq(sessions.userId, userId));
      expect((await c.get('/api/children?limit=1')).status).toBe(200);
    } finally {
      await t.database.db.execute(sql`ALTER TABLE sessions ENABLE TRIGGER USER`);
    }
  });

  it('a removed grant is refused at once', async () => {
    const { c, userId } = await officer('cache.grant');
    await listAnswers(c);
    const [grant] = await t.database.db.select().from(grants).where(eq(grants.userId, userId));
    const sec = await t.as('demo_secadmin');
    expect((await sec.delete(`/api/security/grants/${grant!.id}`)).status).toBe(204);
    const after = await c.get('/api/children?limit=1');
    expect(after.status).toBe(403);
    expect(code(after)).toBe('FORBIDDEN');
  });

  it('a permission taken from a role is refused at once to everyone holding it', async () => {
    const sec = await t.as('demo_secadmin');
    const role = `cache_role_${randomUUID().slice(0, 6)}`;
    const made = await sec.post('/api/security/roles', {
      code: role,
      scopeKind: 'division',
      name: '缓存测试角色',
      permissions: ['children:read', 'divisions:read', 'tasks:read'],
    });
    expect(made.status).toBe(201);
    const { c, userId } = await officer('cache.role');
    await grantRole(t, userId, { role, divisionCode: '511102' });
    await listAnswers(c);
    // Removing the county officer's grant leaves only the custom role's.
    const [countyGrant] = await t.database.db
      .select()
      .from(grants)
      .where(sql`${grants.userId} = ${userId} AND ${grants.roleCode} = 'county_officer'`);
    expect((await sec.delete(`/api/security/grants/${countyGrant!.id}`)).status).toBe(204);
    await listAnswers(c);
    const edited = await sec.put(`/api/security/roles/${role}`, {
      name: '缓存测试角色',
      permissions: ['divisions:read', 'tasks:read'],
    });
    expect(edited.status).toBe(200);
    expect(code(await c.get('/api/children?limit=1'))).toBe('FORBIDDEN');
  });

  it('sign-out ends the session at once, for a copy of the cookie too', async () => {
    const { c } = await officer('cache.logout');
    const copy = sameSession(c);
    await listAnswers(copy);
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect(code(await copy.get('/api/children?limit=1'))).toBe('UNAUTHENTICATED');
  });

  it('a session idle past the timeout ends, whatever memory holds (the database’s last activity set back)', async () => {
    const { c, userId } = await officer('cache.idle');
    await listAnswers(c);
    await t.database.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '31 minutes'` })
      .where(eq(sessions.userId, userId));
    expect(code(await c.get('/api/children?limit=1'))).toBe('UNAUTHENTICATED');
  });

  describe('with the clock moved on', () => {
    afterEach(() => {
      vi.useRealTimers();
    });
    it('an idle session ends after the timeout, and activity within it keeps the session', async () => {
      const { c } = await officer('cache.clock');
      await listAnswers(c);
      let now = Date.now();
      vi.useFakeTimers({ toFake: ['Date'], now });
      // Twenty minutes of work, a request every four minutes: the session lives on (the database is touched).
      for (let i = 0; i < 5; i++) {
        now += 4 * 60_000;
        vi.setSystemTime(now);
        expect((await c.get('/api/children?limit=1')).status).toBe(200);
      }
      now += 31 * 60_000;
      vi.setSystemTime(now);
      expect(code(await c.get('/api/children?limit=1'))).toBe('UNAUTHENTICATED');
    });
  });

  it('a session past its lifetime ends', async () => {
    const { c, userId } = await officer('cache.lifetime');
    await listAnswers(c);
    await t.database.db
      .update(sessions)
      .set({ createdAt: sql`now() - interval '12 hours 1 minute'` })
      .where(eq(sessions.userId, userId));
    expect(code(await c.get('/api/children?limit=1'))).toBe('UNAUTHENTICATED');
  });

  it('a session signed out by a newer sign-in beyond the limit ends at once', async () => {
    const { c, userId } = await officer('cache.limit');
    await listAnswers(c);
    const [user] = await t.database.db.select().from(users).where(eq(users.id, userId));
    for (let i = 0; i < 3; i++) expect((await t.client().login(user!.username, NEW_PASSWORD)).status).toBe(200);
    expect(code(await c.get('/api/children?limit=1'))).toBe('UNAUTHENTICATED');
  });

  it('a disabled account is refused at once', async () => {
    const { c, userId } = await officer('cache.disable');
    await listAnswers(c);
    const admin = await t.as('demo_sysadmin');
    expect((await admin.post(`/api/admin/users/${userId}/disable`)).status).toBe(200);
    expect(code(await c.get('/api/children?limit=1'))).toBe('UNAUTHENTICATED');
  });

  it('a disabled account is refused at once even if its sessions were left in the table', async () => {
    const { c, userId } = await officer('cache.status');
    await listAnswers(c);
    await t.database.db.update(users).set({ status: 'disabled' }).where(eq(users.id, userId));
    expect(code(await c.get('/api/children?limit=1'))).toBe('UNAUTHENTICATED');
  });

  it('the session that locks the account with wrong passwords ends at once', async () => {
    const { c } = await officer('cache.lock');
    const copy = sameSession(c);
    await listAnswers(copy);
    for (let i = 0; i < 5; i++) {
      await c.post('/api/auth/password', { currentPassword: `Wrong#Pass${i}`, newPassword: 'Zz9#kLm4$wQe' });
    }
    expect(code(await copy.get('/api/children?limit=1'))).toBe('UNAUTHENTICATED');
  });

  it('a password change ends the account’s other sessions at once', async () => {
    const { c, userId } = await officer('cache.password');
    const [user] = await t.database.db.select().from(users).where(eq(users.id, userId));
    const other = t.client();
    expect((await other.login(user!.username, NEW_PASSWORD)).status).toBe(200);
    await listAnswers(other);
    const changed = await c.post('/api/auth/password', { currentPassword: NEW_PASSWORD, newPassword: 'Zz9#kLm4$wQe' });
    expect(changed.status).toBe(204);
    expect(code(await other.get('/api/children?limit=1'))).toBe('UNAUTHENTICATED');
    expect((await c.get('/api/children?limit=1')).status).toBe(200);
  });

  it('a must-change-password mark set on the account applies at once', async () => {
    const { c, userId } = await officer('cache.mustchange');
    await listAnswers(c);
    await t.database.db.update(users).set({ mustChangePassword: true }).where(eq(users.id, userId));
    expect(code(await c.get('/api/children?limit=1'))).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('two servers on one PostgreSQL database', () => {
  let second: { app: FastifyInstance; database: Database } | undefined;
  beforeAll(async () => {
    // A second server: its own connections, its own memory, told of changes only by the database.
    const database = await openDatabase({ databaseUrl: t.databaseUrl });
    const app = await buildApp({ ...t.services, database }, { logger: false });
    await app.ready();
    second = { app, database };
  });
  afterAll(async () => {
    await second?.app.close();
    await second?.database.close();
  });

  /** Asks until the answer is `expected` or a second has passed; answers what it got last. */
  async function poll(c: Client, expected: number): Promise<number> {
    const until = Date.now() + 1000;
    let status = 0;
    do {
      status = (await c.get('/api/children?limit=1')).status;
      if (status === expected) break;
      await new Promise((r) => setTimeout(r, 20));
    } while (Date.now() < until);
    return status;
  }

  it('a grant removed on one server is refused on the other', async () => {
    const { c, userId } = await officer('cache.two.grant');
    const there = sameSession(c, second!.app);
    await listAnswers(there);
    const [grant] = await t.database.db.select().from(grants).where(eq(grants.userId, userId));
    const sec = await t.as('demo_secadmin');
    expect((await sec.delete(`/api/security/grants/${grant!.id}`)).status).toBe(204);
    expect(await poll(there, 403)).toBe(403);
  });

  it('a session signed out on one server is refused on the other', async () => {
    const { c } = await officer('cache.two.logout');
    const there = sameSession(c, second!.app);
    await listAnswers(there);
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect(await poll(there, 401)).toBe(401);
  });

  it('a disabled account is refused on the other server', async () => {
    const { c, userId } = await officer('cache.two.disable');
    const there = sameSession(c, second!.app);
    await listAnswers(there);
    const admin = await t.as('demo_sysadmin');
    expect((await admin.post(`/api/admin/users/${userId}/disable`)).status).toBe(200);
    expect(await poll(there, 401)).toBe(401);
  });
});
