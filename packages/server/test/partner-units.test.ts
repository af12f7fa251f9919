// The registry of partner and reporting units as the city's civil affairs keeps it: a unit is added and changed
// with an audit row, the same name twice in one division is refused on the name field, a change made on a stale
// version is 409, a unit with open referrals cannot be deactivated, and an inactive unit is offered neither for a
// referral nor for a grant. Only rules:manage reaches the registry.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/raw.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type Response, type TestApp } from './harness.ts';

let t: TestApp;
let city: Client;
let county: Client;
let hotline: Client;
let worker: Client;
let village = '';

interface Unit {
  id: string;
  name: string;
  role: 'partner' | 'reporter';
  kind: string;
  divisionCode: string;
  divisionName: string;
  active: boolean;
  accounts: number;
  openReferrals: number;
  version: number;
}

const code = (res: Response) => (res.json.error as { code: string } | undefined)?.code;
const field = (res: Response) => (res.json.error as { details?: { field?: string } } | undefined)?.details?.field;
const owner = <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.db, query);

beforeAll(async () => {
  t = await createTestApp();
  [city, county, hotline, worker] = await Promise.all([
    t.as('demo_city'),
    t.as('demo_county'),
    t.as('demo_hotline'),
    t.as('demo_protect'),
  ]);
  village = (await demoVillages(t.database.db)).village;
}, 120_000);
afterAll(() => t.close());

async function units(): Promise<Unit[]> {
  const res = await city.get('/api/cases/partner-units');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.json.items as Unit[];
}

async function addUnit(body: Record<string, unknown>): Promise<Unit> {
  const res = await city.post('/api/cases/partner-units', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.json as unknown as Unit;
}

const change = (u: Unit, over: Partial<Unit> = {}) =>
  city.put(`/api/cases/partner-units/${u.id}`, {
    name: u.name,
    kind: u.kind,
    divisionCode: u.divisionCode,
    active: u.active,
    version: u.version,
    ...over,
  });

/** A case at the county's centre, taken to the plan stage by its worker, ready for referrals. */
async function planCase(): Promise<string> {
  const res = await hotline.post('/api/cases/intake', {
    channel: 'hotline',
    childName: '李小禾',
    childAge: 8,
    divisionCode: village,
    location: '村小学门口',
    summary: '邻居来电：一名八岁男孩放学后长期无人接送，常在路边等到深夜。',
    immediateDanger: false,
    reporterName: '周先生',
    reporterPhone: '13800003333',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const [row] = await owner<{ id: string }>(
    sql`select id from cases where receipt_no = ${res.json.receiptNo as string}`,
  );
  const id = row!.id;
  for (const body of [
    { action: 'accept' },
    { action: 'verify', note: '入户核查属实', verification: { method: '入户', date: '2026-11-30' } },
    { action: 'assess', note: '父母外出务工，祖母年迈' },
    { action: 'plan', note: '联系学校与派出所共同关注' },
  ]) {
    const current = await worker.get(`/api/cases/${id}`);
    const acted = await worker.post(`/api/cases/${id}/actions`, { version: current.json.version, ...body });
    expect(acted.status, `${body.action}: ${JSON.stringify(acted.body)}`).toBe(200);
  }
  return id;
}

describe('the partner-unit registry', () => {
  it('lists every unit of both roles with its division, accounts and open referrals', async () => {
    const all = await units();
    const police = all.find((u) => u.name === '乐山市公安局市中区分局');
    expect(police).toMatchObject({ role: 'partner', kind: 'public_security', active: true, accounts: 1 });
    expect(police!.divisionName).toBe('市中区');
    expect(all.find((u) => u.name === '乐山市市中区实验小学')?.role).toBe('reporter');
  });

  it('adds a unit with a trimmed name and changes it, each with an audit row', async () => {
    const unit = await addUnit({
      name: '  乐山市市中区未成年人法律援助站 ',
      role: 'partner',
      kind: 'justice',
      divisionCode: '511102',
    });
    expect(unit).toMatchObject({ name: '乐山市市中区未成年人法律援助站', active: true, version: 1, openReferrals: 0 });
    const renamed = await change(unit, { name: '乐山市市中区法律援助中心', divisionCode: village });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.json).toMatchObject({ name: '乐山市市中区法律援助中心', divisionCode: village, version: 2 });
    const audit = await owner<{ action: string; actor_username: string }>(
      sql`select action, actor_username from audit_log where target_id = ${unit.id} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['case.partner_unit.create', 'case.partner_unit.change']);
    expect(audit[0]!.actor_username).toBe('demo_city');
  });

  it('refuses a kind of the other role, a place outside the city and a duplicate name, naming the field', async () => {
    const base = { name: '乐山市市中区第二实验小学', role: 'reporter', kind: 'school', divisionCode: '511102' };
    const wrongKind = await city.post('/api/cases/partner-units', { ...base, kind: 'public_security' });
    expect([wrongKind.status, code(wrongKind), field(wrongKind)]).toEqual([400, 'PARTNER_UNIT_KIND_INVALID', 'kind']);
    const outside = await city.post('/api/cases/partner-units', { ...base, divisionCode: '510104' });
    expect([outside.status, code(outside), field(outside)]).toEqual([
      400,
      'PARTNER_UNIT_DIVISION_INVALID',
      'divisionCode',
    ]);
    const blank = await city.post('/api/cases/partner-units', { ...base, name: '   ' });
    expect(blank.status).toBe(400);
    expect(JSON.stringify(blank.body)).toContain('请填写单位名称');
    await addUnit(base);
    const twice = await city.post('/api/cases/partner-units', { ...base, name: ' 乐山市市中区第二实验小学' });
    expect([twice.status, code(twice), field(twice)]).toEqual([400, 'PARTNER_UNIT_DUPLICATE', 'name']);
    expect((twice.json.error as { message: string }).message).toContain('单位名称');
    // Renaming another unit to the same name in the same division is the same refusal, not a database error.
    const other = await addUnit({ ...base, name: '乐山市市中区第三实验小学' });
    const clash = await change(other, { name: base.name });
    expect([clash.status, code(clash), field(clash)]).toEqual([400, 'PARTNER_UNIT_DUPLICATE', 'name']);
  });

  it('answers 409 to a change made on a stale version, and keeps the newer change', async () => {
    const unit = await addUnit({
      name: '乐山市市中区妇女儿童服务站',
      role: 'partner',
      kind: 'women_federation',
      divisionCode: '511102',
    });
    expect((await change(unit, { name: '乐山市市中区妇女儿童之家' })).status).toBe(200);
    const stale = await change(unit, { name: '乐山市市中区妇儿服务站' });
    expect([stale.status, code(stale)]).toEqual([409, 'CONFLICT']);
    expect((await units()).find((u) => u.id === unit.id)?.name).toBe('乐山市市中区妇女儿童之家');
  });

  it('refuses to deactivate a unit with open referrals; once answered it is deactivated and offered no more', async () => {
    const unit = await addUnit({
      name: '乐山市市中区关爱儿童协会',
      role: 'partner',
      kind: 'social_organisation',
      divisionCode: '511102',
    });
    const caseId = await planCase();
    const referred = await worker.post(`/api/cases/${caseId}/referrals`, {
      partnerUnitId: unit.id,
      request: '请协助课后照护',
    });
    expect(referred.status, JSON.stringify(referred.body)).toBe(201);
    const listed = (await units()).find((u) => u.id === unit.id)!;
    expect(listed.openReferrals).toBe(1);

    const refused = await change(listed, { active: false });
    expect([refused.status, code(refused)]).toEqual([409, 'PARTNER_UNIT_OPEN_REFERRALS']);
    expect((refused.json.error as { message: string }).message).toContain('1 件');
    expect((await units()).find((u) => u.id === unit.id)?.active).toBe(true);

    // The unit declines (here straight in the database: the new unit has no account yet).
    await owner(sql`update case_referrals set status = 'declined' where partner_unit_id = ${unit.id}`);
    const off = await change(listed, { active: false });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    expect(off.json).toMatchObject({ active: false, openReferrals: 0 });
    const [audit] = await owner<{ action: string; after: { active: boolean } }>(
      sql`select action, after from audit_log where target_id = ${unit.id} order by id desc limit 1`,
    );
    expect(audit).toMatchObject({ action: 'case.partner_unit.active', after: { active: false } });

    // Not offered for a referral, and refused if named anyway.
    const offered = (await worker.get('/api/partner-units')).json as unknown as { id: string }[];
    expect(offered.map((u) => u.id)).not.toContain(unit.id);
    const again = await worker.post(`/api/cases/${caseId}/referrals`, {
      partnerUnitId: unit.id,
      request: '请再次协助',
    });
    expect([again.status, code(again)]).toEqual([400, 'REFERRAL_OUTSIDE_REGION']);
    // Nor for a grant: the security administrator cannot give an account on it.
    const sec = await t.as('demo_secadmin');
    expect(
      ((await sec.get('/api/security/partner-units')).json.data as { id: string }[]).map((u) => u.id),
    ).not.toContain(unit.id);
    const created = await (
      await t.as('demo_sysadmin')
    ).post('/api/admin/users', { username: 'care.liu', displayName: '刘社工' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const userId = (created.json.user as { id: string }).id;
    const grant = await sec.post(`/api/security/users/${userId}/grants`, {
      role: 'partner_officer',
      partnerUnitId: unit.id,
    });
    expect(code(grant)).toBe('PARTNER_UNIT_NOT_FOUND');

    // Reactivated, it is offered again.
    const on = await change(off.json as unknown as Unit, { active: true });
    expect(on.status, JSON.stringify(on.body)).toBe(200);
    expect(((await worker.get('/api/partner-units')).json as unknown as { id: string }[]).map((u) => u.id)).toContain(
      unit.id,
    );
  });

  it('is closed to a role without rules:manage', async () => {
    const [unit] = await units();
    for (const c of [county, worker, hotline]) {
      expect((await c.get('/api/cases/partner-units')).status).toBe(403);
      expect(
        (
          await c.post('/api/cases/partner-units', {
            name: '某单位',
            role: 'partner',
            kind: 'court',
            divisionCode: '511102',
          })
        ).status,
      ).toBe(403);
      const body = {
        name: unit!.name,
        kind: unit!.kind,
        divisionCode: unit!.divisionCode,
        active: false,
        version: unit!.version,
      };
      expect((await c.put(`/api/cases/partner-units/${unit!.id}`, body)).status).toBe(403);
    }
    // A unit that does not exist is 404 to the city.
    const missing = await city.put('/api/cases/partner-units/00000000-0000-4000-8000-000000000000', {
      name: '某单位',
      kind: 'court',
      divisionCode: '511102',
      active: true,
      version: 1,
    });
    expect(missing.status).toBe(404);
  });
});
