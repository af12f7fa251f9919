// Row-level security as the second line: with the application's scope condition switched off (every store's
// condition answers `true`), the database alone still keeps another area's rows out of reach. Without the
// policies (row-level security off) the same requests do leak, which shows the switch really removed the first line.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { children } from '../src/db/schema.ts';
import { queryRows } from '../src/db/raw.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type TestApp } from './harness.ts';

vi.mock('../src/platform/access.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/platform/access.ts')>();
  return {
    ...original,
    scopeCondition: () => sql`true`,
    isDivisionInScope: () => true,
  };
});

interface ListAnswer {
  data: { id: string; divisionCode: string }[];
  total: number;
}

async function fixtures(t: TestApp) {
  const villages = await demoVillages(t.database.db);
  const [foreign] = await t.database.db
    .select({ id: children.id })
    .from(children)
    .where(eq(children.divisionCode, villages.village2))
    .limit(1);
  return { villages, foreignId: foreign!.id };
}

describe('with the application scope condition removed', () => {
  describe('row-level security on', () => {
    let t: TestApp;
    let f: Awaited<ReturnType<typeof fixtures>>;
    beforeAll(async () => {
      t = await createTestApp({ rowLevelSecurity: true });
      f = await fixtures(t);
    });
    afterAll(() => t.close());

    it("a village director's list still holds only the village's children", async () => {
      const c = await t.as('demo_village');
      const res = await c.get('/api/children?limit=200');
      expect(res.status).toBe(200);
      const body = res.body as ListAnswer;
      expect(body.data.length).toBeGreaterThan(0);
      expect(body.data.every((r) => r.divisionCode === f.villages.village)).toBe(true);
      expect(body.total).toBe(body.data.length);
    });

    it("another county's child, its family, history and categories answer 404", async () => {
      const c = await t.as('demo_village');
      for (const part of ['', '/family', '/history', '/categories', '/documents']) {
        const res = await c.get(`/api/children/${f.foreignId}${part}`);
        expect(res.status, part).toBe(404);
      }
      const edit = await c.request('PATCH', `/api/children/${f.foreignId}`, { version: 1, schoolName: 'x' });
      expect(edit.status).toBe(404);
    });

    it("a protection worker's case list holds its centre's cases and its own team's only; another county's case answers 404", async () => {
      const c = await t.as('demo_protect');
      const res = await c.get('/api/cases?stage=closed&limit=200');
      expect(res.status).toBe(200);
      const rows = res.json.items as { id: string; divisionCode: string }[];
      const teams = await queryRows<{ id: string }>(
        t.database.db,
        sql`select m.case_id as id from case_members m join users u on u.id = m.user_id where u.username = 'demo_protect'`,
      );
      const own = new Set(teams.map((r) => r.id));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => !r.divisionCode.startsWith('511102') && !own.has(r.id))).toEqual([]);
      const [foreign] = await queryRows<{ id: string }>(
        t.database.db,
        sql`select id from cases k where county_code = '511123' and not exists (select 1 from case_members m
          join users u on u.id = m.user_id where m.case_id = k.id and u.username = 'demo_protect') limit 1`,
      );
      expect((await c.get(`/api/cases/${foreign!.id}`)).status).toBe(404);
    });

    it('the administrators reach no child at all', async () => {
      const c = await t.as('demo_secadmin');
      const rows = await t.database.transaction(async (tx) => {
        await tx.execute(sql`select set_config('role', 'hehu_app', true)`);
        return tx.select({ id: children.id }).from(children).limit(1);
      });
      expect(rows).toEqual([]);
      expect((await c.get('/api/children')).status).toBe(403);
    });

    it('refuses to write a child outside the reach, whatever the application asked', async () => {
      const user = await t.as('demo_village');
      expect(user).toBeDefined();
      const attempt = t.database.transaction(async (tx) => {
        await tx.execute(sql`select set_config('role', 'hehu_app', true),
          set_config('hehu.reach_prefixes', ${f.villages.village}, true)`);
        await tx.update(children).set({ schoolName: 'changed' }).where(eq(children.id, f.foreignId));
        const [row] = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(children)
          .where(eq(children.id, f.foreignId));
        return row?.n;
      });
      await expect(attempt).resolves.toBe(0);
      const [after] = await t.database.db
        .select({ schoolName: children.schoolName })
        .from(children)
        .where(eq(children.id, f.foreignId));
      expect(after?.schoolName).not.toBe('changed');
      const moveOut = t.database.transaction(async (tx) => {
        await tx.execute(sql`select set_config('role', 'hehu_app', true),
          set_config('hehu.reach_prefixes', ${f.villages.village}, true)`);
        const [own] = await tx.select({ id: children.id }).from(children).limit(1);
        await tx.update(children).set({ divisionCode: f.villages.village2 }).where(eq(children.id, own!.id));
      });
      const error = await moveOut.then(
        () => null,
        (e: unknown) => e as { cause?: { message?: string } },
      );
      expect(error?.cause?.message).toMatch(/row-level security/);
    });
  });

  describe('row-level security off (the control)', () => {
    let t: TestApp;
    let f: Awaited<ReturnType<typeof fixtures>>;
    beforeAll(async () => {
      t = await createTestApp({ rowLevelSecurity: false });
      f = await fixtures(t);
    });
    afterAll(() => t.close());

    it("without the policies the same requests reach another county's child", async () => {
      const c = await t.as('demo_village');
      const list = (await c.get('/api/children?limit=200')).body as ListAnswer;
      expect(list.data.some((r) => r.divisionCode !== f.villages.village)).toBe(true);
      expect((await c.get(`/api/children/${f.foreignId}`)).status).toBe(200);
    });

    it("without the policies a protection worker's list holds another county's cases", async () => {
      const c = await t.as('demo_protect');
      const rows = (await c.get('/api/cases?stage=closed&limit=200')).json.items as { id: string }[];
      const [foreign] = await queryRows<{ id: string }>(
        t.database.db,
        sql`select id from cases k where county_code = '511123' and not exists (select 1 from case_members m
          join users u on u.id = m.user_id where m.case_id = k.id and u.username = 'demo_protect') limit 1`,
      );
      expect((await c.get(`/api/cases/${foreign!.id}`)).status).not.toBe(404);
      expect(rows.length).toBeGreaterThan(0);
    });
  });
});
