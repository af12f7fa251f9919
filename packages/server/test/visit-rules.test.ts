// The visit frequencies as the city publishes them: read with the version in force and every version; a new
// version (never an edit of an old one) moves the children's due dates from its effective date; only rules:manage
// publishes; a bad body or a past effective date is refused naming the field; the publication is audited.
import { addInterval, makeIdNumber, serviceDate } from '@hehu/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, settings } from '../src/db/schema.ts';
import { VISIT_RULES_KEY } from '../src/modules/visits/visits.rules.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type Response, type TestApp } from './harness.ts';
import { visitBody } from './visits.helpers.ts';

let t: TestApp;
let village: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ village } = await demoVillages(t.database.db));
}, 120_000);
afterAll(() => t.close());

const today = serviceDate();
const error = (res: Response) =>
  res.json.error as { code: string; message: string; details?: Record<string, unknown> } | undefined;

interface Rule {
  riskLevels?: string[];
  categories?: string[];
  interval: { unit: 'day' | 'month'; count: number };
  label: { zh: string; en: string };
}
interface RulesView {
  version: string;
  effectiveFrom: string;
  source: string;
  rules: Rule[];
  otherwise: { unit: 'day' | 'month'; count: number };
}
interface VersionView extends RulesView {
  revision: number;
  changedAt: string;
  changedBy: string | null;
}

/** The rules in force with 留守 visited every two weeks instead of monthly. */
function fortnightly(inForce: RulesView, effectiveFrom = today) {
  return {
    effectiveFrom,
    source: '乐民发〔2026〕21号 关于调整走访频次的通知',
    rules: inForce.rules.map((r) =>
      r.categories?.includes('left_behind')
        ? {
            ...r,
            interval: { unit: 'day', count: 14 },
            label: { zh: '农村留守儿童，每两周走访', en: 'Left-behind child: every two weeks' },
          }
        : r,
    ),
    otherwise: inForce.otherwise,
  };
}

async function leftBehindChild(c: Client, name: string, since: string): Promise<string> {
  const res = await c.post('/api/children', {
    name,
    idNumber: makeIdNumber(village.slice(0, 6), '2015-03-03', 777),
    divisionCode: village,
    householdType: 'rural',
    confirmNotDuplicate: true,
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  const id = res.json.id as string;
  const cat = await c.post(`/api/children/${id}/categories`, {
    category: 'left_behind',
    startDate: since,
    decisionRef: '乐民〔2026〕9号',
  });
  expect(cat.status, JSON.stringify(cat.json)).toBe(201);
  return id;
}

async function overdueIds(c: Client): Promise<string[]> {
  const res = await c.get('/api/visits/mine?standing=overdue&limit=200');
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return (res.json.data as { childId: string }[]).map((d) => d.childId);
}

describe('visit frequencies', () => {
  it('the city reads the version in force and every version with who published it', async () => {
    const city = await t.as('demo_city');
    const res = await city.get('/api/visits/rules');
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const inForce = res.json.inForce as RulesView;
    expect(inForce.effectiveFrom <= today).toBe(true);
    expect(inForce.rules.some((r) => r.categories?.includes('left_behind'))).toBe(true);
    const versions = res.json.versions as VersionView[];
    expect(versions.length).toBeGreaterThan(0);
    expect(versions.map((v) => v.version)).toContain(inForce.version);
    expect(versions[0]).toMatchObject({
      revision: expect.any(Number) as number,
      changedAt: expect.any(String) as string,
    });
  });

  it('a village director cannot publish', async () => {
    const city = await t.as('demo_city');
    const inForce = (await city.get('/api/visits/rules')).json.inForce as RulesView;
    const village = await t.as('demo_village');
    const res = await village.post('/api/visits/rules', fortnightly(inForce));
    expect(res.status).toBe(403);
  });

  it('a bad body is refused naming the field in Chinese, and nothing is stored', async () => {
    const city = await t.as('demo_city');
    const before = await t.database.db.select().from(settings).where(eq(settings.key, VISIT_RULES_KEY));
    const inForce = (await city.get('/api/visits/rules')).json.inForce as RulesView;
    const body = fortnightly(inForce);
    const noSource = await city.post('/api/visits/rules', { ...body, source: ' ' });
    expect(noSource.status).toBe(400);
    expect(error(noSource)?.code).toBe('VALIDATION_FAILED');
    const issues = error(noSource)?.details?.issues as { path: string; message: string }[];
    expect(issues.find((i) => i.path === 'source')?.message).toBe('请填写依据（文件名称与文号）');

    // Well formed, but against the domain's rules: 13 months, and a rule that names nobody.
    const broken = await city.post('/api/visits/rules', {
      ...body,
      rules: [
        { ...body.rules[0], interval: { unit: 'month', count: 13 } },
        { interval: { unit: 'day', count: 7 }, label: { zh: '所有儿童', en: 'Everyone' } },
      ],
    });
    expect(broken.status).toBe(400);
    expect(error(broken)?.code).toBe('VISIT_RULES_INVALID');
    expect(error(broken)?.details?.field).toBe('rules.0.interval.count');
    expect(error(broken)?.message).toContain('第 1 条规则：走访间隔须为 1–366 天或 1–12 个月');
    expect(error(broken)?.message).toContain('第 2 条规则：须指明适用的风险等级或保障类别');
    const after = await t.database.db.select().from(settings).where(eq(settings.key, VISIT_RULES_KEY));
    expect(after.length).toBe(before.length);
  });

  it('an effective date in the past is refused, naming the field', async () => {
    const city = await t.as('demo_city');
    const inForce = (await city.get('/api/visits/rules')).json.inForce as RulesView;
    const yesterday = addInterval(today, { unit: 'day', count: -1 });
    const res = await city.post('/api/visits/rules', fortnightly(inForce, yesterday));
    expect(res.status).toBe(400);
    expect(error(res)?.code).toBe('VISIT_RULES_INVALID');
    expect(error(res)?.details?.field).toBe('effectiveFrom');
    expect(error(res)?.message).toContain('生效日期');
  });

  it('a version making 留守 visits fortnightly moves a child visited 20 days ago to overdue, and is audited', async () => {
    const county = await t.as('demo_county');
    const director = await t.as('demo_village');
    const id = await leftBehindChild(county, '石小溪', addInterval(today, { unit: 'month', count: -3 }));
    const visited = addInterval(today, { unit: 'day', count: -20 });
    const visit = await director.post('/api/visits', visitBody(id, { visitDate: visited }));
    expect(visit.status, JSON.stringify(visit.json)).toBe(201);
    // Monthly: due a month after the visit, not yet overdue.
    expect(await overdueIds(director)).not.toContain(id);

    const city = await t.as('demo_city');
    const read = await city.get('/api/visits/rules');
    const before = read.json.versions as VersionView[];
    const published = await city.post('/api/visits/rules', fortnightly(read.json.inForce as RulesView));
    expect(published.status, JSON.stringify(published.json)).toBe(201);
    const version = published.json as unknown as VersionView;
    expect(version.revision).toBe((before[0]?.revision ?? 0) + 1);
    expect(version.changedBy).toBe('市民政局 · 王科员');

    // Fortnightly: due 14 days after the visit, six days ago.
    expect(await overdueIds(director)).toContain(id);
    const plan = (await county.get(`/api/children/${id}/visits`)).json.plan as { due: string; plan: { zh: string } };
    expect(plan.due).toBe(addInterval(visited, { unit: 'day', count: 14 }));
    expect(plan.plan.zh).toBe('农村留守儿童，每两周走访');

    // The new version is in force and listed first; the old one is kept as it was.
    const again = await city.get('/api/visits/rules');
    expect((again.json.inForce as RulesView).version).toBe(version.version);
    const versions = again.json.versions as VersionView[];
    expect(versions.length).toBe(before.length + 1);
    expect(versions[0]?.version).toBe(version.version);
    expect(versions.slice(1)).toEqual(before);

    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'visit.rules.publish'), eq(auditLog.outcome, 'success')));
    expect(audit?.actorUsername).toBe('demo_city');
    expect(audit?.details).toMatchObject({ version: version.version, effectiveFrom: today });
    expect((audit?.after as RulesView).rules.find((r) => r.categories?.includes('left_behind'))?.interval).toEqual({
      unit: 'day',
      count: 14,
    });
  });
});
