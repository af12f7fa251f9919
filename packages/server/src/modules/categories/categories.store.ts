// Children who might meet a category: a cheap SQL prefilter within the caller's scope over the children whose
// evaluation is due, so the rules run over them in batches. Only facts the rules can act on let a child through.
import { and, eq, exists, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { childRelations, children, divisions, personSituations } from '../../db/schema.ts';
import { scopeCondition, type Scope } from '../../platform/access.ts';

export interface CandidateFilter {
  /** A division code prefix. */
  division?: string | undefined;
}

const parentWithSituation = (asOf: string) =>
  exists(
    sql`(select 1 from ${childRelations} r join ${personSituations} s on s.person_id = r.person_id
      where r.child_id = ${children.id} and r.kind in ('father', 'mother')
      and (r.end_date is null or r.end_date > ${asOf}))`,
  );

export const candidateColumns = {
  id: children.id,
  name: children.name,
  divisionCode: children.divisionCode,
  divisionName: divisions.name,
  birthDate: children.birthDate,
  householdType: children.householdType,
  institutionId: children.institutionId,
  institutionSince: children.institutionSince,
  parentsUnknown: children.parentsUnknown,
  healthStatus: children.healthStatus,
  disabilityGrade: children.disabilityGrade,
  familyEconomicHardship: children.familyEconomicHardship,
  guardianshipHarm: children.guardianshipHarm,
};

/** Which of `ids` (children whose evaluation is due) are active candidates in scope. */
export async function candidatesAmong(db: Queryable, scope: Scope, ids: readonly string[], asOf: string) {
  return db
    .select(candidateColumns)
    .from(children)
    .innerJoin(divisions, eq(divisions.code, children.divisionCode))
    .where(
      and(
        scopeCondition(scope, children.divisionCode, children.institutionId),
        eq(children.status, 'active'),
        inArray(children.id, [...ids]),
        or(
          eq(children.parentsUnknown, true),
          eq(children.familyEconomicHardship, true),
          eq(children.guardianshipHarm, true),
          eq(children.healthStatus, 'disabled'),
          isNotNull(children.disabilityGrade),
          parentWithSituation(asOf),
        ),
      ),
    );
}

export type Candidate = Awaited<ReturnType<typeof candidatesAmong>>[number];
