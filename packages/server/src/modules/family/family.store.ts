// Relations, persons and situations. Persons are not scoped themselves: callers reach them only through a
// child loaded within scope, and a person only through a relation to that child.
import { serviceDate } from '@hehu/domain';
import { and, asc, eq, gt, inArray, isNull, ne, or } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { childRelations, personSituations, persons } from '../../db/schema.ts';
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

/** The calendar date the service works with: the date in Leshan. */
export function todayIso(now = new Date()): string {
  return serviceDate(now);
}

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

export async function findPersonByIdIndex(db: Queryable, index: string): Promise<PersonRow | undefined> {
  const [row] = await db
    .select()
    .from(persons)
    .where(eq(persons.idNumberIndex, index))
    .orderBy(asc(persons.createdAt))
    .limit(1);
  return row;
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
