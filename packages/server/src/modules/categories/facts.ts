// The domain's ChildFacts built from a child's file: the child's own fields and the current father and mother
// relations with their persons' situations. The browser evaluates the same facts with the same rules.
import {
  CATEGORY_CODES,
  type CategoryCode,
  type ChildFacts,
  type ParentFacts,
  type ParentSituation,
} from '@hehu/domain';
import { inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { childCategories } from '../../db/schema.ts';
import type { ChildRow } from '../children/index.ts';
import {
  SITUATION_CODES,
  isCurrent,
  loadRelations,
  loadSituations,
  readDetails,
  type SituationRow,
} from '../family/index.ts';

export type FactsChild = Pick<
  ChildRow,
  | 'id'
  | 'birthDate'
  | 'householdType'
  | 'institutionId'
  | 'institutionSince'
  | 'parentsUnknown'
  | 'healthStatus'
  | 'disabilityGrade'
  | 'familyEconomicHardship'
  | 'guardianshipHarm'
>;

export type CategoryRow = typeof childCategories.$inferSelect;

export function isCategoryCode(value: string): value is CategoryCode {
  return (CATEGORY_CODES as readonly string[]).includes(value);
}

function toParentSituation(s: SituationRow): ParentSituation | null {
  const code = SITUATION_CODES.find((c) => c === s.code);
  if (code === undefined) return null;
  const d = readDetails(s.details);
  return {
    code,
    since: s.since,
    until: s.until,
    disabilityGrade: d.disabilityGrade ?? null,
    disabilityKind: d.disabilityKind ?? null,
    illnessCode: d.illnessCode ?? null,
    termMonths: d.termMonths ?? null,
  };
}

/** A disability is recorded by the health status or a certificate grade; a known status without it means none. */
function disabilityOf(child: FactsChild): ChildFacts['disability'] {
  if (child.healthStatus === 'disabled' || child.disabilityGrade !== null) return { grade: child.disabilityGrade };
  return child.healthStatus === null ? undefined : null;
}

/** Rows by a key, in their order (Map.groupBy arrives with Node 21). */
function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = out.get(key);
    if (list) list.push(row);
    else out.set(key, [row]);
  }
  return out;
}

/** Facts for several children at once (one query each for relations and situations). */
export async function factsFor(
  db: Queryable,
  kids: readonly FactsChild[],
  asOf: string,
): Promise<Map<string, ChildFacts>> {
  const relations = (
    await loadRelations(
      db,
      kids.map((c) => c.id),
      ['father', 'mother'],
    )
  ).filter((r) => r.relation.startDate <= asOf && isCurrent(r.relation.endDate, asOf));
  const situations = await loadSituations(db, [...new Set(relations.map((r) => r.person.id))]);
  // Grouped once: a city's item scan builds facts for hundreds of children at a time.
  const relationsOf = groupBy(relations, (r) => r.relation.childId);
  const situationsOf = groupBy(situations, (s) => s.personId);
  const out = new Map<string, ChildFacts>();
  for (const child of kids) {
    const parents: ParentFacts[] = (relationsOf.get(child.id) ?? []).map((r) => ({
      role: r.relation.kind === 'father' ? 'father' : 'mother',
      name: r.person.name,
      situations: (situationsOf.get(r.person.id) ?? []).map(toParentSituation).filter((s) => s !== null),
    }));
    out.set(child.id, {
      birthDate: child.birthDate,
      householdType: child.householdType,
      livesInInstitution: child.institutionId !== null,
      institutionSince: child.institutionSince,
      parents,
      parentsUnknown: child.parentsUnknown,
      disability: disabilityOf(child),
      familyEconomicHardship: child.familyEconomicHardship,
      guardianshipHarm: child.guardianshipHarm,
    });
  }
  return out;
}

export async function categoryRows(db: Queryable, childIds: readonly string[]): Promise<CategoryRow[]> {
  if (childIds.length === 0) return [];
  return db
    .select()
    .from(childCategories)
    .where(inArray(childCategories.childId, [...childIds]));
}

/** Categories held on a date: recorded and not ended by then. */
export function heldCodes(rows: readonly CategoryRow[], childId: string, asOf: string): Set<string> {
  return new Set(rows.filter((r) => r.childId === childId && isCurrent(r.endDate, asOf)).map((r) => r.category));
}
