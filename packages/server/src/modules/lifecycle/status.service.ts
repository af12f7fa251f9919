// Ending a child's file: termination (RULES §2.12, effective the month after the event) and archiving.
// Nothing is deleted: the status changes, categories get an end date, and the history says why.
import { serviceDate } from '@hehu/domain';
import { and, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { childCategories, children } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { childDetailView, getChildRow, recordHistory, type ChildRow } from '../children/index.ts';
import { childNotActive, conflict, lastDayOfMonth, lockChild, monthAfter, type Ctx } from './lifecycle.shared.ts';
import { cancelPendingTransfers } from './transfers.store.ts';

export const TERMINATION_REASONS = ['death', 'adult', 'adopted', 'moved_out', 'parent_regained', 'other'] as const;
type TerminationReason = (typeof TERMINATION_REASONS)[number];

/** The end reason written on each category the termination ends: readable where categories are listed. */
const CATEGORY_END_REASON: Record<TerminationReason, string> = {
  death: '儿童死亡，终止保障',
  adult: '年满十八周岁，终止保障',
  adopted: '被依法收养，终止保障',
  moved_out: '户籍迁出，终止保障',
  parent_regained: '父母恢复监护能力，终止保障',
  other: '其他原因，终止保障',
};

export const terminateBody = z.strictObject({
  reason: z.enum(TERMINATION_REASONS),
  eventDate: z.iso.date('日期格式应为 YYYY-MM-DD'),
  note: z.string().trim().max(500).optional(),
});

export async function terminate(ctx: Ctx, id: string, input: z.infer<typeof terminateBody>): Promise<ChildRow> {
  const scope = ctx.scope('children:write');
  if (input.eventDate > serviceDate()) {
    throw AppError.rule('EVENT_DATE_IN_FUTURE', '事件日期不能晚于今天', 'The event date cannot be in the future', {
      field: 'eventDate',
    });
  }
  return ctx.transaction(async (tx) => {
    if (!(await getChildRow(tx, scope, id))) throw new AppError('NOT_FOUND');
    const child = await lockChild(tx, id);
    if (child.status !== 'active') throw childNotActive(child.status);
    if (input.eventDate < child.birthDate) {
      throw AppError.rule('EVENT_DATE_BEFORE_BIRTH', '事件日期不能早于出生日期', 'The event date is before the birth', {
        field: 'eventDate',
      });
    }
    const month = monthAfter(input.eventDate);
    const endDate = lastDayOfMonth(input.eventDate);
    // Categories still running after the event month end with it; the allowance stops the month after.
    const ended = await tx
      .select({ id: childCategories.id, category: childCategories.category, endDate: childCategories.endDate })
      .from(childCategories)
      .where(
        and(eq(childCategories.childId, id), or(isNull(childCategories.endDate), gt(childCategories.endDate, endDate))),
      );
    if (ended.length > 0) {
      await tx
        .update(childCategories)
        .set({ endDate, endReason: CATEGORY_END_REASON[input.reason] })
        .where(
          inArray(
            childCategories.id,
            ended.map((c) => c.id),
          ),
        );
    }
    const [updated] = await tx
      .update(children)
      .set({
        status: 'terminated',
        terminationReason: input.reason,
        terminationMonth: month,
        terminationDate: input.eventDate,
        version: sql`${children.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(children.id, id))
      .returning();
    if (!updated) throw new AppError('NOT_FOUND');
    const cancelled = await cancelPendingTransfers(tx, ctx.actor, id, '档案已终止，转移申请自动撤销');
    await recordHistory(tx, ctx.actor, id, 'lifecycle.terminate', [
      { field: 'status', from: child.status, to: 'terminated' },
      { field: 'terminationReason', from: child.terminationReason, to: input.reason },
      { field: 'terminationMonth', from: child.terminationMonth, to: month },
      { field: 'eventDate', from: null, to: input.eventDate },
      ...(input.note ? [{ field: 'note', from: null, to: input.note }] : []),
      ...ended.map((c) => ({ field: `category.${c.category}.endDate`, from: c.endDate, to: endDate })),
    ]);
    await ctx.audit(tx, {
      action: 'child.terminate',
      targetType: 'child',
      targetId: id,
      before: { status: child.status },
      after: { status: 'terminated', terminationReason: input.reason, terminationMonth: month },
      details: {
        eventDate: input.eventDate,
        note: input.note ?? null,
        endedCategoryIds: ended.map((c) => c.id),
        cancelledTransferIds: cancelled,
      },
    });
    return updated;
  });
}

export async function archive(ctx: Ctx, id: string, note: string | undefined): Promise<ChildRow> {
  const scope = ctx.scope('children:write');
  return ctx.transaction(async (tx) => {
    if (!(await getChildRow(tx, scope, id))) throw new AppError('NOT_FOUND');
    const child = await lockChild(tx, id);
    if (child.status !== 'terminated' && child.status !== 'transferred') {
      throw conflict(
        'CHILD_NOT_ARCHIVABLE',
        '只有已终止或已转出的档案可以归档',
        'Only a terminated or transferred file can be archived',
        { status: child.status },
      );
    }
    const [updated] = await tx
      .update(children)
      .set({ status: 'archived', version: sql`${children.version} + 1`, updatedAt: new Date() })
      .where(eq(children.id, id))
      .returning();
    if (!updated) throw new AppError('NOT_FOUND');
    await recordHistory(tx, ctx.actor, id, 'lifecycle.archive', [
      { field: 'status', from: child.status, to: 'archived' },
      ...(note ? [{ field: 'note', from: null, to: note }] : []),
    ]);
    await ctx.audit(tx, {
      action: 'child.archive',
      targetType: 'child',
      targetId: id,
      before: { status: child.status },
      after: { status: 'archived' },
      details: note ? { note } : null,
    });
    return updated;
  });
}

/** The file as it now is, from the row the change wrote (the change checked the scope). */
export async function detailOf(ctx: Ctx, row: ChildRow) {
  return childDetailView(ctx.db, ctx.actor, row, {
    write: ctx.scope('children:write'),
    unmask: ctx.scope('children:unmask'),
  });
}
