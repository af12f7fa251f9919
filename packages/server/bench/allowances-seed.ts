// The seed of `npm run bench:allowances` (bench/allowances.ts), as the owner, in SQL: the standards with a raise,
// the beneficiaries with a guardian, a category and a payee account each, and the locked rolls of the history with
// one paid base line per child and month (a few failed in the last month).
import { createHash } from 'node:crypto';
import type { Month } from '@hehu/domain';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/connection.ts';
import { insertStatement } from '../src/db/bulk.ts';
import { queryRows } from '../src/db/raw.ts';
import { payeeAccounts } from '../src/db/schema.ts';
import type { FieldCipher } from '../src/platform/crypto.ts';

export interface AllowanceBenchSeed {
  beneficiaries: number;
  county: string;
  /** The month the raise takes effect (two months before the benchmark month). */
  raiseMonth: Month;
  firstHistory: Month;
  lastHistory: Month;
  /** Every n-th child's payment of the last history month failed. */
  failEvery: number;
  countyUser: string;
  approverUser: string;
}

export async function seedAllowanceBench(
  db: Database['db'],
  cipher: FieldCipher,
  {
    beneficiaries: N,
    county: COUNTY,
    raiseMonth,
    firstHistory,
    lastHistory,
    failEvery: FAIL_EVERY,
    countyUser,
    approverUser,
  }: AllowanceBenchSeed,
): Promise<void> {
  await db.execute(sql`insert into allowance_standards (category, effective_month, amount_fen, follows_category, notice)
  values ('orphan_institutional', '2020-01-01', 140000, null, '乐民发〔2019〕158号'),
    ('orphan_scattered', '2020-01-01', 90000, null, '乐民发〔2019〕158号'),
    ('de_facto_unsupported', '2020-01-01', null, 'orphan_scattered', '乐民发〔2019〕158号'),
    ('orphan_institutional', ${`${raiseMonth}-01`}::date, 150000, null, '乐民发〔2026〕47号'),
    ('orphan_scattered', ${`${raiseMonth}-01`}::date, 100000, null, '乐民发〔2026〕47号')`);
  await db.execute(sql`insert into children (name, sex, birth_date, id_number_index, division_code, created_at)
  select '儿童' || g, case when g % 2 = 0 then 'M' else 'F' end, '2010-01-01'::date + (g % 2900),
    md5('bench-child-' || g), v.codes[1 + g % array_length(v.codes, 1)], '2020-01-01'
  from generate_series(1, ${N}) g
  cross join (select array_agg(code order by code) as codes from divisions
    where level = 'village' and code like ${`${COUNTY}%`}) v`);
  // One in ten 事实无人抚养 (its standard follows 散居孤儿's), the rest 散居孤儿.
  await db.execute(sql`insert into child_categories (child_id, category, start_date, decision_ref, created_at)
  select id, case when hashtext(id::text) % 10 = 0 then 'de_facto_unsupported' else 'orphan_scattered' end,
    '2020-01-01', '乐民发〔2020〕1号', '2020-01-15'
  from children`);
  await db.execute(sql`insert into persons (id, name) select md5('p' || id)::uuid, name || '祖母' from children`);
  await db.execute(sql`insert into child_relations (id, child_id, person_id, kind, relation_label, start_date)
  select md5('r' || id)::uuid, id, md5('p' || id)::uuid, 'guardian', '祖母', '2020-01-01' from children`);
  // Every account number encrypted on its own (the export and the return decrypt them all).
  const kids = await queryRows<{ id: string; name: string; n: number }>(
    db,
    sql`select id, name, row_number() over (order by id)::int as n from children`,
  );
  for (let i = 0; i < kids.length; i += 5000) {
    await db.execute(
      insertStatement(
        payeeAccounts,
        kids.slice(i, i + 5000).map((k) => {
          const account = `6228${String(k.n).padStart(15, '0')}`;
          return {
            childId: k.id,
            holderKind: 'guardian' as const,
            holderRelationId: md5Uuid(`r${k.id}`),
            holderName: `${k.name}祖母`,
            bankName: '中国农业银行乐山分行',
            accountEnc: cipher.encrypt(account),
            accountIndex: cipher.blindIndex(account),
            accountMasked: `${account.slice(0, 4)}****${account.slice(-4)}`,
            createdAt: new Date('2020-01-15T02:00:00Z'),
          };
        }),
      ),
    );
  }
  await db.execute(sql`insert into allowance_rolls (county_code, month, status, generated_by, generated_at, approved_by,
    approved_at, locked_by, locked_at, exported_at)
  select ${COUNTY}, m::date, 'locked', ${countyUser}::uuid, m + interval '3 days', ${approverUser}::uuid,
    m + interval '4 days', ${countyUser}::uuid, m + interval '5 days', m + interval '5 days'
  from generate_series(${`${firstHistory}-01`}::date, ${`${lastHistory}-01`}::date, interval '1 month') m`);
  // The history's millions of rows without the per-row foreign-key triggers (the seed is consistent by construction).
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(sql`insert into allowance_payments (roll_id, child_id, township_code, reference, amount_fen, account_id,
      status, failure_reason, returned_at)
    select r.id, c.id, left(c.division_code, 9), ${COUNTY} || to_char(r.month, 'YYYYMM') || lpad(c.n::text, 6, '0'),
      90000, a.id,
      case when r.month = ${`${lastHistory}-01`}::date and c.n % ${FAIL_EVERY} = 0 then 'failed' else 'paid' end,
      case when r.month = ${`${lastHistory}-01`}::date and c.n % ${FAIL_EVERY} = 0 then '账户冻结' end,
      r.month + interval '10 days'
    from allowance_rolls r
    cross join (select id, division_code, row_number() over (order by division_code, id) as n from children) c
    join allowance_payee_accounts a on a.child_id = c.id`);
    await tx.execute(sql`insert into allowance_lines (roll_id, payment_id, child_id, kind, for_month, category, amount_fen,
      standard_fen, standard_id, explanation)
    select p.roll_id, p.id, p.child_id, 'base', r.month, cc.category, 90000, 90000, s.id,
      '{"zh":"当月发放","en":"This month"}'::jsonb
    from allowance_payments p
    join allowance_rolls r on r.id = p.roll_id
    join child_categories cc on cc.child_id = p.child_id
    join allowance_standards s on s.category = 'orphan_scattered' and s.effective_month = '2020-01-01'`);
  });
  // Written with the triggers off: the rolls' payment counts (migration 0036) counted once here.
  await db.execute(sql`update allowance_rolls r set payments_paid = c.paid, payments_failed = c.failed
    from (select roll_id, count(*) filter (where status = 'paid') as paid, count(*) filter (where status = 'failed') as failed
      from allowance_payments group by roll_id) c where r.id = c.roll_id`);
  await db.execute(sql`analyze`);
}

function md5Uuid(text: string): string {
  // Same as md5(text)::uuid in PostgreSQL.
  const hex = createHash('md5').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
