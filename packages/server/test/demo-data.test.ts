// The demo data as a newcomer meets it (the suite's database is seeded with it): every demo role has work on
// its home page and something in each list it uses, the registry's proportions look like a county's, the same
// seed and size give the same children and categories, and seeding again changes nothing.
import { addInterval, ageOn, CATEGORY_CODES, rulesInForce } from '@hehu/domain';
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/raw.ts';
import { auditLog, childCategories, children, persons } from '../src/db/schema.ts';
import { ruleVersions, toConfig } from '../src/modules/categories/rules.ts';
import { DEMO_COUNTY, OTHER_DEMO_COUNTY, seedDemo, seedDemoChildren } from '../src/seed/demo.ts';
import { demoAreas, loadVillages } from '../src/seed/demo/areas.ts';
import { childLine, digestLines, planDemo, planDigest, type PlanInput } from '../src/seed/demo/plan.ts';
import { TEST_CHILDREN } from './fixtures.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

let t: TestApp;
let input: Omit<PlanInput, 'total'>;
let seeded: { seed: number; asOf: string; children: number };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const [row] = await db.select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.action, 'demo.seed'));
  seeded = row?.details as typeof seeded;
  const villages = await loadVillages(db);
  const versions = await ruleVersions(db);
  input = {
    seed: seeded.seed,
    asOf: seeded.asOf,
    villages,
    areas: demoAreas(villages, DEMO_COUNTY, OTHER_DEMO_COUNTY),
    rulesAt: (date) => toConfig(rulesInForce(versions, date)!),
  };
});
afterAll(() => t.close());

type Json = Record<string, unknown>;
const total = async (c: Client, url: string): Promise<number> => {
  const res = await c.get(url);
  expect(res.status, `${url}: ${JSON.stringify(res.json)}`).toBe(200);
  return (res.json.total as number | undefined) ?? (res.json.data as unknown[]).length;
};
const taskIds = async (c: Client): Promise<string[]> => {
  const res = await c.get('/api/tasks');
  expect(res.status).toBe(200);
  return (res.json.data as { id: string }[]).map((x) => x.id);
};

describe('every demo role finds work and content', () => {
  it.each([
    ['demo_city', ['potentially-eligible', 'incoming-transfers', 'open-duplicates', 'confirm-release']],
    ['demo_county', ['potentially-eligible', 'incoming-transfers', 'open-duplicates', 'confirm-release']],
    ['demo_township', ['potentially-eligible', 'incoming-transfers', 'open-duplicates', 'confirm-release']],
    ['demo_village', ['potentially-eligible', 'open-duplicates', 'confirm-release']],
    ['demo_village2', ['potentially-eligible', 'open-duplicates', 'confirm-release']],
    ['demo_welfare', ['potentially-eligible', 'open-duplicates']],
  ])('%s: home-page tasks, the registry, 主动发现, transfers, links and duplicates', async (username, expected) => {
    const c = await t.as(username);
    const ids = await taskIds(c);
    for (const id of expected)
      expect(
        ids.some((x) => x.startsWith(id)),
        `${username} task ${id}`,
      ).toBe(true);
    expect(await total(c, '/api/children?limit=1')).toBeGreaterThan(0);
    expect(await total(c, '/api/potentially-eligible?limit=1')).toBeGreaterThan(0);
    expect(await total(c, '/api/duplicates?limit=1')).toBeGreaterThan(0);
    const transfers =
      (await total(c, '/api/transfers?direction=incoming')) + (await total(c, '/api/transfers?direction=outgoing'));
    expect(transfers).toBeGreaterThan(0);
    const links =
      (await total(c, '/api/person-links?direction=incoming')) +
      (await total(c, '/api/person-links?direction=outgoing'));
    expect(links).toBeGreaterThan(0);
  });

  it('applications at every stage: each level finds its step, the county a late one', async () => {
    const statuses = async (c: Client, query = '') => {
      const res = await c.get(`/api/applications?limit=200${query}`);
      expect(res.status).toBe(200);
      return (res.json.data as { status: string; waiting: { overdue: boolean } | null }[]) ?? [];
    };
    const all = (await statuses(await t.as('demo_city'))).map((a) => a.status).sort();
    expect(all).toEqual(['approved', 'draft', 'intake', 'rejected', 'returned', 'submitted', 'submitted', 'verified']);
    const village = await t.as('demo_village');
    expect((await statuses(village, '&actionable=true')).map((a) => a.status).sort()).toEqual(['draft', 'returned']);
    expect(await taskIds(village)).toContain('applications-returned');
    const township = await t.as('demo_township');
    expect((await statuses(township, '&actionable=true')).map((a) => a.status).sort()).toEqual([
      'intake',
      'submitted',
      'submitted',
    ]);
    expect(await taskIds(township)).toContain('applications-forward-verify');
    const county = await t.as('demo_county');
    const waiting = await statuses(county, '&actionable=true');
    expect(waiting.map((a) => [a.status, a.waiting?.overdue])).toEqual([['verified', true]]);
    expect(await taskIds(county)).toContain('applications-approve');
    // The cross-province one forwarded 19 working days ago is late at the township (15): the county sees it.
    const lateAtTownship = await statuses(county, '&overdue=true');
    expect(lateAtTownship.filter((a) => a.status === 'submitted')).toHaveLength(1);
    expect(await taskIds(county)).toContain('applications-late-township');
    expect(await taskIds(await t.as('demo_city'))).toContain('applications-late-county');
  });

  it("visits and assessments: the village director's week, the township's board and checks, the county's referrals", async () => {
    const village = await t.as('demo_village');
    const mine = await village.get('/api/visits/mine?limit=200');
    expect(mine.status).toBe(200);
    const counts = mine.json.counts as { overdue: number; thisWeek: number; later: number };
    expect(counts.overdue).toBeGreaterThan(0);
    expect(counts.thisWeek).toBeGreaterThan(0);
    expect(counts.later).toBeGreaterThan(counts.overdue);
    expect(await taskIds(village)).toContain('visits-due');
    const township = await t.as('demo_township');
    const board = (await township.get('/api/visits/board')).json.data as { overdue: number }[];
    expect(board.length).toBeGreaterThan(1);
    expect(board[0]!.overdue).toBeGreaterThan(0);
    expect(await taskIds(township)).toEqual(expect.arrayContaining(['visits-due', 'risk-dropped']));
    expect(await taskIds(await t.as('demo_county'))).toContain('risk-referrals');
    const levels = await queryRows<{ level: string; n: number }>(
      t.database.db,
      sql`select level, count(*)::int as n from risk_assessments group by level order by level`,
    );
    expect(levels.map((l) => l.level)).toEqual(['absent', 'improper', 'insufficient', 'normal']);
    const [span] = await queryRows<{ first: string; last: string }>(
      t.database.db,
      sql`select min(visit_date)::text as first, max(visit_date)::text as last from visits`,
    );
    expect(span!.first <= addInterval(seeded.asOf, { unit: 'month', count: -20 })).toBe(true);
  });

  it("visit photos: a few visits in each demo director's village have photos, whose thumbnails the timeline loads", async () => {
    const details = (seeded as unknown as { visitPhotos: number }).visitPhotos;
    expect(details).toBe(8);
    for (const username of ['demo_village', 'demo_village2']) {
      const c = await t.as(username);
      const plan = (await c.get('/api/visits/mine?limit=10')).json.data as { childId: string }[];
      let shown = 0;
      for (const { childId } of plan) {
        const res = await c.get(`/api/children/${childId}/visits`);
        expect(res.status).toBe(200);
        const visits = res.json.data as { id: string; photos: { id: string; thumbnail: boolean }[] }[];
        for (const v of visits.filter((x) => x.photos.length > 0)) {
          expect(v.photos.every((p) => p.thumbnail)).toBe(true);
          const thumb = await c.get(`/api/visits/${v.id}/photos/${v.photos[0]!.id}/thumbnail`);
          expect(thumb.status).toBe(200);
          expect(thumb.headers['content-type']).toContain('image/jpeg');
          shown += 1;
        }
      }
      expect(shown, `${username}: visits with photos among the first on the plan`).toBeGreaterThan(0);
    }
  });

  it("left-behind care: the village director's alerts, and signing rates below 100 % across the county", async () => {
    const village = await t.as('demo_village');
    expect(await taskIds(village)).toEqual(expect.arrayContaining(['care-contact-overdue', 'care-unsigned']));
    const township = await t.as('demo_township');
    expect(await taskIds(township)).toEqual(
      expect.arrayContaining(['care-unsafe-living', 'care-contact-overdue', 'care-unsigned']),
    );
    const county = await t.as('demo_county');
    const list = await county.get('/api/left-behind/children');
    const rows = list.json.data as { contactOverdue: boolean; agreementSignedOn: string | null }[];
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.contactOverdue).length).toBeLessThan(rows.length / 2);
    const signing = await county.get('/api/left-behind/signing');
    const rate = (signing.json.total as { rate: number }).rate;
    expect(rate).toBeGreaterThan(0.5);
    expect(rate).toBeLessThan(1);
    const sample = await county.get(`/api/children/${(list.json.data as { id: string }[])[0]!.id}/care`);
    expect((sample.json.contacts as unknown[]).length).toBeGreaterThan(0);
  });

  it('the hotline operator is reminded of its password, due in twelve days', async () => {
    const c = await t.as('demo_hotline');
    expect(await taskIds(c)).toEqual(['password-expiry']);
  });

  it('the receiving township sees the transfer from the other county; the link request crosses the counties', async () => {
    const township = await t.as('demo_township');
    const incoming = (await township.get('/api/transfers?direction=incoming')).json.data as Json[];
    expect(incoming.some((x) => (x.fromDivision as string).startsWith(OTHER_DEMO_COUNTY))).toBe(true);
    // Its own home page: the township's villages, with children and some files behind.
    const villages = (await township.get('/api/overview/villages')).json.data as { children: number; behind: number }[];
    expect(villages.filter((v) => v.children > 0).length).toBeGreaterThan(1);
    expect(villages[0]!.behind).toBeGreaterThan(0);
    const village = await t.as('demo_village');
    const asked = (await village.get('/api/person-links?direction=incoming')).json.data as Json[];
    expect(asked.map((x) => (x.divisionCode as string).slice(0, 6))).toContain(OTHER_DEMO_COUNTY);
    const asking = (await (await t.as('demo_village2')).get('/api/person-links?direction=outgoing')).json
      .data as Json[];
    expect(asking.map((x) => x.status)).toContain('pending');
  });

  it('the administrators: accounts to manage, resets to approve, an alert, and a trail to read', async () => {
    const sys = await t.as('demo_sysadmin');
    const accounts = (await sys.get('/api/admin/users?limit=100')).json.data as Json[];
    expect(accounts.some((u) => u.status === 'disabled')).toBe(true);
    expect(accounts.filter((u) => !(u.username as string).startsWith('demo_')).length).toBeGreaterThan(5);
    const sec = await t.as('demo_secadmin');
    const pending = (await sec.get('/api/security/account-requests')).json.data as Json[];
    expect(pending.length).toBeGreaterThanOrEqual(2);
    expect(await total(sec, '/api/security/alerts')).toBeGreaterThan(0);
    // Its home page: resets to approve, the alert, the newcomer waiting for a grant (the locked account is
    // there too while the lock lasts: security-tasks.test.ts).
    expect(await taskIds(sec)).toEqual(
      expect.arrayContaining(['account-requests', 'security-alerts', 'accounts-without-grants']),
    );
    const auditor = await t.as('demo_auditor');
    expect(await taskIds(auditor)).toContain('failed-sign-ins');
    for (const action of ['demo.seed', 'auth.login', 'child.read', 'child.transfer_request', 'family.link_request'])
      expect(await total(auditor, `/api/audit?action=${action}&limit=1`), action).toBeGreaterThan(0);
  });

  it('a featured child: the decision with its rules version and explanation, history, and documents that open', async () => {
    const c = await t.as('demo_village');
    const list = (await c.get('/api/children?limit=100')).json.data as { id: string }[];
    let checked = 0;
    for (const { id } of list) {
      const docs = (await c.get(`/api/children/${id}/documents`)).json.data as { id: string; mimeType: string }[];
      const held = (await c.get(`/api/children/${id}/categories`)).json.held as Json[];
      if (docs.length === 0 || held.length === 0) continue;
      for (const h of held) {
        expect(h.rulesVersion).toBe(input.rulesAt(seeded.asOf).version);
        expect(h.decisionRef).toMatch(/^市中民[发困留]〔\d{4}〕\d+号$/);
        expect(h.explanation).toMatchObject({ eligible: true });
      }
      const doc = docs[0]!;
      const content = await c.get(`/api/children/${id}/documents/${doc.id}/content`);
      expect(content.status).toBe(200);
      expect(content.headers['content-type']).toContain(doc.mimeType);
      const history = (await c.get(`/api/children/${id}/history`)).json.data as { action: string }[];
      expect(history.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'category.record']));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('a registry that looks like a county', () => {
  it('every held category was met by the facts on its decision day, and 留守 only rural children under 16', async () => {
    const db = t.database.db;
    const rows = await db
      .select({
        category: childCategories.category,
        explanation: childCategories.explanation,
        end: childCategories.endDate,
      })
      .from(childCategories);
    expect(rows.length).toBeGreaterThan(TEST_CHILDREN / 3);
    expect(rows.every((r) => (r.explanation as { eligible: boolean }).eligible)).toBe(true);
    const held = new Set(rows.filter((r) => r.end === null).map((r) => r.category));
    expect(CATEGORY_CODES.filter((code) => !held.has(code)).length).toBeLessThanOrEqual(1);
    for (const code of ['orphan_institutional', 'orphan_scattered', 'de_facto_unsupported', 'left_behind'])
      expect(held.has(code), code).toBe(true);
    const leftBehind = await db
      .select({ birthDate: children.birthDate, householdType: children.householdType })
      .from(children)
      .innerJoin(childCategories, eq(childCategories.childId, children.id))
      .where(and(eq(childCategories.category, 'left_behind'), isNull(childCategories.endDate)));
    expect(leftBehind.every((c) => c.householdType === 'rural' && ageOn(c.birthDate, seeded.asOf) < 16)).toBe(true);
    const [adults] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from children where birth_date <= (${seeded.asOf}::date - interval '18 years' + interval '60 days')`,
    );
    expect(adults!.n).toBeGreaterThan(0);
  });

  it('10,000 children: 留守 the largest group, orphans a quarter or so in the welfare home, 事实无人抚养 2–4 times orphans', () => {
    const { children: kids } = planDigest({ ...input, total: 10_000 });
    const holding = (code: string) =>
      kids.filter((k) => k.categories.some((c) => c.category === code && c.endDate === null));
    const share = (code: string) => holding(code).length / kids.length;
    expect(share('left_behind')).toBeGreaterThan(0.25);
    expect(share('left_behind')).toBeLessThan(0.5);
    expect(share('difficulty_economic')).toBeGreaterThan(0.08);
    expect(share('difficulty_economic')).toBeLessThan(0.3);
    const orphans = holding('orphan_scattered').length + holding('orphan_institutional').length;
    expect(orphans / kids.length).toBeGreaterThan(0.006);
    expect(orphans / kids.length).toBeLessThan(0.03);
    const institution = holding('orphan_institutional').length / orphans;
    expect(institution).toBeGreaterThan(0.15);
    expect(institution).toBeLessThan(0.5);
    const ratio = holding('de_facto_unsupported').length / orphans;
    expect(ratio).toBeGreaterThan(1.5);
    expect(ratio).toBeLessThan(4.5);
    const none = kids.filter((k) => k.categories.every((c) => c.endDate !== null)).length / kids.length;
    expect(none).toBeGreaterThan(0.2);
    expect(none).toBeLessThan(0.5);
  });
});

describe('deterministic, and seeded once', () => {
  it('the same seed and size give the same children and categories: the plan twice, and what was written', async () => {
    const small = { ...input, total: 200 };
    expect(planDigest(small).digest).toBe(planDigest(small).digest);
    expect(planDigest({ ...small, seed: input.seed + 1 }).digest).not.toBe(planDigest(small).digest);
    const db = t.database.db;
    const rows = await queryRows<{
      name: string;
      sex: string;
      birth_date: string;
      division_code: string;
      categories: { category: string; startDate: string; endDate: string | null }[] | null;
    }>(
      db,
      // A death recorded afterwards (the allowance demo's recovery) ended categories, and the approved demo
      // application may have moved a start to a first of the month: compare the dates the plan wrote, which the
      // history keeps.
      sql`select c.name, c.sex, c.birth_date::text, c.division_code,
            (select json_agg(json_build_object('category', k.category,
              'startDate', coalesce(s.change->>'from', k.start_date::text),
              'endDate', case when t.change is null then k.end_date::text else t.change->>'from' end))
              from child_categories k
              left join lateral (select e as change from child_history h, jsonb_array_elements(h.changes) e
                where h.child_id = c.id and h.action = 'lifecycle.terminate'
                  and e->>'field' = 'category.' || k.category || '.endDate' limit 1) t on true
              left join lateral (select e as change from child_history h, jsonb_array_elements(h.changes) e
                where h.child_id = c.id and h.action = 'application.approve'
                  and e->>'field' = 'category.' || k.category || '.startDate' limit 1) s on true
              where k.child_id = c.id) as categories
          from children c`,
    );
    const written = digestLines(
      rows.map((r) =>
        childLine({
          name: r.name,
          sex: r.sex,
          birthDate: r.birth_date,
          divisionCode: r.division_code,
          categories: r.categories ?? [],
        }),
      ),
    );
    expect(rows.length).toBe(TEST_CHILDREN);
    expect(written).toBe(planDigest({ ...input, total: TEST_CHILDREN }).digest);
  });

  it('a large run is planned family by family (streamed), never as one list', () => {
    const families = planDemo({ ...input, total: 1_000_000 });
    let n = 0;
    for (const f of families) {
      n += f.children.length;
      if (n >= 500) break;
    }
    expect(n).toBeGreaterThanOrEqual(500);
  });

  it('seeding again changes nothing', async () => {
    const db = t.database.db;
    const counts = async () => {
      const [kids] = await db.select({ n: count() }).from(children);
      const [people] = await db.select({ n: count() }).from(persons);
      return [kids?.n, people?.n];
    };
    const before = await counts();
    expect(await seedDemoChildren(db, t.services.cipher, TEST_CHILDREN)).toBe(0);
    expect(await seedDemo(t.database, t.services.cipher, 3000)).toBe(0);
    expect(await counts()).toEqual(before);
  });
});
