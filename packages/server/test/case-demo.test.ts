// The minor-protection demo (seed/demo/cases.ts) as the roles meet it: every channel, tier and stage, logs that
// fold to the stage shown, closed cases with nothing left open, the police's waiting referrals, the teacher's
// reports, an urgent report past its hour, and a case library that names nobody.
import {
  caseStage,
  CASE_CHANNELS,
  CASE_STAGES,
  CASE_TIERS,
  remainingIdentifiers,
  type CaseActionCode,
} from '@hehu/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/raw.ts';
import { DEMO_COUNTY, OTHER_DEMO_COUNTY } from '../src/seed/demo.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const rows = <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.db, query);

describe('case demo data', () => {
  it('a year of cases in both demo counties, from every channel, tier and stage', async () => {
    const all = await rows<{ county: string; channel: string; tier: string; stage: string }>(
      sql`select county_code as county, channel, tier, stage from cases`,
    );
    expect(all.filter((c) => c.county === DEMO_COUNTY).length).toBeGreaterThanOrEqual(55);
    expect(all.filter((c) => c.county === OTHER_DEMO_COUNTY).length).toBeGreaterThanOrEqual(12);
    expect(new Set(all.map((c) => c.channel))).toEqual(new Set(CASE_CHANNELS));
    expect(new Set(all.map((c) => c.tier))).toEqual(new Set(CASE_TIERS));
    expect(new Set(all.filter((c) => c.county === DEMO_COUNTY).map((c) => c.stage))).toEqual(new Set(CASE_STAGES));
    const [receipts] = await rows<{ bad: number }>(
      sql`select count(*)::int as bad from case_intakes
        where receipt_no !~ ('^SB' || to_char(received_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || '[0-9]{6}$')`,
    );
    expect(receipts!.bad).toBe(0);
  });

  it("every case's stage is the fold of its action log, numbered 1..n", async () => {
    const logs = await rows<{ id: string; stage: string; actions: CaseActionCode[]; seqs: number[] }>(
      sql`select c.id, c.stage, array_agg(a.action order by a.seq) filter (where a.id is not null) as actions,
          array_agg(a.seq order by a.seq) filter (where a.id is not null) as seqs
        from cases c left join case_actions a on a.case_id = c.id group by c.id, c.stage`,
    );
    for (const log of logs) {
      const actions = log.actions ?? [];
      expect(caseStage(actions.map((action) => ({ action }))), log.id).toBe(log.stage);
      expect(log.seqs ?? [], log.id).toEqual(actions.map((_, i) => i + 1));
    }
  });

  it('closed cases have no open referral, open task or open temporary guardianship', async () => {
    const [open] = await rows<{ referrals: number; tasks: number; guardianships: number; unclosed: number }>(
      sql`select
          (select count(*)::int from case_referrals r join cases c on c.id = r.case_id
            where c.stage = 'closed' and r.status in ('sent', 'accepted')) as referrals,
          (select count(*)::int from case_tasks k join cases c on c.id = k.case_id
            where c.stage = 'closed' and k.done_on is null) as tasks,
          (select count(*)::int from case_guardianships g join cases c on c.id = g.case_id
            where c.stage = 'closed' and g.kind = 'temporary' and g.ended_on is null) as guardianships,
          (select count(*)::int from cases where (stage = 'closed') <> (closed_at is not null)) as unclosed`,
    );
    expect(open).toEqual({ referrals: 0, tasks: 0, guardianships: 0, unclosed: 0 });
    const kinds = await rows<{ kind: string; ended: boolean; guardianship: string | null }>(
      sql`select g.kind, g.ended_on is not null as ended, c.guardianship from case_guardianships g
        join cases c on c.id = g.case_id`,
    );
    expect(kinds).toEqual(
      expect.arrayContaining([
        { kind: 'temporary', ended: false, guardianship: 'temporary' },
        { kind: 'temporary', ended: true, guardianship: null },
        { kind: 'long_term', ended: false, guardianship: 'long_term' },
      ]),
    );
  });

  it('worked cases carry their papers, which whoever may open the case can read', async () => {
    const [doc] = await queryRows<{ id: string; case_id: string; n: number }>(
      t.database.db,
      sql`select d.id, d.case_id, (select count(*)::int from case_documents) as n
        from case_documents d join cases k on k.id = d.case_id
        where k.county_code = ${DEMO_COUNTY} and d.title = '临时监护决定书' limit 1`,
    );
    expect(doc?.n).toBeGreaterThan(5);
    const county = await t.as('demo_county');
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/cases/${doc!.case_id}/documents/${doc!.id}/content`,
      headers: { cookie: `hehu_session=${county.cookie ?? ''}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("demo_police's unit has referrals waiting, one past its due date", async () => {
    const [police] = await rows<{ open: number; overdue: number }>(
      sql`select count(*)::int as open,
          count(*) filter (where r.due_on < (now() at time zone 'Asia/Shanghai')::date)::int as overdue
        from case_referrals r join partner_units u on u.id = r.partner_unit_id
        join grants g on g.partner_unit_id = u.id join users x on x.id = g.user_id
        where x.username = 'demo_police' and r.status in ('sent', 'accepted')`,
    );
    expect(police!.open).toBeGreaterThanOrEqual(1);
    expect(police!.overdue).toBeGreaterThanOrEqual(1);
  });

  it('demo_teacher has reports received and reports handled, told the outcome', async () => {
    const reports = await rows<{ outcome: string | null; told: boolean; satisfaction: number | null }>(
      sql`select i.outcome, i.told_at is not null as told, i.satisfaction from case_intakes i
        join users u on u.id = i.reporter_user_id where u.username = 'demo_teacher'`,
    );
    expect(reports.filter((r) => r.outcome === null).length).toBeGreaterThanOrEqual(2);
    expect(reports.filter((r) => r.outcome !== null && r.told).length).toBeGreaterThanOrEqual(2);
    expect(reports.map((r) => r.satisfaction)).toEqual(expect.arrayContaining([5, 4]));
  });

  it('an urgent case still at intake is past its response limit', async () => {
    const [late] = await rows<{ n: number }>(
      sql`select count(*)::int as n from cases where stage = 'intake' and tier = 'urgent' and respond_by < now()`,
    );
    expect(late!.n).toBeGreaterThanOrEqual(1);
  });

  it("the library's published entries name nobody from their source case", async () => {
    const entries = await rows<{ body: string; child_name: string; location: string; phones: string[] }>(
      sql`select l.body, c.child_name, c.location,
          array(select reporter_phone from case_intakes i where i.case_id = c.id and reporter_phone is not null) as phones
        from case_library l join cases c on c.id = l.source_case_id where l.status = 'published'`,
    );
    expect(entries).toHaveLength(3);
    for (const e of entries) {
      expect(remainingIdentifiers(e.body, { names: [e.child_name], places: [e.location] }), e.body).toEqual([]);
      for (const phone of e.phones) expect(e.body).not.toContain(phone);
    }
  });
});
