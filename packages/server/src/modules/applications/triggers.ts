// Termination and review items (RULES §2.12): children whose held category must end or be looked at again, derived
// from the data on every read, never stored as a due flag. Nothing here ends a category: each item leads to a
// termination application, whose approval ends it; an item goes away when one is open or approved.
//   - age: the month of the 18th birthday has come, or the last month full-time schooling keeps the category
//     (the allowance rules the city publishes, the school certificates on the file);
//   - a parent's situation ended after the category started (released, contact restored, a term run out) and the
//     rule check as of today no longer finds the child eligible.
// Each kind is found by one indexed query over the scope; the rules then run on those children only.
import {
  APPLICATION_CATEGORIES,
  AGE_END_LABELS,
  anniversary,
  checkEligibility,
  lastDayOf,
  monthOf,
  terminationEndDate,
  type AgeEndKind,
  type Bilingual,
  ageEnd,
} from '@hehu/domain';
import { and, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import {
  applications,
  childCategories,
  childRelations,
  childSchooling,
  children,
  personSituations,
} from '../../db/schema.ts';
import { scopeCondition, scopeOnDivisionCopy, type Scope } from '../../platform/access.ts';
import { allowanceRules } from '../allowances/index.ts';
import { factsFor, rulesOn } from '../categories/index.ts';
import { divisionPaths } from '../divisions/index.ts';

export type TriggerKind = AgeEndKind | 'eligibility_lost' | 'needs_review';

export const TRIGGER_LABELS: Record<TriggerKind, Bilingual> = {
  ...AGE_END_LABELS,
  eligibility_lost: { zh: '家庭情形变化，不再符合条件', en: 'A parent’s situation changed; no longer eligible' },
  needs_review: { zh: '家庭情形有变，须核实', en: 'A parent’s situation changed; to be checked' },
};

export interface TriggerItem {
  childId: string;
  childName: string;
  divisionCode: string;
  divisionPath: string;
  category: string;
  categoryId: string;
  categoryStart: string;
  kind: TriggerKind;
  /** The termination's event date; the category ends with its month (RULES §2.12). */
  eventDate: string;
  endDate: string;
  reasons: Bilingual[];
}

/** Items read at most per answer: a month's items for a city are far fewer. */
export const TRIGGER_LIMIT = 500;

/** A held category without a planned end, of a child active in scope, with no open or approved termination. */
function heldWithoutTermination(scope: Scope) {
  return and(
    scopeOnDivisionCopy(scope, childCategories.divisionCode),
    scopeCondition(scope, children.divisionCode, children.institutionId),
    eq(children.status, 'active'),
    isNull(children.mergedInto),
    isNull(childCategories.endDate),
    inArray(childCategories.category, [...APPLICATION_CATEGORIES]),
    sql`not exists (select 1 from ${applications} a where a.child_id = ${childCategories.childId}
      and a.category = ${childCategories.category} and a.kind = 'terminate'
      and a.status in ('draft', 'intake', 'submitted', 'verified', 'returned', 'approved'))`,
  );
}

const heldColumns = {
  childId: children.id,
  childName: children.name,
  divisionCode: children.divisionCode,
  birthDate: children.birthDate,
  category: childCategories.category,
  categoryId: childCategories.id,
  categoryStart: childCategories.startDate,
};
type Held = { [K in keyof typeof heldColumns]: string };

/** Holders whose last-paid-age birthday falls on or before the end of this month (schooling may keep some on). */
async function ageCandidates(db: Queryable, scope: Scope, today: string, lastPaidAge: number): Promise<Held[]> {
  const bornBy = anniversary(lastDayOf(monthOf(today)), -lastPaidAge);
  return db
    .select(heldColumns)
    .from(childCategories)
    .innerJoin(children, eq(children.id, childCategories.childId))
    .where(and(heldWithoutTermination(scope), lte(children.birthDate, bornBy)))
    .limit(TRIGGER_LIMIT);
}

/**
 * Parents' situations that have ended by today (recorded, or the term ran out), with the child and the relation's
 * end: few, and found from the index on the stored end date (a comparison that runs before the situations' row
 * policy), so the held categories are read for those children only and each situation's policy runs once.
 */
function endedSituations(db: Queryable) {
  return db
    .select({
      childId: sql<string>`${childRelations.childId}`.as('ended_child_id'),
      relationEnd: sql<string | null>`${childRelations.endDate}`.as('relation_end'),
      endsOn: sql<string>`${personSituations.endsOn}`.as('ends_on'),
    })
    .from(childRelations)
    .innerJoin(personSituations, eq(personSituations.personId, childRelations.personId))
    .where(and(sql`${personSituations.endsOn} <= current_date`, inArray(childRelations.kind, ['father', 'mother'])))
    .as('ended');
}

/** Held categories whose holder's parent's situation ended after the category began, with the latest such day. */
async function situationCandidates(db: Queryable, scope: Scope): Promise<(Held & { endedOn: string })[]> {
  const ended = endedSituations(db);
  return db
    .select({ ...heldColumns, endedOn: sql<string>`max(${ended.endsOn})` })
    .from(childCategories)
    .innerJoin(children, eq(children.id, childCategories.childId))
    .innerJoin(
      ended,
      and(
        eq(ended.childId, childCategories.childId),
        sql`(${ended.relationEnd} is null or ${ended.relationEnd} >= ${childCategories.startDate})`,
        sql`${ended.endsOn} >= ${childCategories.startDate}`,
      ),
    )
    .where(heldWithoutTermination(scope))
    .groupBy(childCategories.id, children.id)
    .limit(TRIGGER_LIMIT);
}

/**
 * The scan alone: held categories in scope whose holder reaches the last paid age this month, and those whose
 * parent's situation ended after the category began. The rules then decide which of them are items.
 */
export async function triggerCandidates(db: Queryable, scope: Scope, today: string, lastPaidAge: number) {
  return {
    aged: await ageCandidates(db, scope, today, lastPaidAge),
    changed: await situationCandidates(db, scope),
  };
}

/** Every item in scope as of `today`, the earliest event first. */
export async function triggerItems(db: Queryable, scope: Scope, today: string): Promise<TriggerItem[]> {
  const rules = await allowanceRules(db);
  const items: Omit<TriggerItem, 'divisionPath'>[] = [];

  const { aged, changed: situationChanged } = await triggerCandidates(db, scope, today, rules.lastPaidAge);
  const periods = aged.length
    ? await db
        .select({ childId: childSchooling.childId, from: childSchooling.fromDate, until: childSchooling.untilDate })
        .from(childSchooling)
        .where(
          and(
            inArray(childSchooling.childId, [...new Set(aged.map((a) => a.childId))]),
            isNull(childSchooling.withdrawnAt),
          ),
        )
    : [];
  for (const held of aged) {
    const schooling = periods.filter((p) => p.childId === held.childId);
    const end = ageEnd({ birthDate: held.birthDate, schooling }, today, rules);
    if (!end) continue;
    items.push({
      ...pickHeld(held),
      kind: end.kind,
      eventDate: end.eventDate,
      endDate: terminationEndDate(end.eventDate),
      reasons: [end.words],
    });
  }

  const agedItems = new Set(items.map((i) => i.categoryId));
  const changed = situationChanged.filter((c) => !agedItems.has(c.categoryId));
  if (changed.length) {
    const childRows = await db
      .select()
      .from(children)
      .where(inArray(children.id, [...new Set(changed.map((c) => c.childId))]));
    const facts = await factsFor(db, childRows, today);
    const categoryRules = await rulesOn(db, today);
    for (const held of changed) {
      const f = facts.get(held.childId);
      if (!f) continue;
      const check = checkEligibility(f, today, categoryRules).find((c) => c.category === held.category);
      if (!check || check.outcome === 'eligible') continue;
      items.push({
        ...pickHeld(held),
        // Not eligible on the facts recorded, or a fact to confirm first (a term ran out, no release recorded).
        kind: check.outcome === 'not_eligible' ? 'eligibility_lost' : 'needs_review',
        eventDate: held.endedOn,
        endDate: terminationEndDate(held.endedOn),
        reasons: (check.reasons.length ? check.reasons : check.missing).map((r) => ({ zh: r.zh, en: r.en })),
      });
    }
  }

  const paths = await divisionPaths(
    db,
    items.map((i) => i.divisionCode),
  );
  return items
    .map((i) => ({
      ...i,
      divisionPath: (paths.get(i.divisionCode) ?? []).map((d) => d.name).join(' / '),
    }))
    .sort((a, b) => a.eventDate.localeCompare(b.eventDate) || a.childName.localeCompare(b.childName));
}

function pickHeld(h: Held) {
  return {
    childId: h.childId,
    childName: h.childName,
    divisionCode: h.divisionCode,
    category: h.category,
    categoryId: h.categoryId,
    categoryStart: h.categoryStart,
  };
}
