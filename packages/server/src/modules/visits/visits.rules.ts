// The visit frequencies (RULES §4.19) as versioned settings data, like the category rules: the city publishes a
// version with an effective date and every due date is computed under the version in force. The rules become one
// SQL CASE so that due and overdue are computed in the query over any number of children, never stored.
import {
  DEFAULT_VISIT_RULES,
  addInterval,
  checkVisitRules,
  type VisitFrequencyRules,
  type VisitInterval,
} from '@hehu/domain';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { inForceOn, seedSettingsVersion, settingsVersions } from '../../db/settings-versions.ts';

export const VISIT_RULES_KEY = 'visit_rules';

const interval = z.object({ unit: z.enum(['day', 'month']), count: z.number().int() });
const label = z.object({ zh: z.string(), en: z.string() });
/** A stored version as this code reads it (a row that does not parse is skipped). */
const storedRules = z.object({
  version: z.string(),
  effectiveFrom: z.string(),
  source: z.string(),
  rules: z.array(
    z.object({
      riskLevels: z.array(z.enum(['absent', 'improper', 'insufficient', 'normal'])).optional(),
      categories: z.array(z.string()).optional(),
      interval,
      label,
    }),
  ),
  otherwise: interval,
});

/** A stored version this code can read and the domain accepts; null for any other (left out, never guessed at). */
function readable(value: unknown): VisitFrequencyRules | null {
  const parsed = storedRules.safeParse(value);
  return parsed.success && checkVisitRules(parsed.data).length === 0 ? parsed.data : null;
}

/** Every readable publication with who published it and when, in publication order. */
export const publishedVisitRules = (db: Queryable) => settingsVersions(db, VISIT_RULES_KEY, readable);

/** Every readable published version in publication order; the domain's default when none is stored. */
export async function visitRuleVersions(db: Queryable): Promise<VisitFrequencyRules[]> {
  const out = (await publishedVisitRules(db)).map((v) => v.value);
  return out.length > 0 ? out : [DEFAULT_VISIT_RULES];
}

/** The version in force on a date: the latest whose effective date has come. */
export async function visitRulesOn(db: Queryable, asOf: string): Promise<VisitFrequencyRules> {
  const versions = await visitRuleVersions(db);
  return inForceOn(versions, asOf, DEFAULT_VISIT_RULES);
}

/** The seeded default, stored once so that it is data like any later version. */
export const seedVisitRules = (db: Queryable): Promise<void> =>
  seedSettingsVersion(db, VISIT_RULES_KEY, DEFAULT_VISIT_RULES);

const intervalSql = (i: VisitInterval): SQL =>
  sql.raw(`interval '${String(Math.trunc(i.count))} ${i.unit === 'day' ? 'days' : 'months'}'`);

/** How far apart two intervals are, for ordering rules from the most frequent (the domain's comparison). */
const reach = (rules: VisitFrequencyRules, i: VisitInterval) => addInterval(rules.effectiveFrom, i);

export interface PlanColumns {
  /** text[] of the categories the child holds today. */
  categories: SQL;
  /** text: the level of the child's latest risk assessment, or null. */
  riskLevel: SQL;
}

/** The rules from the most frequent (the domain's comparison): the first that applies is `visitPlanFor`'s. */
export function orderedRules(rules: VisitFrequencyRules) {
  return [...rules.rules].sort((a, b) => reach(rules, a.interval).localeCompare(reach(rules, b.interval)));
}

function ruleCase(rules: VisitFrequencyRules, cols: PlanColumns, then: (i: number) => SQL, otherwise: SQL): SQL {
  const branches = orderedRules(rules).map((rule, i) => {
    const conditions: SQL[] = [];
    if (rule.riskLevels?.length)
      conditions.push(sql`${cols.riskLevel} = any(${sql.param([...rule.riskLevels])}::text[])`);
    if (rule.categories?.length) conditions.push(sql`${cols.categories} && ${sql.param([...rule.categories])}::text[]`);
    return sql`when ${sql.join(conditions, sql` and `)} then ${then(i)}`;
  });
  return sql`(case ${sql.join(branches, sql` `)} else ${otherwise} end)`;
}

/** One CASE giving each child's visit interval (values bound as parameters; intervals from validated data). */
export function planIntervalSql(rules: VisitFrequencyRules, cols: PlanColumns): SQL {
  const ordered = orderedRules(rules);
  return ruleCase(
    rules,
    cols,
    (i) => intervalSql(ordered[i]?.interval ?? rules.otherwise),
    intervalSql(rules.otherwise),
  );
}

/** The index into `orderedRules` of the rule the CASE chose, -1 for `otherwise` (to show the plan's label). */
export function planRuleSql(rules: VisitFrequencyRules, cols: PlanColumns): SQL {
  return ruleCase(rules, cols, (i) => sql.raw(String(i)), sql.raw('-1'));
}
