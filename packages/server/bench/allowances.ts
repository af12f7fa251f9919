// `npm run bench:allowances`: one county's monthly allowance roll at full size. Seeds BENCH_BENEFICIARIES children
// (default 100,000) in the villages of county 511102 — each with a guardian, a paid category since 2020 and a payee
// account — and 24 locked rolls before the benchmark month (one paid base line per child and month, a few failed
// last month), with a raise effective two months before it, so the roll has arrears and retries as well as base
// lines. Then, through the real app (in-process requests): generating the roll (BENCH_ROUNDS times; each run after
// the first replaces the draft), against the floor of one plain INSERT … SELECT of the base amounts by the owner;
// approving it, exporting the bank file (CSV and xlsx) and loading a return file built from the export.
// PostgreSQL from BENCH_DATABASE_URL, or PGlite in memory with BENCH_PGLITE=1. Prints a Markdown table.
import os from 'node:os';
import { monthOf, rollLinesPlanner, serviceDate, shiftMonth, superviseRoll, type Month } from '@hehu/domain';
import { eq, sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { prepareDatabase } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/connection.ts';
import { queryRows } from '../src/db/raw.ts';
import { allowanceRolls, users } from '../src/db/schema.ts';
import { countyBeneficiaries, supervisedChild } from '../src/modules/allowances/facts.ts';
import { lockedMonths, paidHistory, writeRoll } from '../src/modules/allowances/rolls.generate.ts';
import { factChangesSince, factsReadAt } from '../src/modules/allowances/rolls.freshness.ts';
import { rollTotalsOf } from '../src/modules/allowances/rolls.totals.ts';
import { resupervise } from '../src/modules/allowances/rolls.service.ts';
import { allowanceRules, allStandards } from '../src/modules/allowances/standards.store.ts';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { PolicyCache } from '../src/platform/policy.ts';
import { APPLICATION_ROLE } from '../src/platform/unit-of-work.ts';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';
import { seedAllowanceBench } from './allowances-seed.ts';
import { log, timings } from './timing.ts';

const N = Number(process.env.BENCH_BENEFICIARIES ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PGLITE = process.env.BENCH_PGLITE === '1';
/** BENCH_REUSE=1: measure again on the database a BENCH_KEEP=1 (or interrupted) run left, without seeding. */
const REUSE = process.env.BENCH_REUSE === '1' && !PGLITE;
const KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
const COUNTY = '511102';
const HISTORY = 24;
/** One failed bank line in this many, in last month's roll: retries in the benchmark roll. */
const FAIL_EVERY = 83;
const DB_NAME = process.env.BENCH_DB_NAME ?? 'hehu_bench_allowances';

const pgUrl = process.env.BENCH_DATABASE_URL;
if (!pgUrl && !PGLITE) throw new Error('set BENCH_DATABASE_URL=postgres://… or BENCH_PGLITE=1');

const loadAtStart = os.loadavg()[0] ?? 0;
let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

function median(sorted: readonly number[]): number {
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function seconds<T>(fn: () => Promise<T>): Promise<{ s: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { s: (performance.now() - t0) / 1000, value };
}

let admin: pg.Client | null = null;
let database: Database;
if (PGLITE) {
  database = await openDatabase({ pgliteDir: 'memory://' });
} else {
  admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  if (!REUSE) {
    await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DB_NAME}`);
  }
  const url = new URL(pgUrl ?? '');
  url.pathname = `/${DB_NAME}`;
  database = await openDatabase({ databaseUrl: url.toString() });
}
const db = database.db;
const config = loadConfig({
  NODE_ENV: 'test',
  HEHU_DEMO: 'true',
  HEHU_DEMO_CHILDREN: '0',
  HEHU_MASTER_KEY: KEY,
  LOG_LEVEL: 'silent',
});
const cipher = createFieldCipher(Buffer.from(KEY, 'hex'));
await prepareDatabase(database, config, cipher, () => undefined);

const month: Month = monthOf(serviceDate());
const raiseMonth = shiftMonth(month, -2);
const firstHistory = shiftMonth(month, -HISTORY);
const lastHistory = shiftMonth(month, -1);

const userId = async (username: string) => {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no ${username} account`);
  return row.id;
};
const countyUser = await userId('demo_county');
const approverUser = await userId('demo_approver');

// ---- Seed, as the owner, in SQL ----
const seedStart = performance.now();
if (!REUSE) {
  await seedAllowanceBench(db, cipher, {
    beneficiaries: N,
    county: COUNTY,
    raiseMonth,
    firstHistory,
    lastHistory,
    failEvery: FAIL_EVERY,
    countyUser,
    approverUser,
  });
} else {
  // The month's roll the kept run approved: generating it again needs it gone (its payments and lines go with it).
  await db.execute(sql`delete from allowance_rolls where county_code = ${COUNTY} and month = ${`${month}-01`}::date`);
}
const seedSeconds = (performance.now() - seedStart) / 1000;
const [history] = await queryRows<{ payments: number; lines: number; failed: number }>(
  db,
  sql`select (select count(*)::int from allowance_payments) as payments,
    (select count(*)::int from allowance_lines) as lines,
    (select count(*)::int from allowance_payments where status = 'failed') as failed`,
);
log(`seeded ${N} children, ${history?.payments ?? 0} paid lines of history in ${seedSeconds.toFixed(0)} s`);

// ---- The floor: the base amounts alone, one statement per table, by the owner, rolled back ----
const floorTimes: number[] = [];
let floorLines = 0;
for (let round = 0; round < ROUNDS; round++) {
  await db
    .transaction(async (tx) => {
      const t0 = performance.now();
      const [roll] = await queryRows<{ id: string }>(
        tx,
        sql`insert into allowance_rolls (county_code, month, status, generated_by)
          values (${COUNTY}, ${`${month}-01`}::date, 'draft', ${countyUser}::uuid) returning id`,
      );
      await queryRows<{ n: number }>(
        tx,
        sql`with std as (
            select distinct on (category) category, id, amount_fen, follows_category from allowance_standards
            where county_code is null and effective_month <= ${`${month}-01`}::date
            order by category, effective_month desc, version desc),
          amount as (select s.category, s.id, coalesce(s.amount_fen, f.amount_fen) as fen
            from std s left join std f on f.category = s.follows_category),
          due as (
            select c.id as child_id, c.division_code, cc.category, amount.id as standard_id, amount.fen, a.id as account_id,
              row_number() over (order by c.division_code, c.id) as n
            from children c
            join child_categories cc on cc.child_id = c.id and cc.start_date <= ${`${month}-01`}::date
              and (cc.end_date is null or cc.end_date >= ${`${month}-01`}::date)
            join amount on amount.category = cc.category
            left join allowance_payee_accounts a on a.child_id = c.id and a.ended_at is null
            where c.division_code >= ${COUNTY} and c.division_code < ${`${COUNTY}~`} and c.status = 'active'),
          payments as (
            insert into allowance_payments (roll_id, child_id, township_code, reference, amount_fen, account_id, status)
            select ${roll?.id ?? ''}::uuid, child_id, left(division_code, 9),
              ${`${COUNTY}${month.replace('-', '')}`} || lpad(n::text, 6, '0'), fen, account_id, 'pending'
            from due returning id, child_id)
          insert into allowance_lines (roll_id, payment_id, child_id, kind, for_month, category, amount_fen, standard_fen,
            standard_id, explanation)
          select ${roll?.id ?? ''}::uuid, p.id, p.child_id, 'base', ${`${month}-01`}::date, d.category, d.fen, d.fen,
            d.standard_id, '{"zh":"当月发放","en":"This month"}'::jsonb
          from payments p join due d on d.child_id = p.child_id
          returning 1`,
      );
      floorTimes.push((performance.now() - t0) / 1000);
      const [count] = await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from allowance_lines where roll_id = ${roll?.id ?? ''}::uuid`,
      );
      floorLines = count?.n ?? 0;
      tx.rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Error) || !/rollback/i.test(error.message + error.name)) throw error;
    });
}
floorTimes.sort((a, b) => a - b);
log(`floor: ${floorTimes.map((t) => t.toFixed(2)).join(', ')} s for ${floorLines} lines`);

// ---- Where a generation's time goes: the same steps as the request, as the application role with the county
// officer's reach, each timed, rolled back ----
const phases: { name: string; s: number }[] = [];
await db
  .transaction(async (tx) => {
    await tx.execute(sql`select set_config('hehu.user_id', ${countyUser}, true),
      set_config('hehu.reach_prefixes', ${COUNTY}, true), set_config('hehu.reach_institutions', '', true),
      set_config('role', ${APPLICATION_ROLE}, true)`);
    const time = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
      const t0 = performance.now();
      const value = await fn();
      phases.push({ name, s: (performance.now() - t0) / 1000 });
      return value;
    };
    const today = serviceDate();
    const readAt = await factsReadAt(tx, today);
    const rules = await allowanceRules(tx);
    const standards = await allStandards(tx);
    const from = shiftMonth(month, -rules.lookbackMonths);
    const beneficiaries = await time('facts of the county’s beneficiaries (countyBeneficiaries)', () =>
      countyBeneficiaries(tx, COUNTY, month, rules.lookbackMonths, today),
    );
    const rolled = await lockedMonths(tx, COUNTY, from);
    const paid = await time('what the locked rolls paid (paidHistory)', () => paidHistory(tx, COUNTY, from));
    const lines = await time('entitlement engine in JS (rollLinesPlanner, then each child)', () => {
      const linesFor = rollLinesPlanner(month, standards, rolled, rules);
      return beneficiaries.map((b) => linesFor(b.facts, paid.of(b.facts.childId)));
    });
    await time('supervision in JS (superviseRoll)', () =>
      superviseRoll(
        beneficiaries.flatMap((b, i) =>
          (lines[i] ?? []).map((l, j) => ({
            lineId: `${i}:${j}`,
            childId: b.facts.childId,
            kind: l.kind,
            forMonth: l.forMonth,
            category: l.category,
            amountFen: l.amountFen,
          })),
        ),
        new Map(beneficiaries.map((b) => [b.facts.childId, supervisedChild(b)])),
        standards,
        rules,
      ),
    );
    const written = await time('writeRoll whole (history, engine, inserts, supervision, findings)', () =>
      writeRoll(tx, {
        countyCode: COUNTY,
        month,
        generatedBy: countyUser,
        beneficiaries,
        standards,
        rules,
        factsReadAt: readAt,
      }),
    );
    const [stored] = await tx.select().from(allowanceRolls).where(eq(allowanceRolls.id, written.rollId));
    if (!stored) throw new Error('no stored roll');
    await time('re-running the checks on the stored roll (resupervise: lines, facts, checks, findings)', () =>
      resupervise(tx, stored, today),
    );
    await time('the roll’s totals, summed in SQL (rollTotalsOf, one grouped statement)', () =>
      rollTotalsOf(tx, written.rollId),
    );
    await time('what changed since the check, as the roll’s page asks (factChangesSince)', () =>
      factChangesSince(tx, stored, today),
    );
    tx.rollback();
  })
  .catch((error: unknown) => {
    if (!(error instanceof Error) || !/rollback/i.test(error.message + error.name)) throw error;
  });
for (const p of phases) log(`phase ${p.name}: ${p.s.toFixed(2)} s`);

// ---- Through the app ----
const app = await buildApp({ config, database, cipher, policy: new PolicyCache(db) }, { logger: false });
const signIn = async (username: string) => {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  return {
    cookie: `hehu_session=${res.cookies.find((c) => c.name === 'hehu_session')?.value ?? ''}`,
    'x-csrf-token': (JSON.parse(res.body) as { csrfToken: string }).csrfToken,
  };
};
const countyCookie = await signIn('demo_county');
const approverCookie = await signIn('demo_approver');

interface RollReply {
  id: string;
  version: number;
  totals: { children: number; lines: number; toBankCount: number; byKind: { key: string; count: number }[] };
  findings: { blocking: number; warnings: number; unnotedWarnings: number };
}

const generateTimes: number[] = [];
let roll: RollReply | null = null;
for (let round = 0; round < ROUNDS; round++) {
  const { s, value } = await seconds(() =>
    app.inject({
      method: 'POST',
      url: '/api/allowances/rolls',
      headers: countyCookie,
      payload: { countyCode: COUNTY, month },
    }),
  );
  if (value.statusCode !== 201) throw new Error(`generate → ${value.statusCode} ${value.body.slice(0, 400)}`);
  roll = JSON.parse(value.body) as RollReply;
  generateTimes.push(s);
  log(`generate round ${round + 1}: ${s.toFixed(2)} s`);
}
if (!roll) throw new Error('no roll');
generateTimes.sort((a, b) => a - b);
const rollId = roll.id;
const kinds = roll.totals.byKind.map((k) => `${k.count.toLocaleString('en')} ${k.key}`).join(', ');
log(
  `roll: ${roll.totals.children} children, ${roll.totals.lines} lines (${kinds}); findings ${JSON.stringify(roll.findings)}`,
);

// The roll's page and the list, as the approver and the county officer read them (5 untimed calls first).
const readTimes = async (url: string, headers: Record<string, string>) =>
  timings(async () => {
    const res = await app.inject({ method: 'GET', url, headers });
    if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode} ${res.body.slice(0, 400)}`);
  }, 10);
const viewRead = await readTimes(`/api/allowances/rolls/${rollId}`, approverCookie);
const listRead = await readTimes(`/api/allowances/rolls?county=${COUNTY}`, countyCookie);
log(`roll view p50 ${viewRead.p50.toFixed(0)} ms, list p50 ${listRead.p50.toFixed(0)} ms`);

// Signed in again: the reads above may outlast an idle session.
const approverAgain = await signIn('demo_approver');
const countyAgain = await signIn('demo_county');

// Warnings get a note each (none are expected: every child has an account, no arrears are older than 6 months).
let noted = 0;
if (roll.findings.unnotedWarnings > 0) {
  const res = await app.inject({
    method: 'GET',
    url: `/api/allowances/rolls/${rollId}/findings`,
    headers: countyAgain,
  });
  const body = JSON.parse(res.body) as
    { data?: { id: string; severity: string }[] } | { id: string; severity: string }[];
  const list = Array.isArray(body) ? body : (body.data ?? []);
  for (const f of list.filter((x) => x.severity === 'warning')) {
    await app.inject({
      method: 'PUT',
      url: `/api/allowances/rolls/${rollId}/findings/${f.id}/note`,
      headers: countyAgain,
      payload: { note: '已核实' },
    });
    noted += 1;
  }
}

const approve = await seconds(() =>
  app.inject({
    method: 'POST',
    url: `/api/allowances/rolls/${rollId}/approve`,
    headers: approverAgain,
    payload: { version: roll.version },
  }),
);
if (approve.value.statusCode !== 200) {
  throw new Error(`approve → ${approve.value.statusCode} ${approve.value.body.slice(0, 400)}`);
}
log(`approve: ${approve.s.toFixed(2)} s`);

const exportFile = async (format: 'csv' | 'xlsx') => {
  const res = await app.inject({
    method: 'GET',
    url: `/api/allowances/rolls/${rollId}/bank-file?format=${format}`,
    headers: countyAgain,
  });
  if (res.statusCode !== 200) throw new Error(`bank file → ${res.statusCode} ${res.body.slice(0, 400)}`);
  return res.rawPayload;
};
const csvExport = await seconds(() => exportFile('csv'));
const xlsxExport = await seconds(() => exportFile('xlsx'));
const exported = iconv
  .decode(csvExport.value, 'gbk')
  .trim()
  .split('\r\n')
  .slice(1)
  .map((line) => line.split(','));
log(`export: csv ${csvExport.s.toFixed(2)} s, xlsx ${xlsxExport.s.toFixed(2)} s, ${exported.length} rows`);

// The bank's answer: every line paid but one in a hundred, refused for a frozen account.
const returnFile = Buffer.from(
  [
    '参考号,账号,金额,处理结果,失败原因',
    ...exported.map((r, i) =>
      [r[8] ?? '', r[1] ?? '', r[3] ?? '', i % 100 === 0 ? '失败' : '成功', i % 100 === 0 ? '账户冻结' : ''].join(','),
    ),
  ].join('\r\n'),
);
const load = await seconds(() =>
  app.inject({
    method: 'POST',
    url: `/api/allowances/rolls/${rollId}/bank-return?fileName=r.csv`,
    headers: { ...countyAgain, 'content-type': 'application/octet-stream' },
    payload: returnFile,
  }),
);
if (load.value.statusCode !== 200)
  throw new Error(`return → ${load.value.statusCode} ${load.value.body.slice(0, 400)}`);
const loaded = JSON.parse(load.value.body) as { summary: { paidCount: number; failedCount: number } };
log(`return: ${load.s.toFixed(2)} s, ${JSON.stringify(loaded.summary)}`);

await app.close();
await database.close();
if (admin) {
  // BENCH_KEEP=1 leaves the database for EXPLAIN.
  if (process.env.BENCH_KEEP !== '1') await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.end();
}
clearInterval(sampler);

const rate = (rows: number, s: number) => Math.round(rows / s).toLocaleString('en');
const genMin = generateTimes[0] ?? 0;
const genMedian = median(generateTimes);
const floorMin = floorTimes[0] ?? 0;
const floorMedian = median(floorTimes);
process.stdout.write(
  [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${PGLITE ? 'PGlite (in memory)' : 'PostgreSQL (default settings)'}; in-process requests (app.inject); load average ${loadAtStart.toFixed(1)} at the start, ${(os.loadavg()[0] ?? 0).toFixed(1)} at the end.`,
    '',
    `County ${COUNTY}, roll for ${month}: ${N.toLocaleString('en')} beneficiaries, ${HISTORY} locked rolls of history (${(history?.payments ?? 0).toLocaleString('en')} payments and as many lines, ${(history?.failed ?? 0).toLocaleString('en')} failed last month), a raise effective ${raiseMonth}; every account number encrypted on its own. Seeded in ${seedSeconds.toFixed(0)} s. The roll: ${roll.totals.children.toLocaleString('en')} children, ${roll.totals.lines.toLocaleString('en')} lines (${kinds}), ${roll.totals.toBankCount.toLocaleString('en')} bank payments; findings ${roll.findings.blocking} blocking, ${roll.findings.warnings} warnings (${noted} noted).`,
    '',
    '| operation | min s | median s | rows/s |',
    '|---|---|---|---|',
    `| generate the roll (POST /api/allowances/rolls, ${ROUNDS} runs; after the first each replaces the draft) | ${genMin.toFixed(2)} | ${genMedian.toFixed(2)} | ${rate(roll.totals.lines, genMedian)} lines |`,
    `| floor: one INSERT … SELECT of the base amounts (payments and lines, owner, rolled back; ${floorLines.toLocaleString('en')} lines) | ${floorMin.toFixed(2)} | ${floorMedian.toFixed(2)} | ${rate(floorLines, floorMedian)} lines |`,
    `| ratio generate / floor (median) | | ${(genMedian / floorMedian).toFixed(1)}× | |`,
    `| approve (re-runs supervision) | ${approve.s.toFixed(2)} | | |`,
    `| the roll's page (GET /api/allowances/rolls/:id, approver; 10 calls, p50 / p95 ms) | ${viewRead.p50.toFixed(0)} | ${viewRead.p95.toFixed(0)} | |`,
    `| the rolls list (GET /api/allowances/rolls?county=…, ${HISTORY + 1} rolls; 10 calls, p50 / p95 ms) | ${listRead.p50.toFixed(0)} | ${listRead.p95.toFixed(0)} | |`,
    `| bank file, CSV (GBK) | ${csvExport.s.toFixed(2)} | | ${rate(exported.length, csvExport.s)} |`,
    `| bank file, xlsx | ${xlsxExport.s.toFixed(2)} | | ${rate(exported.length, xlsxExport.s)} |`,
    `| return file, CSV (${loaded.summary.paidCount.toLocaleString('en')} paid, ${loaded.summary.failedCount.toLocaleString('en')} failed) | ${load.s.toFixed(2)} | | ${rate(exported.length, load.s)} |`,
    '',
    'Where one generation spends its time (the same steps as the request, as the application role with the county officer’s reach, run once and rolled back):',
    '',
    '| phase | s |',
    '|---|---|',
    ...phases.map((p) => `| ${p.name} | ${p.s.toFixed(2)} |`),
    '',
    `Peak RSS of the process (seeding included): ${Math.round(peakRss / 2 ** 20)} MiB.`,
    '',
  ].join('\n'),
);
