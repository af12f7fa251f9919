// Recording a visit and its photos. The browser names the visit (a UUID made when it was typed), so a submission
// repeated after a dropped signal answers with the stored copy instead of adding a second visit, and a photo sent
// twice is found by its hash. The visit row and its audit entry commit together.
import { OTHERWISE_VISIT_LABEL, ageOn, type VisitFrequencyRules } from '@hehu/domain';
import { and, count, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { children, documents, visits } from '../../db/schema.ts';
import { scopeCondition, type Scope } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import { requireChangeableChild, type ChangeContext } from '../family/index.ts';
import type { RecordVisitInput, VisitView } from './visits.schemas.ts';
import { orderedRules } from './visits.rules.ts';
import { photoColumns, type PlanRow, type Standing, type VisitRow } from './visits.store.ts';
import type { CategoryCode, RiskLevel } from '@hehu/domain';
import { CATEGORY_CODES, RISK_LEVELS, addInterval } from '@hehu/domain';

export const VISIT_PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const VISIT_PHOTOS_PER_VISIT = 6;

export interface VisitPhotoRef {
  id: string;
  /** Whether a thumbnail was stored beside the photo; without one the timeline shows the photo itself. */
  thumbnail: boolean;
}

export function toVisitView(row: VisitRow, photos: VisitPhotoRef[], replayed: boolean): VisitView {
  return {
    id: row.id,
    childId: row.childId,
    visitDate: row.visitDate,
    kind: row.kind,
    seen: row.seen,
    living: row.living,
    guardianship: row.guardianship,
    schooling: row.schooling,
    health: row.health,
    safety: row.safety,
    needs: row.needs,
    helpGiven: row.helpGiven,
    note: row.note,
    circumstancesChanged: row.circumstancesChanged,
    visitorName: row.visitorName,
    createdAt: row.createdAt.toISOString(),
    photoIds: photos.map((p) => p.id),
    photos: photos.map((p) => ({ id: p.id, thumbnail: p.thumbnail })),
    replayed,
  };
}

const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function standingOf(due: string, today: string): Standing {
  if (due < today) return 'overdue';
  return due <= addInterval(today, { unit: 'day', count: 6 }) ? 'this_week' : 'later';
}

export function toPlanView(row: PlanRow, rules: VisitFrequencyRules, today: string) {
  const rule = orderedRules(rules)[row.rule];
  return {
    childId: row.child_id,
    name: row.name,
    divisionCode: row.division_code,
    villageName: row.village_name,
    age: ageOn(row.birth_date, today),
    categories: row.categories.filter((c): c is CategoryCode => (CATEGORY_CODES as readonly string[]).includes(c)),
    riskLevel: (RISK_LEVELS as readonly string[]).includes(row.risk_level ?? '') ? (row.risk_level as RiskLevel) : null,
    lastVisit: row.last_visit,
    due: row.due,
    standing: standingOf(row.due, today),
    daysLate: days(row.due, today),
    plan: rule?.label ?? OTHERWISE_VISIT_LABEL,
  };
}

export async function recordVisit(ctx: ChangeContext, input: RecordVisitInput, today: string): Promise<VisitView> {
  const scope = ctx.scope('visits:record');
  return ctx.transaction(async (tx) => {
    const child = await requireChangeableChild(tx, scope, input.childId);
    if (input.visitDate > today)
      throw AppError.rule(
        'VISIT_DATE_FUTURE',
        `走访日期（visitDate）${input.visitDate} 晚于今天 ${today}`,
        `The visit date (visitDate) ${input.visitDate} is after today, ${today}`,
        { field: 'visitDate', max: today },
      );
    if (input.visitDate < child.birthDate)
      throw AppError.rule(
        'VISIT_DATE_BEFORE_BIRTH',
        `走访日期（visitDate）${input.visitDate} 早于儿童出生日期 ${child.birthDate}`,
        `The visit date (visitDate) ${input.visitDate} is before the birth date ${child.birthDate}`,
        { field: 'visitDate', min: child.birthDate },
      );
    const [inserted] = await tx
      .insert(visits)
      .values({
        ...input,
        seen: [...new Set(input.seen)],
        visitorId: ctx.actor.userId,
        visitorName: ctx.actor.displayName,
      })
      .onConflictDoNothing({ target: visits.id })
      .returning();
    if (!inserted) {
      // The id is taken: by this visit's earlier submission (answer with it), or by something else (refuse).
      const [earlier] = await tx
        .select()
        .from(visits)
        .where(and(eq(visits.id, input.id), eq(visits.childId, child.id)))
        .limit(1);
      if (!earlier) throw new AppError('VISIT_ID_TAKEN', { field: 'id' });
      return toVisitView(earlier, await photosOfVisit(tx, earlier.id), true);
    }
    await ctx.audit(tx, {
      action: 'visit.record',
      targetType: 'child',
      targetId: child.id,
      details: {
        visitId: inserted.id,
        visitDate: inserted.visitDate,
        kind: inserted.kind,
        circumstancesChanged: inserted.circumstancesChanged,
      },
    });
    return toVisitView(inserted, [], false);
  });
}

export async function photosOfVisit(db: Queryable, visitId: string): Promise<VisitPhotoRef[]> {
  return db
    .select(photoColumns)
    .from(documents)
    .where(and(eq(documents.subjectType, 'visit'), eq(documents.subjectId, visitId)))
    .orderBy(documents.createdAt, documents.id);
}

/** The visit with its child's scope checked: 404 when either is out of reach. */
export async function visitInScope(db: Queryable, scope: Scope, id: string): Promise<VisitRow> {
  const [row] = await db
    .select({ visit: visits })
    .from(visits)
    .innerJoin(children, eq(children.id, visits.childId))
    .where(and(eq(visits.id, id), scopeCondition(scope, children.divisionCode, children.institutionId)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  return row.visit;
}

export async function photoCount(db: Queryable, visitId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(documents)
    .where(and(eq(documents.subjectType, 'visit'), eq(documents.subjectId, visitId)));
  return row?.n ?? 0;
}
