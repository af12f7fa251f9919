// A county's bank layouts on a real database: the county officer sees the layout in use, chooses another, and
// saves its own (columns, headers, order, encoding), each save a version; a roll whose file was made keeps the
// version it used. Bad layouts are refused naming the field, another county's layouts and county are not there,
// and a save and its audit row commit together.
import iconv from 'iconv-lite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/raw.ts';
import { createTestApp, refuseWrites, type Client, type Response, type TestApp } from './harness.ts';

let t: TestApp;
let county: Client;
let approver: Client;
const COUNTY = '511102';
const OTHER = '511123';
const code = (res: Response) => (res.json.error as { code: string } | undefined)?.code;
const details = (res: Response) => (res.json.error as { details: { field: string } }).details;

async function owner<T extends Record<string, unknown>>(query: ReturnType<typeof sql>): Promise<T[]> {
  return queryRows<T>(t.database.db, query);
}

const ownLayout = {
  code: null,
  version: null,
  name: '县农商行代发模板',
  columns: [
    { key: 'holder', header: '收款人' },
    { key: 'account', header: '收款账号' },
    { key: 'amount', header: '金额（元）' },
    { key: 'remark', header: '附言' },
  ],
  encoding: 'gbk',
  referenceColumn: 'remark',
};

/** The header row of a roll's payment file as CSV, in the encoding the layout names. */
async function headerOf(rollId: string, encoding: 'gbk' | 'utf-8'): Promise<string> {
  const raw = await t.app.inject({
    method: 'GET',
    url: `/api/allowances/rolls/${rollId}/bank-file?format=csv`,
    headers: { cookie: `hehu_session=${county.cookie ?? ''}` },
  });
  expect(raw.statusCode, raw.body).toBe(200);
  return iconv.decode(raw.rawPayload, encoding).split('\r\n')[0]!;
}

async function approvedRoll(month: string): Promise<string> {
  const [roll] = await owner<{ id: string }>(
    sql`insert into allowance_rolls (county_code, month, status, approved_by, approved_at)
      select ${COUNTY}, ${month}, 'approved', id, now() from users where username = 'demo_approver' returning id`,
  );
  return roll!.id;
}

beforeAll(async () => {
  t = await createTestApp();
  [county, approver] = await Promise.all([t.as('demo_county'), t.as('demo_approver')]);
}, 180_000);
afterAll(() => t.close());

describe('a county’s bank layout', () => {
  it('shows the layout in use and the shared ones; another county answers 404', async () => {
    const view = await county.get(`/api/allowances/counties/${COUNTY}/bank-layout`);
    expect(view.status, JSON.stringify(view.json)).toBe(200);
    expect(view.json.layoutCode).toBe('standard9');
    const layouts = view.json.layouts as { code: string; builtIn: boolean; columns: { header: string }[] }[];
    expect(layouts.filter((l) => l.builtIn).map((l) => l.code)).toEqual(['simple3', 'standard9']);
    expect(layouts.find((l) => l.code === 'standard9')?.columns.map((c) => c.header)).toEqual([
      '序号',
      '账号',
      '户名',
      '金额',
      '跨行标识',
      '行名',
      '联行行号',
      '摘要',
      '备注',
    ]);
    expect((await county.get(`/api/allowances/counties/${OTHER}/bank-layout`)).status).toBe(404);
    expect((await county.post(`/api/allowances/counties/${OTHER}/bank-layouts`, ownLayout)).status).toBe(404);
    // Reading is open to the approver; saving is the officer's.
    expect((await approver.get(`/api/allowances/counties/${COUNTY}/bank-layout`)).status).toBe(200);
    expect((await approver.post(`/api/allowances/counties/${COUNTY}/bank-layouts`, ownLayout)).status).toBe(403);
  });

  it('refuses a layout without an amount column, an empty header or a reference outside it, naming the field', async () => {
    const before = await owner<{ n: number }>(sql`select count(*)::int as n from bank_layouts`);
    const noAmount = await county.post(`/api/allowances/counties/${COUNTY}/bank-layouts`, {
      ...ownLayout,
      columns: ownLayout.columns.filter((c) => c.key !== 'amount'),
    });
    expect(noAmount.status).toBe(400);
    expect(code(noAmount)).toBe('BANK_LAYOUT_INVALID');
    expect(details(noAmount).field).toBe('columns');
    expect((noAmount.json.error as { message: string }).message).toContain('模板缺少“金额”列');

    const blank = await county.post(`/api/allowances/counties/${COUNTY}/bank-layouts`, {
      ...ownLayout,
      columns: ownLayout.columns.map((c) => (c.key === 'account' ? { ...c, header: '  ' } : c)),
    });
    expect(details(blank).field).toBe('columns.1.header');
    expect((blank.json.error as { message: string }).message).toContain('第 2 列（字段“account”）没有表头名称');

    const reference = await county.post(`/api/allowances/counties/${COUNTY}/bank-layouts`, {
      ...ownLayout,
      referenceColumn: 'summary',
    });
    expect(details(reference).field).toBe('referenceColumn');

    const encoding = await county.post(`/api/allowances/counties/${COUNTY}/bank-layouts`, {
      ...ownLayout,
      encoding: 'big5',
    });
    expect(code(encoding)).toBe('VALIDATION_FAILED');
    expect((encoding.json.error as { message: string }).message).toContain('文件编码应为 UTF-8 或 GBK');

    const builtIn = await county.post(`/api/allowances/counties/${COUNTY}/bank-layouts`, {
      ...ownLayout,
      code: 'standard9',
      version: 1,
    });
    expect(code(builtIn)).toBe('BANK_LAYOUT_INVALID');
    expect((builtIn.json.error as { message: string }).message).toContain('全市通用格式，不能直接修改');
    expect(await owner<{ n: number }>(sql`select count(*)::int as n from bank_layouts`)).toEqual(before);
  });

  it('a save and its audit row commit together', async () => {
    const allow = await refuseWrites(t, 'audit_log', `new.action = 'allowance.bank_layout.save'`);
    try {
      const refused = await county.post(`/api/allowances/counties/${COUNTY}/bank-layouts`, ownLayout);
      expect(refused.status).toBe(500);
    } finally {
      await allow();
    }
    const rows = await owner<{ n: number }>(
      sql`select count(*)::int as n from bank_layouts where county_code = ${COUNTY}`,
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('saves the county’s own layout and uses it; an edit is a new version and an exported roll keeps its own', async () => {
    const first = await approvedRoll('2000-01-01');
    // Made before any choice: the shared 9-column layout, recorded on the roll.
    expect(await headerOf(first, 'gbk')).toBe('序号,账号,户名,金额,跨行标识,行名,联行行号,摘要,备注');

    const saved = await county.post(`/api/allowances/counties/${COUNTY}/bank-layouts`, ownLayout);
    expect(saved.status, JSON.stringify(saved.json)).toBe(201);
    expect(saved.json).toMatchObject({ code: `${COUNTY}-1`, version: 1, builtIn: false, encoding: 'gbk' });
    const view = await county.get(`/api/allowances/counties/${COUNTY}/bank-layout`);
    expect(view.json.layoutCode).toBe(`${COUNTY}-1`);

    const second = await approvedRoll('2000-02-01');
    expect(await headerOf(second, 'gbk')).toBe('收款人,收款账号,金额（元）,附言');
    // The first roll's file is made again as it was first sent.
    expect(await headerOf(first, 'gbk')).toBe('序号,账号,户名,金额,跨行标识,行名,联行行号,摘要,备注');

    const edited = await county.post(`/api/allowances/counties/${COUNTY}/bank-layouts`, {
      ...ownLayout,
      code: `${COUNTY}-1`,
      version: 1,
      encoding: 'utf-8',
      columns: [ownLayout.columns[1], ownLayout.columns[0], ownLayout.columns[2], ownLayout.columns[3]],
    });
    expect(edited.status, JSON.stringify(edited.json)).toBe(201);
    expect(edited.json).toMatchObject({ code: `${COUNTY}-1`, version: 2, encoding: 'utf-8' });
    const stale = await county.post(`/api/allowances/counties/${COUNTY}/bank-layouts`, {
      ...ownLayout,
      code: `${COUNTY}-1`,
      version: 1,
    });
    expect(stale.status).toBe(409);

    const third = await approvedRoll('2000-03-01');
    expect(await headerOf(third, 'utf-8')).toBe('收款账号,收款人,金额（元）,附言');
    expect(await headerOf(second, 'gbk')).toBe('收款人,收款账号,金额（元）,附言');
    const used = await owner<{ month: string; code: string; version: number }>(
      sql`select to_char(month, 'YYYY-MM') as month, bank_layout_code as code, bank_layout_version as version
        from allowance_rolls where id in (${first}, ${second}, ${third}) order by month`,
    );
    expect(used.map((r) => [r.month, r.code])).toEqual([
      ['2000-01', 'standard9'],
      ['2000-02', `${COUNTY}-1`],
      ['2000-03', `${COUNTY}-1`],
    ]);
    expect(used.map((r) => r.version).slice(1)).toEqual([1, 2]);
    const view2 = await county.get(`/api/allowances/counties/${COUNTY}/bank-layout`);
    expect(view2.json.exportedRolls).toEqual(
      expect.arrayContaining([expect.objectContaining({ month: '2000-02', layoutCode: `${COUNTY}-1`, version: 1 })]),
    );

    const audit = await owner<{ target_id: string; after: { version: number } }>(
      sql`select target_id, after from audit_log where action = 'allowance.bank_layout.save' order by id`,
    );
    expect(audit.map((a) => [a.target_id, a.after.version])).toEqual([
      [`${COUNTY}-1`, 1],
      [`${COUNTY}-1`, 2],
    ]);
  });

  it('chooses a shared layout back; another county’s own layout is neither offered nor accepted', async () => {
    await owner(
      sql`insert into bank_layouts (code, name, definition, county_code)
        select ${`${OTHER}-1`}, '他县模板', definition || ${JSON.stringify({ code: `${OTHER}-1` })}::jsonb, ${OTHER}
        from bank_layouts where code = 'simple3'`,
    );
    const foreign = await county.put(`/api/allowances/counties/${COUNTY}/bank-layout`, { layoutCode: `${OTHER}-1` });
    expect(code(foreign)).toBe('BANK_LAYOUT_INVALID');
    const view = await county.get(`/api/allowances/counties/${COUNTY}/bank-layout`);
    expect((view.json.layouts as { code: string }[]).map((l) => l.code)).not.toContain(`${OTHER}-1`);

    const back = await county.put(`/api/allowances/counties/${COUNTY}/bank-layout`, { layoutCode: 'simple3' });
    expect(back.status).toBe(204);
    expect((await county.get(`/api/allowances/counties/${COUNTY}/bank-layout`)).json.layoutCode).toBe('simple3');
    const fourth = await approvedRoll('2000-04-01');
    expect(await headerOf(fourth, 'utf-8')).toBe('账号,户名,金额');
  });
});
