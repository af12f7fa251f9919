// The help plan and referrals of a case: tasks with owners and due dates, completed with the service delivered, and
// referrals to partner units with a working-day deadline. Each leaves a line on the case's timeline and its audit
// row in the same transaction.
import { serviceDate } from '@hehu/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { caseReferrals, caseTasks, partnerUnits } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { loadCalendar } from '../applications/index.ts';
import { reread, scopesOf, type Ctx } from './cases.service.ts';
import { tierSettingsOn } from './cases.settings.ts';
import { dutiesOf, logLine, openCase } from './cases.store.ts';

export async function addTask(
  ctx: Ctx,
  id: string,
  input: { goal: string; title: string; ownerName: string; dueOn: string },
) {
  return ctx.transaction(async (tx) => {
    const access = await openCase(tx, ctx.actor, scopesOf(ctx), id, new Date());
    if (!dutiesOf(ctx.actor, access).has('work')) throw new AppError('CASE_NOT_YOUR_DUTY');
    if (access.record.stage === 'closed') throw new AppError('CASE_WRONG_STAGE');
    const [task] = await tx
      .insert(caseTasks)
      .values({ caseId: id, ...input, createdBy: ctx.actor.userId })
      .returning();
    await ctx.audit(tx, {
      action: 'case.task',
      targetType: 'case',
      targetId: id,
      details: { taskId: task?.id, title: input.title },
    });
    return reread(ctx, tx, id);
  });
}

export async function completeTask(
  ctx: Ctx,
  id: string,
  taskId: string,
  input: { version: number; serviceNote: string },
) {
  return ctx.transaction(async (tx) => {
    const access = await openCase(tx, ctx.actor, scopesOf(ctx), id, new Date());
    if (!dutiesOf(ctx.actor, access).has('work')) throw new AppError('CASE_NOT_YOUR_DUTY');
    const done = await tx
      .update(caseTasks)
      .set({ doneOn: serviceDate(), serviceNote: input.serviceNote, version: sql`${caseTasks.version} + 1` })
      .where(
        and(
          eq(caseTasks.id, taskId),
          eq(caseTasks.caseId, id),
          eq(caseTasks.version, input.version),
          isNull(caseTasks.doneOn),
        ),
      )
      .returning({ title: caseTasks.title });
    if (done.length === 0) {
      const [exists] = await tx
        .select({ id: caseTasks.id })
        .from(caseTasks)
        .where(and(eq(caseTasks.id, taskId), eq(caseTasks.caseId, id)));
      throw exists ? new AppError('CASE_CHANGED') : new AppError('NOT_FOUND');
    }
    await logLine(tx, id, {
      action: 'task_done',
      note: input.serviceNote,
      data: { taskId, title: done[0]?.title },
      actorId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
    });
    await ctx.audit(tx, { action: 'case.task', targetType: 'case', targetId: id, details: { taskId, done: true } });
    return reread(ctx, tx, id);
  });
}

/** Refers part of the case to a partner unit of the city, with a deadline in working days by default. */
export async function refer(
  ctx: Ctx & { services: { config: { city: string } } },
  id: string,
  input: { partnerUnitId: string; request: string; dueOn: string | null },
) {
  return ctx.transaction(async (tx) => {
    const access = await openCase(tx, ctx.actor, scopesOf(ctx), id, new Date());
    if (!dutiesOf(ctx.actor, access).has('work')) throw new AppError('CASE_NOT_YOUR_DUTY');
    if (access.record.stage === 'closed' || access.record.stage === 'closure_review')
      throw new AppError('CASE_WRONG_STAGE');
    const [unit] = await tx
      .select()
      .from(partnerUnits)
      .where(
        and(eq(partnerUnits.id, input.partnerUnitId), eq(partnerUnits.role, 'partner'), eq(partnerUnits.active, true)),
      )
      // Shared: a deactivation of the unit (which locks it for update) waits for this referral and then sees it.
      .for('share');
    if (!unit || !unit.divisionCode.startsWith(ctx.services.config.city))
      throw new AppError('REFERRAL_OUTSIDE_REGION', { field: 'partnerUnitId' });
    const today = serviceDate();
    const settings = await tierSettingsOn(tx, today);
    const dueOn = input.dueOn ?? (await loadCalendar(tx)).addWorkingDays(today, settings.referralWorkingDays);
    if (dueOn < today)
      throw AppError.rule('VALIDATION_FAILED', '反馈期限不能早于今天', 'The due date is in the past', {
        field: 'dueOn',
      });
    const [row] = await tx
      .insert(caseReferrals)
      .values({ caseId: id, partnerUnitId: unit.id, request: input.request, dueOn, createdBy: ctx.actor.userId })
      .returning({ id: caseReferrals.id });
    await logLine(tx, id, {
      action: 'refer',
      note: input.request,
      data: { referralId: row?.id, partner: unit.name, dueOn },
      actorId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
    });
    await ctx.audit(tx, {
      action: 'case.referral',
      targetType: 'case',
      targetId: id,
      details: { referralId: row?.id, partner: unit.name },
    });
    return reread(ctx, tx, id);
  });
}
