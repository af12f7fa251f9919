// Row-level security table by table: every table that holds a child's, a person's, a case's, a roll's or an
// application's rows has it on with a policy for the application role, and the tables that do without it are
// named here with the reason (a new table fails this test until it is scoped or listed). The newest scoped
// tables are then read in the database's own terms, with the reach a session sets and no application condition.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/raw.ts';
import { createTestApp, type TestApp } from './harness.ts';

/** Platform and reference tables without row-level security, each read only by code that scopes itself. */
const UNSCOPED: Record<string, string> = {
  admin_requests: 'two-person administration requests, read by the administrators only',
  admin_unit_members: 'which administrator manages which unit',
  allowance_standards: 'the city’s published amounts, the same for every reader',
  api_clients: 'keys of other departments’ systems, read by the key check',
  audit_log: 'written by every change, read by the auditor routes only',
  audit_seals: 'the audit chain’s seals',
  audit_unsealed: 'the audit rows still to seal, read by the owner’s sealer only',
  divisions: 'administrative divisions, reference data',
  grants: 'who may act where, read by the session',
  institutions: 'welfare homes and centres, reference data',
  job_runs: 'runs of scheduled jobs, written by the job runner as the owner',
  outbox: 'messages to other systems, read by the delivery worker',
  partner_units: 'the departments cases are referred to, reference data',
  roles: 'roles and permissions',
  security_alerts: 'read by the security administrator',
  sessions: 'read by the session check',
  settings: 'versioned rules, the same for every reader',
  users: 'accounts, read by sign-in and the administrators',
  work_calendar_years: 'the working-day calendar',
};

/** Columns that tie a row to a child, a person, a case or a county's money: such a table must be scoped. */
const PERSONAL = ['child_id', 'person_id', 'case_id', 'roll_id', 'application_id'];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ rowLevelSecurity: true });
});
afterAll(() => t.close());

describe('every table', () => {
  it('is scoped by row-level security with a policy, or listed above with its reason', async () => {
    const tables = await queryRows<{ name: string; rls: boolean; policies: number; personal: boolean }>(
      t.database.db,
      sql`select c.relname as name, c.relrowsecurity as rls,
            (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies,
            exists (select 1 from pg_attribute a where a.attrelid = c.oid and not a.attisdropped
              and a.attname::text in (${sql.join(
                PERSONAL.map((c) => sql`${c}`),
                sql`, `,
              )})) as personal
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r' and c.relname not like '\\_\\_%'`,
    );
    expect(tables.length).toBeGreaterThan(40);
    const unscoped = tables.filter((r) => !r.rls || r.policies === 0).map((r) => r.name);
    expect(unscoped.sort()).toEqual(Object.keys(UNSCOPED).sort());
    expect(tables.filter((r) => r.personal && !r.rls).map((r) => r.name)).toEqual([]);
  });
});

/** The rows `query` answers to the application role with the reach of `prefix` (as the unit of work sets it). */
async function visibleAs(prefix: string, query: ReturnType<typeof sql>): Promise<{ id: string; area: string }[]> {
  return t.database.transaction(async (tx) => {
    await tx.execute(sql`select set_config('hehu.user_id', '', true), set_config('hehu.reach_prefixes', ${prefix}, true),
      set_config('hehu.reach_institutions', '', true), set_config('hehu.partner_units', '', true),
      set_config('role', 'hehu_app', true)`);
    return queryRows<{ id: string; area: string }>(tx, query);
  });
}

describe('read with a reach and no application condition', () => {
  it('school certificates (child_schooling): only those of children within the reach', async () => {
    const query = sql`select s.id, coalesce(c.division_code, '') as area
      from child_schooling s left join children c on c.id = s.child_id`;
    const all = await queryRows<{ id: string; area: string }>(t.database.db, query);
    const county = all[0]?.area.slice(0, 6) ?? '';
    expect(county).toMatch(/^5111\d\d$/);
    const inCounty = all.filter((r) => r.area.startsWith(county));
    expect(inCounty.length).toBeGreaterThan(0);
    // Another county's reach reads none of this county's certificates; the county's own reach reads them all.
    const other = county === '511123' ? '511102' : '511123';
    const seen = new Set((await visibleAs(other, query)).map((r) => r.id));
    expect(inCounty.filter((r) => seen.has(r.id))).toEqual([]);
    expect((await visibleAs(county, query)).map((r) => r.id).sort()).toEqual(inCounty.map((r) => r.id).sort());
  });

  it('case documents (case_documents): only those of cases within the reach', async () => {
    const query = sql`select d.id, coalesce(k.county_code, '') as area
      from case_documents d left join cases k on k.id = d.case_id`;
    const all = await queryRows<{ id: string; area: string }>(t.database.db, query);
    const county = all[0]?.area ?? '';
    expect(county).toMatch(/^5111\d\d$/);
    const inCounty = all.filter((r) => r.area === county);
    const other = county === '511123' ? '511102' : '511123';
    const seen = new Set((await visibleAs(other, query)).map((r) => r.id));
    expect(inCounty.length).toBeGreaterThan(0);
    expect(inCounty.filter((r) => seen.has(r.id))).toEqual([]);
    expect((await visibleAs(county, query)).map((r) => r.id).sort()).toEqual(inCounty.map((r) => r.id).sort());
  });
});
