// Rule corrections through the API: a detention ends with its term (and asks for the release to be confirmed),
// 困境 (c) needs the recorded harm, foundlings and institutional placements, and the rules as versioned data.
import { addMonths, makeIdNumber, serviceDate } from '@hehu/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, institutions } from '../src/db/schema.ts';
import { releasesToConfirm } from '../src/modules/categories/release.tasks.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

let t: TestApp;
let village: string;
let welfareHome: string;
let protectionCentre: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ village } = await demoVillages(t.database.db));
  const rows = await t.database.db.select().from(institutions);
  welfareHome = rows.find((r) => r.kind === 'welfare_home')!.id;
  protectionCentre = rows.find((r) => r.kind === 'protection_center')!.id;
});
afterAll(() => t.close());

type Res = { status: number; json: Record<string, unknown> };
const code = (res: Res) => (res.json.error as { code: string } | undefined)?.code;
const field = (res: Res) => (res.json.error as { details?: { field?: string } } | undefined)?.details?.field;

interface Reason {
  code: string;
  zh: string;
}
interface Evaluation {
  category: string;
  eligible: boolean;
  since: string | null;
  reasons: Reason[];
  missing: Reason[];
  rulesVersion: string;
}
interface Task {
  id: string;
  title: string;
  dueDate: string | null;
  link: string | null;
}

let seq = 500;
async function newChild(c: Client, name: string, extra: Record<string, unknown> = {}): Promise<Res & { id: string }> {
  seq += 1;
  const res = await c.post('/api/children', {
    name,
    idNumber: makeIdNumber('510104', '2015-09-09', seq),
    divisionCode: village,
    householdType: 'rural',
    confirmNotDuplicate: true,
    ...extra,
  });
  return { ...res, id: res.json.id as string };
}

async function created(c: Client, name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await newChild(c, name, extra);
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.id;
}

/** Adds the parent and one situation; returns the person and situation ids. */
async function parent(c: Client, childId: string, kind: 'father' | 'mother', situation: Record<string, unknown>) {
  const rel = await c.post(`/api/children/${childId}/relations`, {
    kind,
    startDate: '2015-09-09',
    person: { name: kind === 'father' ? '何建国' : '罗秀英', sex: kind === 'father' ? 'M' : 'F' },
  });
  expect(rel.status, JSON.stringify(rel.json)).toBe(201);
  const personId = (rel.json.person as { id: string }).id;
  const s = await c.post(`/api/children/${childId}/persons/${personId}/situations`, situation);
  expect(s.status, JSON.stringify(s.json)).toBe(201);
  return { personId, situationId: s.json.id as string };
}

async function evaluation(c: Client, childId: string, category: string): Promise<Evaluation> {
  const res = await c.get(`/api/children/${childId}/categories`);
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return (res.json.evaluation as Evaluation[]).find((e) => e.category === category)!;
}

async function tasks(c: Client): Promise<Task[]> {
  const res = await c.get('/api/tasks');
  expect(res.status).toBe(200);
  return res.json.data as Task[];
}

async function child(c: Client, id: string) {
  const res = await c.get(`/api/children/${id}`);
  expect(res.status).toBe(200);
  return res.json;
}

describe('a detention ends with its term', () => {
  let childId: string;
  let father: { personId: string; situationId: string };

  it('imprisoned 2020-01-01 for 6 months with the mother dead is not 事实无人抚养 now', async () => {
    const c = await t.as('demo_village');
    childId = await created(c, '刑满测试');
    father = await parent(c, childId, 'father', {
      code: 'imprisoned',
      since: '2020-01-01',
      details: { termMonths: 6 },
    });
    await parent(c, childId, 'mother', { code: 'dead', since: '2019-03-01' });
    const e = await evaluation(c, childId, 'de_facto_unsupported');
    expect(e.eligible).toBe(false);
    expect(e.missing.map((r) => r.zh)).toEqual([
      '父亲：服刑在押期限已于 2020-07-01 届满，未登记释放日期，请核实是否已释放',
    ]);
    const list = (await c.get('/api/potentially-eligible?category=de_facto_unsupported&limit=200')).json.data as {
      childId: string;
    }[];
    expect(list.some((i) => i.childId === childId)).toBe(false);
  });

  it('raises a "confirm release" task for the village, not for another one', async () => {
    const c = await t.as('demo_village');
    const task = (await tasks(c)).find((x) => x.id === `confirm-release:${father.situationId}:${childId}`);
    expect(task).toMatchObject({ dueDate: '2020-07-01', link: `/children/${childId}?tab=family` });
    expect(task?.title).toBe('确认释放：刑满测试的父亲');
    // The other village has releases of its own to confirm (demo data), never this one.
    const other = await tasks(await t.as('demo_village2'));
    expect(other.some((x) => x.id.includes(father.situationId))).toBe(false);
  });

  it('a term still running, or a release recorded, raises none', async () => {
    const c = await t.as('demo_village');
    const running = await created(c, '服刑中测试');
    const recent = addMonths(serviceDate(), -2);
    const held = await parent(c, running, 'father', { code: 'imprisoned', since: recent, details: { termMonths: 24 } });
    const ids = (await tasks(c)).map((x) => x.id);
    expect(ids).not.toContain(`confirm-release:${held.situationId}:${running}`);
    expect((await evaluation(c, running, 'de_facto_unsupported')).missing.map((r) => r.code)).toEqual([
      'PARENT_NOT_RECORDED',
    ]);

    const url = `/api/children/${childId}/persons/${father.personId}/situations/${father.situationId}/end`;
    const confirmed = await c.post(url, { until: '2020-06-20' });
    expect(confirmed.status, JSON.stringify(confirmed.json)).toBe(200);
    expect((await tasks(c)).some((x) => x.id.includes(father.situationId))).toBe(false);
    const e = await evaluation(c, childId, 'de_facto_unsupported');
    expect(e.reasons.map((r) => r.zh)).toEqual(['父亲：服刑在押已于 2020-06-20 结束']);
    expect(e.missing).toEqual([]);
  });

  it('counts the term end as the domain does, on the last day of a shorter month', async () => {
    const c = await t.as('demo_village');
    const id = await created(c, '月末测试');
    await parent(c, id, 'mother', { code: 'compulsory_rehab', since: '2023-08-31', details: { termMonths: 6 } });
    const scope = { permission: 'children:write' as const, prefixes: [village], institutionIds: [] };
    const { items } = await releasesToConfirm(t.database.db, scope, serviceDate(), 100);
    const item = items.find((i) => i.childId === id);
    expect(item?.termEnd).toBe('2024-02-29');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
  });
});

describe('困境 (c) needs the harm from lacking or improper guardianship', () => {
  it('parents who cannot care are not enough; the recorded harm is', async () => {
    const c = await t.as('demo_village');
    const id = await created(c, '监护缺失测试');
    await parent(c, id, 'father', { code: 'dead', since: '2021-01-01' });
    await parent(c, id, 'mother', {
      code: 'imprisoned',
      since: addMonths(serviceDate(), -1),
      details: { termMonths: 4 },
    });
    const before = await evaluation(c, id, 'difficulty_guardianship');
    expect(before.eligible).toBe(false);
    expect(before.reasons[0]?.code).toBe('NO_GUARDIANSHIP_HARM');
    const list = (await c.get('/api/potentially-eligible?limit=200')).json.data as { childId: string }[];
    expect(list.some((i) => i.childId === id)).toBe(false);

    const version = (await child(c, id)).version as number;
    const res = await c.request('PATCH', `/api/children/${id}`, { version, guardianshipHarm: true });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const after = await evaluation(c, id, 'difficulty_guardianship');
    expect(after.eligible).toBe(true);
    expect(after.reasons.map((r) => r.code)).toContain('GUARDIANSHIP_HARM');
  });
});

describe('foundlings and institutional placement', () => {
  it('lists the child welfare institutions to place a child in', async () => {
    const res = await (await t.as('demo_village')).get('/api/institutions/welfare-homes');
    expect(res.status).toBe(200);
    expect((res.json.data as { id: string }[]).map((i) => i.id)).toEqual([welfareHome]);
  });

  it('a foundling placed in the welfare home is an orphan in institutional care from the placement', async () => {
    const c = await t.as('demo_village');
    const body = {
      noIdReason: '弃婴，户口登记办理中',
      idNumber: null,
      birthDate: '2020-05-01',
      sex: 'F',
      parentsUnknown: true,
      institutionId: welfareHome,
      institutionSince: '2020-06-15',
    };
    const id = await created(c, '福利院测试', body);
    const detail = await child(c, id);
    expect(detail).toMatchObject({
      parentsUnknown: true,
      institutionId: welfareHome,
      institutionName: '乐山市儿童福利院',
      institutionSince: '2020-06-15',
    });
    const e = await evaluation(c, id, 'orphan_institutional');
    expect(e).toMatchObject({ eligible: true, since: '2020-06-15' });
    expect(e.reasons.map((r) => r.zh)).toEqual([
      expect.stringContaining('未满 18 周岁'),
      '查找不到生父母',
      '自 2020-06-15 起在儿童福利机构集中养育',
    ]);
    expect((await evaluation(c, id, 'orphan_scattered')).eligible).toBe(false);
    const found = (await c.get('/api/potentially-eligible?limit=200')).json.data as {
      childId: string;
      category: string;
    }[];
    expect(found.filter((i) => i.childId === id).map((i) => i.category)).toEqual(['orphan_institutional']);
    // The institution's staff now see the child placed with them.
    expect((await (await t.as('demo_welfare')).get(`/api/children/${id}`)).status).toBe(200);
    const history = (await c.get(`/api/children/${id}/history`)).json.data as {
      changes: { field: string; to: unknown }[];
    }[];
    const fields = history.flatMap((h) => h.changes.map((x) => x.field));
    expect(fields).toEqual(expect.arrayContaining(['parentsUnknown', 'institutionId', 'institutionSince']));
    const named = history.flatMap((h) => h.changes).find((x) => x.field === 'institutionId');
    expect(named?.to).toBe('乐山市儿童福利院');
  });

  it('refuses a placement without its date, in a protection centre, or in the future', async () => {
    const c = await t.as('demo_village');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ institutionId: welfareHome }, 'PLACEMENT_DATE_REQUIRED', 'institutionSince'],
      [{ institutionSince: '2021-01-01' }, 'PLACEMENT_WITHOUT_INSTITUTION', 'institutionId'],
      [
        { institutionId: protectionCentre, institutionSince: '2021-01-01' },
        'INSTITUTION_NOT_WELFARE_HOME',
        'institutionId',
      ],
      [{ institutionId: welfareHome, institutionSince: '2099-01-01' }, 'PLACEMENT_DATE_FUTURE', 'institutionSince'],
      [{ institutionId: welfareHome, institutionSince: '2010-01-01' }, 'DATE_BEFORE_START', 'institutionSince'],
    ];
    for (const [extra, expected, name] of cases) {
      const res = await newChild(c, '安置校验测试', extra);
      expect([res.status, code(res), field(res)], JSON.stringify(extra)).toEqual([400, expected, name]);
    }
  });

  it('an orphan entered through the API is placed later and recorded as 集中养育; leaving clears the date', async () => {
    const c = await t.as('demo_village');
    const id = await created(c, '入院测试');
    await parent(c, id, 'father', { code: 'dead', since: '2022-01-01' });
    await parent(c, id, 'mother', { code: 'dead', since: '2023-01-01' });
    expect((await evaluation(c, id, 'orphan_scattered')).eligible).toBe(true);
    let version = (await child(c, id)).version as number;
    const placed = await c.request('PATCH', `/api/children/${id}`, {
      version,
      institutionId: welfareHome,
      institutionSince: '2024-03-01',
    });
    expect(placed.status, JSON.stringify(placed.json)).toBe(200);
    expect(await evaluation(c, id, 'orphan_institutional')).toMatchObject({ eligible: true, since: '2024-03-01' });
    const county = await t.as('demo_county');
    const rec = await county.post(`/api/children/${id}/categories`, {
      category: 'orphan_institutional',
      startDate: '2024-04-01',
      decisionRef: '市中民发〔2024〕30号',
    });
    expect(rec.status, JSON.stringify(rec.json)).toBe(201);
    expect(rec.json.explanation).toMatchObject({ eligible: true });

    version = (await child(c, id)).version as number;
    const left = await c.request('PATCH', `/api/children/${id}`, { version, institutionId: null });
    expect(left.status, JSON.stringify(left.json)).toBe(200);
    expect(await child(c, id)).toMatchObject({ institutionId: null, institutionSince: null });
  });

  it('refuses "birth parents cannot be found" while a father or mother is on the file', async () => {
    const c = await t.as('demo_village');
    const id = await created(c, '生父母测试');
    await parent(c, id, 'mother', { code: 'working_away', since: '2024-01-01' });
    const version = (await child(c, id)).version as number;
    const res = await c.request('PATCH', `/api/children/${id}`, { version, parentsUnknown: true });
    expect([res.status, code(res), field(res)]).toEqual([409, 'PARENTS_RECORDED', 'parentsUnknown']);
  });
});

describe('the rules as versioned data', () => {
  const publish = {
    version: '2026-12',
    effectiveFrom: '2026-01-01',
    basis: '乐民发〔2026〕99号',
    seriousIllnesses: [
      { code: 'uremia', zh: '尿毒症', en: 'uraemia' },
      { code: 'als', zh: '肌萎缩侧索硬化（渐冻症）', en: 'ALS' },
    ],
    severeDisabilityMaxGrade: 2,
    severeMentalDisabilityMaxGrade: 4,
    minRestrictionMonths: 12,
    minLostContactMonths: 6,
    leftBehindMaxAge: 16,
  };

  it('reads the seeded version in force', async () => {
    const res = await (await t.as('demo_village')).get('/api/category-rules');
    expect(res.status).toBe(200);
    expect(res.json.inForce).toMatchObject({ version: '2026-01', sequence: 1, minRestrictionMonths: 6 });
    expect((res.json.versions as unknown[]).length).toBe(1);
  });

  it('only the city publishes: a village has no permission, a county is not the city', async () => {
    expect((await (await t.as('demo_village')).post('/api/category-rules', publish)).status).toBe(403);
    const county = await (await t.as('demo_county')).post('/api/category-rules', publish);
    expect([county.status, code(county)]).toEqual([403, 'FORBIDDEN']);
  });

  it('checks what is published', async () => {
    const city = await t.as('demo_city');
    const twice = { ...publish, seriousIllnesses: [publish.seriousIllnesses[0], publish.seriousIllnesses[0]] };
    expect((await city.post('/api/category-rules', twice)).status).toBe(400);
    const backwards = { ...publish, severeMentalDisabilityMaxGrade: 1 };
    expect((await city.post('/api/category-rules', backwards)).status).toBe(400);
    expect((await city.post('/api/category-rules', { ...publish, adultAge: 16 })).status).toBe(400);
  });

  it('a published version is used by every evaluation and stored with the decision', async () => {
    const c = await t.as('demo_village');
    const id = await created(c, '规则版本测试');
    await parent(c, id, 'father', {
      code: 'imprisoned',
      since: addMonths(serviceDate(), -1),
      details: { termMonths: 8 },
    });
    const refused = await (async () => {
      const rel = await c.post(`/api/children/${id}/relations`, {
        kind: 'mother',
        startDate: '2015-09-09',
        person: { name: '罗秀英', sex: 'F' },
      });
      const personId = (rel.json.person as { id: string }).id;
      const url = `/api/children/${id}/persons/${personId}/situations`;
      const body = { code: 'serious_illness', since: '2025-01-01', details: { illnessCode: 'als' } };
      return { before: await c.post(url, body), url, body };
    })();
    expect([refused.before.status, code(refused.before)]).toEqual([400, 'ILLNESS_NOT_LISTED']);
    const before = await evaluation(c, id, 'de_facto_unsupported');
    expect(before.rulesVersion).toBe('2026-01');

    const city = await t.as('demo_city');
    const res = await city.post('/api/category-rules', publish);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toMatchObject({ version: '2026-12', sequence: 2, adultAge: 18, publishedBy: '市民政局 · 王科员' });
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'category_rules.publish'));
    expect(audit).toHaveLength(1);

    // Now on the list, and the 8-month term falls short of the city's 12.
    const ill = await c.post(refused.url, refused.body);
    expect(ill.status, JSON.stringify(ill.json)).toBe(201);
    const after = await evaluation(c, id, 'de_facto_unsupported');
    expect(after.rulesVersion).toBe('2026-12');
    expect(after.eligible).toBe(false);
    expect(after.reasons.map((r) => r.zh)).toContain('父亲：服刑在押刑期 8 个月，不足 12 个月');
    // The discovery list uses the version in force too: a mother with an illness only the new list names.
    const other = await created(c, '新病种测试');
    await parent(c, other, 'father', { code: 'dead', since: '2020-01-01' });
    await parent(c, other, 'mother', refused.body);
    const found = (await c.get('/api/potentially-eligible?category=de_facto_unsupported&limit=200')).json.data as {
      childId: string;
    }[];
    expect(found.some((i) => i.childId === other)).toBe(true);
    const county = await t.as('demo_county');
    const rec = await county.post(`/api/children/${id}/categories`, {
      category: 'difficulty_economic',
      startDate: '2026-01-01',
      decisionRef: '市中民发〔2026〕5号',
    });
    expect(rec.status, JSON.stringify(rec.json)).toBe(201);
    expect(rec.json.rulesVersion).toBe('2026-12');
    const record = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'category.record'), eq(auditLog.targetId, id)));
    expect(record[0]?.details).toMatchObject({ rulesVersion: '2026-12' });
  });

  it('a version for a later date waits for it; a version number is used once; dates do not go back', async () => {
    const city = await t.as('demo_city');
    const later = await city.post('/api/category-rules', {
      ...publish,
      version: '2099-01',
      effectiveFrom: '2099-01-01',
    });
    expect(later.status, JSON.stringify(later.json)).toBe(201);
    const view = await city.get('/api/category-rules');
    expect(view.json.inForce).toMatchObject({ version: '2026-12' });
    expect((view.json.versions as { version: string }[]).map((v) => v.version)).toEqual([
      '2099-01',
      '2026-12',
      '2026-01',
    ]);
    const again = await city.post('/api/category-rules', { ...publish, effectiveFrom: '2099-02-01' });
    expect([again.status, code(again), field(again)]).toEqual([409, 'RULES_VERSION_EXISTS', 'version']);
    const back = await city.post('/api/category-rules', {
      ...publish,
      version: '2098-01',
      effectiveFrom: '2098-01-01',
    });
    expect([back.status, code(back), field(back)]).toEqual([400, 'RULES_EFFECTIVE_BEFORE_LATEST', 'effectiveFrom']);
  });
});
