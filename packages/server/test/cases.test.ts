// Minor protection cases through the API, as each user meets them: the 12345 operator's urgent call lands at the
// county's protection centre with an hour deadline and escalates when late; a teacher's mandatory report is seen
// by her only as received / handled; a 12345 work order sent twice (also at once, on PostgreSQL) makes one case
// and its outcome is queued back; a referral to the police is answered by the partner account and a case cannot
// close while it is open; the whole chain runs intake → verification → assessment → plan → referral → closure.
// Break-the-glass, documents, the library, statistics and tier settings: cases-library.test.ts.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deliverOutbox } from '../src/modules/cases/index.ts';
import {
  API_KEY,
  actOn,
  code,
  hotlineCall,
  ownerRows,
  runCaseToClosure,
  setUpCases,
  takeHotlineCall,
  type CasesWorld,
} from './cases.helpers.ts';
import type { Client, TestApp } from './harness.ts';

const onPostgres = inject('databaseMode') === 'postgres';

let w: CasesWorld;
let t: TestApp;
let hotline: Client;
let worker: Client;
let county: Client;
let city: Client;
let police: Client;
let teacher: Client;
let village = '';
const owner = <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => ownerRows<T>(t, query);
const call = (over: Record<string, unknown> = {}) => hotlineCall(village, over);
const takeCall = (over: Record<string, unknown> = {}) => takeHotlineCall(w, over);
const act = actOn;
const runToClosure = (id: string) => runCaseToClosure(w, id);

beforeAll(async () => {
  w = await setUpCases();
  ({ t, hotline, worker, county, city, police, teacher, village } = w);
}, 120_000);
afterAll(() => t.close());

describe('intake from the hotline', () => {
  it('an urgent call is assigned to the county with an hour deadline, and escalates to the city when late', async () => {
    const before = Date.now();
    const { receipt, id } = await takeCall();
    expect(receipt.tier).toBe('urgent');
    expect(receipt.countyName).toBe('市中区');
    expect(receipt.caseId, 'the operator does not work cases').toBeNull();
    expect(receipt.receiptNo).toMatch(/^SB\d{8}\d{6}$/);
    const due = new Date(receipt.respondBy as string).getTime();
    expect(due - before).toBeGreaterThan(59 * 60_000);
    expect(due - before).toBeLessThan(61 * 60_000);
    // In front of the county's protection centre: the worker sees it, may open it before anyone accepts it.
    const list = await worker.get('/api/cases?stage=intake&limit=200');
    expect((list.json.items as { id: string; open: boolean }[]).find((c) => c.id === id)?.open).toBe(true);
    expect((await hotline.get(`/api/cases/${id}`)).status).toBe(403);
    // Two hours later nobody has answered it: overdue, on the county's and the city's home page.
    await owner(sql`update cases set respond_by = now() - interval '1 hour' where id = ${id}`);
    const overdue = await county.get('/api/cases?overdue=true&limit=200');
    expect((overdue.json.items as { id: string }[]).map((c) => c.id)).toContain(id);
    for (const c of [county, city]) {
      const tasks = (await c.get('/api/tasks')).json.data as { kind: string }[];
      expect(tasks.map((x) => x.kind)).toContain('cases.overdue');
    }
  });

  it('refuses a place outside the city and names the field', async () => {
    const res = await hotline.post('/api/cases/intake', call({ divisionCode: '510104' }));
    expect(res.status).toBe(400);
    expect(code(res)).toBe('CASE_DIVISION_INVALID');
    expect((res.json.error as { details: { field: string } }).details.field).toBe('divisionCode');
    // A child's file named on the intake must be one the caller reaches.
    const [other] = await owner<{ id: string }>(
      sql`select id from children where division_code like '511123%' limit 1`,
    );
    const stranger = await hotline.post('/api/cases/intake', call({ childId: other!.id }));
    expect(code(stranger)).toBe('CASE_CHILD_NOT_FOUND');
  });
});

describe('a mandatory report', () => {
  it('needs a trigger situation, and is seen by its reporter only as received, then handled — never the case', async () => {
    const bad = await teacher.post('/api/cases/reports', { childName: '张明', description: '手臂多处淤青，说是被打' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('trigger');
    const res = await teacher.post('/api/cases/reports', {
      trigger: 'abuse_injuries',
      childName: '张明',
      childAge: 9,
      description: '三年级学生手臂、背部多处淤青，自述被父亲殴打。',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.json.tier).toBe('urgent');
    expect(res.json.caseId).toBeNull();
    const [row] = await owner<{ id: string }>(
      sql`select case_id as id from case_intakes where receipt_no = ${res.json.receiptNo as string}`,
    );
    expect((await teacher.get(`/api/cases/${row!.id}`)).status).toBe(403);
    const mine = async () =>
      (
        (await teacher.get('/api/cases/reports/mine')).json.items as {
          receiptNo: string;
          status: string;
          outcome: string | null;
        }[]
      ).find((r) => r.receiptNo === res.json.receiptNo);
    expect((await mine())?.status).toBe('received');
    // The case team works it to closure; the reporter is told the outcome.
    await runToClosure(row!.id);
    const told = await mine();
    expect(told?.status).toBe('handled');
    expect(told?.outcome).toContain('监护');
    expect(JSON.stringify(told)).not.toContain('assessment');
  });
});

describe('12345 work orders', () => {
  const order = (no: string) => ({
    workOrderNo: no,
    receivedAt: new Date().toISOString(),
    content: '市民反映：某小区有一男孩经常深夜在外游荡，疑似无人照看。',
    districtCode: '511102',
    urgent: false,
  });
  const send = (body: unknown, key = API_KEY) =>
    t.client().request('POST', '/api/integrations/hotline/work-orders', body, { 'x-api-key': key });

  it('a work order sent twice makes one case and answers the same receipt', async () => {
    const first = await send(order('GD-2026-000001'));
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const again = await send(order('GD-2026-000001'));
    expect(again.status).toBe(200);
    expect(again.json.receiptNo).toBe(first.json.receiptNo);
    expect(again.json.duplicate).toBe(true);
    const [n] = await owner<{ n: number }>(
      sql`select count(*)::int as n from case_intakes where external_id = 'GD-2026-000001'`,
    );
    expect(n!.n).toBe(1);
  });

  it.skipIf(!onPostgres)('sent twice at the same moment, still one case', async () => {
    const [a, b] = await Promise.all([send(order('GD-2026-000002')), send(order('GD-2026-000002'))]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.json.receiptNo).toBe(b.json.receiptNo);
    const [n] = await owner<{
      n: number;
    }>(sql`select count(*)::int as n from cases c join case_intakes i on i.case_id = c.id
      where i.external_id = 'GD-2026-000002'`);
    expect(n!.n).toBe(1);
  });

  it('a bad or revoked key is refused with 401 and audited', async () => {
    const bad = await send(order('GD-2026-000003'), 'wrong-key');
    expect(bad.status).toBe(401);
    expect(code(bad)).toBe('API_KEY_INVALID');
    const [audit] = await owner<{
      n: number;
    }>(sql`select count(*)::int as n from audit_log where action = 'case.work_order.refused'
      and details->>'workOrderNo' = 'GD-2026-000003'`);
    expect(audit!.n).toBe(1);
    await owner(sql`update api_clients set revoked_at = now() where system_code = 'test12345'`);
    expect((await send(order('GD-2026-000004'))).status).toBe(401);
    await owner(sql`update api_clients set revoked_at = null where system_code = 'test12345'`);
  });

  it('the outcome is queued back to the sender after closure and delivered by the outbox, retried on failure', async () => {
    const sent = await send(order('GD-2026-000005'));
    const [row] = await owner<{ id: string }>(
      sql`select case_id as id from case_intakes where external_id = 'GD-2026-000005'`,
    );
    await runToClosure(row!.id);
    const [queued] = await owner<{ id: string; payload: { workOrderNo: string; outcome: string } }>(
      sql`select o.id, o.payload from outbox o join api_clients a on a.id = o.api_client_id
        where a.system_code = 'test12345' and o.payload->>'workOrderNo' = 'GD-2026-000005'`,
    );
    expect(queued?.payload.outcome).toContain('监护');
    expect(sent.json.receiptNo).toBeTruthy();
    const received: unknown[] = [];
    const failing = await deliverOutbox(t.database, new Date(), () => Promise.resolve({ ok: false, status: 503 }));
    expect(failing.failed).toBeGreaterThan(0);
    const [afterFailure] = await owner<{ attempts: number; last_error: string }>(
      sql`select attempts, last_error from outbox where id = ${queued!.id}`,
    );
    expect(afterFailure).toEqual({ attempts: 1, last_error: 'HTTP 503' });
    // Due a minute ago: the database's now() has microseconds, the JavaScript clock only milliseconds.
    await owner(sql`update outbox set next_attempt_at = now() - interval '1 minute' where id = ${queued!.id}`);
    await deliverOutbox(t.database, new Date(), (_url, body) => {
      received.push(body);
      return Promise.resolve({ ok: true, status: 200 });
    });
    expect(received).toContainEqual(expect.objectContaining({ workOrderNo: 'GD-2026-000005' }));
    const [done] = await owner<{ delivered: boolean }>(
      sql`select delivered_at is not null as delivered from outbox where id = ${queued!.id}`,
    );
    expect(done!.delivered).toBe(true);
  });
});

describe('the case chain with a referral to the police', () => {
  it('intake → assessment → referral answered by the police → closure, refused while the referral is open', async () => {
    const { id } = await takeCall({ childName: '陈小军', summary: '男孩在车站附近乞讨，自称父母外出打工联系不上。' });
    expect((await act(worker, id, { action: 'accept' })).status).toBe(200);
    expect(
      (
        await act(worker, id, {
          action: 'verify',
          note: '现场核查属实',
          verification: { method: '现场', date: '2026-11-30' },
        })
      ).status,
    ).toBe(200);
    // Temporary guardianship while the parents are found, ended only with a written return assessment.
    const guard = await act(worker, id, {
      action: 'temporary_guardianship',
      note: '父母失联，先行临时监护',
      temporaryTrigger: 'guardian_missing',
      placement: 'protection_institution',
    });
    expect(guard.status, JSON.stringify(guard.body)).toBe(200);
    expect(guard.json.guardianship).toBe('temporary');
    expect((await act(worker, id, { action: 'assess', note: '儿童身体健康，需查找父母' })).status).toBe(200);
    expect((await act(worker, id, { action: 'plan', note: '查找父母并评估送返' })).status).toBe(200);
    const units = (await worker.get('/api/partner-units?kind=public_security')).json as unknown as {
      id: string;
      name: string;
    }[];
    const policeUnit = units.find((u) => u.name.includes('市中区'))!;
    const referred = await worker.post(`/api/cases/${id}/referrals`, {
      partnerUnitId: policeUnit.id,
      request: '请协助查找父母下落',
    });
    expect(referred.status, JSON.stringify(referred.body)).toBe(201);
    const referral = (referred.json.referrals as { id: string; status: string }[]).at(-1)!;
    expect(referral.status).toBe('sent');
    // Closing now is refused: the referral is open, and the child is still under temporary guardianship.
    const early = await act(worker, id, { action: 'request_closure', note: '准备结案' });
    expect(early.status).toBe(409);
    expect(code(early)).toBe('CASE_GUARDIANSHIP_OPEN');
    const noAssessment = await act(worker, id, { action: 'end_temporary_guardianship', note: '送回父亲' });
    expect(code(noAssessment)).toBe('CASE_RETURN_NOT_ASSESSED');
    const back = await act(worker, id, {
      action: 'end_temporary_guardianship',
      note: '父亲已返乡，评估具备监护能力，送回父亲',
    });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    const stillOpen = await act(worker, id, { action: 'request_closure', note: '准备结案' });
    expect(code(stillOpen)).toBe('CASE_OPEN_REFERRALS');
    // The police see only the referral; another unit's referral and the case itself are not theirs.
    const inbox = (await police.get('/api/referrals')).json.items as { id: string; request: string; version: number }[];
    const mine = inbox.find((r) => r.id === referral.id)!;
    expect(mine.request).toBe('请协助查找父母下落');
    expect((await police.get(`/api/cases/${id}`)).status).toBe(403);
    const answered = await police.post(`/api/referrals/${referral.id}/answer`, {
      decision: 'answer',
      text: '已联系到其父亲，正在返乡途中',
      version: mine.version,
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(answered.json.status).toBe('answered');
    const detail = await worker.get(`/api/cases/${id}`);
    expect((detail.json.actions as { action: string }[]).map((a) => a.action)).toContain('referral_answered');
    // Four eyes at closure: the worker asks, the county approves; the county cannot approve its own request.
    expect((await act(worker, id, { action: 'request_closure', note: '父亲已接回，监护正常' })).status).toBe(200);
    expect((await act(worker, id, { action: 'approve_closure' })).status).toBe(403);
    const closed = await act(county, id, { action: 'approve_closure' });
    expect(closed.status).toBe(200);
    expect(closed.json.stage).toBe('closed');
  });

  it('a referral goes to a partner unit only, and an open help-plan task stops closure', async () => {
    const { id } = await takeCall({ immediateDanger: false });
    for (const body of [
      { action: 'accept' },
      { action: 'verify', note: '入户核查属实', verification: { method: '入户', date: '2026-11-30' } },
      { action: 'assess', note: '需要学校关注' },
      { action: 'plan', note: '学校每周反馈' },
    ])
      expect((await act(worker, id, body)).status).toBe(200);
    const [school] = await owner<{ id: string }>(sql`select id from partner_units where role = 'reporter' limit 1`);
    const wrong = await worker.post(`/api/cases/${id}/referrals`, { partnerUnitId: school!.id, request: '请学校关注' });
    expect(code(wrong)).toBe('REFERRAL_OUTSIDE_REGION');
    const task = await worker.post(`/api/cases/${id}/tasks`, {
      title: '每周电话回访',
      ownerName: '何社工',
      dueOn: '2026-12-31',
    });
    expect(task.status).toBe(201);
    const blocked = await act(worker, id, { action: 'request_closure', note: '情况稳定' });
    expect(code(blocked)).toBe('CASE_OPEN_TASKS');
    const open = (task.json.tasks as { id: string; version: number }[])[0]!;
    const done = await worker.post(`/api/cases/${id}/tasks/${open.id}/done`, {
      version: open.version,
      serviceNote: '已回访四次，情况稳定',
    });
    expect(done.status).toBe(200);
    expect((await act(worker, id, { action: 'request_closure', note: '情况稳定' })).status).toBe(200);
  });

  it('a stale version is refused, and nothing is written', async () => {
    const { id } = await takeCall();
    const stale = await worker.post(`/api/cases/${id}/actions`, { action: 'accept', version: 99 });
    expect(stale.status).toBe(409);
    expect(code(stale)).toBe('CASE_CHANGED');
    const [n] = await owner<{ n: number }>(sql`select count(*)::int as n from case_actions where case_id = ${id}`);
    expect(n!.n).toBe(1);
  });

  it('whoever asked to close does not approve', async () => {
    const { id } = await takeCall();
    for (const body of [{ action: 'accept' }, { action: 'request_closure', note: '经核实为误报，儿童由祖母照料' }])
      expect((await act(county, id, body)).status).toBe(200);
    const own = await act(county, id, { action: 'approve_closure' });
    expect(code(own)).toBe('CASE_SELF_REVIEW');
  });
});
