// The semi-annual re-verification (RULES §2.12): a round opens one item per held category; the township records
// each outcome with the rule check it saw; "no longer eligible" files the termination application in the same
// transaction; two outcomes for one item cannot both be stored; the round months are settings the city publishes;
// the job runner opens a round once. Out-of-scope items answer 404, other levels 403.
import { monthOf, roundDueDate, serviceDate, shiftMonth } from '@hehu/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, auditLog, childCategories, reverifications } from '../src/db/schema.ts';
import { openDueRound } from '../src/jobs/scheduled.ts';
import { openRound } from '../src/modules/applications/index.ts';
import { createTestApp, refuseWrites, type Client, type Response, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.close());

const today = serviceDate();
const error = (res: Response) =>
  res.json.error as { code: string; message: string; details?: Record<string, unknown> } | undefined;

interface Item {
  id: string;
  childId: string;
  childName: string;
  category: string;
  round: string;
  dueDate: string;
  overdue: boolean;
  outcome: string | null;
  terminationApplicationId: string | null;
  checkSummary: { zh: string } | null;
  version: number;
}

async function openItems(c: Client): Promise<Item[]> {
  const res = await c.get('/api/reverifications?state=open&limit=200');
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json.data as Item[];
}

/** An open item of the township, each test its own (the demo leaves several open). */
async function takeOpen(c: Client, taken: Set<string>, category?: string): Promise<Item> {
  const item = (await openItems(c)).find((i) => !taken.has(i.id) && (!category || i.category === category));
  expect(item, 'an open demo item').toBeDefined();
  taken.add(item!.id);
  return item!;
}
const taken = new Set<string>();

describe('re-verification', () => {
  it('the township sees its round: open items past the due date, the counts and the months in force', async () => {
    const township = await t.as('demo_township');
    const rounds = await township.get('/api/reverifications/rounds');
    expect(rounds.status, JSON.stringify(rounds.json)).toBe(200);
    const list = rounds.json.rounds as { round: string; open: number; eligible: number }[];
    expect(list.length).toBeGreaterThanOrEqual(1);
    expect(list[0]!.open).toBeGreaterThan(0);
    expect(list[0]!.eligible).toBeGreaterThan(0);
    expect((rounds.json.settings as { months: number[] }).months).toEqual([1, 7]);
    const items = await openItems(township);
    expect(items.length).toBe(list[0]!.open);
    for (const i of items) expect(i.overdue).toBe(i.dueDate < today);
    // The county above sees late ones in its tasks, the township its open ones.
    const tasks = (await township.get('/api/tasks')).json.data as { id: string; severity: string }[];
    expect(tasks.map((x) => x.id)).toContain('reverifications-open');
    if (items.some((i) => i.overdue)) {
      const county = await t.as('demo_approver');
      const above = (await county.get('/api/tasks')).json.data as { id: string }[];
      expect(above.map((x) => x.id)).toContain('reverifications-late');
    }
  });

  it('"still eligible" is stored with the rule check and an audit row; a second outcome is refused', async () => {
    const township = await t.as('demo_township');
    const item = await takeOpen(township, taken);
    const res = await township.post(`/api/reverifications/${item.id}/outcome`, {
      outcome: 'eligible',
      version: item.version,
      note: '入户核实，情况未变化',
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json).toMatchObject({ outcome: 'eligible', version: item.version + 1, terminationApplicationId: null });
    expect((res.json.checkSummary as { zh: string }).zh.length).toBeGreaterThan(0);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'reverification.record'), sql`${auditLog.after}->>'reverificationId' = ${item.id}`),
      );
    expect(audit.length).toBe(1);
    const again = await township.post(`/api/reverifications/${item.id}/outcome`, {
      outcome: 'eligible',
      version: item.version + 1,
    });
    expect(again.status).toBe(409);
    expect(error(again)?.code).toBe('REVERIFICATION_RECORDED');
    expect((await openItems(township)).map((i) => i.id)).not.toContain(item.id);
  });

  it('an outcome on a version someone else changed answers 409', async () => {
    const township = await t.as('demo_township');
    const item = await takeOpen(township, taken);
    await t.database.db.update(reverifications).set({ version: 2 }).where(eq(reverifications.id, item.id));
    const res = await township.post(`/api/reverifications/${item.id}/outcome`, { outcome: 'eligible', version: 1 });
    expect(res.status).toBe(409);
    expect(error(res)?.code).toBe('REVERIFICATION_CHANGED');
  });

  it('two outcomes for one item at once: one is stored, the other refused, one audit row', async () => {
    // Items of a round of their own, so several tries each have a fresh item (on PGlite the two run in turn).
    await openRound(t.database.db, '2031-01', '2031-01-31');
    const township = await t.as('demo_township');
    const other = await t.as('demo_township');
    const list = await township.get('/api/reverifications?round=2031-01&state=open&limit=4');
    const items = list.json.data as Item[];
    expect(items.length).toBe(4);
    for (const item of items) {
      const answers = await Promise.all([
        township.post(`/api/reverifications/${item.id}/outcome`, { outcome: 'eligible', version: item.version }),
        other.post(`/api/reverifications/${item.id}/outcome`, { outcome: 'eligible', version: item.version }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const audit = await t.database.db
        .select()
        .from(auditLog)
        .where(
          and(eq(auditLog.action, 'reverification.record'), sql`${auditLog.after}->>'reverificationId' = ${item.id}`),
        );
      expect(audit.length).toBe(1);
    }
  });

  it('"no longer eligible" needs a reason and the event date, named in Chinese', async () => {
    const township = await t.as('demo_township');
    const item = (await openItems(township)).find((i) => !taken.has(i.id))!;
    const res = await township.post(`/api/reverifications/${item.id}/outcome`, {
      outcome: 'not_eligible',
      version: item.version,
    });
    expect(res.status).toBe(400);
    const issues = error(res)?.details?.issues as { path: string; message: string }[];
    expect(issues.find((i) => i.path === 'note')?.message).toBe('不再符合条件时须填写原因');
    expect(issues.find((i) => i.path === 'eventDate')?.message).toBe('不再符合条件时须填写事由发生日期');
    const future = await township.post(`/api/reverifications/${item.id}/outcome`, {
      outcome: 'not_eligible',
      version: item.version,
      note: '父亲已刑满释放',
      eventDate: '2999-01-01',
    });
    expect(future.status).toBe(400);
    expect(error(future)?.details?.field).toBe('eventDate');
  });

  it('"no longer eligible" files the termination application in the same transaction', async () => {
    const township = await t.as('demo_township');
    const item = await takeOpen(township, taken);
    const body = { outcome: 'not_eligible', version: item.version, note: '父亲已刑满释放，恢复监护', eventDate: today };

    // The application cannot be written: nothing of the outcome stays either.
    const restore = await refuseWrites(t, 'applications', `new.child_id = '${item.childId}'`);
    const failed = await township.post(`/api/reverifications/${item.id}/outcome`, body);
    await restore();
    expect(failed.status).toBe(500);
    const [still] = await t.database.db.select().from(reverifications).where(eq(reverifications.id, item.id));
    expect(still?.outcome).toBeNull();

    // The audit row cannot be written: the same.
    const noAudit = await refuseWrites(t, 'audit_log', `new.action = 'reverification.record'`);
    const unaudited = await township.post(`/api/reverifications/${item.id}/outcome`, body);
    await noAudit();
    expect(unaudited.status).toBe(500);
    expect(
      await t.database.db
        .select()
        .from(applications)
        .where(and(eq(applications.childId, item.childId), eq(applications.kind, 'terminate'))),
    ).toEqual([]);

    const res = await township.post(`/api/reverifications/${item.id}/outcome`, body);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const applicationId = res.json.terminationApplicationId as string;
    expect(applicationId).toBeTruthy();
    const app = await township.get(`/api/applications/${applicationId}`);
    expect(app.status).toBe(200);
    expect(app.json).toMatchObject({ kind: 'terminate', category: item.category, eventDate: today, status: 'draft' });
    // The category runs on until the termination is approved: the outcome alone ends nothing.
    const held = await t.database.db
      .select()
      .from(childCategories)
      .where(
        and(
          eq(childCategories.childId, item.childId),
          eq(childCategories.category, item.category),
          isNull(childCategories.endDate),
        ),
      );
    expect(held.length).toBe(1);
  });

  it('only the township records; out of its reach an item is not found', async () => {
    const village = await t.as('demo_village');
    const approver = await t.as('demo_approver');
    const township = await t.as('demo_township');
    const [someId] = [...taken];
    for (const c of [village, approver]) {
      const res = await c.post(`/api/reverifications/${someId}/outcome`, { outcome: 'eligible', version: 1 });
      expect(res.status).toBe(403);
    }
    const [elsewhere] = await t.database.db
      .select({ id: reverifications.id, childId: reverifications.childId })
      .from(reverifications)
      .where(isNull(reverifications.outcome))
      .limit(500)
      .then(async (rows) => {
        const mine = new Set((await openItems(township)).map((i) => i.id));
        return rows.filter((r) => !mine.has(r.id));
      });
    expect(elsewhere, 'an open item of another township').toBeDefined();
    const res = await township.post(`/api/reverifications/${elsewhere!.id}/outcome`, {
      outcome: 'eligible',
      version: 1,
    });
    expect(res.status).toBe(404);
  });
});

describe('round months', () => {
  it('the city publishes a new version; the township cannot; bad months are refused naming the field', async () => {
    const city = await t.as('demo_city');
    const township = await t.as('demo_township');
    const body = { effectiveFrom: today, source: '乐民发〔2026〕30号 关于调整复核时间的通知', months: [10, 4] };
    expect((await township.post('/api/reverifications/settings', body)).status).toBe(403);
    const bad = await city.post('/api/reverifications/settings', { ...body, months: [4, 4] });
    expect(bad.status).toBe(400);
    expect(error(bad)).toMatchObject({ code: 'REVERIFICATION_SETTINGS_INVALID', details: { field: 'months' } });
    const outOfRange = await city.post('/api/reverifications/settings', { ...body, months: [13] });
    expect(outOfRange.status).toBe(400);
    const issues = error(outOfRange)?.details?.issues as { path: string; message: string }[];
    expect(issues.find((i) => i.path === 'months.0')?.message).toBe('复核月份最大为 12');
    const past = await city.post('/api/reverifications/settings', { ...body, effectiveFrom: '2020-01-01' });
    expect(error(past)?.details?.field).toBe('effectiveFrom');

    const res = await city.post('/api/reverifications/settings', body);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toMatchObject({ months: [4, 10], source: body.source });
    const rounds = await township.get('/api/reverifications/rounds');
    expect((rounds.json.settings as { months: number[] }).months).toEqual([4, 10]);
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'reverification.settings.publish'));
    expect(audit).toBeDefined();
  });

  it('the job opens a round month once, with an item for every category held on its first day', async () => {
    const month = shiftMonth(monthOf(today), 2);
    // A version in force from that month on, so the month is a round month whatever the demo's months are.
    await t.database.db.execute(
      sql`insert into settings (key, version, value)
        select 'reverification_rounds', coalesce(max(version), 0) + 1,
          ${JSON.stringify({ version: 'test', effectiveFrom: `${month}-01`, source: 'test', months: [Number(month.slice(5))] })}::jsonb
        from settings where key = 'reverification_rounds'`,
    );
    const first = await openDueRound(t.database, `${month}-03`);
    expect(first).toMatchObject({ ran: true, ok: true });
    const opened = first.ran && first.ok ? first.result.opened : 0;
    expect(opened).toBeGreaterThan(0);
    const items = await t.database.db.select().from(reverifications).where(eq(reverifications.round, month));
    expect(items.length).toBe(opened);
    expect(new Set(items.map((i) => i.dueDate))).toEqual(new Set([roundDueDate(month)]));
    // The next check of the same month does nothing.
    expect(await openDueRound(t.database, `${month}-20`)).toEqual({ ran: false });
    // A month that is not a round month opens nothing.
    expect(await openDueRound(t.database, `${shiftMonth(month, 1)}-03`)).toEqual({ ran: false });
  });
});
