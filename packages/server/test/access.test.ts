// Scope: who sees which children. Out-of-scope records answer 404 exactly like missing ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '@hehu/domain';
import { eq, like } from 'drizzle-orm';
import { children } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type TestApp } from './harness.ts';

interface ChildItem {
  id: string;
  name: string;
  divisionCode: string;
  idNumberMasked: string | null;
}

let t: TestApp;
let villages: { village: string; village2: string; township: string };

beforeAll(async () => {
  t = await createTestApp();
  villages = await demoVillages(t.database.db);
});
afterAll(() => t.close());

async function allChildren(username: string, query = ''): Promise<{ items: ChildItem[]; total: number }> {
  const c = await t.as(username);
  const items: ChildItem[] = [];
  let cursor: string | null = null;
  let total = 0;
  do {
    const res = await c.get(`/api/children?limit=200${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status).toBe(200);
    items.push(...(res.json.data as ChildItem[]));
    total = res.json.total as number;
    cursor = res.json.nextCursor as string | null;
  } while (cursor);
  return { items, total };
}

describe('children scope', () => {
  it('a village director sees exactly the children of their village', async () => {
    const { items, total } = await allChildren('demo_village');
    const inDb = await t.database.db
      .select({ id: children.id })
      .from(children)
      .where(eq(children.divisionCode, villages.village));
    expect(items.length).toBe(inDb.length);
    expect(total).toBe(inDb.length);
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(items.every((i) => i.divisionCode === villages.village)).toBe(true);
  });

  it("a child of another county's village answers 404, like a missing one", async () => {
    const [other] = await t.database.db
      .select({ id: children.id })
      .from(children)
      .where(eq(children.divisionCode, villages.village2))
      .limit(1);
    expect(other).toBeDefined();
    const c = await t.as('demo_village');
    const outOfScope = await c.get(`/api/children/${other!.id}`);
    const missing = await c.get('/api/children/00000000-0000-4000-8000-000000000000');
    expect(outOfScope.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(outOfScope.json.error).toEqual(missing.json.error);
    const owner = await t.as('demo_village2');
    expect((await owner.get(`/api/children/${other!.id}`)).status).toBe(200);
  });

  it('a county officer sees every village of the county and nothing outside', async () => {
    const { items, total } = await allChildren('demo_county');
    const inDb = await t.database.db
      .select({ id: children.id })
      .from(children)
      .where(like(children.divisionCode, '511102%'));
    expect(total).toBe(inDb.length);
    expect(items.length).toBe(inDb.length);
    expect(items.every((i) => i.divisionCode.startsWith('511102'))).toBe(true);
    const villagesSeen = new Set(items.map((i) => i.divisionCode));
    expect(villagesSeen.size).toBeGreaterThan(5);
  });

  it('filtering by a division outside the scope returns nothing rather than leaking counts', async () => {
    const c = await t.as('demo_county');
    const res = await c.get(`/api/children?division=${villages.village2}`);
    expect(res.status).toBe(200);
    expect(res.json.total).toBe(0);
    expect(res.json.data).toEqual([]);
  });

  it('the system, security and audit administrators read no child at all', async () => {
    const [any] = await t.database.db.select({ id: children.id }).from(children).limit(1);
    for (const username of ['demo_sysadmin', 'demo_secadmin', 'demo_auditor', 'demo_hotline']) {
      const c = await t.as(username);
      expect((await c.get('/api/children')).status).toBe(403);
      expect((await c.get(`/api/children/${any!.id}`)).status).toBe(403);
    }
  });

  it('the city officer sees the whole city; lists show ID numbers masked', async () => {
    const { total, items } = await allChildren('demo_city');
    const inDb = await t.database.db.$count(children);
    expect(total).toBe(inDb);
    const withId = items.filter((i) => i.idNumberMasked !== null);
    expect(withId.length).toBeGreaterThan(0);
    expect(withId.every((i) => /^\d{6}\*{8}[\dX]{4}$/.test(i.idNumberMasked!))).toBe(true);
  });

  it('institution staff see the children placed in their institution, across divisions', async () => {
    const placed = await t.database.db.select({ id: children.id, inst: children.institutionId }).from(children);
    const expected = placed.filter((p) => p.inst !== null).length;
    const { total } = await allChildren('demo_welfare');
    expect(expected).toBeGreaterThan(0);
    expect(total).toBe(expected);
  });

  it('finds a child by exact ID number through the blind index, and by a name with one wrong character', async () => {
    // A child of its own with a three-character name, so the one-wrong-character search runs on every seed.
    const idNumber = makeIdNumber('511102', '2014-09-19', 919);
    const name = '宋思远';
    const created = await (
      await t.as('demo_village')
    ).post('/api/children', { name, idNumber, divisionCode: villages.village, confirmNotDuplicate: true });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    const c = await t.as('demo_city');
    const byId = await c.get(`/api/children?q=${idNumber}`);
    expect((byId.json.data as ChildItem[]).map((d) => d.id)).toEqual([id]);
    for (const typo of ['宋思一', '宋一远', '一思远']) {
      const byName = await c.get(`/api/children?q=${encodeURIComponent(typo)}&division=${villages.village}`);
      expect(byName.status).toBe(200);
      expect((byName.json.data as ChildItem[]).map((d) => d.id)).toContain(id);
    }
    // Two wrong characters are another name.
    const far = await c.get(`/api/children?q=${encodeURIComponent('宋一一')}&division=${villages.village}`);
    expect((far.json.data as ChildItem[]).map((d) => d.id)).not.toContain(id);
    const bad = await c.get('/api/children?q=511102201501010010');
    expect(bad.status).toBe(400);
    expect((bad.json.error as { code: string }).code).toBe('ID_NUMBER_CHECKSUM');
  });

  it('takes one or two characters as the surname or the given name', async () => {
    const c = await t.as('demo_city');
    const inVillage = await t.database.db
      .select({ id: children.id, name: children.name })
      .from(children)
      .where(eq(children.divisionCode, villages.village));
    const three = inVillage.find((r) => Array.from(r.name).length === 3);
    expect(three).toBeDefined();
    const chars = Array.from(three!.name);
    const search = async (text: string) => {
      const res = await c.get(`/api/children?q=${encodeURIComponent(text)}&division=${villages.village}&limit=100`);
      expect(res.status).toBe(200);
      return (res.json.data as ChildItem[]).map((d) => ({ id: d.id, name: d.name }));
    };
    // Every form must find the child, and only children whose names have that part where it was typed.
    const surname = await search(chars[0]!);
    expect(surname.some((d) => d.id === three!.id)).toBe(true);
    expect(surname.every((d) => d.name.startsWith(chars[0]!))).toBe(true);
    const given = await search(chars.slice(1).join(''));
    expect(given.some((d) => d.id === three!.id)).toBe(true);
    expect(
      given.every((d) => d.name.startsWith(chars.slice(1).join('')) || d.name.endsWith(chars.slice(1).join(''))),
    ).toBe(true);
    const start = await search(chars.slice(0, 2).join(''));
    expect(start.some((d) => d.id === three!.id)).toBe(true);
    const expectedCount = inVillage.filter((r) => r.name.startsWith(chars[0]!)).length;
    expect(surname.length).toBe(Math.min(expectedCount, 100));
  });
});
