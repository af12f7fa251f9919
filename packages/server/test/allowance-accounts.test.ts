// Allowance payee accounts, a child's ledger and the fund-use report: a guardian's account saved and shown
// masked, a non-guardian refused naming the field, a change keeping the old row, the full number shown only on an
// audited request, another county's child not found; after a standard and a generated, approved and locked roll,
// the ledger shows the month owed and paid with nothing left, and the fund-use report sums what was paid.
import { makeIdNumber, monthOf, serviceDate } from '@hehu/domain';
import ExcelJS from 'exceljs';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, childHistory, payeeAccounts } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type Response, type TestApp } from './harness.ts';

let t: TestApp;
let county: Client;
let child: string;
let guardianRelation: string;
let carerRelation: string;

const code = (res: Response) => (res.json.error as { code: string } | undefined)?.code;
const field = (res: Response) => (res.json.error as { details?: { field?: string } } | undefined)?.details?.field;
const NUMBER = '6217 0023 1000 4567 891';
const DIGITS = NUMBER.replaceAll(' ', '');

function created(res: Response): Record<string, unknown> {
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json;
}

beforeAll(async () => {
  t = await createTestApp();
  const { village } = await demoVillages(t.database.db);
  county = await t.as('demo_county');
  const kid = created(
    await county.post('/api/children', {
      name: '账户测试',
      idNumber: makeIdNumber(village.slice(0, 6), '2015-03-03', 911),
      divisionCode: village,
      householdType: 'rural',
      confirmNotDuplicate: true,
    }),
  );
  child = kid.id as string;
  const guardian = created(
    await county.post(`/api/children/${child}/relations`, {
      kind: 'guardian',
      relationLabel: '祖母',
      startDate: '2020-01-01',
      person: { name: '王秀兰' },
    }),
  );
  guardianRelation = guardian.id as string;
  const carer = created(
    await county.post(`/api/children/${child}/relations`, {
      kind: 'entrusted_carer',
      relationLabel: '邻居',
      startDate: '2020-01-01',
      person: { name: '张大伯' },
    }),
  );
  carerRelation = carer.id as string;
  created(
    await county.post(`/api/children/${child}/categories`, {
      category: 'orphan_scattered',
      startDate: '2026-11-01',
      decisionRef: '乐民〔2026〕12号',
    }),
  );
}, 120_000);
afterAll(() => t.close());

const account = (over: Record<string, unknown> = {}) => ({
  holderKind: 'guardian',
  holderRelationId: guardianRelation,
  bankName: '乐山市商业银行',
  bankCode: '',
  sameBank: true,
  accountNumber: NUMBER,
  reason: '',
  ...over,
});

describe('payee accounts', () => {
  it("saves a guardian's account and shows it masked, with the holder's name from the file", async () => {
    const empty = await county.get(`/api/children/${child}/payee-account`);
    expect(empty.status, JSON.stringify(empty.json)).toBe(200);
    expect(empty.json).toMatchObject({ current: null, history: [], payeeKind: 'guardian', institution: null });
    expect(empty.json.candidates).toEqual([{ relationId: guardianRelation, name: '王秀兰', relationLabel: '祖母' }]);

    const saved = await county.put(`/api/children/${child}/payee-account`, account());
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    expect(saved.json).toMatchObject({
      holderKind: 'guardian',
      holderName: '王秀兰',
      holderRelationId: guardianRelation,
      accountMasked: '6217****7891',
      endedAt: null,
    });
    const read = await county.get(`/api/children/${child}/payee-account`);
    expect((read.json.current as { accountMasked: string }).accountMasked).toBe('6217****7891');
    expect(JSON.stringify(read.json)).not.toContain(DIGITS);
  });

  it('refuses a payee who is not a current guardian, naming the field, and a bad number', async () => {
    const carer = await county.put(
      `/api/children/${child}/payee-account`,
      account({ holderRelationId: carerRelation }),
    );
    expect(carer.status).toBe(400);
    expect(code(carer)).toBe('PAYEE_NOT_HOLDER');
    expect(field(carer)).toBe('holderRelationId');
    expect((carer.json.error as { message: string }).message).toMatch(/监护人/);
    const institution = await county.put(
      `/api/children/${child}/payee-account`,
      account({ holderKind: 'institution', holderRelationId: null }),
    );
    expect([code(institution), field(institution)]).toEqual(['PAYEE_NOT_HOLDER', 'holderKind']);
    const short = await county.put(`/api/children/${child}/payee-account`, account({ accountNumber: '1234 567' }));
    expect([short.status, code(short), field(short)]).toEqual([400, 'ACCOUNT_NUMBER_INVALID', 'accountNumber']);
  });

  it('a change ends the old row with its reason and keeps it in the history; the clear number is never logged', async () => {
    const changed = await county.put(
      `/api/children/${child}/payee-account`,
      account({ accountNumber: '6228480012345678', bankName: '中国农业银行', reason: '原账户销户' }),
    );
    expect(changed.status, JSON.stringify(changed.json)).toBe(200);
    const read = await county.get(`/api/children/${child}/payee-account`);
    const history = read.json.history as { accountMasked: string; endedReason: string; endedAt: string | null }[];
    expect((read.json.current as { accountMasked: string }).accountMasked).toBe('6228****5678');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ accountMasked: '6217****7891', endedReason: '原账户销户' });
    expect(history[0]?.endedAt).not.toBeNull();
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.targetId, child));
    expect(audits.filter((a) => a.action === 'allowance.account.save')).toHaveLength(2);
    const rows = await t.database.db.select().from(childHistory).where(eq(childHistory.childId, child));
    expect(rows.some((r) => r.action === 'allowance.account.save')).toBe(true);
    for (const text of [JSON.stringify(audits), JSON.stringify(rows)]) {
      expect(text).not.toContain(DIGITS);
      expect(text).not.toContain('6228480012345678');
    }
  });

  it('two saves at once leave one current account', async () => {
    const answers = await Promise.all([
      county.put(`/api/children/${child}/payee-account`, account({ reason: '同时保存一' })),
      county.put(`/api/children/${child}/payee-account`, account({ reason: '同时保存二' })),
    ]);
    for (const a of answers) expect([200, 409], JSON.stringify(a.json)).toContain(a.status);
    const current = await t.database.db
      .select()
      .from(payeeAccounts)
      .where(and(eq(payeeAccounts.childId, child), isNull(payeeAccounts.endedAt)));
    expect(current).toHaveLength(1);
  });

  it('shows the full number only on request, and audits it', async () => {
    const res = await county.post(`/api/children/${child}/payee-account/unmask`);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json.accountNumber).toBe(DIGITS);
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'allowance.account.unmask'), eq(auditLog.targetId, child)));
    expect(rows).toHaveLength(1);
    const reader = await t.as('demo_approver');
    const refused = await reader.post(`/api/children/${child}/payee-account/unmask`);
    expect(refused.status).toBe(403);
  });
});

// Without the database's row-level security, so the application's own scope check alone is shown to hold.
describe.each([true, false])("another county's child (row-level security %s)", (rowLevelSecurity) => {
  let app: TestApp;
  let caller: Client;
  let other: string;
  beforeAll(async () => {
    app = rowLevelSecurity ? t : await createTestApp({ rowLevelSecurity: false });
    caller = await app.as('demo_county');
    const { village2 } = await demoVillages(app.database.db);
    const city = await app.as('demo_city');
    const res = await city.post('/api/children', {
      name: '外县儿童',
      sex: 'F',
      birthDate: '2016-05-05',
      divisionCode: village2,
      noIdReason: 'pending_registration',
      confirmNotDuplicate: true,
    });
    other = created(res).id as string;
  }, 120_000);
  afterAll(async () => {
    if (!rowLevelSecurity) await app.close();
  });

  it('is not found by any of the account or ledger routes', async () => {
    const base = `/api/children/${other}`;
    for (const res of [
      await caller.get(`${base}/payee-account`),
      await caller.put(`${base}/payee-account`, account()),
      await caller.post(`${base}/payee-account/unmask`),
      await caller.get(`${base}/allowance-ledger`),
      await caller.get(`${base}/allowance-ledger.xlsx`),
    ])
      expect(res.status, JSON.stringify(res.json)).toBe(404);
  });
});

interface LedgerMonth {
  month: string;
  category: string | null;
  entitledFen: number;
  paidFen: number;
  balanceFen: number;
  lines: { rollMonth: string; kind: string; amountFen: number; paymentStatus: string; explanation: string }[];
}

describe('the ledger and the fund-use report', () => {
  let paidInRoll = 0;

  beforeAll(async () => {
    // The demo's own rolls, standards and accounts would decide the figures; this county starts afresh.
    await t.database.db.execute(sql`delete from allowance_rolls`);
    await t.database.db.execute(sql`delete from allowance_standards`);
    await t.database.db.execute(sql`delete from allowance_payee_accounts where child_id <> ${child}`);
    const city = await t.as('demo_city');
    created(
      await city.post('/api/allowances/standards', {
        category: 'orphan_scattered',
        countyCode: null,
        effectiveMonth: '2026-01',
        amountFen: 90000,
        followsCategory: null,
        notice: '乐民发〔2026〕1号（测试）',
      }),
    );
    const roll = created(await county.post('/api/allowances/rolls', { countyCode: '511102', month: '2026-11' }));
    const id = roll.id as string;
    const findings = (await county.get(`/api/allowances/rolls/${id}/findings`)).json.data as {
      id: string;
      severity: string;
    }[];
    expect(findings.filter((f) => f.severity === 'blocking')).toEqual([]);
    for (const f of findings.filter((x) => x.severity === 'warning')) {
      const noted = await county.put(`/api/allowances/rolls/${id}/findings/${f.id}/note`, { note: '已核实，下月补发' });
      expect(noted.status, JSON.stringify(noted.json)).toBe(200);
    }
    const approver = await t.as('demo_approver');
    const version = (await county.get(`/api/allowances/rolls/${id}`)).json.version as number;
    const approved = await approver.post(`/api/allowances/rolls/${id}/approve`, { version });
    expect(approved.status, JSON.stringify(approved.json)).toBe(200);
    const locked = await county.post(`/api/allowances/rolls/${id}/lock`, { version: approved.json.version });
    expect(locked.status, JSON.stringify(locked.json)).toBe(200);
    for (let page = 1; ; page += 1) {
      const res = await county.get(`/api/allowances/rolls/${id}/lines?pageSize=200&page=${page}`);
      const lines = res.json.data as { category: string; amountFen: number; paymentStatus: string; forMonth: string }[];
      paidInRoll += lines
        .filter((l) => l.category === 'orphan_scattered' && !['failed', 'unsent'].includes(l.paymentStatus))
        .reduce((n, l) => n + l.amountFen, 0);
      if (page * 200 >= (res.json.total as number)) break;
    }
  }, 120_000);

  it('shows the month owed and paid with nothing left, newest first', async () => {
    const res = await county.get(`/api/children/${child}/allowance-ledger`);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const months = res.json.data as LedgerMonth[];
    expect(months[0]?.month).toBe(monthOf(serviceDate()));
    const november = months.find((m) => m.month === '2026-11');
    expect(november).toMatchObject({ category: 'orphan_scattered', entitledFen: 90000, paidFen: 90000, balanceFen: 0 });
    expect(november?.lines).toEqual([
      expect.objectContaining({ rollMonth: '2026-11', kind: 'base', amountFen: 90000, paymentStatus: 'pending' }),
    ]);
    expect(months.at(-1)?.month).toBe('2026-11');
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'allowance.ledger.read'), eq(auditLog.targetId, child)));
    expect(audits.length).toBeGreaterThan(0);
  });

  it('exports the ledger as a watermarked workbook', async () => {
    const res = await county.get(`/api/children/${child}/allowance-ledger.xlsx`);
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('spreadsheetml');
    const raw = await t.app.inject({
      method: 'GET',
      url: `/api/children/${child}/allowance-ledger.xlsx`,
      headers: { cookie: `hehu_session=${county.cookie ?? ''}` },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(raw.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell('A1').text).toContain('导出人');
    const cells = sheet.getSheetValues().flat().map(String);
    expect(cells).toContain('2026-11');
    expect(cells).toContain('900.00');
  });

  it('the fund-use report sums what approved and locked rolls paid, within the caller’s reach', async () => {
    const res = await county.get('/api/allowances/fund-use?year=2026');
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const rows = res.json.data as {
      countyCode: string;
      month: string;
      category: string;
      paidFen: number;
      children: number;
    }[];
    const row = rows.find(
      (r) => r.countyCode === '511102' && r.month === '2026-11' && r.category === 'orphan_scattered',
    );
    expect(row?.paidFen).toBe(paidInRoll);
    expect(row?.children).toBeGreaterThanOrEqual(1);
    expect(rows.every((r) => r.countyCode === '511102')).toBe(true);
    expect(res.json.totalFen).toBe(rows.reduce((n, r) => n + r.paidFen, 0));
    const elsewhere = await county.get('/api/allowances/fund-use?year=2026&county=511123');
    expect(elsewhere.status).toBe(404);
    const city = await t.as('demo_city');
    const wide = await city.get('/api/allowances/fund-use?year=2026&county=511102');
    expect(wide.status).toBe(200);
    const file = await county.get('/api/allowances/fund-use.xlsx?year=2026');
    expect(file.status).toBe(200);
  });
});
