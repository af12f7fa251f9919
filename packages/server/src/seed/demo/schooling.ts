// The demo's policy on payment past 18 for full-time schooling (published by the city) and school certificates
// for the demo county's oldest orphans, so the allowance tab shows both; when they turn 18 the rolls pay on. The
// child turning 18 this month has none, so its category's end shows as a termination item.
import { DEFAULT_ALLOWANCE_RULES, type AllowanceRules } from '@hehu/domain';
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';
import { childSchooling, settings } from '../../db/schema.ts';
import { ALLOWANCE_RULES_KEY } from '../../modules/allowances/standards.store.ts';
import { officeTime } from './random.ts';
import type { Account } from './write.ts';

const SCHOOLS = ['乐山职业技术学院', '四川省乐山第一中学校', '乐山市第一职业高级中学'];

export async function writeSchooling(ctx: {
  db: Queryable;
  accounts: ReadonlyMap<string, Account>;
  asOf: string;
  demoCounty: string;
}): Promise<number> {
  const { db, asOf } = ctx;
  const year = Number(asOf.slice(0, 4));
  // The school year under way: from September of this year, or of the last one before September.
  const schoolYear = Number(asOf.slice(5, 7)) >= 9 ? year : year - 1;
  const rules: AllowanceRules & { basis: string } = {
    ...DEFAULT_ALLOWANCE_RULES,
    schooling: { untilAge: 22, since: `${schoolYear - 1}-09` },
    basis: '乐民发〔2024〕15号 关于孤儿年满18周岁后继续就读期间基本生活保障的通知（演示）',
  };
  await db.insert(settings).values({
    key: ALLOWANCE_RULES_KEY,
    version: 1,
    value: rules,
    changedBy: ctx.accounts.get('demo_city')?.id ?? null,
    changedAt: officeTime(`${schoolYear - 1}-08-20`, 10, 0),
  });
  const oldest = await queryRows<{ id: string; birth_date: string }>(
    db,
    sql`select c.id, c.birth_date::text as birth_date from children c
      where c.division_code >= ${ctx.demoCounty} and c.division_code < ${`${ctx.demoCounty}~`} and c.status = 'active'
        -- Not the child turning 18 this month: the village meets it as a termination item (no certificate).
        and c.birth_date > (date_trunc('month', ${asOf}::date) + interval '1 month - 1 day' - interval '18 years')::date
        and exists (select 1 from child_categories cc where cc.child_id = c.id and cc.end_date is null
          and cc.category in ('orphan_scattered', 'de_facto_unsupported'))
      order by c.birth_date, c.id limit ${SCHOOLS.length}`,
  );
  const recordedBy = ctx.accounts.get('demo_county')?.id ?? null;
  if (oldest.length > 0)
    await db.insert(childSchooling).values(
      oldest.map((c, i) => ({
        childId: c.id,
        schoolName: SCHOOLS[i % SCHOOLS.length] ?? '乐山职业技术学院',
        fromDate: `${schoolYear}-09-01`,
        // A three-year course: the certificate runs to the July it ends.
        untilDate: `${schoolYear + 3}-07-10`,
        note: '在读证明（学校盖章）已核验',
        recordedBy,
        recordedAt: officeTime(`${schoolYear}-09-15` < asOf ? `${schoolYear}-09-15` : asOf, 8, i * 7),
      })),
    );
  return oldest.length;
}
