// Standards and the allowance rules as the engine takes them: every standard row (a few hundred at most), and
// the rules (last paid age, look-back) as a versioned setting with the domain's default.
import {
  DEFAULT_ALLOWANCE_RULES,
  isAllowanceCategory,
  type AllowanceRules,
  type AllowanceStandard,
} from '@hehu/domain';
import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { allowanceStandards, settings } from '../../db/schema.ts';

export const ALLOWANCE_RULES_KEY = 'allowance_rules';

const storedRules = z.object({
  lastPaidAge: z.number().int().min(16).max(25),
  lookbackMonths: z.number().int().min(1).max(120),
  // Rules stored before the schooling extension existed have none.
  schooling: z
    .object({ untilAge: z.number().int().min(18).max(25), since: z.string().regex(/^\d{4}-\d{2}$/) })
    .nullable()
    .default(null),
});

export async function allowanceRules(db: Queryable): Promise<AllowanceRules> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, ALLOWANCE_RULES_KEY))
    .orderBy(desc(settings.version))
    .limit(1);
  const parsed = storedRules.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_ALLOWANCE_RULES;
}

export type StandardRow = typeof allowanceStandards.$inferSelect;

export function toStandard(r: StandardRow): AllowanceStandard | null {
  if (!isAllowanceCategory(r.category)) return null;
  const follows = r.followsCategory && isAllowanceCategory(r.followsCategory) ? r.followsCategory : null;
  return {
    id: r.id,
    category: r.category,
    countyCode: r.countyCode,
    effectiveMonth: r.effectiveMonth.slice(0, 7),
    amountFen: r.amountFen,
    followsCategory: follows,
    notice: r.notice,
    version: r.version,
  };
}

export async function standardRows(db: Queryable): Promise<StandardRow[]> {
  return db
    .select()
    .from(allowanceStandards)
    .orderBy(asc(allowanceStandards.category), asc(allowanceStandards.effectiveMonth), asc(allowanceStandards.version));
}

export async function allStandards(db: Queryable): Promise<AllowanceStandard[]> {
  return (await standardRows(db)).map(toStandard).filter((s): s is AllowanceStandard => s !== null);
}
