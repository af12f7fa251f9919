// Payment past 18 for full-time schooling (RULES §2.12, configurable): off until the city publishes the policy;
// then a child with a school's certificate is owed the whole months it covers, from the policy's month, and nothing
// after the certificate ends or once it is withdrawn. Read through the child's ledger, which runs the same engine
// and facts as a roll.
import { makeIdNumber } from '@hehu/domain';
import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/raw.ts';
import { auditLog, childHistory } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type Response, type TestApp } from './harness.ts';

let t: TestApp;
let county: Client;
let city: Client;
let childId: string;
const code = (res: Response) => (res.json.error as { code: string; details?: { field?: string } } | undefined)?.code;

interface LedgerMonth {
  month: string;
  entitledFen: number;
}

async function entitled(): Promise<Map<string, number>> {
  const res = await county.get(`/api/children/${childId}/allowance-ledger`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return new Map((res.json.data as LedgerMonth[]).map((m) => [m.month, m.entitledFen]));
}

beforeAll(async () => {
  t = await createTestApp();
  county = await t.as('demo_county');
  city = await t.as('demo_city');
  const { village } = await demoVillages(t.database.db);
  // Eighteen in March 2026, a scattered orphan since 2020.
  const idNumber = makeIdNumber('511102', '2008-03-17', 771);
  const cipher = t.services.cipher;
  const [child] = await queryRows<{ id: string }>(
    t.database.db,
    sql`insert into children (name, sex, birth_date, division_code, id_number_enc, id_number_index, id_number_masked)
      values ('在读测试', 'F', '2008-03-17', ${village}, ${cipher.encrypt(idNumber)}, ${cipher.blindIndex(idNumber)},
        ${`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`}) returning id`,
  );
  childId = child!.id;
  await queryRows(
    t.database.db,
    sql`insert into child_categories (child_id, category, start_date, decision_ref, created_at)
      values (${childId}, 'orphan_scattered', '2020-01-01', 'test', '2020-01-01T10:00:00+08:00')`,
  );
});
afterAll(() => t.close());

describe('full-time schooling past 18', () => {
  it('records a certificate with clear errors, in the history and the audit trail', async () => {
    // The demo city pays on for schooling: this test starts from a version that does not.
    const off = await city.post('/api/allowances/rules', {
      lookbackMonths: 24,
      schooling: null,
      basis: '测试：不延续',
    });
    expect(off.status, JSON.stringify(off.body)).toBe(201);
    const backwards = await county.post(`/api/children/${childId}/schooling`, {
      schoolName: '乐山职业技术学院',
      from: '2026-07-10',
      until: '2025-09-01',
    });
    expect(backwards.status).toBe(400);
    expect(JSON.stringify(backwards.body)).toContain('until');
    const future = await county.post(`/api/children/${childId}/schooling`, {
      schoolName: '乐山职业技术学院',
      from: '2099-09-01',
      until: '2100-07-01',
    });
    expect(code(future)).toBe('SCHOOLING_INVALID');
    const saved = await county.post(`/api/children/${childId}/schooling`, {
      schoolName: '乐山职业技术学院',
      from: '2025-09-01',
      until: '2026-07-10',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.json.policy).toBeNull();
    expect(saved.json.periods).toMatchObject([
      { schoolName: '乐山职业技术学院', from: '2025-09-01', until: '2026-07-10' },
    ]);
    const [history] = await t.database.db
      .select()
      .from(childHistory)
      .where(eq(childHistory.childId, childId))
      .orderBy(desc(childHistory.at))
      .limit(1);
    expect(history?.action).toBe('allowance.schooling.add');
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'allowance.schooling.add'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit).toMatchObject({ targetId: childId, actorUsername: 'demo_county' });
  });

  it('pays nothing past the 18th-birthday month until the city publishes the policy', async () => {
    const months = await entitled();
    expect(months.get('2026-03')).toBeGreaterThan(0);
    expect(months.get('2026-04')).toBe(0);
  });

  it('the policy is published by the city only, checked, and pays the whole months the certificate covers', async () => {
    const policy = { lookbackMonths: 24, schooling: { untilAge: 22, since: '2026-01' }, basis: '乐民发〔2026〕8号' };
    expect((await county.post('/api/allowances/rules', policy)).status).toBe(403);
    const bad = await city.post('/api/allowances/rules', { ...policy, schooling: { untilAge: 17, since: '2026-1' } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('untilAge');
    expect(JSON.stringify(bad.body)).toContain('since');
    const published = await city.post('/api/allowances/rules', policy);
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    expect(published.json.schooling).toEqual({ untilAge: 22, since: '2026-01' });
    const read = await county.get('/api/allowances/rules');
    expect((read.json.versions as unknown[])[0]).toMatchObject({
      basis: '乐民发〔2026〕8号',
      schooling: { untilAge: 22 },
    });
    const months = await entitled();
    for (const m of ['2026-04', '2026-05', '2026-06']) expect(months.get(m), m).toBeGreaterThan(0);
    // The certificate ends on 10 July: July is not proven whole.
    expect(months.get('2026-07')).toBe(0);
    expect(months.get('2026-08')).toBe(0);
  });

  it('a withdrawn certificate pays nothing, and is kept with its reason', async () => {
    const listed = await county.get(`/api/children/${childId}/schooling`);
    const [period] = listed.json.periods as { id: string }[];
    const withdrawn = await county.post(`/api/children/${childId}/schooling/${period!.id}/withdraw`, {
      reason: '证明非全日制',
    });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect(withdrawn.json.periods).toMatchObject([{ withdrawnReason: '证明非全日制' }]);
    const again = await county.post(`/api/children/${childId}/schooling/${period!.id}/withdraw`, { reason: '重复' });
    expect(again.status).toBe(404);
    expect((await entitled()).get('2026-04')).toBe(0);
  });
});
