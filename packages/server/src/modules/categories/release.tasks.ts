// "Confirm release": a parent's detention whose term has run out with no release date recorded. The rules
// already treat it as ended (start plus term, Civil Code Art. 202); the village confirms the release, or
// records that the parent is still held, since a category may rest on it.
import { PARENT_SITUATION_LABELS, serviceDate, type ParentSituationCode } from '@hehu/domain';
import { and, asc, count, eq, inArray, isNull, or, gt, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { childRelations, children, personSituations } from '../../db/schema.ts';
import { scopeCondition, scopeFor, type Scope } from '../../platform/access.ts';
import type { Locale } from '../../platform/errors.ts';
import type { Task, TaskProvider } from '../../platform/tasks.ts';

// The index person_situations_open_term_idx (migration 0044) lists these codes: change both together.
const RESTRICTIONS: ParentSituationCode[] = ['imprisoned', 'compulsory_rehab', 'other_restriction'];
/** Individual items on the home page; beyond that one more item gives the count. */
const SHOWN = 20;

// PostgreSQL adds months as the Civil Code counts them: the same day, or the last day of a shorter month.
const termEnd = sql<string>`(${personSituations.since} + make_interval(months => (${personSituations.details}->>'termMonths')::int))::date`;

function overdue(scope: Scope, today: string) {
  return and(
    scopeCondition(scope, children.divisionCode, children.institutionId),
    eq(children.status, 'active'),
    inArray(childRelations.kind, ['father', 'mother']),
    or(isNull(childRelations.endDate), gt(childRelations.endDate, today)),
    inArray(personSituations.code, RESTRICTIONS),
    isNull(personSituations.until),
    sql`${personSituations.details}->>'termMonths' IS NOT NULL`,
    sql`${termEnd} <= ${today}::date`,
  );
}

export interface ReleaseToConfirm {
  childId: string;
  childName: string;
  parent: 'father' | 'mother';
  situationId: string;
  code: ParentSituationCode;
  termEnd: string;
}

/** Detentions past their term without a recorded release, for children in scope: the earliest first. */
export async function releasesToConfirm(
  db: Queryable,
  scope: Scope,
  today: string,
  limit: number,
): Promise<{ items: ReleaseToConfirm[]; total: number }> {
  const rows = await db
    .select({
      childId: children.id,
      childName: children.name,
      parent: childRelations.kind,
      situationId: personSituations.id,
      code: personSituations.code,
      termEnd: sql<string>`${termEnd}::text`,
    })
    .from(personSituations)
    .innerJoin(childRelations, eq(childRelations.personId, personSituations.personId))
    .innerJoin(children, eq(children.id, childRelations.childId))
    .where(overdue(scope, today))
    .orderBy(asc(termEnd), asc(children.id))
    .limit(limit);
  const [total] =
    rows.length < limit
      ? [{ n: rows.length }]
      : await db
          .select({ n: count() })
          .from(personSituations)
          .innerJoin(childRelations, eq(childRelations.personId, personSituations.personId))
          .innerJoin(children, eq(children.id, childRelations.childId))
          .where(overdue(scope, today));
  return {
    items: rows.map((r) => ({
      ...r,
      parent: r.parent === 'father' ? 'father' : 'mother',
      code: r.code as ParentSituationCode,
    })),
    total: total?.n ?? 0,
  };
}

const tr = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh);

function toTask(r: ReleaseToConfirm, locale: Locale): Task {
  const label = PARENT_SITUATION_LABELS[r.code];
  const who = r.parent === 'father' ? { zh: '父亲', en: 'father' } : { zh: '母亲', en: 'mother' };
  return {
    id: `confirm-release:${r.situationId}:${r.childId}`,
    kind: 'family',
    title: tr(locale, `确认释放：${r.childName}的${who.zh}`, `Confirm the release of ${r.childName}'s ${who.en}`),
    description: tr(
      locale,
      `${label.zh}期限已于 ${r.termEnd} 届满，未登记释放日期。核实后在家庭情况中登记释放日期；期限延长仍在押的，登记预计释放日期`,
      `${label.en}: the term ran out on ${r.termEnd} and no release date is recorded. Record the release date on the family tab, or the expected one if the term was extended`,
    ),
    dueDate: r.termEnd,
    link: `/children/${r.childId}?tab=family`,
    severity: 'warning',
  };
}

export const confirmReleases: TaskProvider = async ({ actor, db, locale }) => {
  if (!actor.permissions.has('children:write')) return [];
  const { items, total } = await releasesToConfirm(db, scopeFor(actor, 'children:write'), serviceDate(), SHOWN);
  const tasks = items.map((r) => toTask(r, locale));
  if (total > items.length) {
    const more = total - items.length;
    tasks.push({
      id: 'confirm-release:more',
      kind: 'family',
      title: tr(locale, `另有 ${more} 名父母的期限已届满，待确认释放`, `${more} more parents' terms have run out`),
      description: tr(locale, '先处理上面最早届满的几项', 'Deal with the earliest ones above first'),
      dueDate: null,
      link: null,
      severity: 'warning',
    });
  }
  return tasks;
};
