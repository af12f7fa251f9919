// A file's lifecycle: termination effective the month after the event, archiving, and transfers between
// villages that change the child's scope only when the receiving side accepts.
import { makeIdNumber } from '@hehu/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, childCategories, childTransfers, children } from '../src/db/schema.ts';
import { lastDayOfMonth, monthAfter } from '../src/modules/lifecycle/lifecycle.shared.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

let t: TestApp;
let village: string;
let township: string;
const OTHER_VILLAGE = '511102004002';
beforeAll(async () => {
  t = await createTestApp();
  ({ village, township } = await demoVillages(t.database.db));
});
afterAll(() => t.close());

const code = (res: { json: Record<string, unknown> }) => (res.json.error as { code: string } | undefined)?.code;
const field = (res: { json: Record<string, unknown> }) =>
  (res.json.error as { details?: { field?: string } } | undefined)?.details?.field;

let sequence = 500;
async function newChild(c: Client, name: string, birthDate = '2015-03-10'): Promise<string> {
  const res = await c.post('/api/children', {
    name,
    idNumber: makeIdNumber('511102', birthDate, sequence++),
    divisionCode: village,
    confirmNotDuplicate: true,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.json.id as string;
}

async function addCategory(childId: string, category: string, endDate: string | null = null): Promise<string> {
  const [row] = await t.database.db
    .insert(childCategories)
    .values({ childId, category, startDate: '2020-01-01', endDate, decisionRef: '市中民〔2020〕1号' })
    .returning({ id: childCategories.id });
  return row!.id;
}

describe('month arithmetic', () => {
  it('gives the month after the event and the last day of the event month', () => {
    expect(monthAfter('2025-06-15')).toBe('2025-07');
    expect(monthAfter('2024-12-31')).toBe('2025-01');
    expect(lastDayOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(lastDayOfMonth('2025-02-10')).toBe('2025-02-28');
    expect(lastDayOfMonth('2025-12-01')).toBe('2025-12-31');
  });
});

describe('terminating a file', () => {
  it('takes effect the month after the event, ends running categories, and is recorded', async () => {
    const c = await t.as('demo_village');
    const id = await newChild(c, '终止测试');
    const running = await addCategory(id, 'difficulty_economic');
    const endedEarlier = await addCategory(id, 'left_behind', '2021-05-01');
    const res = await c.post(`/api/children/${id}/terminate`, {
      reason: 'adopted',
      eventDate: '2025-06-15',
      note: '经法院判决被收养',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.json).toMatchObject({
      status: 'terminated',
      terminationReason: 'adopted',
      terminationMonth: '2025-07',
      version: 2,
      categories: [],
    });
    const cats = await t.database.db.select().from(childCategories).where(eq(childCategories.childId, id));
    expect(cats.find((x) => x.id === running)).toMatchObject({ endDate: '2025-06-30' });
    expect(cats.find((x) => x.id === running)?.endReason).toContain('收养');
    expect(cats.find((x) => x.id === endedEarlier)).toMatchObject({ endDate: '2021-05-01', endReason: null });

    const history = await c.get(`/api/children/${id}/history`);
    const latest = (history.json.data as { action: string; changes: { field: string; to: unknown }[] }[])[0]!;
    expect(latest.action).toBe('lifecycle.terminate');
    expect(latest.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'status', to: 'terminated' }),
        expect.objectContaining({ field: 'terminationMonth', to: '2025-07' }),
        expect.objectContaining({ field: 'category.difficulty_economic.endDate', to: '2025-06-30' }),
      ]),
    );
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'child.terminate'), eq(auditLog.targetId, id)));
    expect(audit).toMatchObject({ actorUsername: 'demo_village', outcome: 'success' });
    expect(audit!.details).toMatchObject({ eventDate: '2025-06-15', endedCategoryIds: [running] });

    const again = await c.post(`/api/children/${id}/terminate`, { reason: 'other', eventDate: '2025-07-01' });
    expect(again.status).toBe(409);
    expect(code(again)).toBe('CHILD_NOT_ACTIVE');
  });

  it('refuses a future event, an event before birth, an unknown reason, and a child out of scope', async () => {
    const c = await t.as('demo_village');
    const id = await newChild(c, '日期校验', '2016-04-01');
    const future = await c.post(`/api/children/${id}/terminate`, { reason: 'death', eventDate: '2099-01-01' });
    expect([future.status, code(future), field(future)]).toEqual([400, 'EVENT_DATE_IN_FUTURE', 'eventDate']);
    const early = await c.post(`/api/children/${id}/terminate`, { reason: 'death', eventDate: '2016-03-31' });
    expect([early.status, code(early), field(early)]).toEqual([400, 'EVENT_DATE_BEFORE_BIRTH', 'eventDate']);
    const unknown = await c.post(`/api/children/${id}/terminate`, { reason: 'bored', eventDate: '2024-01-01' });
    expect(code(unknown)).toBe('VALIDATION_FAILED');
    const longNote = await c.post(`/api/children/${id}/terminate`, {
      reason: 'other',
      eventDate: '2024-01-01',
      note: '长'.repeat(501),
    });
    expect(code(longNote)).toBe('VALIDATION_FAILED');
    const outsider = await t.as('demo_village2');
    expect(
      (await outsider.post(`/api/children/${id}/terminate`, { reason: 'death', eventDate: '2024-01-01' })).status,
    ).toBe(404);
    const [row] = await t.database.db.select().from(children).where(eq(children.id, id));
    expect(row).toMatchObject({ status: 'active', version: 1 });
  });
});

describe('archiving', () => {
  it('only a terminated (or transferred) file is archived, and nothing is deleted', async () => {
    const c = await t.as('demo_village');
    const id = await newChild(c, '归档测试');
    const category = await addCategory(id, 'difficulty_disability');
    const early = await c.post(`/api/children/${id}/archive`, {});
    expect([early.status, code(early)]).toEqual([409, 'CHILD_NOT_ARCHIVABLE']);
    expect((await c.post(`/api/children/${id}/terminate`, { reason: 'adult', eventDate: '2024-11-02' })).status).toBe(
      200,
    );
    const archived = await c.post(`/api/children/${id}/archive`, { note: '材料已归档' });
    expect(archived.status).toBe(200);
    expect(archived.json).toMatchObject({ status: 'archived', terminationMonth: '2024-12', version: 3 });
    expect(code(await c.post(`/api/children/${id}/archive`, {}))).toBe('CHILD_NOT_ARCHIVABLE');
    expect(code(await c.post(`/api/children/${id}/terminate`, { reason: 'other', eventDate: '2024-12-01' }))).toBe(
      'CHILD_NOT_ACTIVE',
    );
    // Still readable, with its categories (ended) kept.
    expect((await c.get(`/api/children/${id}`)).json.status).toBe('archived');
    const [cat] = await t.database.db.select().from(childCategories).where(eq(childCategories.id, category));
    expect(cat).toMatchObject({ childId: id, endDate: '2024-11-30' });
    const actions = await t.database.db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['child.terminate', 'child.archive']));
  });
});

type Transfer = { id: string; childId: string; status: string; toDivision: string; fromDivision: string };

describe('transfers', () => {
  it('the receiving township accepts, and only then does the child change scope', async () => {
    expect(OTHER_VILLAGE.startsWith(township)).toBe(true);
    const director = await t.as('demo_village');
    const supervisor = await t.as('demo_township');
    const id = await newChild(director, '转移测试');
    const res = await director.post(`/api/children/${id}/transfers`, {
      toDivision: OTHER_VILLAGE,
      reason: '随父母搬迁',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.json).toMatchObject({
      childId: id,
      childName: '转移测试',
      fromDivision: village,
      toDivision: OTHER_VILLAGE,
      status: 'pending',
      decidedAt: null,
    });
    expect(typeof res.json.toDivisionName).toBe('string');
    const transferId = res.json.id as string;
    const twice = await director.post(`/api/children/${id}/transfers`, { toDivision: OTHER_VILLAGE, reason: '再次' });
    expect([twice.status, code(twice)]).toEqual([409, 'TRANSFER_PENDING']);

    const incoming = await supervisor.get('/api/transfers?direction=incoming');
    expect((incoming.json.data as Transfer[]).map((x) => x.id)).toContain(transferId);
    const tasks = await supervisor.get('/api/tasks');
    expect(tasks.json.data).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'incoming-transfers', link: '/transfers' })]),
    );
    expect(((await director.get('/api/transfers?direction=incoming')).json.data as Transfer[]).length).toBe(0);
    const outgoing = await director.get('/api/transfers?direction=outgoing');
    expect((outgoing.json.data as Transfer[]).map((x) => x.id)).toContain(transferId);

    // Pending: the child is still the sender's.
    const during = await director.get(`/api/children/${id}`);
    expect([during.status, during.json.divisionCode]).toEqual([200, village]);

    const elsewhere = await t.as('demo_village2');
    expect((await elsewhere.post(`/api/transfers/${transferId}/accept`, {})).status).toBe(404);
    expect((await director.post(`/api/transfers/${transferId}/accept`, {})).status).toBe(404);

    const accepted = await supervisor.post(`/api/transfers/${transferId}/accept`, { note: '已核实' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.json).toMatchObject({ status: 'accepted', decisionNote: '已核实' });
    expect(typeof accepted.json.decidedAt).toBe('string');
    expect(code(await supervisor.post(`/api/transfers/${transferId}/accept`, {}))).toBe('TRANSFER_NOT_PENDING');

    expect((await director.get(`/api/children/${id}`)).status).toBe(404);
    const after = await supervisor.get(`/api/children/${id}`);
    expect(after.json).toMatchObject({ divisionCode: OTHER_VILLAGE, version: 2 });
    const history = await supervisor.get(`/api/children/${id}/history`);
    expect((history.json.data as { action: string; changes: unknown[] }[])[0]).toMatchObject({
      action: 'lifecycle.transfer_accept',
      changes: [{ field: 'divisionCode', from: village, to: OTHER_VILLAGE }],
    });
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'child.transfer_accept'), eq(auditLog.targetId, id)));
    expect(audit).toMatchObject({ actorUsername: 'demo_township', after: { divisionCode: OTHER_VILLAGE } });
  });

  it('a requester whose area reaches both villages does not see its own request as incoming, nor decide it', async () => {
    const supervisor = await t.as('demo_township');
    const id = await newChild(supervisor, '自转测试');
    const res = await supervisor.post(`/api/children/${id}/transfers`, { toDivision: OTHER_VILLAGE, reason: '搬迁' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const transferId = res.json.id as string;
    const incoming = await supervisor.get('/api/transfers?direction=incoming&status=all&limit=200');
    expect((incoming.json.data as Transfer[]).map((x) => x.id)).not.toContain(transferId);
    const outgoing = await supervisor.get('/api/transfers?direction=outgoing&limit=200');
    expect((outgoing.json.data as Transfer[]).map((x) => x.id)).toContain(transferId);
    for (const decision of ['accept', 'reject'] as const) {
      const own = await supervisor.post(`/api/transfers/${transferId}/${decision}`, { note: '自己处理' });
      expect([own.status, code(own)], decision).toEqual([403, 'TRANSFER_OWN_REQUEST']);
    }
    // The county officer, another person whose area holds the receiving village, decides it.
    const county = await t.as('demo_county');
    expect((await county.post(`/api/transfers/${transferId}/accept`, { note: '已核实' })).status).toBe(200);
  });

  it('a rejection needs a reason and leaves the child where it is; the sender can cancel its own request', async () => {
    const director = await t.as('demo_village');
    const supervisor = await t.as('demo_township');
    const id = await newChild(director, '退回测试');
    const first = await director.post(`/api/children/${id}/transfers`, { toDivision: OTHER_VILLAGE, reason: '搬迁' });
    const noNote = await supervisor.post(`/api/transfers/${first.json.id as string}/reject`, {});
    expect([noNote.status, code(noNote)]).toEqual([400, 'VALIDATION_FAILED']);
    const rejected = await supervisor.post(`/api/transfers/${first.json.id as string}/reject`, { note: '户籍未迁入' });
    expect(rejected.json).toMatchObject({ status: 'rejected', decisionNote: '户籍未迁入' });
    expect((await director.get(`/api/children/${id}`)).json.divisionCode).toBe(village);

    const second = await director.post(`/api/children/${id}/transfers`, {
      toDivision: OTHER_VILLAGE,
      reason: '再次搬迁',
    });
    expect(second.status).toBe(201);
    const outsider = await t.as('demo_village2');
    expect((await outsider.post(`/api/transfers/${second.json.id as string}/cancel`, {})).status).toBe(404);
    const cancelled = await director.post(`/api/transfers/${second.json.id as string}/cancel`, {});
    expect(cancelled.json).toMatchObject({ status: 'cancelled' });
    expect(code(await supervisor.post(`/api/transfers/${second.json.id as string}/accept`, {}))).toBe(
      'TRANSFER_NOT_PENDING',
    );
    const [row] = await t.database.db.select().from(children).where(eq(children.id, id));
    expect(row).toMatchObject({ divisionCode: village, version: 1 });
    const all = await director.get('/api/transfers?direction=outgoing&status=rejected');
    expect((all.json.data as Transfer[]).every((x) => x.status === 'rejected')).toBe(true);
    expect((all.json.data as Transfer[]).map((x) => x.id)).toContain(first.json.id);
    // The receiving side's list is what waits by default; "all" shows how earlier requests ended too.
    const waiting = await supervisor.get('/api/transfers?direction=incoming');
    expect((waiting.json.data as Transfer[]).map((x) => x.id)).not.toContain(first.json.id);
    const history = await supervisor.get('/api/transfers?direction=incoming&status=all');
    const ended = (history.json.data as Transfer[]).filter((x) => [first.json.id, second.json.id].includes(x.id));
    expect(ended.map((x) => x.status).sort()).toEqual(['cancelled', 'rejected']);
  });

  it('refuses an unknown village, a township, the current village, and a terminated child', async () => {
    const director = await t.as('demo_village');
    const id = await newChild(director, '无效转移');
    const unknown = await director.post(`/api/children/${id}/transfers`, { toDivision: '511102999999', reason: 'x' });
    expect([unknown.status, code(unknown), field(unknown)]).toEqual([400, 'DIVISION_NOT_FOUND', 'toDivision']);
    const townshipCode = await director.post(`/api/children/${id}/transfers`, { toDivision: township, reason: 'x' });
    expect(code(townshipCode)).toBe('VALIDATION_FAILED');
    const same = await director.post(`/api/children/${id}/transfers`, { toDivision: village, reason: 'x' });
    expect([same.status, code(same)]).toEqual([400, 'TRANSFER_SAME_DIVISION']);
    const noReason = await director.post(`/api/children/${id}/transfers`, { toDivision: OTHER_VILLAGE, reason: ' ' });
    expect(code(noReason)).toBe('VALIDATION_FAILED');

    // Terminating a child withdraws its pending request.
    const pending = await director.post(`/api/children/${id}/transfers`, { toDivision: OTHER_VILLAGE, reason: '搬迁' });
    await director.post(`/api/children/${id}/terminate`, { reason: 'moved_out', eventDate: '2025-01-20' });
    const [transfer] = await t.database.db
      .select()
      .from(childTransfers)
      .where(eq(childTransfers.id, pending.json.id as string));
    expect(transfer?.status).toBe('cancelled');
    const late = await director.post(`/api/children/${id}/transfers`, { toDivision: OTHER_VILLAGE, reason: '搬迁' });
    expect(code(late)).toBe('CHILD_NOT_ACTIVE');
  });

  it('pages through a list with the cursor', async () => {
    const director = await t.as('demo_village');
    const all = await director.get('/api/transfers?direction=outgoing&limit=200');
    const total = all.json.total as number;
    expect(total).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { json: Record<string, unknown> } = await director.get(
        `/api/transfers?direction=outgoing&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...(page.json.data as Transfer[]).map((x) => x.id));
      cursor = page.json.nextCursor as string | null;
    } while (cursor);
    expect(seen).toEqual((all.json.data as Transfer[]).map((x) => x.id));
    expect(code(await director.get('/api/transfers?cursor=bm9wZQ'))).toBe('CURSOR_INVALID');
  });
});
