// Protection categories: the rules' evaluation from the family record, recording from a decision, the
// stacking rule, ending, and the list of children who may be eligible (主动发现).
import { makeIdNumber, serviceDate } from '@hehu/domain';
import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, potentialCategories, potentialEvaluations, settings } from '../src/db/schema.ts';
import { countPotentiallyEligible, refreshPotential } from '../src/modules/categories/potential.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

let t: TestApp;
let village: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ village } = await demoVillages(t.database.db));
});
afterAll(() => t.close());

type Res = { status: number; json: Record<string, unknown> };
const code = (res: Res) => (res.json.error as { code: string } | undefined)?.code;
const field = (res: Res) => (res.json.error as { details?: { field?: string } } | undefined)?.details?.field;
const message = (res: Res) => (res.json.error as { message: string } | undefined)?.message ?? '';

interface Evaluation {
  category: string;
  eligible: boolean;
  reasons: { code: string; zh: string; parent?: string }[];
}
interface Categories {
  held: { id: string; category: string; active: boolean; explanation: { eligible: boolean } | null }[];
  evaluation: Evaluation[];
  potential: string[];
}
interface PotentialItem {
  childId: string;
  category: string;
  reasons: string[];
}

/** The first day of a month some months back (near enough to the service date for these tests). */
function monthsAgo(months: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

let seq = 300;
async function newChild(c: Client, name: string, extra: Record<string, unknown> = {}): Promise<string> {
  seq += 1;
  const res = await c.post('/api/children', {
    name,
    idNumber: makeIdNumber('510104', '2015-09-09', seq),
    divisionCode: village,
    householdType: 'rural',
    confirmNotDuplicate: true,
    ...extra,
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json.id as string;
}

async function parent(
  c: Client,
  childId: string,
  kind: 'father' | 'mother',
  situation: Record<string, unknown>,
): Promise<void> {
  const rel = await c.post(`/api/children/${childId}/relations`, {
    kind,
    startDate: '2015-09-09',
    person: { name: kind === 'father' ? '周志强' : '吴春梅', sex: kind === 'father' ? 'M' : 'F' },
  });
  expect(rel.status, JSON.stringify(rel.json)).toBe(201);
  const personId = (rel.json.person as { id: string }).id;
  const s = await c.post(`/api/children/${childId}/persons/${personId}/situations`, situation);
  expect(s.status, JSON.stringify(s.json)).toBe(201);
}

async function categories(c: Client, childId: string): Promise<Categories> {
  const res = await c.get(`/api/children/${childId}/categories`);
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json as unknown as Categories;
}

async function potentiallyEligible(c: Client, query = ''): Promise<PotentialItem[]> {
  const res = await c.get(`/api/potentially-eligible?limit=200${query}`);
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json.data as PotentialItem[];
}

let orphan: string;
let deFacto: string;

describe('an orphan found from the family record', () => {
  it('both parents dead: orphan_scattered is potential, here and in the discovery list', async () => {
    const c = await t.as('demo_village');
    orphan = await newChild(c, '孤儿测试');
    await parent(c, orphan, 'father', { code: 'dead', since: '2023-05-01' });
    await parent(c, orphan, 'mother', { code: 'dead', since: '2024-02-01' });
    const view = await categories(c, orphan);
    expect(view.held).toEqual([]);
    expect(view.potential).toEqual(['orphan_scattered']);
    const scattered = view.evaluation.find((e) => e.category === 'orphan_scattered');
    expect(scattered).toMatchObject({ eligible: true, since: '2024-02-01', rulesVersion: '2026-01' });
    const list = await potentiallyEligible(c);
    expect(list.filter((i) => i.childId === orphan).map((i) => i.category)).toEqual(['orphan_scattered']);
    const elsewhere = await potentiallyEligible(await t.as('demo_village2'));
    expect(elsewhere.some((i) => i.childId === orphan)).toBe(false);
    // The village director's home page turns this into work.
    const tasks = (await c.get('/api/tasks')).json.data as { id: string; link: string }[];
    expect(tasks).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'potentially-eligible', link: '/potentially-eligible' })]),
    );
    // The other village's home page counts its own children only (the demo data gives it some), never this one.
    const otherTasks = (await (await t.as('demo_village2')).get('/api/tasks')).json.data as {
      id: string;
      title: string;
    }[];
    const otherTask = otherTasks.find((x) => x.id === 'potentially-eligible');
    const otherChildren = new Set(elsewhere.map((i) => i.childId)).size;
    expect(otherTask?.title.split(' ')[0] ?? '0').toBe(String(otherChildren));
  });

  it('only categories:record may record it; the county officer can, with the rules version and explanation', async () => {
    const body = { category: 'orphan_scattered', startDate: '2024-03-01', decisionRef: '市中民发〔2024〕12号' };
    const village = await t.as('demo_village');
    expect((await village.post(`/api/children/${orphan}/categories`, body)).status).toBe(403);
    const county = await t.as('demo_county');
    const res = await county.post(`/api/children/${orphan}/categories`, body);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toMatchObject({
      category: 'orphan_scattered',
      startDate: '2024-03-01',
      endDate: null,
      decisionRef: '市中民发〔2024〕12号',
      rulesVersion: '2026-01',
      active: true,
      explanation: { eligible: true, since: '2024-02-01' },
    });
    const view = await categories(village, orphan);
    expect(view.potential).toEqual([]);
    expect(view.held.map((h) => h.category)).toEqual(['orphan_scattered']);
    expect((await potentiallyEligible(village)).some((i) => i.childId === orphan)).toBe(false);

    const again = await county.post(`/api/children/${orphan}/categories`, { ...body, startDate: '2025-01-01' });
    expect([again.status, code(again)]).toEqual([409, 'CATEGORY_ALREADY_HELD']);
    const history = await village.get(`/api/children/${orphan}/history`);
    expect((history.json.data as { action: string }[]).map((e) => e.action)).toContain('category.record');
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'category.record'), eq(auditLog.targetId, orphan)));
    expect(audit).toHaveLength(1);
  });

  it('refuses de facto unsupported on top of orphan, naming both categories', async () => {
    const county = await t.as('demo_county');
    const res = await county.post(`/api/children/${orphan}/categories`, {
      category: 'de_facto_unsupported',
      startDate: '2025-01-01',
      decisionRef: '市中民发〔2025〕3号',
    });
    expect([res.status, code(res)]).toEqual([409, 'CATEGORY_NOT_STACKABLE']);
    expect(message(res)).toContain('事实无人抚养儿童');
    expect(message(res)).toContain('孤儿（散居）');
  });
});

describe('de facto unsupported, explained', () => {
  it('an imprisoned father and a mother out of contact for 7 months: eligible, with both parents named', async () => {
    const c = await t.as('demo_village');
    deFacto = await newChild(c, '事实无人抚养测试');
    await parent(c, deFacto, 'father', { code: 'imprisoned', since: '2025-01-15', details: { termMonths: 36 } });
    await parent(c, deFacto, 'mother', { code: 'lost_contact', since: monthsAgo(7) });
    const view = await categories(c, deFacto);
    expect(view.potential).toEqual(['de_facto_unsupported']);
    const e = view.evaluation.find((x) => x.category === 'de_facto_unsupported')!;
    expect(e.eligible).toBe(true);
    const parents = e.reasons.filter((r) => r.parent).map((r) => r.parent);
    expect(parents).toEqual(['father', 'mother']);
    expect(e.reasons.map((r) => r.zh).join('；')).toMatch(/父亲：服刑在押.*36 个月/);
    expect(e.reasons.map((r) => r.zh).join('；')).toMatch(/母亲：失联满 6 个月/);

    const items = await potentiallyEligible(c, '&category=de_facto_unsupported');
    const item = items.find((i) => i.childId === deFacto)!;
    expect(item.reasons.some((r) => r.startsWith('父亲'))).toBe(true);
    expect(item.reasons.some((r) => r.startsWith('母亲'))).toBe(true);
    expect(items.every((i) => i.category === 'de_facto_unsupported')).toBe(true);
  });

  it('records a decision the rules do not support, saying so, and ends a category', async () => {
    const county = await t.as('demo_county');
    const res = await county.post(`/api/children/${deFacto}/categories`, {
      category: 'difficulty_economic',
      startDate: '2025-06-01',
      decisionRef: '市中民发〔2025〕8号',
    });
    expect(res.status).toBe(201);
    expect(res.json.explanation).toMatchObject({ eligible: false });
    const id = res.json.id as string;
    const url = `/api/children/${deFacto}/categories/${id}/end`;
    const early = await county.post(url, { endDate: '2025-05-31', endReason: '家庭收入提高' });
    expect([early.status, code(early), field(early)]).toEqual([400, 'DATE_BEFORE_START', 'endDate']);
    expect((await county.post(url, { endDate: '2025-12-31' })).status).toBe(400);
    const ended = await county.post(url, { endDate: '2025-12-31', endReason: '家庭收入提高' });
    expect(ended.status).toBe(200);
    expect(ended.json).toMatchObject({ endDate: '2025-12-31', endReason: '家庭收入提高', active: false });
    expect(code(await county.post(url, { endDate: '2026-01-31', endReason: '再次' }))).toBe('CATEGORY_ALREADY_ENDED');
    const view = await categories(county, deFacto);
    expect(view.held).toMatchObject([{ category: 'difficulty_economic', active: false }]);
    // Ended, so the rules' finding is open again.
    expect(view.potential).toEqual(['de_facto_unsupported']);
    const history = await county.get(`/api/children/${deFacto}/history`);
    expect((history.json.data as { action: string }[]).map((e) => e.action)).toContain('category.end');
    expect((await (await t.as('demo_village2')).get(`/api/children/${deFacto}/categories`)).status).toBe(404);
  });
});

describe('the discovery list', () => {
  it('pages by cursor, filters by division, and agrees with the task count', async () => {
    const c = await t.as('demo_village');
    const hardship = await newChild(c, '经济困难测试', { familyEconomicHardship: true, healthStatus: 'disabled' });
    const all = await potentiallyEligible(c);
    expect(all.filter((i) => i.childId === hardship).map((i) => i.category)).toEqual([
      'difficulty_economic',
      'difficulty_disability',
    ]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await c.get(`/api/potentially-eligible?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.json.total).toBe(all.length);
      for (const i of res.json.data as PotentialItem[]) seen.push(`${i.childId}:${i.category}`);
      cursor = res.json.nextCursor as string | null;
    } while (cursor);
    expect(seen).toEqual(all.map((i) => `${i.childId}:${i.category}`));
    expect(await potentiallyEligible(c, '&division=511123')).toEqual([]);
    expect(await potentiallyEligible(c, `&division=${village}`)).toEqual(all);
    const scope = { permission: 'children:read' as const, prefixes: [village], institutionIds: [] };
    expect(await countPotentiallyEligible(t.database.db, scope, serviceDate(), 10_000)).toBe(
      new Set(all.map((i) => i.childId)).size,
    );
    expect((await c.get('/api/potentially-eligible?category=orphan')).status).toBe(400);
  });
});

describe('the discovery list kept as data', () => {
  const stored = (childId: string) =>
    t.database.db.select().from(potentialCategories).where(eq(potentialCategories.childId, childId));
  const evaluatedOn = async (childId: string) =>
    (await t.database.db.select().from(potentialEvaluations).where(eq(potentialEvaluations.childId, childId)))[0]
      ?.evaluatedOn;

  it('stores what a read evaluated; a changed fact forgets it, and the next read evaluates again', async () => {
    const c = await t.as('demo_village');
    const child = await newChild(c, '数据测试');
    await parent(c, child, 'father', { code: 'dead', since: '2022-03-01' });
    // The situation is a fact: until something reads the list, the child's evaluation is due (no day).
    expect(await evaluatedOn(child)).toBeNull();
    await potentiallyEligible(c);
    expect(await evaluatedOn(child)).toBe(serviceDate());
    expect(await stored(child)).toEqual([]);
    const rel = await c.post(`/api/children/${child}/relations`, {
      kind: 'mother',
      startDate: '2015-09-09',
      person: { name: '吴春梅', sex: 'F' },
    });
    // A new relation forgets the evaluation (trigger), before any situation of the mother is known.
    expect(await evaluatedOn(child)).toBeNull();
    await potentiallyEligible(c);
    const personId = (rel.json.person as { id: string }).id;
    await c.post(`/api/children/${child}/persons/${personId}/situations`, { code: 'dead', since: '2024-01-01' });
    // The mother's situation forgets the evaluation of every child she is related to.
    expect(await evaluatedOn(child)).toBeNull();
    const list = await potentiallyEligible(c);
    expect(list.filter((i) => i.childId === child).map((i) => i.category)).toEqual(['orphan_scattered']);
    expect(await stored(child)).toMatchObject([{ category: 'orphan_scattered', since: '2024-01-01' }]);
  });

  it('an evaluation from an earlier day is made again before it is read', async () => {
    const c = await t.as('demo_village');
    const child = await newChild(c, '隔日测试', { familyEconomicHardship: true, healthStatus: 'disabled' });
    const before = (await potentiallyEligible(c)).filter((i) => i.childId === child);
    expect(before.map((i) => i.category)).toEqual(['difficulty_economic', 'difficulty_disability']);
    // Yesterday's rows, with something in them that today's rules would not say.
    await t.database.db
      .update(potentialEvaluations)
      .set({ evaluatedOn: '2020-01-01' })
      .where(eq(potentialEvaluations.childId, child));
    await t.database.db
      .update(potentialCategories)
      .set({ reasons: [{ zh: '过期', en: 'stale' }] })
      .where(eq(potentialCategories.childId, child));
    const after = (await potentiallyEligible(c)).filter((i) => i.childId === child);
    expect(after).toEqual(before);
    expect(await evaluatedOn(child)).toBe(serviceDate());
  });

  it('new category rules make every evaluation stale', async () => {
    const c = await t.as('demo_village');
    await potentiallyEligible(c);
    expect(await t.database.db.$count(potentialEvaluations)).toBeGreaterThan(0);
    const [rules] = await t.database.db.select().from(settings).where(eq(settings.key, 'category_rules'));
    await t.database.db.insert(settings).values({ ...rules!, version: rules!.version + 100, changedAt: new Date() });
    expect(await t.database.db.$count(potentialEvaluations, isNotNull(potentialEvaluations.evaluatedOn))).toBe(0);
    expect(await t.database.db.$count(potentialCategories)).toBe(0);
  });

  it('a child with no fact a rule reads is not evaluated again until one is recorded', async () => {
    const c = await t.as('demo_village');
    const child = await newChild(c, '无事实测试');
    // New: due.
    expect(await evaluatedOn(child)).toBeNull();
    await potentiallyEligible(c);
    expect(await evaluatedOn(child)).toBe('infinity');
    // Nothing due in the village: a read evaluates nobody (the 主动发现 read costs one index lookup).
    const scope = { permission: 'children:read' as const, prefixes: [village], institutionIds: [] };
    expect(await refreshPotential(t.database.db, scope, serviceDate())).toBe(0);
    await parent(c, child, 'father', { code: 'dead', since: '2022-03-01' });
    expect(await evaluatedOn(child)).toBeNull();
    await potentiallyEligible(c);
    expect(await evaluatedOn(child)).toBe(serviceDate());
  });
});
