// A child file tells its reader what they may do with it (edit, unmask), from the scope of each permission: a
// reader whose grants reach further for reading than for writing sees files it may read but not edit.
import { and, eq, like, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { children, users } from '../src/db/schema.ts';
import { DEMO_COUNTY, demoVillages } from '../src/seed/demo.ts';
import { createTestApp, grantRole, type Client, type TestApp } from './harness.ts';

let t: TestApp;
let reader: Client;
let village: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ village } = await demoVillages(t.database.db));
  const sys = await t.as('demo_sysadmin');
  const created = await sys.post('/api/admin/users', { username: 'two.grants', displayName: '两项授权' });
  expect(created.status).toBe(201);
  const id = (created.json.user as { id: string }).id;
  // Writes in one village, reads the whole county.
  await grantRole(t, id, { role: 'village_director', divisionCode: village });
  await grantRole(t, id, { role: 'city_director', divisionCode: DEMO_COUNTY });
  const [demo] = await t.database.db.select().from(users).where(eq(users.username, 'demo_county'));
  await t.database.db
    .update(users)
    .set({ passwordHash: demo!.passwordHash, mustChangePassword: false, passwordChangedAt: new Date() })
    .where(eq(users.id, id));
  reader = await t.as('two.grants');
});
afterAll(() => t.close());

async function firstChild(where: ReturnType<typeof and>): Promise<string> {
  const [row] = await t.database.db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.status, 'active'), where))
    .limit(1);
  return row!.id;
}

describe('what a file offers its reader', () => {
  it('can edit a file of the village it writes in, and only read one elsewhere in the county', async () => {
    const own = await reader.get(`/api/children/${await firstChild(eq(children.divisionCode, village))}`);
    expect(own.status).toBe(200);
    expect(own.json).toMatchObject({ canEdit: true, canUnmask: false });
    const elsewhere = await firstChild(
      and(like(children.divisionCode, `${DEMO_COUNTY}%`), ne(children.divisionCode, village)),
    );
    const other = await reader.get(`/api/children/${elsewhere}`);
    expect(other.status).toBe(200);
    expect(other.json).toMatchObject({ canEdit: false, canUnmask: false });
    // And the server holds to it: the edit is refused as if the file were not there.
    const edit = await reader.request('PATCH', `/api/children/${elsewhere}`, {
      schoolName: '不应保存',
      version: other.json.version,
    });
    expect(edit.status).toBe(404);
  });
});
