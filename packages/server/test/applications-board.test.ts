// Pending and late applications by area and in filtered lists: the board counts each area's open steps and late
// ones one level down, the list filters by category, area and lateness, both agree with each application's own
// deadline, another county's area is not found, and the stored state equals the state its actions replay to.
import { applicationState, type ApplicationAction } from '@hehu/domain';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/raw.ts';
import { applicationActions, applications, childCategories, childRelations, children } from '../src/db/schema.ts';
import { storedState } from '../src/modules/applications/applications.board.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.close());

interface Item {
  id: string;
  category: string;
  divisionCode: string;
  status: string;
  waiting: { step: string; overdue: boolean } | null;
}
interface Area {
  code: string;
  name: string;
  draft: number;
  returned: number;
  waiting: { forward: number; verify: number; approve: number };
  overdue: number;
  oldestSince: string | null;
}

async function all(c: Client, query: string): Promise<Item[]> {
  const out: Item[] = [];
  let cursor: string | null = null;
  do {
    const res = await c.get(`/api/applications?limit=100${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    out.push(...(res.json.data as Item[]));
    cursor = res.json.nextCursor as string | null;
  } while (cursor);
  return out;
}

describe('the applications board and filters', () => {
  it('the city sees each county’s open and late applications, matching the items’ own deadlines', async () => {
    const city = await t.as('demo_city');
    const res = await city.get('/api/applications/board');
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const board = res.json.data as Area[];
    expect(board.length).toBeGreaterThan(0);
    expect(board.every((a) => a.code.length === 6 && a.name !== a.code)).toBe(true);
    const items = await all(city, '');
    for (const area of board) {
      const mine = items.filter((i) => i.divisionCode.startsWith(area.code));
      const waiting = (step: string) => mine.filter((i) => i.waiting?.step === step).length;
      expect(area.waiting).toEqual({
        forward: waiting('forward'),
        verify: waiting('verify'),
        approve: waiting('approve'),
      });
      expect(area.draft).toBe(mine.filter((i) => i.status === 'draft').length);
      expect(area.returned).toBe(mine.filter((i) => i.status === 'returned').length);
      expect(area.overdue).toBe(mine.filter((i) => i.waiting?.overdue).length);
    }
    // The demo has a late county step; the most late area comes first.
    expect(board[0]!.overdue).toBeGreaterThan(0);
    expect(board.map((a) => a.overdue)).toEqual([...board.map((a) => a.overdue)].sort((a, b) => b - a));
  });

  it('the county opens a township; another county is not found', async () => {
    const county = await t.as('demo_county');
    const own = await county.get('/api/applications/board');
    expect(own.status).toBe(200);
    const division = own.json.division as string;
    expect(division).toHaveLength(6);
    const township = (own.json.data as Area[])[0]!;
    expect(township.code).toHaveLength(9);
    const villages = await county.get(`/api/applications/board?division=${township.code}`);
    expect((villages.json.data as Area[]).every((a) => a.code.startsWith(township.code) && a.code.length === 12)).toBe(
      true,
    );
    const other = division === '511102' ? '511111' : '511102';
    expect((await county.get(`/api/applications/board?division=${other}`)).status).toBe(404);
    const bad = await county.get('/api/applications/board?division=51x');
    expect(bad.status).toBe(400);
  });

  it('the list filters by lateness, category and area, and agrees with each item’s deadline', async () => {
    const city = await t.as('demo_city');
    const items = await all(city, '');
    const late = await all(city, '&overdue=true');
    expect(late.length).toBeGreaterThan(0);
    expect(late.map((i) => i.id).sort()).toEqual(
      items
        .filter((i) => i.waiting?.overdue)
        .map((i) => i.id)
        .sort(),
    );
    const category = items[0]!.category;
    const ofCategory = await all(city, `&category=${category}`);
    expect(ofCategory.length).toBe(items.filter((i) => i.category === category).length);
    const area = items[0]!.divisionCode.slice(0, 9);
    const inArea = await all(city, `&division=${area}`);
    expect(inArea.length).toBe(items.filter((i) => i.divisionCode.startsWith(area)).length);
    const wrong = await city.get('/api/applications?category=orphan');
    expect(wrong.status).toBe(400);
  });

  it('the stored state of every demo application is the state its actions replay to', async () => {
    const apps = await t.database.db.select().from(applications);
    const actions = await t.database.db
      .select()
      .from(applicationActions)
      .orderBy(asc(applicationActions.applicationId), asc(applicationActions.seq));
    expect(apps.length).toBeGreaterThan(5);
    for (const app of apps) {
      const replayed = applicationState(
        app.crossProvince,
        actions
          .filter((a) => a.applicationId === app.id)
          .map((a) => ({ action: a.action as ApplicationAction, on: a.onDate })),
      );
      expect(storedState(app), app.id).toEqual(replayed);
    }
  });

  it('an application, a held category and a family relation carry the child’s division, and move with the child', async () => {
    const db = t.database.db;
    const apps = await db
      .select({ id: applications.id, childId: applications.childId, division: applications.divisionCode })
      .from(applications);
    for (const app of apps) {
      const [child] = await db
        .select({ division: children.divisionCode })
        .from(children)
        .where(eq(children.id, app.childId));
      expect(app.division, app.id).toBe(child!.division);
    }
    const moved = apps[0]!;
    const elsewhere = moved.division.startsWith('511102') ? '511111' : '511102';
    const [village] = await queryRows<{ code: string }>(
      db,
      sql`select code from divisions where length(code) = 12 and code like ${`${elsewhere}%`} order by code limit 1`,
    );
    await db.update(children).set({ divisionCode: village!.code }).where(eq(children.id, moved.childId));
    const [after] = await db
      .select({ division: applications.divisionCode })
      .from(applications)
      .where(eq(applications.id, moved.id));
    expect(after!.division).toBe(village!.code);
    const categories = await db
      .select({ division: childCategories.divisionCode })
      .from(childCategories)
      .where(eq(childCategories.childId, moved.childId));
    expect(categories.every((c) => c.division === village!.code)).toBe(true);
    const relations = await db
      .select({ division: childRelations.divisionCode })
      .from(childRelations)
      .where(eq(childRelations.childId, moved.childId));
    expect(relations.length, 'the demo child has its family recorded').toBeGreaterThan(0);
    expect(relations.every((r) => r.division === village!.code)).toBe(true);
    await db
      .update(childRelations)
      .set({ divisionCode: '511102001001' })
      .where(eq(childRelations.childId, moved.childId));
    const [relationKept] = await db
      .select({ division: childRelations.divisionCode })
      .from(childRelations)
      .where(eq(childRelations.childId, moved.childId));
    expect(relationKept!.division).toBe(village!.code);
    // The copy cannot be written by hand: the trigger sets it from the child again.
    await db.update(applications).set({ divisionCode: '511102001001' }).where(eq(applications.id, moved.id));
    const [kept] = await db
      .select({ division: applications.divisionCode })
      .from(applications)
      .where(eq(applications.id, moved.id));
    expect(kept!.division).toBe(village!.code);
  });
});
