// The three separated administrators, each only with their own functions, and the audit trail.
import { makeIdNumber } from '@hehu/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, childHistory, children, grants, settings, users } from '../src/db/schema.ts';
import { demoVillages, OTHER_DEMO_COUNTY } from '../src/seed/demo.ts';
import { createTestApp, refuseWrites, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('separation of duties', () => {
  it('each administrator is refused the others’ functions', async () => {
    const sys = await t.as('demo_sysadmin');
    const sec = await t.as('demo_secadmin');
    const aud = await t.as('demo_auditor');
    expect((await sys.get('/api/admin/users')).status).toBe(200);
    expect((await sys.get('/api/security/roles')).status).toBe(403);
    expect((await sys.get('/api/audit')).status).toBe(403);
    expect((await sec.get('/api/security/roles')).status).toBe(200);
    expect((await sec.get('/api/admin/users')).status).toBe(403);
    expect((await sec.get('/api/audit')).status).toBe(403);
    expect((await aud.get('/api/audit')).status).toBe(200);
    expect((await aud.get('/api/admin/users')).status).toBe(403);
    expect((await aud.get('/api/security/policy')).status).toBe(403);
  });
});

describe('account administration', () => {
  it('creates an account with a one-time password, audited in the same transaction', async () => {
    const sys = await t.as('demo_sysadmin');
    const res = await sys.post('/api/admin/users', { username: 'officer.li', displayName: '李四' });
    expect(res.status).toBe(201);
    const user = res.json.user as { id: string; status: string };
    expect(user.status).toBe('active');
    expect(res.json.initialPassword).toMatch(/^.{12}$/);
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.targetId, user.id));
    expect(rows.map((r) => r.action)).toContain('user.create');

    const dup = await sys.post('/api/admin/users', { username: 'officer.li', displayName: '重复' });
    expect(dup.status).toBe(409);
    const creates = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'user.create'));
    expect(creates.filter((r) => (r.after as { username?: string }).username === 'officer.li')).toHaveLength(1);
  });

  it('disables an account, which ends its sessions', async () => {
    const sys = await t.as('demo_sysadmin');
    const victim = await t.as('demo_hotline');
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'demo_hotline'));
    const res = await sys.post(`/api/admin/users/${u!.id}/disable`);
    expect(res.json.status).toBe('disabled');
    expect((await victim.get('/api/me')).status).toBe(401);
    expect(((await t.client().login('demo_hotline')).json.error as { code: string }).code).toBe('ACCOUNT_DISABLED');
    await sys.post(`/api/admin/users/${u!.id}/enable`);
    expect((await t.client().login('demo_hotline')).status).toBe(200);
  });

  it('reset gives a new one-time password that must be changed', async () => {
    const sys = await t.as('demo_sysadmin');
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'demo_village2'));
    const res = await sys.post(`/api/admin/users/${u!.id}/reset-password`);
    // A business account: the security administrator approves first (test/separation.test.ts).
    const requestId = res.json.pendingRequestId as string;
    await (await t.as('demo_secadmin')).post(`/api/security/account-requests/${requestId}/approve`);
    const collected = await sys.post(`/api/admin/account-requests/${requestId}/password`);
    const c = t.client();
    const login = await c.login('demo_village2', collected.json.initialPassword as string);
    expect((login.json.user as { mustChangePassword: boolean }).mustChangePassword).toBe(true);
  });
});

describe('account and grant lists', () => {
  // The web pages walk these lists by `nextCursor`; a list that ignored the cursor showed page 1 on every page.
  it.each([
    ['demo_sysadmin', '/api/admin/users'],
    ['demo_secadmin', '/api/security/users'],
  ])('%s walks %s page by page, each page new', async (username, path) => {
    const c = await t.as(username);
    const pages: { id: string; username: string }[][] = [];
    let cursor: string | null = null;
    let total = 0;
    do {
      const res = await c.get(`${path}?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      pages.push(res.json.data as { id: string; username: string }[]);
      total = res.json.total as number;
      cursor = res.json.nextCursor as string | null;
    } while (cursor && pages.length < 100);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const [page1, page2] = pages;
    expect(page2!.map((u) => u.id)).not.toEqual(page1!.map((u) => u.id));
    const all = pages.flat();
    expect(new Set(all.map((u) => u.id)).size).toBe(all.length);
    expect(all).toHaveLength(total);
    expect(all.length).toBe(await t.database.db.$count(users));
    // A search pages the same way, and a tampered cursor is a clear 400.
    const demo = await c.get(`${path}?q=demo_&limit=2`);
    const next = await c.get(`${path}?q=demo_&limit=2&cursor=${demo.json.nextCursor as string}`);
    expect((next.json.data as { id: string }[]).map((u) => u.id)).not.toEqual(
      (demo.json.data as { id: string }[]).map((u) => u.id),
    );
    const bad = await c.get(`${path}?cursor=${Buffer.from('[1]').toString('base64url')}`);
    expect(bad.status).toBe(400);
    expect((bad.json.error as { code: string }).code).toBe('CURSOR_INVALID');
  });
});

describe('roles, grants and policy', () => {
  it('a new grant changes what the user sees; removing it takes it away', async () => {
    const sec = await t.as('demo_secadmin');
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'demo_village'));
    const before = await (await t.as('demo_village')).get('/api/children?limit=1');
    const add = await sec.post(`/api/security/users/${u!.id}/grants`, {
      role: 'village_director',
      divisionCode: '511123',
    });
    expect(add.status).toBe(201);
    const widened = await (await t.as('demo_village')).get('/api/children?limit=1');
    expect(widened.json.total as number).toBeGreaterThan(before.json.total as number);
    expect((await sec.delete(`/api/security/grants/${add.json.id as string}`)).status).toBe(204);
    const after = await (await t.as('demo_village')).get('/api/children?limit=1');
    expect(after.json.total).toBe(before.json.total);
  });

  it('built-in roles are read-only; custom roles take only known permissions', async () => {
    const sec = await t.as('demo_secadmin');
    expect(
      (await sec.put('/api/security/roles/village_director', { name: 'x', description: '', permissions: [] })).status,
    ).toBe(409);
    const bad = await sec.post('/api/security/roles', {
      code: 'reviewer',
      name: '复核员',
      scopeKind: 'division',
      permissions: ['children:destroy'],
    });
    expect(bad.status).toBe(400);
    const ok = await sec.post('/api/security/roles', {
      code: 'reviewer',
      name: '复核员',
      scopeKind: 'division',
      permissions: ['children:read'],
    });
    expect(ok.status).toBe(201);
    const upd = await sec.put('/api/security/roles/reviewer', {
      name: '复核员',
      description: '只读',
      permissions: ['children:read', 'divisions:read'],
    });
    expect(upd.json.permissions).toEqual(['children:read', 'divisions:read']);
  });

  it('a partner grant names one of the listed partner units, and nothing else', async () => {
    const sec = await t.as('demo_secadmin');
    const list = await sec.get('/api/security/partner-units');
    expect(list.status).toBe(200);
    const units = list.json.data as {
      id: string;
      name: string;
      role: string;
      kind: string;
      divisionCode: string;
      divisionName: string;
    }[];
    const police = units.find((u) => u.name === '乐山市公安局市中区分局');
    expect(police).toMatchObject({ role: 'partner', kind: 'public_security', divisionCode: '511102' });
    expect(police!.divisionName).toBeTruthy();
    expect(units.find((u) => u.name === '乐山市市中区实验小学')?.role).toBe('reporter');
    // Only the security administrator chooses among them.
    expect((await (await t.as('demo_sysadmin')).get('/api/security/partner-units')).status).toBe(403);

    const created = await (
      await t.as('demo_sysadmin')
    ).post('/api/admin/users', {
      username: 'police.zhao',
      displayName: '赵警官',
    });
    expect(created.status).toBe(201);
    const userId = (created.json.user as { id: string }).id;
    const code = (res: { json: Record<string, unknown> }) => (res.json.error as { code: string }).code;
    const grantsPath = `/api/security/users/${userId}/grants`;
    expect(code(await sec.post(grantsPath, { role: 'partner_officer' }))).toBe('ROLE_SCOPE_MISMATCH');
    expect(code(await sec.post(grantsPath, { role: 'partner_officer', divisionCode: '511102' }))).toBe(
      'ROLE_SCOPE_MISMATCH',
    );
    expect(
      code(await sec.post(grantsPath, { role: 'partner_officer', partnerUnitId: police!.id, divisionCode: '511102' })),
    ).toBe('ROLE_SCOPE_MISMATCH');
    expect(
      code(
        await sec.post(grantsPath, { role: 'partner_officer', partnerUnitId: '00000000-0000-4000-8000-000000000000' }),
      ),
    ).toBe('PARTNER_UNIT_NOT_FOUND');
    expect(await t.database.db.$count(grants, eq(grants.userId, userId))).toBe(0);

    const add = await sec.post(grantsPath, { role: 'partner_officer', partnerUnitId: police!.id });
    expect(add.status).toBe(201);
    expect(add.json).toMatchObject({
      role: 'partner_officer',
      divisionCode: null,
      institutionId: null,
      partnerUnitId: police!.id,
      partnerUnitName: '乐山市公安局市中区分局',
    });
    const listed = await sec.get('/api/security/users?q=police.zhao');
    const [row] = listed.json.data as { grants: { partnerUnitName: string | null }[] }[];
    expect(row!.grants.map((g) => g.partnerUnitName)).toEqual(['乐山市公安局市中区分局']);
  });

  it('the security policy is versioned data; a tighter lockout applies at once', async () => {
    const sec = await t.as('demo_secadmin');
    const current = await sec.get('/api/security/policy');
    expect(current.json).toMatchObject({
      passwordMinLength: 8,
      passwordMaxAgeDays: 90,
      lockoutThreshold: 5,
      lockoutMinutes: 30,
      idleTimeoutMinutes: 30,
    });
    const res = await sec.put('/api/security/policy', { ...current.json, lockoutThreshold: 3 });
    expect(res.status).toBe(200);
    const c = t.client();
    await c.login('demo_welfare', 'Wrong#1');
    await c.login('demo_welfare', 'Wrong#2');
    await c.login('demo_welfare', 'Wrong#3');
    const [welfare] = await t.database.db.select().from(users).where(eq(users.username, 'demo_welfare'));
    expect(welfare!.lockedUntil).not.toBeNull();
    // Locked: the right password is refused too (with the answer a wrong one gets).
    expect(((await c.login('demo_welfare')).json.error as { code: string }).code).toBe('INVALID_CREDENTIALS');
    await sec.put('/api/security/policy', current.json);
    expect(await t.database.db.$count(settings, eq(settings.key, 'security_policy'))).toBeGreaterThanOrEqual(3);
  });
});

describe('audit trail', () => {
  it('records reads of a child file and searches; only the audit administrator can search it', async () => {
    const city = await t.as('demo_city');
    const list = await city.get('/api/children?q=%E7%8E%8B');
    const first = (list.json.data as { id: string }[])[0];
    expect(first).toBeDefined();
    // The demo data's own trail may hold earlier reads of this file: this read is one more, and the newest.
    const aud = await t.as('demo_auditor');
    const earlier = (await aud.get(`/api/audit?action=child.read&targetId=${first!.id}`)).json.total as number;
    await city.get(`/api/children/${first!.id}`);
    const reads = await aud.get(`/api/audit?action=child.read&targetId=${first!.id}`);
    expect(reads.json.total).toBe(earlier + 1);
    const entry = (reads.json.data as { actorUsername: string; ip: string | null; requestId: string }[])[0]!;
    expect(entry.actorUsername).toBe('demo_city');
    expect(entry.requestId).toBeTruthy();
    // The family, categories, history and documents of the file are read under their own audited actions.
    for (const [part, action] of [
      ['family', 'child.family.read'],
      ['categories', 'child.categories.read'],
      ['history', 'child.history.read'],
      ['documents', 'child.documents.read'],
    ] as const) {
      const before = (await aud.get(`/api/audit?action=${action}&targetId=${first!.id}`)).json.total as number;
      expect((await city.get(`/api/children/${first!.id}/${part}`)).status, part).toBe(200);
      const after = await aud.get(`/api/audit?action=${action}&targetId=${first!.id}`);
      expect(after.json.total, action).toBe(before + 1);
      expect((after.json.data as { actorUsername: string }[])[0]!.actorUsername).toBe('demo_city');
    }
    const searches = await aud.get('/api/audit?action=child.search&actor=demo_city');
    expect(searches.json.total as number).toBeGreaterThanOrEqual(1);
    const actions = await aud.get('/api/audit/actions');
    expect(actions.json.data).toEqual(
      expect.arrayContaining([
        { action: 'auth.login', label: '登录' },
        { action: 'child.read', label: '查看儿童档案' },
        { action: 'child.search', label: '查询儿童名册' },
      ]),
    );
    // Entries say what happened, and who did it, in words.
    const [newest] = reads.json.data as { actionLabel: string; actorName: string | null }[];
    expect(newest?.actionLabel).toBe('查看儿童档案');
    expect(newest?.actorName).toMatch(/\S/);
  });

  it('records a read under the id as the database writes it, and no read of a file out of reach', async () => {
    const county = await t.as('demo_county');
    const [inReach] = (await county.get('/api/children?limit=1')).json.data as { id: string }[];
    const [outOfReach] = await t.database.db
      .select({ id: children.id })
      .from(children)
      .where(sql`${children.divisionCode} like ${`${OTHER_DEMO_COUNTY}%`}`)
      .limit(1);
    const reads = async (id: string) =>
      t.database.db.$count(auditLog, sql`${auditLog.action} = 'child.read' and ${auditLog.targetId} = ${id}`);
    const [before, beforeOut] = [await reads(inReach!.id), await reads(outOfReach!.id)];
    // The same file with its id in capitals: the trail names it as the database spells it.
    expect((await county.get(`/api/children/${inReach!.id.toUpperCase()}`)).status).toBe(200);
    expect(await reads(inReach!.id)).toBe(before + 1);
    expect((await county.get(`/api/children/${outOfReach!.id}`)).status).toBe(404);
    expect(await reads(outOfReach!.id)).toBe(beforeOut);
  });

  it('cannot be changed or deleted, even by SQL', async () => {
    await expect(t.database.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`truncate audit_log`)).rejects.toThrow();
  });

  // The real routes, with the database refusing one write: the audit row fails (the change must be rolled
  // back with it), or the change fails at commit, after the audit row was written (that row must not remain).
  // An audit written outside the change's transaction (after it, before it, or on another connection) fails
  // one of the two.
  it('a change that fails leaves neither the change nor its audit row', async () => {
    const { village, village2 } = await demoVillages(t.database.db);
    const officer = await t.as('demo_village');
    const sec = await t.as('demo_secadmin');
    const [target] = await t.database.db.select().from(users).where(eq(users.username, 'demo_village'));
    const auditCount = (action: string) => t.database.db.$count(auditLog, eq(auditLog.action, action));
    const grantCount = () => t.database.db.$count(grants, eq(grants.userId, target!.id));
    const named = (name: string) => t.database.db.$count(children, eq(children.name, name));
    const created = await officer.post('/api/children', {
      name: '审计回滚',
      idNumber: makeIdNumber('511102', '2015-10-10', 801),
      divisionCode: village,
    });
    expect(created.status).toBe(201);
    const childId = created.json.id as string;
    const childNow = async () => (await t.database.db.select().from(children).where(eq(children.id, childId)))[0]!;
    const historyCount = () => t.database.db.$count(childHistory, eq(childHistory.childId, childId));

    const cases = [
      {
        action: 'child.create',
        changeTable: 'children',
        changeWhen: `TG_OP = 'INSERT' AND new.name = '审计回滚乙'`,
        run: () =>
          officer.post('/api/children', {
            name: '审计回滚乙',
            idNumber: makeIdNumber('511102', '2015-10-11', 802),
            divisionCode: village,
            confirmNotDuplicate: true,
          }),
        unchanged: async () => expect(await named('审计回滚乙')).toBe(0),
      },
      {
        action: 'child.update',
        changeTable: 'children',
        changeWhen: `TG_OP = 'UPDATE' AND new.school_name = '回滚小学'`,
        run: () => officer.request('PATCH', `/api/children/${childId}`, { version: 1, schoolName: '回滚小学' }),
        unchanged: async () => {
          expect(await childNow()).toMatchObject({ version: 1, schoolName: null });
          expect(await historyCount()).toBe(1);
        },
      },
      {
        action: 'grant.add',
        changeTable: 'grants',
        changeWhen: `new.division_code = '${village2}'`,
        run: () =>
          sec.post(`/api/security/users/${target!.id}/grants`, { role: 'village_director', divisionCode: village2 }),
        unchanged: async () => expect(await grantCount()).toBe(1),
      },
    ];
    for (const c of cases) {
      const auditBefore = await auditCount(c.action);
      // 1. The audit row cannot be written: the change must not be kept without it.
      const auditFails = await refuseWrites(t, 'audit_log', `new.action = '${c.action}'`);
      const noAudit = await c.run();
      await auditFails();
      expect(noAudit.status).toBe(500);
      await c.unchanged();
      expect(await auditCount(c.action)).toBe(auditBefore);
      // 2. The change cannot be committed: no audit row may claim it happened.
      const changeFails = await refuseWrites(t, c.changeTable, c.changeWhen, true);
      const noChange = await c.run();
      await changeFails();
      expect(noChange.status).toBe(500);
      await c.unchanged();
      expect(await auditCount(c.action)).toBe(auditBefore);
      // And with the database willing, the same request goes through and is audited once.
      expect((await c.run()).status).toBeLessThan(300);
      expect(await auditCount(c.action)).toBe(auditBefore + 1);
    }
  });
});
