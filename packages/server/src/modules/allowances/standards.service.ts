// Issuing a standard: a new row, never an edit. The same category, county and month again is a new version
// (a correction); an earlier month than one already paid makes the next roll compute arrears.
import { CATEGORY_LABELS, checkStandard } from '@hehu/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/raw.ts';
import { allowanceStandards } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import type { RouteContext } from '../../platform/http.ts';
import type { Permission } from '../../platform/permissions.ts';
import type { StandardInput, StandardView } from './allowances.schemas.ts';
import type { StandardRow } from './standards.store.ts';

type Ctx = RouteContext<unknown, unknown, unknown, Permission>;

export function standardView(
  r: StandardRow,
  names: { county: ReadonlyMap<string, string>; users: ReadonlyMap<string, string> },
): StandardView {
  const category = r.category as StandardView['category'];
  return {
    id: r.id,
    category,
    categoryName: CATEGORY_LABELS[category].zh,
    countyCode: r.countyCode,
    countyName: r.countyCode ? (names.county.get(r.countyCode) ?? r.countyCode) : null,
    effectiveMonth: r.effectiveMonth.slice(0, 7),
    amountFen: r.amountFen,
    followsCategory: (r.followsCategory as StandardView['followsCategory']) ?? null,
    notice: r.notice,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy ? (names.users.get(r.createdBy) ?? null) : null,
  };
}

export async function issueStandard(ctx: Ctx, input: StandardInput): Promise<StandardRow> {
  const problems = checkStandard({ ...input });
  const first = problems[0];
  if (first) {
    throw AppError.rule('STANDARD_INVALID', first.zh, first.en, { field: first.field, problems });
  }
  if (input.countyCode && !ctx.scope('rules:manage').prefixes.some((p) => input.countyCode?.startsWith(p))) {
    throw new AppError('NOT_FOUND');
  }
  return ctx.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('allowance-standards'))`);
    const [latest] = await queryRows<{ version: number }>(
      tx,
      sql`select coalesce(max(version), 0)::int as version from allowance_standards
        where category = ${input.category} and coalesce(county_code, '') = ${input.countyCode ?? ''}
          and effective_month = ${`${input.effectiveMonth}-01`}::date`,
    );
    const [row] = await tx
      .insert(allowanceStandards)
      .values({
        category: input.category,
        countyCode: input.countyCode,
        effectiveMonth: `${input.effectiveMonth}-01`,
        amountFen: input.amountFen,
        followsCategory: input.followsCategory,
        notice: input.notice,
        version: (latest?.version ?? 0) + 1,
        createdBy: ctx.actor.userId,
      })
      .returning();
    if (!row) throw new Error('standard insert returned no row');
    await ctx.audit(tx, {
      action: 'allowance.standard.create',
      targetType: 'standard',
      targetId: row.id,
      after: {
        category: row.category,
        countyCode: row.countyCode,
        effectiveMonth: input.effectiveMonth,
        amountFen: row.amountFen,
        followsCategory: row.followsCategory,
        notice: row.notice,
        version: row.version,
      },
    });
    return row;
  });
}
