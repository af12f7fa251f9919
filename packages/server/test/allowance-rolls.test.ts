// Monthly payment rolls on a real database: a county's children with their categories, accounts and standards are
// set up as the owner, then rolls are generated, approved by another person and locked through the API month by
// month, as a county does. Checks the cases: a raise in June effective from January gives five months of
// arrears; a death recorded late gives a recovery; a category from April is first paid in April; the month of the
// 18th birthday is the last paid; orphan and de facto at once are paid once; a failed bank line comes back; each
// refusal (order of months, four eyes, blocking findings, unnoted warnings, versions) answers its code.
import iconv from 'iconv-lite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  emptyCountyAllowances,
  makeBeneficiary,
  ownerQueries,
  publishStandards,
  type Kid,
} from './allowances.helpers.ts';
import { createTestApp, type Client, type Response, type TestApp } from './harness.ts';

let t: TestApp;
let county: Client;
let approver: Client;
let city: Client;
const COUNTY = '511102';
const onPostgres = inject('databaseMode') === 'postgres';
const code = (res: Response) => (res.json.error as { code: string } | undefined)?.code;

const kids: Record<'steady' | 'dies' | 'april' | 'adult' | 'both', Kid> = {} as never;
let owner: ReturnType<typeof ownerQueries>;
const makeChild = (
  village: string,
  name: string,
  birthDate: string,
  categories: Parameters<typeof makeBeneficiary>[4],
  n: number,
) => makeBeneficiary(t, village, name, birthDate, categories, n);

async function generate(month: string): Promise<Response> {
  return county.post('/api/allowances/rolls', { countyCode: COUNTY, month });
}

async function linesOf(rollId: string, childId: string) {
  const rows = await owner<{ kind: string; month: string; amount_fen: number; explanation: { zh: string } }>(
    sql`select kind, to_char(for_month, 'YYYY-MM') as month, amount_fen, explanation from allowance_lines
      where roll_id = ${rollId} and child_id = ${childId} order by for_month, kind`,
  );
  return rows.map((r) => ({ kind: r.kind, month: r.month, fen: r.amount_fen, why: r.explanation.zh }));
}

/** Generates, approves (another person) and locks a month; the bank pays every pending line. */
async function closeMonth(month: string): Promise<string> {
  const made = await generate(month);
  expect(made.status, JSON.stringify(made.json)).toBe(201);
  const id = made.json.id as string;
  const approved = await approver.post(`/api/allowances/rolls/${id}/approve`, { version: made.json.version });
  expect(approved.status, JSON.stringify(approved.json)).toBe(200);
  await owner(
    sql`update allowance_payments set status = 'paid', returned_at = now() where roll_id = ${id} and status = 'pending'`,
  );
  const locked = await county.post(`/api/allowances/rolls/${id}/lock`, { version: approved.json.version });
  expect(locked.status, JSON.stringify(locked.json)).toBe(200);
  return id;
}

/**
 * The roll page's word on approval and the approval's own answer agree: the approve action is offered exactly when
 * approving succeeds, and a refusal gives the reason the page shows first.
 */
async function approvalAgrees(id: string, version: number): Promise<Response> {
  const view = await approver.get(`/api/allowances/rolls/${id}`);
  const answer = await approver.post(`/api/allowances/rolls/${id}/approve`, { version });
  expect((view.json.actions as { approve: boolean }).approve).toBe(answer.status === 200);
  const shown = view.json.approvalBlockers as string[];
  if (answer.status !== 200) expect(shown[0]).toBe((answer.json.error as { message: string }).message);
  else expect(shown).toEqual([]);
  return answer;
}

beforeAll(async () => {
  t = await createTestApp();
  [county, approver, city] = await Promise.all([t.as('demo_county'), t.as('demo_approver'), t.as('demo_city')]);
  owner = ownerQueries(t);
  const v = await emptyCountyAllowances(t, COUNTY);
  const old = '2024-01-10';
  kids.steady = await makeChild(
    v,
    '测稳定',
    '2015-06-01',
    [{ category: 'orphan_scattered', start: '2024-02-01', recordedOn: old }],
    1,
  );
  kids.dies = await makeChild(
    v,
    '测身故',
    '2014-06-01',
    [{ category: 'orphan_scattered', start: '2024-02-01', recordedOn: old }],
    2,
  );
  kids.april = await makeChild(
    v,
    '测四月',
    '2016-06-01',
    [{ category: 'orphan_scattered', start: '2026-04-01', recordedOn: '2026-03-20' }],
    3,
  );
  kids.adult = await makeChild(
    v,
    '测成年',
    '2008-03-10',
    [{ category: 'orphan_scattered', start: '2020-01-01', recordedOn: old }],
    4,
  );
  kids.both = await makeChild(
    v,
    '测双类',
    '2013-06-01',
    [
      { category: 'orphan_scattered', start: '2024-02-01', recordedOn: old },
      { category: 'de_facto_unsupported', start: '2024-02-01', recordedOn: old },
    ],
    5,
  );
  await publishStandards(city);
}, 180_000);
afterAll(() => t.close());

describe('monthly rolls', () => {
  const rolls: Record<string, string> = {};

  it('pays January to May, each roll generated, approved by another person and locked', async () => {
    for (const m of ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']) rolls[m] = await closeMonth(m);
    expect(await linesOf(rolls['2026-01']!, kids.steady.id)).toEqual([
      { kind: 'base', month: '2026-01', fen: 90000, why: '孤儿（散居） 900' },
    ]);
    // Approved in March (recorded 2026-03-20, from 1 April): nothing in March, first paid for April.
    expect(await linesOf(rolls['2026-03']!, kids.april.id)).toEqual([]);
    expect((await linesOf(rolls['2026-04']!, kids.april.id)).map((l) => l.month)).toEqual(['2026-04']);
    // 18 on 10 March 2026: March is the last month paid.
    expect((await linesOf(rolls['2026-03']!, kids.adult.id)).map((l) => l.month)).toEqual(['2026-03']);
    expect(await linesOf(rolls['2026-04']!, kids.adult.id)).toEqual([]);
    // Orphan and de facto at once: one line, as an orphan.
    const both = await linesOf(rolls['2026-02']!, kids.both.id);
    expect(both).toHaveLength(1);
    expect(both[0]?.why).toContain('不与事实无人抚养儿童重复享受');
  });

  it('a raise in June effective from January gives five months of arrears; an April death recorded late, a recovery', async () => {
    const raise = await city.post('/api/allowances/standards', {
      category: 'orphan_scattered',
      countyCode: null,
      effectiveMonth: '2026-01',
      amountFen: 100000,
      followsCategory: null,
      notice: '乐民发〔2026〕6号（测试）',
    });
    expect(raise.status).toBe(201);
    const died = await county.post(`/api/children/${kids.dies.id}/terminate`, {
      reason: 'death',
      eventDate: '2026-04-15',
    });
    expect(died.status, JSON.stringify(died.json)).toBe(200);
    const june = await generate('2026-06');
    expect(june.status).toBe(201);
    const steady = await linesOf(june.json.id as string, kids.steady.id);
    expect(steady.filter((l) => l.kind === 'arrears').map((l) => [l.month, l.fen])).toEqual(
      ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'].map((m) => [m, 10000]),
    );
    expect(steady[0]?.why).toBe('补发 2026年1月：标准调整 900 → 1000（乐民发〔2026〕6号（测试））');
    expect(steady.find((l) => l.kind === 'base')?.fen).toBe(100000);
    // The April one started in April: arrears for April and May only. The adult: arrears for January to March.
    expect((await linesOf(june.json.id as string, kids.april.id)).filter((l) => l.kind === 'arrears')).toHaveLength(2);
    expect((await linesOf(june.json.id as string, kids.adult.id)).map((l) => l.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    // Died 15 April: April's pay stands (with its arrears), May's is recovered.
    const dies = await linesOf(june.json.id as string, kids.dies.id);
    expect(dies.map((l) => [l.kind, l.month, l.fen])).toEqual([
      ['arrears', '2026-01', 10000],
      ['arrears', '2026-02', 10000],
      ['arrears', '2026-03', 10000],
      ['arrears', '2026-04', 10000],
      ['recovery', '2026-05', -90000],
    ]);
    expect(dies.at(-1)?.why).toBe('追回 2026年5月：2026-04-15 死亡，已发 900 元');
    const totals = june.json.totals as { byKind: { key: string; fen: number }[] };
    expect(totals.byKind.find((k) => k.key === 'recovery')?.fen).toBe(-90000);
  });

  it('generating the same month again gives the same roll; a month is refused while the one before is open', async () => {
    const first = await generate('2026-06');
    const again = await generate('2026-06');
    expect(again.status).toBe(201);
    expect(again.json.totals).toEqual(first.json.totals);
    const [count] = await owner<{ n: number }>(
      sql`select count(*)::int as n from allowance_rolls where county_code = ${COUNTY} and month = '2026-06-01'`,
    );
    expect(count?.n).toBe(1);
    const july = await generate('2026-07');
    expect(july.status).toBe(409);
    expect(code(july)).toBe('ROLL_PREVIOUS_NOT_LOCKED');
    const august = await generate('2026-08');
    expect(code(august)).toBe('ROLL_PREVIOUS_NOT_LOCKED');
    const past = await generate('2026-05');
    expect(code(past)).toBe('ROLL_NOT_DRAFT');
    const future = await generate('2099-01');
    expect(future.status).toBe(400);
    expect(code(future)).toBe('ROLL_MONTH_INVALID');
  });

  it('approval: not by its generator, not with a blocking finding, not with an unnoted warning, not on an old version', async () => {
    const june = await generate('2026-06');
    const id = june.json.id as string;
    expect(june.json.actions).toMatchObject({ approve: false, regenerate: true });
    const self = await county.post(`/api/allowances/rolls/${id}/approve`, { version: june.json.version });
    expect(self.status).toBe(403); // the county officer holds no approval permission at all
    // Plant a second category paid in the same month: orphan and de facto stacked.
    const [payment] = await owner<{ id: string }>(
      sql`select id from allowance_payments where roll_id = ${id} and child_id = ${kids.both.id}`,
    );
    await owner(sql`insert into allowance_lines (roll_id, payment_id, child_id, kind, for_month, category, amount_fen, explanation)
      values (${id}, ${payment!.id}, ${kids.both.id}, 'base', '2026-06-01', 'de_facto_unsupported', 100000,
        '{"zh":"事实无人抚养儿童 1000","en":"x"}')`);
    await owner(sql`update allowance_payments set amount_fen = amount_fen + 100000 where id = ${payment!.id}`);
    const blocked = await approver.post(`/api/allowances/rolls/${id}/approve`, { version: june.json.version });
    expect(blocked.status).toBe(409);
    expect(code(blocked)).toBe('ROLL_BLOCKED');
    const findings = await county.get(`/api/allowances/rolls/${id}/findings`);
    const stacked = (findings.json.data as { check: string; childId: string; id: string }[]).find(
      (f) => f.check === 'STACKED',
    );
    expect(stacked?.childId).toBe(kids.both.id);
    const cannotNote = await county.put(`/api/allowances/rolls/${id}/findings/${stacked!.id}/note`, { note: '已核实' });
    expect(code(cannotNote)).toBe('FINDING_NOT_WARNING');
    // The refusal stored the finding: the page now says what the approval says.
    expect(code(await approvalAgrees(id, june.json.version as number))).toBe('ROLL_BLOCKED');

    // Regenerated, the plant is gone; an account removed makes a warning that needs a note.
    await owner(sql`update allowance_payee_accounts set ended_at = now() where child_id = ${kids.steady.id}`);
    const clean = await generate('2026-06');
    const cleanId = clean.json.id as string;
    const stale = await approver.post(`/api/allowances/rolls/${cleanId}/approve`, {
      version: (clean.json.version as number) + 1,
    });
    expect(code(stale)).toBe('ROLL_CHANGED');
    const unnoted = await approvalAgrees(cleanId, clean.json.version as number);
    expect(code(unnoted)).toBe('ROLL_WARNINGS_UNNOTED');
    const list = await county.get(`/api/allowances/rolls/${cleanId}/findings`);
    const warning = (list.json.data as { check: string; id: string }[]).find((f) => f.check === 'NO_ACCOUNT');
    expect(warning).toBeDefined();
    const noted = await county.put(`/api/allowances/rolls/${cleanId}/findings/${warning!.id}/note`, {
      note: '监护人正在补办银行卡，下月补发',
    });
    expect(noted.status).toBe(200);
    const approved = await approvalAgrees(cleanId, clean.json.version as number);
    expect(approved.status, JSON.stringify(approved.json)).toBe(200);
    expect(approved.json.status).toBe('approved');
    // The unsent lines (no account: June's arrears and June itself) come back in July with their reason.
    await owner(sql`update allowance_payee_accounts set ended_at = null where child_id = ${kids.steady.id}`);
    const locked = await county.post(`/api/allowances/rolls/${cleanId}/lock`, { version: approved.json.version });
    expect(locked.status).toBe(200);
    const july = await generate('2026-07');
    const steady = await linesOf(july.json.id as string, kids.steady.id);
    expect(steady.map((l) => [l.kind, l.month, l.fen])).toEqual([
      ...['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'].map((m) => ['retry', m, 10000]),
      ['retry', '2026-06', 100000],
      ['base', '2026-07', 100000],
    ]);
    expect(steady[0]?.why).toContain('无收款账户');
  });

  it('the audit row of an approval commits with it', async () => {
    const rows = await owner<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'allowance.roll.approve'`,
    );
    const [roll] = await owner<{ n: number }>(
      sql`select count(*)::int as n from allowance_rolls where status <> 'draft'`,
    );
    expect(rows[0]?.n).toBe(roll?.n);
  });

  it('another county’s roll does not exist for the county officer', async () => {
    const other = await t.as('demo_village2');
    const [roll] = await owner<{ id: string }>(sql`select id from allowance_rolls limit 1`);
    const res = await other.get(`/api/allowances/rolls/${roll!.id}`);
    expect([403, 404]).toContain(res.status);
    const elsewhere = await county.post('/api/allowances/rolls', { countyCode: '511123', month: '2026-06' });
    expect(elsewhere.status).toBe(404);
  });

  it.runIf(onPostgres)('two generations of one month at once leave one roll', async () => {
    const results = await Promise.all([generate('2026-07'), generate('2026-07')]);
    expect(results.map((r) => r.status)).toEqual([201, 201]);
    const [count] = await owner<{ n: number }>(
      sql`select count(*)::int as n from allowance_rolls where county_code = ${COUNTY} and month = '2026-07-01'`,
    );
    expect(count?.n).toBe(1);
  });
});

describe('the bank', () => {
  async function download(url: string): Promise<Buffer> {
    const raw = await t.app.inject({ method: 'GET', url, headers: { cookie: `hehu_session=${county.cookie ?? ''}` } });
    expect(raw.statusCode).toBe(200);
    return raw.rawPayload;
  }

  it('exports the payment file, refuses a bad return file whole, loads a good one, and a failed line comes back', async () => {
    const july = await generate('2026-07');
    const id = july.json.id as string;
    const draftFile = await county.get(`/api/allowances/rolls/${id}/bank-file?format=csv`);
    expect(code(draftFile)).toBe('ROLL_NOT_APPROVED');
    const approved = await approver.post(`/api/allowances/rolls/${id}/approve`, { version: july.json.version });
    expect(approved.status, JSON.stringify(approved.json)).toBe(200);

    // The 9-column layout in GBK: reference in 备注, amounts in yuan, the account in clear only in the file.
    const csv = iconv.decode(await download(`/api/allowances/rolls/${id}/bank-file?format=csv`), 'gbk');
    const rows = csv
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    expect(rows[0]).toEqual(['序号', '账号', '户名', '金额', '跨行标识', '行名', '联行行号', '摘要', '备注']);
    const steadyRow = rows.find((r) => r[2] === `${kids.steady.name}祖母`);
    expect(steadyRow?.[1]).toMatch(/^62284800\d+$/);
    expect(steadyRow?.[3]).toBe('2500.00'); // June's unsent lines resent (500 arrears + 1000) and July (1000)
    const payments = rows.slice(1);

    const returnFile = (lines: string[][]) =>
      Buffer.from(['参考号,账号,金额,处理结果,失败原因', ...lines.map((l) => l.join(','))].join('\r\n'));
    const unknown = await county.upload(
      'POST',
      `/api/allowances/rolls/${id}/bank-return?fileName=bad.csv`,
      returnFile([['511102209912999999', '6228480000000000', '900.00', '成功', '']]),
    );
    expect(unknown.status).toBe(400);
    expect(code(unknown)).toBe('BANK_RETURN_INVALID');
    const [stillPending] = await owner<{ n: number }>(
      sql`select count(*)::int as n from allowance_payments where roll_id = ${id} and status = 'pending'`,
    );
    expect(stillPending?.n).toBe(payments.length);

    const good = await county.upload(
      'POST',
      `/api/allowances/rolls/${id}/bank-return?fileName=return.csv`,
      returnFile(
        payments.map((p) =>
          p[2] === `${kids.steady.name}祖母`
            ? [p[8]!, p[1]!, p[3]!, '失败', '账户已销户']
            : [p[8]!, p[1]!, p[3]!, '成功', ''],
        ),
      ),
    );
    expect(good.status, JSON.stringify(good.json)).toBe(200);
    expect(good.json.summary).toMatchObject({ failedCount: 1, failedFen: 250000, paidCount: payments.length - 1 });
    const recon = await county.get(`/api/allowances/rolls/${id}/reconciliation`);
    expect(recon.json.failed).toEqual([expect.objectContaining({ childId: kids.steady.id, reason: '账户已销户' })]);
    expect((recon.json.imports as unknown[]).length).toBe(1);

    const locked = await county.post(`/api/allowances/rolls/${id}/lock`, { version: approved.json.version });
    expect(locked.status).toBe(200);
    const august = await generate('2026-08');
    const steady = await linesOf(august.json.id as string, kids.steady.id);
    expect(steady.map((l) => [l.kind, l.month, l.fen])).toEqual([
      ...['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'].map((m) => ['retry', m, 10000]),
      ['retry', '2026-06', 100000],
      ['retry', '2026-07', 100000],
      ['base', '2026-08', 100000],
    ]);
    expect(steady[0]?.why).toContain('账户已销户');
  });
});

describe('tasks', () => {
  it('asks the county officer to lock the open roll before the next, and nothing of the approver meanwhile', async () => {
    const tasks = (await county.get('/api/tasks')).json.data as { id: string; link: string }[];
    expect(tasks).toContainEqual(expect.objectContaining({ id: `allowance-open-${COUNTY}` }));
    expect(tasks.map((x) => x.id)).not.toContain(`allowance-generate-${COUNTY}`);
    const approverTasks = (await approver.get('/api/tasks')).json.data as { id: string }[];
    expect(approverTasks.filter((x) => x.id.startsWith('allowance-'))).toEqual([]);
  });
});

describe('the fund-use report', () => {
  it('counts a recovery for a month without a category on its own line, so the report adds up to the payments', async () => {
    const res = await county.get('/api/allowances/fund-use?year=2026');
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const rows = res.json.data as { month: string; category: string | null; categoryName: string; paidFen: number }[];
    // The death in April recorded late: May's 900 recovered in June, when the child held no category.
    expect(rows.filter((r) => r.category === null)).toEqual([
      expect.objectContaining({ month: '2026-06', categoryName: '追回（所属月份无保障类别）', paidFen: -90000 }),
    ]);
    // What the approved and locked rolls' payments came to, read from the payments rather than the lines.
    const [paid] = await owner<{ fen: string }>(
      sql`select coalesce(sum(p.amount_fen), 0)::text as fen from allowance_payments p
        join allowance_rolls r on r.id = p.roll_id
        where r.county_code = ${COUNTY} and r.status in ('approved', 'locked') and extract(year from r.month) = 2026
          and p.status not in ('failed', 'unsent')`,
    );
    expect(res.json.totalFen).toBe(Number(paid?.fen));
    const byCategory = res.json.byCategory as { key: string; name: string; paidFen: number }[];
    expect(byCategory.find((c) => c.key === 'none')).toMatchObject({ paidFen: -90000 });
    expect(byCategory.reduce((n, c) => n + c.paidFen, 0)).toBe(res.json.totalFen);
  });
});
