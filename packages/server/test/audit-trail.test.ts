// The audit administrator's view of one child: found by name or ID number without seeing the file, every row about
// it (reads, exports that held it, changes) in words, and the trail as an audited workbook.
import { makeIdNumber, maskIdNumber } from '@hehu/domain';
import { desc, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, refuseWrites, type Client, type TestApp } from './harness.ts';

let t: TestApp;
let childId: string;
const NAME = '审计追踪测试';
const ID_NUMBER = makeIdNumber('511102', '2015-03-04', 417);

interface Entry {
  action: string;
  actionLabel: string;
  actorUsername: string | null;
  actorName: string | null;
  actorUnit: string | null;
  targetType: string | null;
  targetTypeLabel: string | null;
  targetName: string | null;
  children: { id: string; name: string }[];
  childCount: number;
  details: Record<string, unknown> | null;
}

interface Found {
  id: string;
  name: string;
  idNumberMasked: string | null;
  divisionPath: string;
  status: string;
}

async function lastAudit(action: string) {
  const [row] = await t.database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, action))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

function download(c: Client, body: Record<string, unknown>) {
  return t.app.inject({
    method: 'POST',
    url: '/api/audit/export',
    payload: body,
    headers: { cookie: `hehu_session=${c.cookie ?? ''}`, 'x-csrf-token': c.csrfToken ?? '' },
  });
}

beforeAll(async () => {
  t = await createTestApp();
  const { village } = await demoVillages(t.database.db);
  const officer = await t.as('demo_village');
  const created = await officer.post('/api/children', { name: NAME, idNumber: ID_NUMBER, divisionCode: village });
  expect(created.status).toBe(201);
  childId = created.json.id as string;
  // A read, an export that holds the child, and a change, each by the village officer.
  expect((await officer.get(`/api/children/${childId}`)).status).toBe(200);
  const county = await t.as('demo_county');
  const exported = await t.app.inject({
    method: 'POST',
    url: '/api/children/export',
    payload: { q: NAME },
    headers: { cookie: `hehu_session=${county.cookie ?? ''}`, 'x-csrf-token': county.csrfToken ?? '' },
  });
  expect(exported.statusCode).toBe(200);
  const edit = await officer.request('PATCH', `/api/children/${childId}`, { version: 1, schoolName: '审计小学' });
  expect(edit.status).toBe(200);
});
afterAll(() => t.close());

describe('the audit routes belong to the audit administrator', () => {
  it.each(['demo_county', 'demo_village', 'demo_secadmin', 'demo_sysadmin'])('%s gets 403', async (username) => {
    const c = await t.as(username);
    expect((await c.post('/api/audit/children/search', { q: NAME })).status).toBe(403);
    expect((await c.get(`/api/audit?childId=${childId}`)).status).toBe(403);
    const res = await download(c, { childId });
    expect(res.statusCode).toBe(403);
    expect(res.rawPayload.subarray(0, 2).toString()).not.toBe('PK');
  });

  it('the database answers the lookup functions only to a caller holding audit:read', async () => {
    const [officer] = await t.database.db.select().from(users).where(eq(users.username, 'demo_county'));
    const [auditor] = await t.database.db.select().from(users).where(eq(users.username, 'demo_auditor'));
    const ask = (userId: string) =>
      t.database.db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('hehu.user_id', ${userId}, true), set_config('role', 'hehu_app', true)`);
        return tx.execute(sql`select * from hehu_audit_children(${sql.param([childId])}::uuid[])`);
      });
    await expect(ask(officer!.id)).rejects.toThrow();
    const answer = (await ask(auditor!.id)) as { rows: { name: string }[] };
    expect(answer.rows.map((r) => r.name)).toEqual([NAME]);
  });
});

describe('finding a child', () => {
  it('by the last four characters of the ID number, masked, and the lookup is recorded', async () => {
    const c = await t.as('demo_auditor');
    const res = await c.post('/api/audit/children/search', { q: ID_NUMBER.slice(-4) });
    expect(res.status).toBe(200);
    const found = (res.json.data as Found[]).find((f) => f.id === childId);
    expect(found && Object.keys(found).sort()).toEqual(['divisionPath', 'id', 'idNumberMasked', 'name', 'status']);
    expect(found).toMatchObject({ id: childId, name: NAME, idNumberMasked: maskIdNumber(ID_NUMBER), status: 'active' });
    expect(found?.divisionPath).toContain(' / ');
    // Only what picks the child: no birth date, address, guardian or full number.
    expect(JSON.stringify(res.body)).not.toContain(ID_NUMBER);
    const row = await lastAudit('audit.child_lookup');
    expect(row?.actorUsername).toBe('demo_auditor');
    expect(row?.details).toMatchObject({ kind: 'id_last_four', query: ID_NUMBER.slice(-4) });
  });

  it('by the full ID number, kept masked in the trail', async () => {
    const c = await t.as('demo_auditor');
    const res = await c.post('/api/audit/children/search', { q: ID_NUMBER });
    expect((res.json.data as Found[]).map((f) => f.id)).toEqual([childId]);
    const row = await lastAudit('audit.child_lookup');
    expect(row?.details).toMatchObject({ kind: 'id_number', query: maskIdNumber(ID_NUMBER), childIds: [childId] });
    expect(JSON.stringify(row)).not.toContain(ID_NUMBER);
  });

  it('by name', async () => {
    const c = await t.as('demo_auditor');
    const res = await c.post('/api/audit/children/search', { q: NAME.slice(0, 4) });
    expect((res.json.data as Found[]).map((f) => f.name)).toContain(NAME);
  });
});

describe("a child's trail", () => {
  it('lists the read, the export that held the child and the change, in words', async () => {
    const c = await t.as('demo_auditor');
    const res = await c.get(`/api/audit?childId=${childId}&limit=100`);
    expect(res.status).toBe(200);
    const rows = res.json.data as Entry[];
    const read = rows.find((r) => r.action === 'child.read');
    expect(read).toMatchObject({
      actionLabel: '查看儿童档案',
      actorUsername: 'demo_village',
      targetTypeLabel: '儿童档案',
      targetName: NAME,
    });
    expect(read?.actorName).toBeTruthy();
    // The operator's unit: the division of its grant, by name.
    expect(read?.actorUnit).toMatch(/市中区/);
    const exported = rows.find((r) => r.action === 'child.export');
    expect(exported?.actorUsername).toBe('demo_county');
    expect(exported?.children).toEqual([{ id: childId, name: NAME }]);
    expect(exported?.details?.childIds).toEqual([childId]);
    const change = rows.find((r) => r.action === 'child.update');
    expect(change).toMatchObject({ actionLabel: '修改儿童档案', targetName: NAME });
    // Rows about other children stay out.
    expect(rows.every((r) => r.action !== 'auth.login')).toBe(true);
  });
});

describe('the trail as a workbook', () => {
  it('exports the filtered rows in words and records the export', async () => {
    const c = await t.as('demo_auditor');
    const res = await download(c, { childId });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain('attachment');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').text).toMatch(/导出人：.*demo_auditor/);
    const actions = ws.getColumn(6).values.map(String);
    expect(actions).toEqual(expect.arrayContaining(['查看儿童档案', '导出儿童名册', '修改儿童档案']));
    expect(ws.getColumn(7).values.map(String)).toEqual(expect.arrayContaining([`儿童档案 ${NAME}`]));
    const row = await lastAudit('audit.export');
    expect(row?.actorUsername).toBe('demo_auditor');
    expect(row?.details).toMatchObject({ filter: { childId }, rows: ws.rowCount - 2 });
  });

  it('sends nothing when its audit row cannot be stored', async () => {
    const c = await t.as('demo_auditor');
    const before = await lastAudit('audit.export');
    const restore = await refuseWrites(t, 'audit_log', `new.action = 'audit.export'`, true);
    try {
      const res = await download(c, { childId });
      expect(res.statusCode).toBe(500);
      expect(res.rawPayload.subarray(0, 2).toString()).not.toBe('PK');
      expect(String(res.headers['content-type'])).toContain('application/json');
    } finally {
      await restore();
    }
    expect((await lastAudit('audit.export'))?.id).toBe(before?.id);
  });
});

describe("a case's reporter", () => {
  const REPORT = {
    trigger: 'abuse_injuries',
    childName: '审计个案',
    childAge: 8,
    description: '手臂多处淤青，自述被打。',
  };

  it('is shown to the audit administrator by receipt number, and the lookup is recorded against the case', async () => {
    const teacher = await t.as('demo_teacher');
    const filed = await teacher.post('/api/cases/reports', REPORT);
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const receiptNo = filed.json.receiptNo as string;
    const auditor = await t.as('demo_auditor');
    const res = await auditor.post('/api/audit/case-reporters', { receiptNo });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [intake] = res.json.intakes as { receiptNo: string; reporterUsername: string; reporterUnit: string }[];
    expect(intake).toMatchObject({ receiptNo, reporterUsername: 'demo_teacher' });
    expect(intake?.reporterUnit).toBeTruthy();
    expect(res.json.stage).toBe('受理');
    // Who reported, where and how far along — not the case's account of the child.
    expect(JSON.stringify(res.body)).not.toContain(REPORT.description);
    const row = await lastAudit('audit.case_reporter_lookup');
    expect(row).toMatchObject({ actorUsername: 'demo_auditor', targetType: 'case', targetId: res.json.caseId });
    expect(row?.details).toMatchObject({ receiptNo, intakes: 1 });
    // The auditor does not read the case itself.
    expect([403, 404]).toContain((await auditor.get(`/api/cases/${res.json.caseId as string}`)).status);
  });

  it('an unknown receipt number answers 404 and the miss is recorded; other roles get 403', async () => {
    const auditor = await t.as('demo_auditor');
    const miss = await auditor.post('/api/audit/case-reporters', { receiptNo: 'SB19990101000001' });
    expect(miss.status).toBe(404);
    expect((miss.json.error as { code: string }).code).toBe('CASE_RECEIPT_NOT_FOUND');
    const row = await lastAudit('audit.case_reporter_lookup');
    expect(row).toMatchObject({ outcome: 'failure', details: { receiptNo: 'SB19990101000001' } });
    const bad = await auditor.post('/api/audit/case-reporters', { receiptNo: '12345' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('receiptNo');
    for (const username of ['demo_protect', 'demo_county', 'demo_secadmin']) {
      const c = await t.as(username);
      expect((await c.post('/api/audit/case-reporters', { receiptNo: 'SB19990101000001' })).status).toBe(403);
    }
  });

  it('the database answers the reporter function only to a caller holding audit:read', async () => {
    const [worker] = await t.database.db.select().from(users).where(eq(users.username, 'demo_protect'));
    const [auditor] = await t.database.db.select().from(users).where(eq(users.username, 'demo_auditor'));
    const teacher = await t.as('demo_teacher');
    const filed = await teacher.post('/api/cases/reports', REPORT);
    const ask = (userId: string) =>
      t.database.db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('hehu.user_id', ${userId}, true), set_config('role', 'hehu_app', true)`);
        return tx.execute(sql`select * from hehu_audit_case_reporters(${filed.json.receiptNo as string})`);
      });
    await expect(ask(worker!.id)).rejects.toThrow();
    const answer = (await ask(auditor!.id)) as { rows: { reporter_phone: string | null }[] };
    expect(answer.rows).toHaveLength(1);
  });
});
