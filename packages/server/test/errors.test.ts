// Bad input gets a 4xx naming the field and the rule; a fault never shows internals.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type ErrorBody = {
  error: { code: string; message: string; details?: { issues?: { path: string }[] } };
  requestId: string;
};
const err = (res: { body: unknown }) => res.body as ErrorBody;

describe('bad input', () => {
  it('unknown fields, wrong types and over-long strings are 400 with the field named', async () => {
    const c = await t.as('demo_sysadmin');
    const unknown = await c.post('/api/admin/users', { username: 'abc', displayName: 'x', isAdmin: true });
    expect(unknown.status).toBe(400);
    expect(err(unknown).error.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(err(unknown).error.details)).toContain('isAdmin');

    const wrongType = await c.post('/api/admin/users', { username: 42, displayName: 'x' });
    expect(wrongType.status).toBe(400);
    expect(err(wrongType).error.details?.issues?.[0]?.path).toBe('username');

    const tooLong = await c.post('/api/admin/users', { username: 'abc', displayName: '长'.repeat(51) });
    expect(tooLong.status).toBe(400);
    expect(err(tooLong).error.details?.issues?.[0]?.path).toBe('displayName');
    expect(err(tooLong).error.message).toMatch(/displayName/);
  });

  it('messages are Chinese by default and English on request', async () => {
    const zh = await t.client().login('nobody', 'x');
    const en = await t.client('en').login('nobody', 'x');
    expect(err(zh).error.message).toBe('用户名或密码错误');
    expect(err(en).error.message).toBe('Wrong username or password');
  });

  it('malformed JSON and wrong content types are 4xx', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"username":',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.statusCode).toBe(400);
    expect((JSON.parse(bad.body) as ErrorBody).error.code).toBe('MALFORMED_REQUEST');
    const wrongType = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: 'username=a',
      headers: { 'content-type': 'text/xml' },
    });
    expect(wrongType.statusCode).toBe(415);
  });

  it('invalid division codes and ID numbers are rejected with their rule', async () => {
    const c = await t.as('demo_county');
    expect((await c.get('/api/divisions?parent=51x')).status).toBe(400);
    expect((await c.get('/api/children?division=abc')).status).toBe(400);
    const sec = await t.as('demo_secadmin');
    const users = await sec.get('/api/security/users?q=demo_city');
    const id = (users.json.data as { id: string }[])[0]!.id;
    const unknownDivision = await sec.post(`/api/security/users/${id}/grants`, {
      role: 'village_director',
      divisionCode: '511102999999',
    });
    expect(unknownDivision.status).toBe(400);
    expect(err(unknownDivision).error.code).toBe('DIVISION_NOT_FOUND');
    const wrongScope = await sec.post(`/api/security/users/${id}/grants`, {
      role: 'sys_admin',
      divisionCode: '511102',
    });
    expect(err(wrongScope).error.code).toBe('ROLE_SCOPE_MISMATCH');
    const future = await c.get('/api/children?q=511102209901010013');
    expect(future.status).toBe(400);
    expect(err(future).error.code).toMatch(/^ID_NUMBER_/);
  });

  it('an unknown API path is a JSON 404', async () => {
    const res = await t.client().get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(err(res).error.code).toBe('NOT_FOUND');
  });
});

describe('faults', () => {
  it('a database fault is a 5xx with a request id and no stack, SQL or personal data', async () => {
    const c = await t.as('demo_city');
    // Make the children query fail inside the database, after sign-in.
    await t.database.db.execute(sql`ALTER TABLE children RENAME COLUMN name TO name_broken`);
    try {
      const res = await c.get('/api/children');
      expect(res.status).toBe(500);
      const body = err(res);
      expect(body.error.code).toBe('INTERNAL');
      expect(body.requestId).toMatch(/[0-9a-f-]{36}/);
      const text = JSON.stringify(res.body);
      expect(text).not.toMatch(/select|children|name_broken|at .*\.ts|stack/i);
    } finally {
      await t.database.db.execute(sql`ALTER TABLE children RENAME COLUMN name_broken TO name`);
    }
  });
});
