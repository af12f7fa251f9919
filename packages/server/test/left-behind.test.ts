// Left-behind children's care: the entrusted carer checked (a carer of 17 refused naming the field), the parents'
// weekly contact (seven days quiet is fine, eight raise an alert and a task), the care record saved under a
// version (the second of two savers is told), the signing rate by area, the national registration form, and
// another area's child not found.
import { addInterval, makeIdNumber, serviceDate } from '@hehu/domain';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditLog, leftBehindCare } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type Response, type TestApp } from './harness.ts';

let t: TestApp;
let village: string;
let village2: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ village, village2 } = await demoVillages(t.database.db));
}, 120_000);
afterAll(() => t.close());

const onPostgres = inject('databaseMode') === 'postgres';
const code = (res: Response) => (res.json.error as { code: string } | undefined)?.code;
const field = (res: Response) => (res.json.error as { details?: { field?: string } } | undefined)?.details?.field;
const today = serviceDate();
const daysAgo = (n: number) => addInterval(today, { unit: 'day', count: -n });

let seq = 700;
/** A child of the village holding 留守 since `since`, with a grandmother born on `carerBirth` as entrusted carer. */
async function leftBehindChild(
  c: Client,
  name: string,
  since: string,
  opts: { carerBirth?: string; division?: string; birthDate?: string } = {},
): Promise<{ id: string; carerRelationId: string }> {
  seq += 1;
  const division = opts.division ?? village;
  // Categories are recorded by the county from its decisions; the village director keeps the care record.
  const county = await t.as('demo_county');
  const res = await county.post('/api/children', {
    name,
    idNumber: makeIdNumber(division.slice(0, 6), opts.birthDate ?? '2015-03-03', seq),
    divisionCode: division,
    householdType: 'rural',
    confirmNotDuplicate: true,
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  const id = res.json.id as string;
  const cat = await county.post(`/api/children/${id}/categories`, {
    category: 'left_behind',
    startDate: since,
    decisionRef: '乐民〔2026〕11号',
  });
  expect(cat.status, JSON.stringify(cat.json)).toBe(201);
  const rel = await c.post(`/api/children/${id}/relations`, {
    kind: 'entrusted_carer',
    relationLabel: '祖母',
    startDate: since,
    person: { name: `${name.slice(0, 1)}奶奶`, birthDate: opts.carerBirth ?? '1958-06-01' },
  });
  expect(rel.status, JSON.stringify(rel.json)).toBe(201);
  return { id, carerRelationId: (rel.json as { id: string }).id };
}

const care = (carerRelationId: string | null, extra: Record<string, unknown> = {}) => ({
  version: 0,
  livingArrangement: 'with_carer',
  carerRelationId,
  carerFullCapacity: true,
  carerExclusions: {},
  ...extra,
});

describe('the entrusted carer', () => {
  it('a carer aged 17 is refused naming the birth date; an adult is accepted and the save is audited', async () => {
    const c = await t.as('demo_village');
    const young = await leftBehindChild(c, '牟小禾', daysAgo(60), {
      carerBirth: addInterval(today, { unit: 'month', count: -17 * 12 }),
    });
    const refused = await c.put(`/api/children/${young.id}/care`, care(young.carerRelationId));
    expect(refused.status, JSON.stringify(refused.json)).toBe(400);
    expect(code(refused)).toBe('CARER_NOT_ELIGIBLE');
    expect(field(refused)).toBe('carer.birthDate');
    expect(JSON.stringify(refused.json)).toContain('18');
    expect(await t.database.db.$count(leftBehindCare, eq(leftBehindCare.childId, young.id))).toBe(0);

    const adult = await leftBehindChild(c, '牟小苗', daysAgo(60));
    const excluded = await c.put(
      `/api/children/${adult.id}/care`,
      care(adult.carerRelationId, { carerExclusions: { addiction: true } }),
    );
    expect(code(excluded)).toBe('CARER_NOT_ELIGIBLE');
    expect(field(excluded)).toBe('carer.exclusions.addiction');
    const saved = await c.put(
      `/api/children/${adult.id}/care`,
      care(adult.carerRelationId, { agreementSignedOn: daysAgo(3) }),
    );
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    expect(saved.json.version).toBe(1);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'care.save'), eq(auditLog.targetId, adult.id)));
    expect(audit).toHaveLength(1);

    const future = await c.put(
      `/api/children/${adult.id}/care`,
      care(adult.carerRelationId, { version: 1, agreementSignedOn: addInterval(today, { unit: 'day', count: 2 }) }),
    );
    expect(code(future)).toBe('CARE_DATE_FUTURE');
    expect(field(future)).toBe('agreementSignedOn');
  });
});

describe('the parents’ contact', () => {
  it('seven days without contact is on time; eight raise an alert, a task and a place on the list', async () => {
    const c = await t.as('demo_village');
    const seven = await leftBehindChild(c, '牟七天', daysAgo(40));
    const eight = await leftBehindChild(c, '牟八天', daysAgo(40));
    for (const [child, days] of [
      [seven, 7],
      [eight, 8],
    ] as const) {
      const res = await c.post(`/api/children/${child.id}/contacts`, {
        id: randomUUID(),
        contactDate: daysAgo(days),
        channel: 'video',
        parent: 'both',
      });
      expect(res.status, JSON.stringify(res.json)).toBe(201);
    }
    const onTime = await c.get(`/api/children/${seven.id}/care`);
    expect(onTime.status).toBe(200);
    expect(onTime.json.contact).toMatchObject({ daysSince: 7 });
    expect(onTime.json.alerts).toEqual([]);
    const late = await c.get(`/api/children/${eight.id}/care`);
    expect(late.json.contact).toMatchObject({ daysSince: 8 });
    expect((late.json.alerts as { code: string; zh: string }[]).map((a) => a.code)).toContain('CONTACT_OVERDUE');

    const list = await c.get('/api/left-behind/children?alert=contact');
    expect(list.status, JSON.stringify(list.json)).toBe(200);
    const ids = (list.json.data as { id: string }[]).map((r) => r.id);
    expect(ids).toContain(eight.id);
    expect(ids).not.toContain(seven.id);
    const tasks = await c.get('/api/tasks');
    const task = (tasks.json.data as { id: string; title: string }[]).find((x) => x.id === 'care-contact-overdue');
    expect(task?.title).toContain(`${ids.length} 名留守儿童`);
  });

  it('a contact sent twice is kept once; a date in the future names the field', async () => {
    const c = await t.as('demo_village');
    const child = await leftBehindChild(c, '牟重发', daysAgo(20));
    const body = { id: randomUUID(), contactDate: daysAgo(1), channel: 'phone', parent: 'mother' };
    const first = await c.post(`/api/children/${child.id}/contacts`, body);
    const again = await c.post(`/api/children/${child.id}/contacts`, body);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json).toMatchObject({ id: body.id, replayed: true });
    const view = await c.get(`/api/children/${child.id}/care`);
    expect(view.json.contacts as unknown[]).toHaveLength(1);
    const future = await c.post(`/api/children/${child.id}/contacts`, {
      ...body,
      id: randomUUID(),
      contactDate: addInterval(today, { unit: 'day', count: 1 }),
    });
    expect(code(future)).toBe('CONTACT_DATE_INVALID');
    expect(field(future)).toBe('contactDate');
  });

  it('a child under 8 left unattended raises the living alert', async () => {
    const c = await t.as('demo_village');
    const small = await leftBehindChild(c, '牟幼幼', daysAgo(30), { birthDate: daysAgo(6 * 365) });
    const saved = await c.put(
      `/api/children/${small.id}/care`,
      care(small.carerRelationId, { livingArrangement: 'unattended' }),
    );
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    const view = await c.get(`/api/children/${small.id}/care`);
    expect((view.json.alerts as { code: string }[]).length).toBeGreaterThan(0);
    const list = await c.get('/api/left-behind/children?alert=living');
    expect((list.json.data as { id: string }[]).map((r) => r.id)).toContain(small.id);
  });
});

describe('saving the care record', () => {
  it('a save on a version someone else already changed is refused with 409 and changes nothing', async () => {
    const c = await t.as('demo_village');
    const child = await leftBehindChild(c, '牟两存', daysAgo(50));
    expect((await c.put(`/api/children/${child.id}/care`, care(child.carerRelationId))).status).toBe(200);
    const first = await c.put(
      `/api/children/${child.id}/care`,
      care(child.carerRelationId, { version: 1, carerEvidence: '甲' }),
    );
    expect(first.status).toBe(200);
    const stale = await c.put(
      `/api/children/${child.id}/care`,
      care(child.carerRelationId, { version: 1, carerEvidence: '乙' }),
    );
    expect(stale.status).toBe(409);
    expect(code(stale)).toBe('CARE_CHANGED');
    const [row] = await t.database.db.select().from(leftBehindCare).where(eq(leftBehindCare.childId, child.id));
    expect(row).toMatchObject({ version: 2, carerEvidence: '甲' });
  });

  it.skipIf(!onPostgres)('two directors saving at the same time: one is saved, the other is told (409)', async () => {
    const a = await t.as('demo_village');
    const b = await t.as('demo_village');
    for (let round = 0; round < 3; round++) {
      const child = await leftBehindChild(a, `牟同时${round}`, daysAgo(50));
      const answers = await Promise.all([
        a.put(`/api/children/${child.id}/care`, care(child.carerRelationId, { carerEvidence: '甲' })),
        b.put(`/api/children/${child.id}/care`, care(child.carerRelationId, { carerEvidence: '乙' })),
      ]);
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = answers.find((r) => r.status === 200);
      const rows = await t.database.db.select().from(leftBehindCare).where(eq(leftBehindCare.childId, child.id));
      expect(rows).toHaveLength(1);
      expect(rows[0]?.carerEvidence).toBe(winner?.json.carerEvidence);
      const audit = await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'care.save'), eq(auditLog.targetId, child.id)));
      expect(audit).toHaveLength(1);
    }
  });
});

describe('signing rate, registration form and scope', () => {
  it('the township sees each village’s signing rate; a new signed agreement raises it', async () => {
    const town = await t.as('demo_township');
    const before = await town.get('/api/left-behind/signing');
    expect(before.status, JSON.stringify(before.json)).toBe(200);
    const row = (res: Response) =>
      (res.json.data as { code: string; leftBehind: number; signed: number; rate: number }[]).find(
        (r) => r.code === village,
      );
    const b = row(before);
    expect(b).toBeDefined();
    const c = await t.as('demo_village');
    const child = await leftBehindChild(c, '牟签约', daysAgo(30));
    expect(
      (await c.put(`/api/children/${child.id}/care`, care(child.carerRelationId, { agreementSignedOn: today }))).status,
    ).toBe(200);
    const after = row(await town.get('/api/left-behind/signing'));
    expect(after?.leftBehind).toBe((b?.leftBehind ?? 0) + 1);
    expect(after?.signed).toBe((b?.signed ?? 0) + 1);
    expect(after?.rate).toBeCloseTo((after?.signed ?? 0) / (after?.leftBehind ?? 1), 5);
    expect((await c.get(`/api/left-behind/signing?division=${village2.slice(0, 9)}`)).status).toBe(404);
  });

  it('the registration form lists the village’s left-behind children with their carer, masked', async () => {
    const c = await t.as('demo_county');
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/left-behind/registration.xlsx?division=${village}`,
      headers: { cookie: `hehu_session=${c.cookie ?? ''}`, 'accept-language': 'zh-CN' },
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const text = ws.getSheetValues().flat().map(String).join('|');
    expect(text).toContain('公民身份证号码');
    expect(text).toContain('牟签约');
    expect(text).toContain('牟奶奶');
    expect(text).not.toMatch(/\d{17}[\dX]/);
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'child.export'), eq(auditLog.actorUsername, 'demo_county')))
      .orderBy(auditLog.at)
      .limit(50);
    expect(audit).toBeDefined();
  });

  it('another village’s director finds neither the care record nor a way to change it', async () => {
    const c = await t.as('demo_village');
    const child = await leftBehindChild(c, '牟别村', daysAgo(30));
    const other = await t.as('demo_village2');
    expect((await other.get(`/api/children/${child.id}/care`)).status).toBe(404);
    expect((await other.put(`/api/children/${child.id}/care`, care(child.carerRelationId))).status).toBe(404);
    expect(
      (
        await other.post(`/api/children/${child.id}/contacts`, {
          id: randomUUID(),
          contactDate: today,
          channel: 'phone',
          parent: 'father',
        })
      ).status,
    ).toBe(404);
  });
});
