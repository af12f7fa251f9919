// The risk instrument as the city revises it: read with the version in force and every version; a new version
// (never an edit of an old one) changes the scores and cut-offs every later assessment is scored under; only
// rules:manage publishes; a bad body, an unknown item, a past date or cut-offs out of order are refused naming the
// field; the publication is audited.
import { addInterval, makeIdNumber, serviceDate, type RiskInstrument } from '@hehu/domain';
import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, settings } from '../src/db/schema.ts';
import { RISK_INSTRUMENT_KEY } from '../src/modules/risk/risk.instrument.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type Response, type TestApp } from './harness.ts';

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

interface VersionView extends RiskInstrument {
  revision: number;
  changedAt: string;
  changedBy: string | null;
}

const itemsOf = (instrument: RiskInstrument) => instrument.indicators.flatMap((i) => i.areas.flatMap((a) => a.items));

/** The body that publishes the version in force again with other cut-offs. */
function body(inForce: RiskInstrument, minTotal = inForce.cutoffs.minTotal, effectiveFrom = today) {
  return {
    effectiveFrom,
    source: '乐民发〔2026〕30号 关于调整监护风险评估分界的通知',
    scores: Object.fromEntries(
      itemsOf(inForce).map((item) => [item.code, Object.fromEntries(item.options.map((o) => [o.value, o.score]))]),
    ),
    minTotal,
  };
}

async function readInstrument(c: Client) {
  const res = await c.get('/api/risk/instrument/versions');
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return { inForce: res.json.inForce as RiskInstrument, versions: res.json.versions as VersionView[] };
}

let seq = 600;
async function child(c: Client, name: string): Promise<string> {
  seq += 1;
  const res = await c.post('/api/children', {
    name,
    idNumber: makeIdNumber(village.slice(0, 6), '2015-07-07', seq),
    divisionCode: village,
    householdType: 'rural',
    confirmNotDuplicate: true,
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  const id = res.json.id as string;
  const cat = await c.post(`/api/children/${id}/categories`, {
    category: 'left_behind',
    startDate: addInterval(today, { unit: 'month', count: -2 }),
    decisionRef: '乐民〔2026〕9号',
  });
  expect(cat.status).toBe(201);
  return id;
}

describe('risk instrument versions', () => {
  it('the city reads the version in force and every version with who published it', async () => {
    const { inForce, versions } = await readInstrument(await t.as('demo_city'));
    expect(inForce.effectiveFrom <= today).toBe(true);
    expect(itemsOf(inForce).length).toBeGreaterThan(0);
    expect(versions.map((v) => v.version)).toContain(inForce.version);
    expect(versions[0]).toMatchObject({
      revision: expect.any(Number) as number,
      changedAt: expect.any(String) as string,
    });
    // The assessment form's own read is unchanged: the instrument in force.
    const form = await (await t.as('demo_village')).get('/api/risk/instrument');
    expect(form.json.version).toBe(inForce.version);
  });

  it('a village director cannot publish', async () => {
    const { inForce } = await readInstrument(await t.as('demo_city'));
    const res = await (await t.as('demo_village')).post('/api/risk/instrument', body(inForce));
    expect(res.status).toBe(403);
  });

  it('a bad body or an unknown item is refused naming the field in Chinese, and nothing is stored', async () => {
    const city = await t.as('demo_city');
    const before = await t.database.db.select().from(settings).where(eq(settings.key, RISK_INSTRUMENT_KEY));
    const { inForce } = await readInstrument(city);
    const good = body(inForce);
    const noSource = await city.post('/api/risk/instrument', { ...good, source: ' ' });
    expect(noSource.status).toBe(400);
    expect(error(noSource)?.code).toBe('VALIDATION_FAILED');
    const issues = error(noSource)?.details?.issues as { path: string; message: string }[];
    expect(issues.find((i) => i.path === 'source')?.message).toBe('请填写依据（文件名称与文号）');

    const first = itemsOf(inForce)[0]!;
    const option = first.options[0]!.value;
    const tooHigh = await city.post('/api/risk/instrument', {
      ...good,
      scores: { ...good.scores, [first.code]: { [option]: 21 } },
    });
    expect(tooHigh.status).toBe(400);
    const scoreIssues = error(tooHigh)?.details?.issues as { path: string; message: string }[];
    expect(scoreIssues.find((i) => i.path === `scores.${first.code}.${option}`)?.message).toBe('分值最多为 20');

    const unknown = await city.post('/api/risk/instrument', { ...good, scores: { no_such_item: { a: 1 } } });
    expect(unknown.status).toBe(400);
    expect(error(unknown)?.code).toBe('RISK_INSTRUMENT_INVALID');
    expect(error(unknown)?.details?.field).toBe('scores.no_such_item');
    expect(error(unknown)?.message).toContain('不在现行量表中');

    const after = await t.database.db.select().from(settings).where(eq(settings.key, RISK_INSTRUMENT_KEY));
    expect(after.length).toBe(before.length);
  });

  it('an effective date in the past is refused, naming the field', async () => {
    const city = await t.as('demo_city');
    const { inForce } = await readInstrument(city);
    const yesterday = addInterval(today, { unit: 'day', count: -1 });
    const res = await city.post('/api/risk/instrument', body(inForce, inForce.cutoffs.minTotal, yesterday));
    expect(res.status).toBe(400);
    expect(error(res)?.code).toBe('RISK_INSTRUMENT_INVALID');
    expect(error(res)?.details?.field).toBe('effectiveFrom');
    expect(error(res)?.message).toContain('生效日期');
  });

  it('cut-offs out of order are refused, naming the cut-off', async () => {
    const city = await t.as('demo_city');
    const { inForce } = await readInstrument(city);
    const res = await city.post('/api/risk/instrument', body(inForce, { insufficient: 10, improper: 8, absent: 20 }));
    expect(res.status).toBe(400);
    expect(error(res)?.code).toBe('RISK_INSTRUMENT_INVALID');
    expect(error(res)?.details?.field).toBe('minTotal.improper');
    expect(error(res)?.message).toContain('最低总分须依次递增');

    // Each problem names its own field: here the top cut-off, equal to the one below it and above the highest total.
    const top = await city.post('/api/risk/instrument', body(inForce, { insufficient: 5, improper: 999, absent: 999 }));
    expect(top.status).toBe(400);
    expect(error(top)?.code).toBe('RISK_INSTRUMENT_INVALID');
    expect(error(top)?.details?.field).toBe('minTotal.absent');
    const problems = error(top)?.details?.problems as { field: string; message: string }[];
    expect(problems.map((p) => p.field)).toEqual(['minTotal.absent', 'minTotal.improper', 'minTotal.absent']);
    expect(problems[0]?.message).toBe('最低总分须依次递增：监护不足 < 监护失当 < 监护缺失');
    expect(problems[1]?.message).toMatch(/^监护失当的最低总分 999 超过可能的最高总分 \d+$/);
  });

  it('lower cut-offs from today raise the next assessment’s level and it stores the new version; audited', async () => {
    const county = await t.as('demo_county');
    const director = await t.as('demo_village');
    const city = await t.as('demo_city');
    const { inForce, versions: before } = await readInstrument(city);
    // Every item at its lowest option, then the two education items at their highest: a small total.
    const items = itemsOf(inForce);
    const answers = Object.fromEntries(items.map((i) => [i.code, i.options[0]!.value]));
    const raised = items.slice(0, 2);
    for (const item of raised) answers[item.code] = item.options.at(-1)!.value;
    const total = raised.reduce((sum, item) => sum + Math.max(...item.options.map((o) => o.score)), 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(inForce.cutoffs.minTotal.insufficient);

    const assess = async (name: string) => {
      const id = await child(county, name);
      const res = await director.post(`/api/children/${id}/assessments`, {
        id: randomUUID(),
        assessedOn: today,
        answers,
      });
      expect(res.status, JSON.stringify(res.json)).toBe(201);
      return res.json;
    };
    const old = await assess('岳小林');
    expect(old.total).toBe(total);
    expect(old.level).toBe('normal');
    expect(old.instrumentVersion).toBe(inForce.version);

    const minTotal = { insufficient: total, improper: total + 8, absent: total + 18 };
    const published = await city.post('/api/risk/instrument', body(inForce, minTotal));
    expect(published.status, JSON.stringify(published.json)).toBe(201);
    const version = published.json as unknown as VersionView;
    expect(version.revision).toBe((before[0]?.revision ?? 0) + 1);
    expect(version.changedBy).toBe('市民政局 · 王科员');
    expect(version.cutoffs.minTotal).toEqual(minTotal);
    expect(version.cutoffs.redFlags).toEqual(inForce.cutoffs.redFlags);
    expect(version.version).not.toBe(inForce.version);

    const now = await assess('岳小松');
    expect(now.total).toBe(total);
    expect(now.level).toBe('insufficient');
    expect(now.instrumentVersion).toBe(version.version);

    // The new version is in force and listed first; the old one is kept as it was.
    const again = await readInstrument(city);
    expect(again.inForce.version).toBe(version.version);
    expect(again.versions.length).toBe(before.length + 1);
    expect(again.versions[0]?.version).toBe(version.version);
    expect(again.versions.slice(1)).toEqual(before);

    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'risk.instrument.publish'), eq(auditLog.outcome, 'success')));
    expect(audit?.actorUsername).toBe('demo_city');
    expect(audit?.details).toMatchObject({ version: version.version, effectiveFrom: today, minTotal });
    expect((audit?.after as RiskInstrument).cutoffs.minTotal).toEqual(minTotal);
  });

  it('red flags that name no item, no option of it or no level are refused naming the flag’s field; nothing stored', async () => {
    const city = await t.as('demo_city');
    const before = await t.database.db.select().from(settings).where(eq(settings.key, RISK_INSTRUMENT_KEY));
    const { inForce } = await readInstrument(city);
    const bad = await city.post('/api/risk/instrument', {
      ...body(inForce),
      redFlags: [
        { item: 'guardian_performs', values: ['nobody'], level: 'absent' },
        { item: 'no_such_item', values: ['x'], level: 'absent' },
        { item: 'violence', values: ['beaten'], level: 'improper' },
        { item: 'violence', values: [], level: 'improper' },
        { item: 'guardian_performs', values: ['nobody'], level: 'improper' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(error(bad)?.code).toBe('RISK_INSTRUMENT_INVALID');
    expect(error(bad)?.details?.field).toBe('redFlags.1.item');
    const problems = error(bad)?.details?.problems as { field: string; message: string }[];
    expect(problems.map((p) => p.field)).toEqual([
      'redFlags.1.item',
      'redFlags.2.values',
      'redFlags.3.values',
      'redFlags.4.values',
    ]);
    expect(problems[1]?.message).toContain('「beaten」不是第');
    expect(problems[3]?.message).toContain('已在第 1 条红线中');

    const noLevel = await city.post('/api/risk/instrument', {
      ...body(inForce),
      redFlags: [{ item: 'violence', values: ['observed'], level: 'normal' }],
    });
    expect(noLevel.status).toBe(400);
    const issues = error(noLevel)?.details?.issues as { path: string; message: string }[];
    expect(issues.find((i) => i.path === 'redFlags.0.level')?.message).toBe('请选择监护缺失、监护失当或监护不足');

    const after = await t.database.db.select().from(settings).where(eq(settings.key, RISK_INSTRUMENT_KEY));
    expect(after.length).toBe(before.length);
  });

  it('the city revises the red flags: the next assessment follows them, the old version keeps its own; audited', async () => {
    const county = await t.as('demo_county');
    const director = await t.as('demo_village');
    const city = await t.as('demo_city');
    const { inForce, versions: before } = await readInstrument(city);
    const items = itemsOf(inForce);
    const lowest = Object.fromEntries(items.map((i) => [i.code, i.options[0]!.value]));
    const assess = async (name: string, answers: Record<string, string>) => {
      const id = await child(county, name);
      const res = await director.post(`/api/children/${id}/assessments`, {
        id: randomUUID(),
        assessedOn: today,
        answers,
      });
      expect(res.status, JSON.stringify(res.json)).toBe(201);
      return res.json as { level: string; total: number; redFlags: string[]; instrumentVersion: string };
    };
    // Under the version in force, a child living alone is at least 监护失当 by its red flag.
    const aloneAnswers = { ...lowest, living_alone: 'yes' };
    const aloneBefore = await assess('岳小竹', aloneAnswers);
    expect(aloneBefore.level).toBe('improper');
    expect(aloneBefore.redFlags).toEqual(['living_alone']);

    // The new notice: a child living alone is 监护缺失, suspected violence at least 监护不足, exploitation no red flag.
    const redFlags = [
      ...inForce.cutoffs.redFlags.filter((f) => f.item !== 'living_alone' && f.item !== 'exploitation'),
      { item: 'living_alone', values: ['yes'], level: 'absent' as const },
      { item: 'violence', values: ['suspected'], level: 'insufficient' as const },
    ];
    const published = await city.post('/api/risk/instrument', { ...body(inForce), redFlags });
    expect(published.status, JSON.stringify(published.json)).toBe(201);
    const version = published.json as unknown as VersionView;
    expect(version.cutoffs.redFlags).toEqual(redFlags);
    expect(version.cutoffs.minTotal).toEqual(inForce.cutoffs.minTotal);

    const aloneNow = await assess('岳小梅', aloneAnswers);
    expect(aloneNow.instrumentVersion).toBe(version.version);
    expect(aloneNow.level).toBe('absent');
    expect(aloneNow.redFlags).toEqual(['living_alone']);
    // Exploitation now counts by its score only: no red flag, the total's level.
    const exploited = await assess('岳小兰', { ...lowest, exploitation: 'occurring' });
    expect(exploited.redFlags).toEqual([]);
    expect(exploited.level).not.toBe('improper');
    const suspected = await assess('岳小菊', { ...lowest, violence: 'suspected' });
    expect(suspected.redFlags).toEqual(['violence']);

    // The earlier version is listed as it was, red flags included.
    const again = await readInstrument(city);
    expect(again.versions[0]?.version).toBe(version.version);
    expect(again.versions.slice(1)).toEqual(before);
    expect(again.versions[1]?.cutoffs.redFlags).toEqual(inForce.cutoffs.redFlags);

    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'risk.instrument.publish'), eq(auditLog.outcome, 'success')));
    const audit = audits.find((a) => (a.details as { version?: string }).version === version.version);
    expect(audit?.actorUsername).toBe('demo_city');
    expect((audit?.details as { redFlags: unknown }).redFlags).toEqual(redFlags);
    expect((audit?.before as RiskInstrument).cutoffs.redFlags).toEqual(inForce.cutoffs.redFlags);
    expect((audit?.after as RiskInstrument).cutoffs.redFlags).toEqual(redFlags);
  });
});
