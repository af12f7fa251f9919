// Applications (资格认定与线上审批): intake → township verification → county approval on the working-day calendar,
// the rule check as of a date, the papers, the effect on the child's categories, and the guards: no level
// skipped, a stale version refused, another county's application not found, a missing calendar year refused.
import { grantStartDate, serviceDate } from '@hehu/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applicationActions, applications, auditLog, childCategories } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type Response, type TestApp } from './harness.ts';
import { act, newChild, paper, parent } from './applications.helpers.ts';

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
const message = (res: Response) => (res.json.error as { message: string } | undefined)?.message ?? '';

interface View {
  id: string;
  status: string;
  version: number;
  allowedActions: string[];
  waiting: { step: string; due: string | null; workingDaysLeft: number | null; overdue: boolean } | null;
  categoryId: string | null;
  check: { outcome: string; summary: { zh: string } };
  papers: { code: string; name: { zh: string }; met: boolean }[];
  actions: { action: string; actorName: string; ruleCheck: { rulesVersion: string; outcome: string } | null }[];
}

/** Both parents dead, with the death certificates attached to their situations and the household register. */
async function orphanWithPapers(c: Client, name: string): Promise<string> {
  const child = await newChild(c, name, village);
  const f = await parent(c, child, 'father', { code: 'dead', since: '2025-03-02' });
  const m = await parent(c, child, 'mother', { code: 'dead', since: '2024-11-10' });
  await paper(c, child, '死亡证明', f);
  await paper(c, child, '死亡证明', m);
  await paper(c, child, '户口簿');
  await paper(c, child, '养育协议');
  return child;
}

describe('an orphan granted through the chain', () => {
  it('village files, township verifies, county approves; the category starts on the first of next month', async () => {
    const v = await t.as('demo_village');
    const child = await newChild(v, '审批测试甲', village);
    const f = await parent(v, child, 'father', { code: 'dead', since: '2025-03-02' });
    const m = await parent(v, child, 'mother', { code: 'dead', since: '2024-11-10' });
    const created = await v.post('/api/applications', { childId: child, kind: 'grant', category: 'orphan_scattered' });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const app = created.json as unknown as View;
    expect(app).toMatchObject({ status: 'draft', version: 1, allowedActions: ['submit', 'withdraw'] });
    expect(app.check.outcome).toBe('eligible');
    expect(app.check.summary.zh).toMatch(/父亲.*2025-03-02.*母亲.*2024-11-10.*→ 符合孤儿（散居）/);

    // Submission is refused while a paper is missing, naming it.
    const early = await act(v, app.id, 'submit', 1);
    expect(early.status).toBe(400);
    expect(code(early)).toBe('APPLICATION_PAPERS_MISSING');
    expect(message(early)).toContain('父亲死亡证明');
    await paper(v, child, '死亡证明', f);
    await paper(v, child, '死亡证明', m);
    await paper(v, child, '户口簿首页');
    await paper(v, child, '养育协议');

    const submitted = await act(v, app.id, 'submit', 1);
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(200);
    const s = submitted.json as unknown as View;
    expect(s).toMatchObject({ status: 'submitted', version: 2, allowedActions: ['withdraw'] });
    expect(s.waiting).toMatchObject({ step: 'verify', overdue: false });
    expect(s.waiting?.workingDaysLeft).toBeGreaterThan(0);

    // The county cannot approve before the township has verified.
    const county = await t.as('demo_county');
    const tooEarly = await act(county, app.id, 'approve', 2);
    expect(tooEarly.status).toBe(409);
    expect(code(tooEarly)).toBe('APPLICATION_ACTION_NOT_ALLOWED');
    expect(message(tooEarly)).toContain('须先经乡镇审核');
    // Nor can the village verify its own submission.
    expect(code(await act(v, app.id, 'verify', 2))).toBe('APPLICATION_DUTY_REQUIRED');

    const township = await t.as('demo_township');
    const tasks = (await township.get('/api/tasks')).json.data as { id: string; title: string }[];
    expect(tasks.find((x) => x.id === 'applications-forward-verify')?.title).toMatch(/份申请待乡镇受理或审核/);
    const verified = await act(township, app.id, 'verify', 2, { note: '材料齐全，情况属实' });
    expect(verified.status, JSON.stringify(verified.json)).toBe(200);
    expect((verified.json as unknown as View).allowedActions).toEqual([]);

    const countyView = (await county.get(`/api/applications/${app.id}`)).json as unknown as View;
    expect(countyView.allowedActions.sort()).toEqual(['approve', 'reject', 'return']);
    const approved = await act(county, app.id, 'approve', 3, { note: '同意' });
    expect(approved.status, JSON.stringify(approved.json)).toBe(200);
    const done = approved.json as unknown as View;
    expect(done.status).toBe('approved');
    expect(done.actions.map((a) => a.action)).toEqual(['create', 'submit', 'verify', 'approve']);
    expect(done.actions[3]?.ruleCheck).toMatchObject({ outcome: 'eligible', rulesVersion: '2026-01' });

    const [category] = await t.database.db.select().from(childCategories).where(eq(childCategories.childId, child));
    expect(category).toMatchObject({
      category: 'orphan_scattered',
      startDate: grantStartDate(serviceDate()),
      endDate: null,
      id: done.categoryId,
    });
    // The decision keeps the facts it was made on.
    const [stored] = await t.database.db
      .select()
      .from(applicationActions)
      .where(and(eq(applicationActions.applicationId, app.id), eq(applicationActions.action, 'approve')));
    expect(JSON.stringify(stored?.ruleCheck)).toContain('"since":"2025-03-02"');
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, app.id), eq(auditLog.action, 'application.act')));
    expect(audit).toHaveLength(3);
    // Nothing may follow the decision.
    expect(code(await act(county, app.id, 'approve', 4))).toBe('APPLICATION_ACTION_NOT_ALLOWED');
  });

  it('refuses a second open application of the same kind for the same child', async () => {
    const v = await t.as('demo_village');
    const child = await orphanWithPapers(v, '审批测试乙');
    const body = { childId: child, kind: 'grant', category: 'orphan_scattered' };
    expect((await v.post('/api/applications', body)).status).toBe(201);
    const again = await v.post('/api/applications', body);
    expect(again.status).toBe(409);
    expect(code(again)).toBe('APPLICATION_OPEN_EXISTS');
  });

  it('a return needs a reason and goes back to the submitter; a rejection needs one from the list', async () => {
    const v = await t.as('demo_village');
    const township = await t.as('demo_township');
    const county = await t.as('demo_county');
    const child = await orphanWithPapers(v, '审批测试丙');
    const id = (await v.post('/api/applications', { childId: child, kind: 'grant', category: 'orphan_scattered' })).json
      .id as string;
    await act(v, id, 'submit', 1);
    expect(code(await act(township, id, 'return', 2))).toBe('APPLICATION_REASON_REQUIRED');
    const back = await act(township, id, 'return', 2, { note: '户口簿复印件不清晰' });
    expect((back.json as unknown as View).status).toBe('returned');
    // The county cannot approve a returned application.
    expect(code(await act(county, id, 'approve', 3))).toBe('APPLICATION_ACTION_NOT_ALLOWED');
    await act(v, id, 'submit', 3);
    await act(township, id, 'verify', 4);
    expect(code(await act(county, id, 'reject', 5, { note: '不符合' }))).toBe('APPLICATION_REASON_REQUIRED');
    const rejected = await act(county, id, 'reject', 5, {
      reasonCode: 'evidence_untrue',
      note: '死亡证明与户籍信息不符',
    });
    expect((rejected.json as unknown as View).status).toBe('rejected');
    const held = await t.database.db.select().from(childCategories).where(eq(childCategories.childId, child));
    expect(held).toEqual([]);
  });

  it('the second of two actors on the same version gets 409, and only one action is stored', async () => {
    const v = await t.as('demo_village');
    const township = await t.as('demo_township');
    const child = await orphanWithPapers(v, '审批测试丁');
    const id = (await v.post('/api/applications', { childId: child, kind: 'grant', category: 'orphan_scattered' })).json
      .id as string;
    await act(v, id, 'submit', 1);
    await act(township, id, 'verify', 2);
    const [a, b] = [await t.as('demo_county'), await t.as('demo_county')];
    const results = onPostgres
      ? await Promise.all([act(a, id, 'approve', 3), act(b, id, 'approve', 3)])
      : [await act(a, id, 'approve', 3), await act(b, id, 'approve', 3)];
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.map(code)).toContain('APPLICATION_CHANGED');
    const rows = await t.database.db.select().from(applicationActions).where(eq(applicationActions.applicationId, id));
    expect(rows.filter((r) => r.action === 'approve')).toHaveLength(1);
    const cats = await t.database.db.select().from(childCategories).where(eq(childCategories.childId, child));
    expect(cats).toHaveLength(1);
  });
});

describe('the rule check as of a date', () => {
  it('father imprisoned long term and mother dead: eligible; a short term not, saying why; dates differ', async () => {
    const v = await t.as('demo_village');
    const long = await newChild(v, '事实测试甲', village);
    await parent(v, long, 'father', { code: 'imprisoned', since: '2025-06-01', details: { termMonths: 36 } });
    await parent(v, long, 'mother', { code: 'dead', since: '2024-11-10' });
    const check = async (id: string, asOf: string) => {
      const res = await v.get(`/api/children/${id}/eligibility?asOf=${asOf}`);
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      const checks = res.json.checks as { category: string; outcome: string; reasons: { zh: string }[] }[];
      return checks.find((c) => c.category === 'de_facto_unsupported')!;
    };
    expect((await check(long, '2026-03-15')).outcome).toBe('eligible');
    expect((await check(long, '2025-05-01')).outcome).not.toBe('eligible');

    const short = await newChild(v, '事实测试乙', village);
    await parent(v, short, 'father', { code: 'imprisoned', since: '2026-09-01', details: { termMonths: 4 } });
    await parent(v, short, 'mother', { code: 'dead', since: '2024-11-10' });
    const refused = await check(short, '2026-11-01');
    expect(refused.outcome).toBe('not_eligible');
    expect(refused.reasons.map((r) => r.zh).join('；')).toMatch(/6 ?个月/);
  });

  it("answers 404 for another county's child", async () => {
    const other = await t.as('demo_village2');
    const child = await newChild(other, '范围测试申请', village2);
    const v = await t.as('demo_village');
    expect((await v.get(`/api/children/${child}/eligibility`)).status).toBe(404);
    expect(
      (await v.post('/api/applications', { childId: child, kind: 'grant', category: 'orphan_scattered' })).status,
    ).toBe(404);
    const created = await other.post('/api/applications', {
      childId: child,
      kind: 'grant',
      category: 'orphan_scattered',
    });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    for (const role of ['demo_village', 'demo_township', 'demo_county']) {
      const c = await t.as(role);
      expect((await c.get(`/api/applications/${id}`)).status, role).toBe(404);
      expect((await act(c, id, 'withdraw', 1)).status, role).toBe(404);
      const list = (await c.get('/api/applications?limit=200')).json.data as { id: string }[];
      expect(
        list.some((a) => a.id === id),
        role,
      ).toBe(false);
    }
  });
});

describe('deadlines on the working-day calendar', () => {
  it('skips a statutory holiday and counts a make-up working day', async () => {
    const c = await t.as('demo_township');
    const res = await c.get('/api/calendar/deadline?from=2025-09-26&workingDays=10');
    expect(res.status).toBe(200);
    // 28 Sep (Sunday) and 11 Oct (Saturday) are worked, 1–8 Oct are off.
    expect(res.json.due).toBe('2025-10-16');
  });

  it('refuses a deadline that reaches a year without a calendar, naming the year', async () => {
    const c = await t.as('demo_township');
    const res = await c.get('/api/calendar/deadline?from=2026-12-24&workingDays=10');
    expect(res.status).toBe(400);
    expect(code(res)).toBe('CALENDAR_YEAR_MISSING');
    expect(message(res)).toContain('2027');
  });

  it('an overdue township step shows in the county’s tasks', async () => {
    const v = await t.as('demo_village');
    const child = await orphanWithPapers(v, '超期测试');
    const id = (await v.post('/api/applications', { childId: child, kind: 'grant', category: 'orphan_scattered' })).json
      .id as string;
    // Submitted in October: the action list is append-only, so the backdated step is written as it would have been.
    const [row] = await t.database.db
      .update(applications)
      .set({ status: 'submitted', version: 2, stepSince: '2026-10-09' })
      .where(eq(applications.id, id))
      .returning();
    expect(row?.status).toBe('submitted');
    await t.database.db
      .insert(applicationActions)
      .values({ applicationId: id, seq: 2, action: 'submit', onDate: '2026-10-09', note: '' });
    const county = await t.as('demo_county');
    const tasks = (await county.get('/api/tasks')).json.data as { id: string; title: string; severity: string }[];
    expect(tasks.find((x) => x.id === 'applications-late-township')).toMatchObject({ severity: 'danger' });
    const view = (await v.get(`/api/applications/${id}`)).json as unknown as View;
    expect(view.waiting).toMatchObject({ step: 'verify', overdue: true });
  });
});
