// Relations, persons and situations. Callers reach a person only through a child loaded within scope and a
// relation to that child; the few questions that must look past the scope go through SECURITY DEFINER
// functions that answer an id or a yes/no, never a person's data.
import { and, asc, eq, gt, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { childRelations, children, personSituations, persons } from '../../db/schema.ts';
import { scopeCondition, type Scope } from '../../platform/access.ts';
import {
  situationDetails,
  type PersonItem,
  type RelationItem,
  type SituationDetails,
  type SituationItem,
} from './family.schemas.ts';

export type PersonRow = typeof persons.$inferSelect;
export type RelationRow = typeof childRelations.$inferSelect;
export type SituationRow = typeof personSituations.$inferSelect;
export type RelationKind = RelationRow['kind'];

/** A relation or category ends on its end date: from that day on it no longer holds. */
export function isCurrent(endDate: string | null, today: string): boolean {
  return endDate === null || endDate > today;
}

/** Details are stored as JSON; anything unexpected in an old row reads as no details rather than failing. */
export function readDetails(value: unknown): SituationDetails {
  const parsed = situationDetails.safeParse(value);
  return parsed.success ? parsed.data : {};
}

export function toSituationItem(s: SituationRow): SituationItem {
  return {
    id: s.id,
    code: s.code as SituationItem['code'],
    since: s.since,
    until: s.until,
    details: readDetails(s.details),
    note: s.note,
  };
}

export function toPersonItem(p: PersonRow, situations: readonly SituationRow[]): PersonItem {
  return {
    id: p.id,
    name: p.name,
    sex: p.sex,
    birthDate: p.birthDate,
    idNumberMasked: p.idNumberMasked,
    phoneMasked: p.phoneMasked,
    addressMasked: p.addressMasked,
    workPlace: p.workPlace,
    situations: situations.filter((s) => s.personId === p.id).map(toSituationItem),
  };
}

export function toRelationItem(
  r: RelationRow,
  p: PersonRow,
  situations: readonly SituationRow[],
  today: string,
): RelationItem {
  return {
    id: r.id,
    kind: r.kind,
    relationLabel: r.relationLabel,
    startDate: r.startDate,
    endDate: r.endDate,
    endReason: r.endReason,
    active: isCurrent(r.endDate, today),
    person: toPersonItem(p, situations),
  };
}

export async function loadSituations(db: Queryable, personIds: readonly string[]): Promise<SituationRow[]> {
  if (personIds.length === 0) return [];
  return db
    .select()
    .from(personSituations)
    .where(inArray(personSituations.personId, [...personIds]))
    .orderBy(asc(personSituations.since), asc(personSituations.createdAt));
}

/** Relations of some children with their persons; `kinds` narrows to e.g. the parents. */
export async function loadRelations(
  db: Queryable,
  childIds: readonly string[],
  kinds?: readonly RelationKind[],
): Promise<{ relation: RelationRow; person: PersonRow }[]> {
  if (childIds.length === 0) return [];
  return db
    .select({ relation: childRelations, person: persons })
    .from(childRelations)
    .innerJoin(persons, eq(persons.id, childRelations.personId))
    .where(
      and(inArray(childRelations.childId, [...childIds]), kinds ? inArray(childRelations.kind, [...kinds]) : undefined),
    )
    .orderBy(asc(childRelations.startDate), asc(childRelations.createdAt));
}

const KIND_ORDER: readonly RelationKind[] = ['father', 'mother', 'guardian', 'entrusted_carer'];

/** The family section of a child's file: active relations first, then by kind, newest first. */
export async function familyOf(db: Queryable, childId: string, today: string): Promise<RelationItem[]> {
  const rows = await loadRelations(db, [childId]);
  const situations = await loadSituations(db, [...new Set(rows.map((r) => r.person.id))]);
  return rows
    .map((r) => toRelationItem(r.relation, r.person, situations, today))
    .sort(
      (a, b) =>
        Number(b.active) - Number(a.active) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        b.startDate.localeCompare(a.startDate),
    );
}

export async function relationItem(db: Queryable, relationId: string, today: string): Promise<RelationItem> {
  const [row] = await db
    .select({ relation: childRelations, person: persons })
    .from(childRelations)
    .innerJoin(persons, eq(persons.id, childRelations.personId))
    .where(eq(childRelations.id, relationId));
  if (!row) throw new Error(`relation ${relationId} vanished`);
  return toRelationItem(row.relation, row.person, await loadSituations(db, [row.person.id]), today);
}

export async function getRelation(db: Queryable, childId: string, relationId: string) {
  const [row] = await db
    .select({ relation: childRelations, person: persons })
    .from(childRelations)
    .innerJoin(persons, eq(persons.id, childRelations.personId))
    .where(and(eq(childRelations.id, relationId), eq(childRelations.childId, childId)));
  return row;
}

/** A person reachable from this child: linked by any relation, active or ended. */
export async function getLinkedPerson(db: Queryable, childId: string, personId: string) {
  const [row] = await db
    .select({ person: persons })
    .from(persons)
    .innerJoin(childRelations, eq(childRelations.personId, persons.id))
    .where(and(eq(persons.id, personId), eq(childRelations.childId, childId)))
    .limit(1);
  return row?.person;
}

export async function getSituation(db: Queryable, personId: string, situationId: string) {
  const [row] = await db
    .select()
    .from(personSituations)
    .where(and(eq(personSituations.id, situationId), eq(personSituations.personId, personId)));
  return row;
}

/** PGlite and node-postgres both answer raw queries with { rows }. */
export function firstRow(result: unknown): Record<string, unknown> | undefined {
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows))
    return result.rows[0] as Record<string, unknown> | undefined;
  throw new Error('unexpected result shape from the database driver');
}

/**
 * The person holding an ID number anywhere in the city, by id only. Row-level security hides persons related
 * only to children outside the caller's reach, so the lookup goes through a SECURITY DEFINER function
 * (migration 0008); what the caller may then see of that person is decided by {@link personInScope}.
 */
export async function personIdHolding(db: Queryable, index: string): Promise<string | null> {
  const result = await db.execute(sql`select hehu_person_by_id_index(${index}) as "id"`);
  const id = firstRow(result)?.id;
  return typeof id === 'string' ? id : null;
}

/** Whether a person is related (by any relation, current or ended) to a child within the scope. */
export async function personInScope(db: Queryable, scope: Scope, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: childRelations.id })
    .from(childRelations)
    .innerJoin(children, eq(children.id, childRelations.childId))
    .where(
      and(eq(childRelations.personId, personId), scopeCondition(scope, children.divisionCode, children.institutionId)),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Whether the person is the father or mother of a child outside the scope: a situation of such a parent feeds
 * that child's category rules. Asked of a SECURITY DEFINER function, since those children are out of reach.
 */
export async function parentOutsideScope(db: Queryable, personId: string, scope: Scope): Promise<boolean> {
  const result = await db.execute(
    sql`select hehu_person_parent_outside(${personId}::uuid, ${sql.param([...scope.prefixes])}::text[],
      ${sql.param([...scope.institutionIds])}::uuid[]) as "outside"`,
  );
  return firstRow(result)?.outside === true;
}

/**
 * A relation that would still be running on `from`: of the same kind (for a father or mother, anyone),
 * or the same person in the same role. Open-ended and later-ending relations overlap a new one.
 */
export async function overlappingRelation(
  db: Queryable,
  childId: string,
  kind: RelationKind,
  from: string,
  personId: string | null,
): Promise<RelationRow | undefined> {
  const parent = kind === 'father' || kind === 'mother';
  if (!parent && personId === null) return undefined;
  const [row] = await db
    .select()
    .from(childRelations)
    .where(
      and(
        eq(childRelations.childId, childId),
        eq(childRelations.kind, kind),
        parent || personId === null ? undefined : eq(childRelations.personId, personId),
        or(isNull(childRelations.endDate), gt(childRelations.endDate, from)),
      ),
    )
    .limit(1);
  return row;
}

/** Every child whose file shows this person: a change to the person is a change to each file. */
export async function childIdsOfPerson(db: Queryable, personId: string, first: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ childId: childRelations.childId })
    .from(childRelations)
    .where(and(eq(childRelations.personId, personId), ne(childRelations.childId, first)));
  return [first, ...rows.map((r) => r.childId)];
}
