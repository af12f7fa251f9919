// Lists and work lists never carry another county's records: every list route is read as each business role of
// 511102 and must not mention the ids of records made in 511123, while the city officer's same lists do (the
// control that shows the fixture reaches them). Runs with row-level security on and off, so the application's own
// conditions are shown to hold by themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, inArray, like, or, sql } from 'drizzle-orm';
import { auditLog, children, divisions, duplicateSuspects } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

const ROLES = ['demo_county', 'demo_township', 'demo_village', 'demo_welfare'];

/** Every list a business user reads, with the query that shows the most. */
const LISTS = [
  '/api/children?limit=200',
  '/api/potentially-eligible?limit=200',
  '/api/tasks',
  '/api/transfers?direction=incoming&status=all&limit=200',
  '/api/transfers?direction=outgoing&status=all&limit=200',
  '/api/duplicates?status=open&limit=200',
  '/api/person-links?direction=incoming&status=all&limit=200',
  '/api/person-links?direction=outgoing&status=all&limit=200',
  '/api/applications?limit=200',
  '/api/applications?actionable=true&limit=200',
];

/** The lists' exports: the file names no ids, so the children each held are read from its audit row. */
const EXPORTS = [
  '/api/children/export',
  '/api/potentially-eligible/export',
  '/api/transfers/export?direction=incoming&status=all',
  '/api/transfers/export?direction=outgoing&status=all',
  '/api/duplicates/export?status=open',
];

const PASSES = process.env.HEHU_TEST_RLS === 'off' ? [false] : [true, false];

for (const rowLevelSecurity of PASSES) {
  describe(`list routes, another county's records (row-level security ${rowLevelSecurity ? 'on' : 'off'})`, () => {
    let t: TestApp;
    let foreignIds: string[];
    let city: Client;
    let foreignVillage: string;

    beforeAll(async () => {
      t = await createTestApp({ rowLevelSecurity });
      city = await t.as('demo_city');
      const villages = await t.database.db
        .select({ code: divisions.code })
        .from(divisions)
        .where(and(like(divisions.code, '511123%'), sql`length(${divisions.code}) = 12`))
        .orderBy(divisions.code)
        .limit(2);
      foreignVillage = villages[0]!.code;
      foreignIds = await buildFixture(
        city,
        villages[0]!.code,
        villages[1]!.code,
        (await demoVillages(t.database.db)).village,
      );
    }, 120_000);
    afterAll(() => t.close());

    it("the city officer's lists reach the fixture (control)", async () => {
      const seen = new Set<string>();
      for (const url of LISTS) {
        const res = await city.get(url);
        if (res.status !== 200) continue;
        const text = JSON.stringify(res.body);
        for (const id of foreignIds) if (text.includes(id)) seen.add(id);
      }
      expect([...seen].sort()).toEqual([...foreignIds].sort());
    });

    it("a duplicate scan pairs no child of the caller's area with another county's child", async () => {
      const { village } = await demoVillages(t.database.db);
      const county = await t.as('demo_county');
      const twin = { name: '扫描范围测试', sex: 'F', birthDate: '2013-05-06', noIdReason: 'pending_registration' };
      // Five on each side: with random ids, a scan that forgot either side's scope pairs some of them.
      const own: string[] = [];
      for (let i = 0; i < 5; i++) {
        const mine = await county.post('/api/children', { ...twin, divisionCode: village, confirmNotDuplicate: true });
        own.push(mine.json.id as string);
        const theirs = await city.post('/api/children', {
          ...twin,
          divisionCode: foreignVillage,
          confirmNotDuplicate: true,
        });
        expect(theirs.status).toBe(201);
      }
      expect((await county.post('/api/duplicates/scan', {})).status).toBe(200);
      const pairs = await t.database.db
        .select({ a: duplicateSuspects.childA, b: duplicateSuspects.childB })
        .from(duplicateSuspects)
        .innerJoin(children, or(eq(children.id, duplicateSuspects.childA), eq(children.id, duplicateSuspects.childB)))
        .where(like(children.divisionCode, '511123%'));
      const mixed = pairs.filter((p) => own.includes(p.a) || own.includes(p.b));
      expect(mixed).toEqual([]);
      // The caller's own five are paired with each other (the scan ran).
      const ownPairs = await t.database.db
        .select({ a: duplicateSuspects.childA })
        .from(duplicateSuspects)
        .where(and(inArray(duplicateSuspects.childA, own), inArray(duplicateSuspects.childB, own)));
      expect(ownPairs.length).toBe(10);
    });

    it("the near-duplicate check before saving names none of another county's children", async () => {
      const { village } = await demoVillages(t.database.db);
      // The same name and birth date as the fixture's pair: the city officer is shown them (control).
      const probe = { name: '名单测试丙', birthDate: '2014-07-08', divisionCode: village };
      const control = await city.post('/api/children/check-duplicates', probe);
      expect(JSON.stringify(control.body)).toContain(foreignIds[2]!);
      for (const role of ROLES) {
        const res = await (await t.as(role)).post('/api/children/check-duplicates', probe);
        expect([200, 403], `${role}: ${res.status}`).toContain(res.status);
        const text = JSON.stringify(res.body);
        for (const id of foreignIds) expect(text.includes(id), `${role} shows ${id}`).toBe(false);
      }
    });

    /** The children the caller's last export held, by its audit row; null when the role may not export. */
    async function exported(username: string, url: string): Promise<string[] | null> {
      const res = await (username === 'demo_city' ? city : await t.as(username)).get(url);
      if (res.status === 403) return null;
      expect(res.status, `${username} ${url}`).toBe(200);
      const [row] = await t.database.db
        .select({ details: auditLog.details })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'child.export'), eq(auditLog.actorUsername, username)))
        .orderBy(desc(auditLog.id))
        .limit(1);
      return (row?.details as { childIds: string[] }).childIds;
    }

    it("the applications list counts none of another county's applications", async () => {
      // The page and its total are read from the applications' own division copy: a total that counted the
      // fixture's application would tell a county that another county has one, though no row shows it.
      const city = await (await t.as('demo_city')).get('/api/applications?limit=200');
      expect(JSON.stringify(city.body)).toContain(foreignIds.at(-1)!);
      for (const role of ROLES) {
        const res = await (await t.as(role)).get('/api/applications?limit=200');
        if (res.status !== 200) continue;
        const body = res.json as { total: number; data: unknown[] };
        expect(body.data.length, `${role}: a page of 200 holds them all`).toBeLessThan(200);
        expect(body.total, `${role} counts ${body.total}, shows ${body.data.length}`).toBe(body.data.length);
      }
    });

    it("exports of the lists hold none of another county's children (the city officer's do)", async () => {
      // The fixture's last id is an application's, which no children export holds.
      const foreignChildIds = foreignIds.slice(0, -1);
      const seen = new Set<string>();
      for (const url of EXPORTS) for (const id of (await exported('demo_city', url)) ?? []) seen.add(id);
      for (const id of foreignChildIds) expect(seen.has(id), `the city's exports hold ${id}`).toBe(true);
      for (const role of ROLES) {
        for (const url of EXPORTS) {
          const ids = await exported(role, url);
          for (const id of foreignIds) expect(ids?.includes(id) ?? false, `${role} ${url} holds ${id}`).toBe(false);
        }
      }
    });

    for (const url of LISTS) {
      it(`${url.split('?')[0]!} mentions none of another county's records`, async () => {
        for (const role of ROLES) {
          const res = await (await t.as(role)).get(url);
          expect([200, 403], `${role} ${url}: ${res.status}`).toContain(res.status);
          const text = JSON.stringify(res.body);
          for (const id of foreignIds) expect(text.includes(id), `${role} ${url} shows ${id}`).toBe(false);
        }
      });
    }
  });
}

/**
 * In 511123: a foundling (主动发现), a child whose father's prison term ran out unconfirmed (a task), a pending
 * transfer, and a near-duplicate pair (the scan). Returns the child ids.
 */
async function buildFixture(
  city: Client,
  village: string,
  otherVillage: string,
  ownVillage: string,
): Promise<string[]> {
  const post = async (url: string, body: unknown) => {
    const res = await city.post(url, body);
    expect(res.status, `${url}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
    return res.json;
  };
  const base = { birthDate: '2014-07-08', divisionCode: village, noIdReason: 'pending_registration' };
  const foundling = await post('/api/children', {
    ...base,
    name: '名单测试甲',
    sex: 'F',
    parentsUnknown: true,
    confirmNotDuplicate: true,
  });
  const prisoner = await post('/api/children', { ...base, name: '名单测试乙', sex: 'M', confirmNotDuplicate: true });
  const prisonerId = prisoner.id as string;
  const father = await post(`/api/children/${prisonerId}/relations`, {
    kind: 'father',
    startDate: '2014-07-08',
    person: { name: '名大为' },
  });
  const family = (await city.get(`/api/children/${prisonerId}/family`)).json as {
    relations: { id: string; person: { id: string } }[];
  };
  const personId = (family.relations.find((r) => r.id === father.id) ?? family.relations[0]!).person.id;
  await post(`/api/children/${prisonerId}/persons/${personId}/situations`, {
    code: 'imprisoned',
    since: '2020-01-01',
    details: { termMonths: 6 },
  });
  await post(`/api/children/${prisonerId}/transfers`, { toDivision: otherVillage, reason: '随亲属迁居' });
  const twinA = await post('/api/children', { ...base, name: '名单测试丙', sex: 'M', confirmNotDuplicate: true });
  const twinB = await post('/api/children', { ...base, name: '名单测试丙', sex: 'M', confirmNotDuplicate: true });
  await post('/api/duplicates/scan', { division: village.slice(0, 6) });
  // Pairs across the two counties, found by the city's scan: a 511102 user's duplicate lists must show none of
  // them. Five on each side, so that with random ids some pairs have the foreign child first and some second,
  // and a list that checked only one side of a pair shows one.
  const twins = [twinA.id as string, twinB.id as string];
  for (let i = 0; i < 3; i++)
    twins.push(
      (await post('/api/children', { ...base, name: '名单测试丙', sex: 'M', confirmNotDuplicate: true })).id as string,
    );
  for (let i = 0; i < 5; i++)
    await post('/api/children', {
      ...base,
      divisionCode: ownVillage,
      // One character off: the scan pairs them, and an exact-name probe still ranks the foreign twins first.
      name: '名单测试丁',
      sex: 'M',
      confirmNotDuplicate: true,
    });
  await post('/api/duplicates/scan', {});
  const application = await post('/api/applications', {
    childId: foundling.id as string,
    kind: 'grant',
    category: 'orphan_scattered',
  });
  return [foundling.id as string, prisonerId, ...twins, application.id as string];
}
