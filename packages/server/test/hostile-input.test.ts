// Hostile input gets a 400 that names the field, never a 500: NUL, lone surrogates, control and bidirectional
// characters, wrong-typed cursors, LIKE wildcards in searches. Names are stored in NFC.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

let t: TestApp;
let village: string;
beforeAll(async () => {
  t = await createTestApp();
  village = (await demoVillages(t.database.db)).village;
});
afterAll(() => t.close());

const issuePaths = (res: { json: Record<string, unknown> }) =>
  ((res.json.error as { details?: { issues?: { path: string }[] } }).details?.issues ?? []).map((i) => i.path);

async function newChild(c: Client, name: string) {
  return c.post('/api/children', {
    name,
    sex: 'F',
    birthDate: '2016-05-06',
    divisionCode: village,
    noIdReason: 'pending_registration',
    confirmNotDuplicate: true,
  });
}

describe('hostile text', () => {
  it('refuses NUL, a lone surrogate, an RTL override, a zero-width space and a control character in a name', async () => {
    const c = await t.as('demo_village');
    for (const name of ['张\u0000三', '张\ud800三', '张\u202e三fdp.exe', '张\u200b三', '张\u0007三']) {
      const res = await newChild(c, name);
      expect(res.status, JSON.stringify(name)).toBe(400);
      expect(issuePaths(res)).toContain('name');
    }
  });

  it('stores a name in NFC, so the same name typed two ways is one name', async () => {
    const c = await t.as('demo_village');
    const decomposed = 'Zoe\u0301 王';
    const res = await newChild(c, decomposed);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.json.name).toBe('Zoé 王'.normalize('NFC'));
  });

  it('refuses NUL in a search and in a username with 400, not 500', async () => {
    const c = await t.as('demo_village');
    const search = await c.get(`/api/children?q=${encodeURIComponent('王\u0000')}`);
    expect(search.status).toBe(400);
    expect(issuePaths(search)).toContain('q');
    const login = await t.client().post('/api/auth/login', { username: 'demo\u0000city', password: 'x' });
    expect(login.status).toBe(400);
    expect(issuePaths(login)).toContain('username');
  });

  it('answers a well-formed cursor of the wrong types with 400', async () => {
    const c = await t.as('demo_village');
    for (const values of [['x', 'not-a-uuid'], [1e300], ['a', 1.5], ['x'.repeat(300), 'y']]) {
      const cursor = Buffer.from(JSON.stringify(values)).toString('base64url');
      const res = await c.get(`/api/children?cursor=${cursor}`);
      expect(res.status, JSON.stringify(values)).toBe(400);
    }
  });

  it('takes LIKE wildcards in an administrator search literally', async () => {
    const admin = await t.as('demo_sysadmin');
    const all = await admin.get('/api/admin/users?q=%25');
    expect(all.status).toBe(200);
    expect(all.json.data).toEqual([]);
    const sec = await t.as('demo_secadmin');
    const underscore = await sec.get('/api/security/users?q=_');
    expect(underscore.status).toBe(200);
    const names = (underscore.json.data as { username: string }[]).map((u) => u.username);
    expect(names.every((n) => n.includes('_'))).toBe(true);
    const percent = await sec.get('/api/security/users?q=%25');
    expect(percent.json.data).toEqual([]);
  });
});
