// `npm run bench:cases`: minor protection cases at full size. Seeds BENCH_CASES cases (default 200,000) over the
// city's counties, most in a few of them (511102 about a fifth), each with one intake and 2–6 actions, most
// closed, a few thousand open and a few hundred of those overdue; set-based SQL by the owner. Then, through the
// real app (in-process requests): the county's case list (open cases, the default), its overdue view and a page
// of its closed cases as demo_county (county officer of 511102, supervises its cases), and the team view
// (`mine=true`) as demo_protect (the protection centre's worker), BENCH_ROUNDS requests each after a warm-up (a
// view slower than a second a request gets BENCH_SLOW_ROUNDS, default 10); and 12345 work orders through
// POST /api/integrations/hotline/work-orders (X-Api-Key) against GET /api/health, each for BENCH_SECONDS with
// BENCH_CONCURRENCY requests in flight, in the same run. PostgreSQL only (BENCH_DATABASE_URL). BENCH_KEEP=1 keeps
// the database, BENCH_REUSE=1 measures again on it without seeding. Prints a Markdown table.
import os from 'node:os';
import { DEFAULT_CASE_TIER_SETTINGS } from '@hehu/domain';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { prepareDatabase } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connection.ts';
import { queryRows } from '../src/db/raw.ts';
import { institutions, users } from '../src/db/schema.ts';
import { hashApiKey } from '../src/modules/cases/cases.intake.ts';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { PolicyCache } from '../src/platform/policy.ts';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';
import { log, percentile } from './timing.ts';

const N = Number(process.env.BENCH_CASES ?? 200_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const WARMUP = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
/** BENCH_REUSE=1: measure again on the database a BENCH_KEEP=1 (or interrupted) run left, without seeding. */
const REUSE = process.env.BENCH_REUSE === '1';
const KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
const API_KEY = 'bench-12345-key';
const COUNTY = '511102';
const DB_NAME = process.env.BENCH_DB_NAME ?? 'hehu_bench_cases';
/** Cases per county out of 200,000 (scaled to BENCH_CASES): most in a few counties, like the demo. */
const SHARES: readonly [string, number][] = [
  ['511102', 40_000],
  ['511123', 30_000],
  ['511181', 28_000],
  ['511112', 22_000],
  ['511124', 18_000],
  ['511126', 16_000],
  ['511111', 14_000],
  ['511129', 10_000],
  ['511132', 8_000],
  ['511133', 8_000],
  ['511113', 6_000],
];
/** One case in OPEN_EVERY is open; of the open ones waiting for a response or an assessment, one in 7 is overdue. */
const OPEN_EVERY = 50;

const pgUrl = process.env.BENCH_DATABASE_URL;
if (!pgUrl) throw new Error('set BENCH_DATABASE_URL=postgres://…');

const admin = new pg.Client({ connectionString: pgUrl });
await admin.connect();
if (!REUSE) {
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
}
const url = new URL(pgUrl);
url.pathname = `/${DB_NAME}`;
const database = await openDatabase({ databaseUrl: url.toString() });
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

const userId = async (username: string) => {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no ${username} account`);
  return row.id;
};
const protectUser = await userId('demo_protect');
const [centre] = await db
  .select({ id: institutions.id })
  .from(institutions)
  .where(eq(institutions.kind, 'protection_center'));
if (!centre) throw new Error('no protection centre');

// ---- Seed, as the owner, in SQL ----
const seedStart = performance.now();
if (!REUSE) {
  const total = SHARES.reduce((s, [, n]) => s + n, 0);
  let first = 1;
  // Without the per-row foreign-key triggers: the seed is consistent by construction.
  await database.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    for (const [i, [county, share]] of SHARES.entries()) {
      const last = i === SHARES.length - 1 ? N : first + Math.round((share / total) * N) - 1;
      // g numbers the cases; g % OPEN_EVERY = 0 is open (k = g / OPEN_EVERY picks its stage), the rest closed.
      // Open cases came in over the last days; closed ones over five years, closed 20–110 days later.
      await tx.execute(sql`insert into cases (id, receipt_no, channel, tier, stage, child_name, child_sex, child_age,
        division_code, county_code, institution_id, location, summary, immediate_danger, received_at, respond_by,
        assess_by, tier_version, owner_id, closed_at, created_at)
      select md5('case' || g)::uuid,
        'SB' || to_char(x.received_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || lpad(g::text, 7, '0'),
        (array['hotline', 'hotline_12345', 'hotline_12345', 'mandatory_report', 'discovery', 'police_transfer',
          'walk_in'])[1 + g % 7],
        x.tier, x.stage, '儿童' || g, case when g % 2 = 0 then 'male' else 'female' end, g % 18,
        v.codes[1 + g % array_length(v.codes, 1)], ${county}, ${county === COUNTY ? centre.id : null}::uuid,
        '某镇某村', '群众反映儿童无人照料，需核实情况（基准测试数据）', x.tier = 'urgent', x.received_at,
        case when x.overdue then x.received_at + interval '1 hour'
          when x.stage = 'intake' then now() + interval '3 hours' else x.received_at + interval '1 day' end,
        case when x.overdue then x.received_at + interval '1 day'
          when x.stage in ('intake', 'verification', 'assessment') then now() + interval '2 days'
          else x.received_at + interval '5 days' end,
        ${DEFAULT_CASE_TIER_SETTINGS.version},
        case when x.stage <> 'intake' and g % 4 = 0 and ${county === COUNTY}::boolean then ${protectUser}::uuid end,
        case when x.stage = 'closed' then x.received_at + (20 + g % 90) * interval '1 day' end,
        x.received_at
      from generate_series(${first}::int, ${last}::int) g
      cross join (select array_agg(code order by code) as codes from divisions
        where level = 'village' and code like ${`${county}%`}) v
      cross join lateral (select
          case when g % 10 = 0 then 'urgent' when g % 10 < 3 then 'consult' else 'general' end as tier,
          case when g % ${OPEN_EVERY} <> 0 then 'closed'
            else (array['intake', 'verification', 'assessment', 'plan', 'implementation',
              'closure_review'])[1 + (g / ${OPEN_EVERY}) % 6] end as stage,
          g % ${OPEN_EVERY} = 0 and (g / ${OPEN_EVERY}) % 6 < 3 and (g / ${OPEN_EVERY}) % 7 = 0 as overdue) s
      cross join lateral (select s.tier, s.stage, s.overdue,
          case when s.stage = 'closed' then now() - (120 + g % 1700) * interval '1 day'
            when s.overdue then now() - (3 + g % 10) * interval '1 day'
            when s.stage = 'intake' then now() - (g % 60) * interval '1 minute'
            else now() - (1 + g % 60) * interval '1 day' end as received_at) x`);
      first = last + 1;
    }
    await tx.execute(sql`insert into case_intakes (id, case_id, receipt_no, channel, child_name, trigger, description,
      reporter_name, reporter_phone, reporter_relation, received_at, outcome, told_at, created_at)
    select md5('intake' || id)::uuid, id, receipt_no, channel, child_name,
      case when channel = 'mandatory_report' then 'abandoned_unattended' end, summary, '报告人', '13800000000', '邻居',
      received_at, case when stage = 'closed' then '已核实并帮扶，结案' end, closed_at, received_at
    from cases`);
    // The log: each stage's actions so far, closed cases with 0–2 notes on the way (2–6 actions a case).
    await tx.execute(sql`insert into case_actions (case_id, seq, action, note, data, actor_id, actor_name, at)
    select c.id, a.seq, a.action, case when a.action <> 'intake_added' then '按规定办理' end,
      case when a.action = 'intake_added' then jsonb_build_object('receiptNo', c.receipt_no, 'channel', c.channel,
        'tier', c.tier) else '{}'::jsonb end,
      case when a.action <> 'intake_added' then ${protectUser}::uuid end,
      case when a.action = 'intake_added' then '热线' else '何社工' end,
      c.received_at + (a.seq - 1) * interval '1 hour'
    from cases c
    cross join lateral unnest(case c.stage
      when 'intake' then array['intake_added', 'note']
      when 'verification' then array['intake_added', 'accept', 'note']
      when 'assessment' then array['intake_added', 'accept', 'verify', 'note']
      when 'plan' then array['intake_added', 'accept', 'verify', 'assess']
      when 'implementation' then array['intake_added', 'accept', 'verify', 'assess', 'plan']
      when 'closure_review' then array['intake_added', 'accept', 'verify', 'assess', 'plan', 'request_closure']
      else (array[array['intake_added', 'accept', 'request_closure', 'approve_closure', null, null],
        array['intake_added', 'accept', 'note', 'request_closure', 'approve_closure', null],
        array['intake_added', 'accept', 'note', 'note', 'request_closure', 'approve_closure']])
        [1 + abs(hashtext(c.id::text)) % 3:1 + abs(hashtext(c.id::text)) % 3][1:6] end) with ordinality as a(action, seq)
    where a.action is not null`);
    await tx.execute(sql`insert into case_members (case_id, user_id, role, added_by, added_at)
    select id, owner_id, 'owner', owner_id, received_at + interval '1 hour' from cases where owner_id is not null`);
    await tx.execute(sql`select setval('case_receipt_seq', ${N + 1_000_000})`);
  });
  await db.execute(sql`vacuum analyze`);
}
const seedSeconds = (performance.now() - seedStart) / 1000;
const [shape] = await queryRows<{
  cases: number;
  county: number;
  open: number;
  overdue: number;
  county_open: number;
  county_overdue: number;
  county_closed: number;
  actions: number;
  mine_open: number;
}>(
  db,
  sql`select count(*)::int as cases, count(*) filter (where county_code = ${COUNTY})::int as county,
    count(*) filter (where stage <> 'closed')::int as open,
    count(*) filter (where (stage = 'intake' and respond_by < now())
      or (stage in ('verification', 'assessment') and assess_by < now()))::int as overdue,
    count(*) filter (where county_code = ${COUNTY} and stage <> 'closed')::int as county_open,
    count(*) filter (where county_code = ${COUNTY} and ((stage = 'intake' and respond_by < now())
      or (stage in ('verification', 'assessment') and assess_by < now())))::int as county_overdue,
    count(*) filter (where county_code = ${COUNTY} and stage = 'closed')::int as county_closed,
    (select count(*)::int from case_actions) as actions,
    count(*) filter (where owner_id = ${protectUser}::uuid and stage <> 'closed')::int as mine_open
  from cases`,
);
if (!shape) throw new Error('no cases');
log(
  `seeded in ${seedSeconds.toFixed(0)} s: ${JSON.stringify(shape)} (load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')})`,
);

// ---- Through the app ----
const app = await buildApp({ config, database, cipher, policy: new PolicyCache(db) }, { logger: false });
const signIn = async (username: string) => {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username} → ${res.statusCode} ${res.body.slice(0, 200)}`);
  return `hehu_session=${res.cookies.find((c) => c.name === 'hehu_session')?.value ?? ''}`;
};
const countyCookie = await signIn('demo_county');
const protectCookie = await signIn('demo_protect');

interface Row {
  label: string;
  total: number;
  rounds: number;
  p50: number;
  p95: number;
  max: number;
}
/**
 * BENCH_ROUNDS requests after WARMUP; a view whose first request takes over SLOW_MS gets SLOW_ROUNDS after 2
 * (at 200,000 cases a slow view takes seconds a request, and 220 of them would take the better part of an hour).
 */
const SLOW_MS = 1000;
const SLOW_ROUNDS = Number(process.env.BENCH_SLOW_ROUNDS ?? 10);
async function measure(label: string, cookie: string, path: string): Promise<Row> {
  let total = 0;
  const get = async () => {
    const t0 = performance.now();
    const res = await app.inject({ method: 'GET', url: path, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`${path} → ${res.statusCode} ${res.body.slice(0, 400)}`);
    total = (JSON.parse(res.body) as { total: number }).total;
    return performance.now() - t0;
  };
  const slow = (await get()) > SLOW_MS;
  const rounds = slow ? SLOW_ROUNDS : ROUNDS;
  for (let i = 1; i < (slow ? 2 : WARMUP); i++) await get();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) times.push(await get());
  times.sort((a, b) => a - b);
  const row = { label, total, rounds, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) ?? 0 };
  log(
    `${label}: total ${total}, ${rounds} requests, p50 ${row.p50.toFixed(1)} p95 ${row.p95.toFixed(1)} max ${row.max.toFixed(1)} ms`,
  );
  return row;
}

const lists: Row[] = [
  await measure('county case list, open cases (`GET /api/cases`), demo_county', countyCookie, '/api/cases'),
  await measure('overdue view (`GET /api/cases?overdue=true`), demo_county', countyCookie, '/api/cases?overdue=true'),
  await measure(
    'closed cases, 50 a page (`GET /api/cases?stage=closed&limit=50`), demo_county',
    countyCookie,
    '/api/cases?stage=closed&limit=50',
  ),
  await measure('team view (`GET /api/cases?mine=true`), demo_protect', protectCookie, '/api/cases?mine=true'),
];
const loadAfterLists = os.loadavg()[0] ?? 0;

// ---- 12345 intake against the health route, the same way, one after the other ----
await db.execute(sql`insert into api_clients (name, system_code, key_hash, division_code)
  values ('基准测试 12345 平台', 'bench-12345', ${hashApiKey(API_KEY)}, '5111') on conflict do nothing`);
const villages = (
  await queryRows<{ code: string }>(
    db,
    sql`select code from divisions where level = 'village' and code like '5111%' order by code`,
  )
).map((r) => r.code);
const runId = Date.now().toString(36);

interface Throughput {
  label: string;
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
}
async function hammer(label: string, send: (i: number) => Promise<number>, expect: number): Promise<Throughput> {
  for (let i = 0; i < WARMUP; i++) {
    const status = await send(-1 - i);
    if (status !== expect) throw new Error(`${label} warm-up → ${status}`);
  }
  const times: number[] = [];
  let next = 0;
  const t0 = performance.now();
  const end = t0 + SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const i = next++;
      const s = performance.now();
      const status = await send(i);
      if (status !== expect) throw new Error(`${label} #${i} → ${status}`);
      times.push(performance.now() - s);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  const row = {
    label,
    requests: times.length,
    seconds,
    rps: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
  };
  log(`${label}: ${row.requests} in ${seconds.toFixed(1)} s = ${row.rps.toFixed(0)}/s`);
  return row;
}

const workOrder = async (i: number) => {
  const res = await app.inject({
    method: 'POST',
    url: '/api/integrations/hotline/work-orders',
    headers: { 'x-api-key': API_KEY },
    payload: {
      workOrderNo: `B-${runId}-${i < 0 ? `w${-i}` : i}`,
      receivedAt: new Date().toISOString(),
      content: '市民来电反映邻居家儿童长期无人照看，夜间独自在家（基准测试工单）',
      childName: '不详',
      districtCode: villages[Math.abs(i * 7919) % villages.length] ?? '5111',
      address: '某镇某村',
      urgent: i % 10 === 0,
      callerName: '市民',
      callerPhone: '13800000000',
    },
  });
  if (res.statusCode !== 201 && res.statusCode !== 200) log(res.body.slice(0, 300));
  return res.statusCode;
};
const health = async () => (await app.inject({ method: 'GET', url: '/api/health' })).statusCode;
const probe = await workOrder(-1000);
const intake = await hammer('12345 work order (POST /api/integrations/hotline/work-orders)', workOrder, probe);
const healthRow = await hammer('health (GET /api/health)', health, 200);
const intakeAgain = await hammer('12345 work order, second pass', workOrder, probe);
const loadAfterIntake = os.loadavg()[0] ?? 0;

await app.close();
await database.close();
// BENCH_KEEP=1 leaves the database for EXPLAIN.
if (process.env.BENCH_KEEP !== '1') await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
await admin.end();

const ms = (n: number) => n.toFixed(1);
const n = (x: number) => x.toLocaleString('en');
const goal = (r: Row) => (r.p95 < 50 ? 'met' : '**not met**');
process.stdout.write(
  [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL (default settings); in-process requests (app.inject); load average ${loadAfterLists.toFixed(1)} after the lists, ${loadAfterIntake.toFixed(1)} after the intake.`,
    '',
    `${n(shape.cases)} cases (${n(shape.open)} open, ${n(shape.overdue)} overdue), ${n(shape.actions)} actions; county ${COUNTY}: ${n(shape.county)} cases, ${n(shape.county_open)} open, ${n(shape.county_overdue)} overdue, ${n(shape.county_closed)} closed; demo_protect on the team of ${n(shape.mine_open)} open cases. Seeded in ${seedSeconds.toFixed(0)} s${REUSE ? ' (reused)' : ''}.`,
    '',
    `| request | total | requests (after ${WARMUP} warm-up; 2 when slow) | p50 ms | p95 ms | max ms | p95 < 50 ms |`,
    '|---|---|---|---|---|---|---|',
    ...lists.map(
      (r) => `| ${r.label} | ${n(r.total)} | ${r.rounds} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${goal(r)} |`,
    ),
    '',
    `| ${CONCURRENCY} in flight for ${SECONDS} s each | requests | req/s | p50 ms | p95 ms | share of health |`,
    '|---|---|---|---|---|---|',
    ...[intake, healthRow, intakeAgain].map(
      (r) =>
        `| ${r.label} | ${n(r.requests)} | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${((100 * r.rps) / healthRow.rps).toFixed(1)} % |`,
    ),
    '',
  ].join('\n'),
);
