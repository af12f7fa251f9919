// Visits: the due date computed from the rules in force, the last visit and the latest risk level; a visit
// recorded once however often it is submitted; dates outside the child's life refused naming the field; photos
// that are images only, stored once; another area's child not found; the township's board and the tasks.
import { addInterval, makeIdNumber, serviceDate } from '@hehu/domain';
import { and, count, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, riskAssessments, visits } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type Response, type TestApp } from './harness.ts';
import { visitBody } from './visits.helpers.ts';
import { pngBytes } from './uploads.ts';

let t: TestApp;
let village: string;
let village2: string;
let township: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ village, village2, township } = await demoVillages(t.database.db));
}, 120_000);
afterAll(() => t.close());

const code = (res: Response) => (res.json.error as { code: string } | undefined)?.code;
const details = (res: Response) => (res.json.error as { details?: Record<string, unknown> } | undefined)?.details;
const today = serviceDate();

interface PlanItem {
  childId: string;
  due: string;
  standing: string;
  lastVisit: string | null;
  riskLevel: string | null;
  plan: { zh: string };
}

let seq = 900;
/** A child of the village holding 留守 since `since`, recorded from a decision as the county would. */
async function leftBehindChild(c: Client, name: string, since: string, division = village): Promise<string> {
  seq += 1;
  const res = await c.post('/api/children', {
    name,
    idNumber: makeIdNumber(division.slice(0, 6), '2016-05-05', seq),
    divisionCode: division,
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

async function planOf(c: Client, childId: string): Promise<PlanItem> {
  const res = await c.get(`/api/children/${childId}/visits`);
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json.plan as PlanItem;
}

describe('visit plans', () => {
  it('a left-behind child under the monthly rule, last visited over a month ago, is overdue; a visit moves the due date', async () => {
    const county = await t.as('demo_county');
    const since = addInterval(today, { unit: 'month', count: -3 });
    const id = await leftBehindChild(county, '杜小雨', since);
    const before = await planOf(county, id);
    expect(before.plan.zh).toContain('每月');
    expect(before.due).toBe(addInterval(since, { unit: 'month', count: 1 }));
    expect(before.standing).toBe('overdue');

    const village = await t.as('demo_village');
    const lastMonth = addInterval(today, { unit: 'day', count: -40 });
    const old = await village.post('/api/visits', visitBody(id, { visitDate: lastMonth }));
    expect(old.status, JSON.stringify(old.json)).toBe(201);
    const stillLate = await planOf(county, id);
    expect(stillLate.lastVisit).toBe(lastMonth);
    expect(stillLate.due).toBe(addInterval(lastMonth, { unit: 'month', count: 1 }));
    expect(stillLate.standing).toBe('overdue');

    const now = await village.post('/api/visits', visitBody(id));
    expect(now.status).toBe(201);
    const after = await planOf(county, id);
    expect(after.due).toBe(addInterval(today, { unit: 'month', count: 1 }));
    expect(after.standing).toBe('later');
  });

  it('raising the child to the highest risk level makes the next visit due within the week', async () => {
    const county = await t.as('demo_county');
    const id = await leftBehindChild(county, '杜小松', addInterval(today, { unit: 'month', count: -2 }));
    const village = await t.as('demo_village');
    expect((await village.post('/api/visits', visitBody(id))).status).toBe(201);
    expect((await planOf(county, id)).standing).toBe('later');
    await t.database.db.insert(riskAssessments).values({
      id: randomUUID(),
      childId: id,
      assessedOn: today,
      instrumentVersion: 'risk-2026.1',
      answers: {},
      total: 30,
      byArea: {},
      level: 'absent',
    });
    const raised = await planOf(county, id);
    expect(raised.riskLevel).toBe('absent');
    expect(raised.due).toBe(addInterval(today, { unit: 'day', count: 7 }));
    expect(['this_week', 'later']).toContain(raised.standing);
    expect(raised.due <= addInterval(today, { unit: 'day', count: 7 })).toBe(true);
  });

  it("my visits lists the village's overdue children first and counts each standing", async () => {
    const village = await t.as('demo_village');
    const res = await village.get('/api/visits/mine?limit=200');
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const data = res.json.data as PlanItem[];
    const counts = res.json.counts as { overdue: number; thisWeek: number; later: number };
    expect(data.length).toBeGreaterThan(0);
    expect(data.map((d) => d.due)).toEqual([...data.map((d) => d.due)].sort());
    expect(data.filter((d) => d.standing === 'overdue').length).toBe(Math.min(counts.overdue, 200));
    const overdue = await village.get('/api/visits/mine?standing=overdue&limit=200');
    expect((overdue.json.data as PlanItem[]).every((d) => d.due < today)).toBe(true);
    // Visited this month: counted over the whole plan, here the same as the listed rows (all fit one page).
    const monthStart = `${today.slice(0, 7)}-01`;
    const firstPage = await village.get('/api/visits/mine?limit=1');
    expect((firstPage.json.counts as { doneThisMonth: number }).doneThisMonth).toBe(
      data.filter((d) => d.lastVisit !== null && d.lastVisit >= monthStart).length,
    );
  });
});

describe('recording a visit', () => {
  it('a retried submission stores one visit and one audit row, and answers with the first copy', async () => {
    const county = await t.as('demo_county');
    const id = await leftBehindChild(county, '杜小禾', addInterval(today, { unit: 'month', count: -2 }));
    const village = await t.as('demo_village');
    const body = visitBody(id, { note: '第一次提交' });
    const first = await village.post('/api/visits', body);
    const again = await village.post('/api/visits', { ...body, note: '网络恢复后重发' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json.replayed).toBe(true);
    expect(again.json.note).toBe('第一次提交');
    const [rows] = await t.database.db.select({ n: count() }).from(visits).where(eq(visits.childId, id));
    expect(rows?.n).toBe(1);
    const [audits] = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'visit.record'), eq(auditLog.targetId, id)));
    expect(audits?.n).toBe(1);
  });

  it('the same visit id for another child is refused', async () => {
    const county = await t.as('demo_county');
    const a = await leftBehindChild(county, '杜一', today);
    const b = await leftBehindChild(county, '杜二', today);
    const village = await t.as('demo_village');
    const body = visitBody(a);
    expect((await village.post('/api/visits', body)).status).toBe(201);
    const clash = await village.post('/api/visits', { ...body, childId: b });
    expect(clash.status).toBe(409);
    expect(code(clash)).toBe('VISIT_ID_TAKEN');
  });

  it('a visit in the future or before the birth is refused, naming the field', async () => {
    const county = await t.as('demo_county');
    const id = await leftBehindChild(county, '杜三', today);
    const village = await t.as('demo_village');
    const future = await village.post(
      '/api/visits',
      visitBody(id, { visitDate: addInterval(today, { unit: 'day', count: 1 }) }),
    );
    expect(future.status).toBe(400);
    expect(code(future)).toBe('VISIT_DATE_FUTURE');
    expect(details(future)?.field).toBe('visitDate');
    const early = await village.post('/api/visits', visitBody(id, { visitDate: '2016-05-04' }));
    expect(early.status).toBe(400);
    expect(code(early)).toBe('VISIT_DATE_BEFORE_BIRTH');
    expect(details(early)?.field).toBe('visitDate');
  });

  it("another county's child is not found, and nothing is stored", async () => {
    const county = await t.as('demo_county');
    const own = await leftBehindChild(county, '杜四', today);
    const other = await (await t.as('demo_village2')).get('/api/children?limit=1');
    const otherId = ((other.json.data as { id: string }[] | undefined) ?? [])[0]?.id;
    const village = await t.as('demo_village');
    const target = otherId ?? own;
    expect(otherId, 'the other county has children').toBeDefined();
    const res = await village.post('/api/visits', visitBody(target));
    expect(res.status).toBe(404);
    expect((await village.get(`/api/children/${target}/visits`)).status).toBe(404);
  });

  it('photos: an image is stored once however often it is sent; a PDF is refused', async () => {
    const county = await t.as('demo_county');
    const id = await leftBehindChild(county, '杜五', today);
    const village = await t.as('demo_village');
    const v = await village.post('/api/visits', visitBody(id));
    const visitId = v.json.id as string;
    const first = await village.upload('POST', `/api/visits/${visitId}/photos`, pngBytes());
    expect(first.status, JSON.stringify(first.json)).toBe(201);
    const again = await village.upload('POST', `/api/visits/${visitId}/photos`, pngBytes());
    expect(again.json.id).toBe(first.json.id);
    expect(again.json.replayed).toBe(true);
    const pdf = await village.upload('POST', `/api/visits/${visitId}/photos`, Buffer.from('%PDF-1.4\n%%EOF\n'));
    expect(pdf.status).toBe(415);
    expect(code(pdf)).toBe('VISIT_PHOTO_NOT_IMAGE');
    const file = await county.get(`/api/children/${id}/visits`);
    expect((file.json.data as { photoIds: string[] }[])[0]?.photoIds).toEqual([first.json.id]);
  });
});

describe('the board and the tasks', () => {
  it("the township's board counts each village's overdue visits, and the village director's tasks name the week", async () => {
    const town = await t.as('demo_township');
    const board = await town.get('/api/visits/board');
    expect(board.status, JSON.stringify(board.json)).toBe(200);
    expect(board.json.division).toBe(township);
    const rows = board.json.data as { code: string; overdue: number; inPlan: number }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.code.startsWith(township) && r.code.length === 12)).toBe(true);
    const mine = await (await t.as('demo_village')).get('/api/visits/mine');
    const counts = mine.json.counts as { overdue: number; thisWeek: number };
    const own = rows.find((r) => r.code === village);
    expect(own?.overdue).toBe(counts.overdue);
    const tasks = await (await t.as('demo_village')).get('/api/tasks');
    const due = (tasks.json.data as { id: string; title: string }[]).find((x) => x.id === 'visits-due');
    expect(due?.title).toBe(`本周待走访 ${counts.thisWeek} 人，逾期 ${counts.overdue} 人`);
    expect((await town.get(`/api/visits/board?division=${village2.slice(0, 9)}`)).status).toBe(404);
  });
});
