// Recording a re-verification's outcome: the township (applications:verify over the child's division) says whether
// the child still meets the category. The rule check as of today is kept with the outcome, whatever it says, so the
// record shows what the township saw. "No longer eligible" files the termination application in the same
// transaction (or links the one already open), so an outcome never stands without the application that acts on it.
import { APPLICATION_CATEGORIES, serviceDate, type ApplicationCategory } from '@hehu/domain';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../db/connection.ts';
import { reverifications } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { divisionPaths } from '../divisions/index.ts';
import { isoDate, requireChild, type ChangeContext } from '../family/index.ts';
import { fileApplication } from './applications.service.ts';
import { openApplication } from './applications.store.ts';
import { checkChild, pick, withSummary } from './eligibility.ts';
import { getReverification, type ReverificationWithChild } from './reverification.store.ts';

export const outcomeBody = z
  .strictObject({
    outcome: z.enum(['eligible', 'not_eligible'], '复核结论应为“仍符合条件”或“不再符合条件”'),
    /** The version the user saw: a change since then answers 409. */
    version: z.number().int().min(1),
    note: z.string().trim().max(500, '说明不能超过 500 个字').default(''),
    /** For "no longer eligible": the day the child stopped meeting the category (the termination's event). */
    eventDate: isoDate.optional(),
  })
  .superRefine((v, issue) => {
    if (v.outcome !== 'not_eligible') return;
    if (!v.note) issue.addIssue({ code: 'custom', path: ['note'], message: '不再符合条件时须填写原因' });
    if (!v.eventDate)
      issue.addIssue({ code: 'custom', path: ['eventDate'], message: '不再符合条件时须填写事由发生日期' });
  });
export type OutcomeInput = z.infer<typeof outcomeBody>;

export const reverificationView = z.object({
  id: z.string(),
  childId: z.string(),
  childName: z.string(),
  divisionPath: z.string(),
  category: z.string(),
  round: z.string(),
  dueDate: z.string(),
  /** Open past its due date (computed on read). */
  overdue: z.boolean(),
  outcome: z.enum(['eligible', 'not_eligible']).nullable(),
  note: z.string(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string().nullable(),
  terminationApplicationId: z.string().nullable(),
  /** The rule check's summary at the outcome, in Chinese and English. */
  checkSummary: z.object({ zh: z.string(), en: z.string() }).nullable(),
  version: z.number(),
});
export type ReverificationView = z.infer<typeof reverificationView>;

const summaryOf = (value: unknown) => {
  const parsed = z.object({ summary: z.object({ zh: z.string(), en: z.string() }) }).safeParse(value);
  return parsed.success ? parsed.data.summary : null;
};

export async function toViews(
  db: Parameters<typeof divisionPaths>[0],
  rows: readonly ReverificationWithChild[],
  today: string,
): Promise<ReverificationView[]> {
  const paths = await divisionPaths(
    db,
    rows.map((r) => r.divisionCode),
  );
  return rows.map(({ item, childName, divisionCode }) => ({
    id: item.id,
    childId: item.childId,
    childName,
    divisionPath: (paths.get(divisionCode) ?? []).map((d) => d.name).join(' / '),
    category: item.category,
    round: item.round,
    dueDate: item.dueDate,
    overdue: item.outcome === null && item.dueDate < today,
    outcome: item.outcome,
    note: item.note,
    recordedByName: item.recordedByName,
    recordedAt: item.recordedAt?.toISOString() ?? null,
    terminationApplicationId: item.terminationApplicationId,
    checkSummary: summaryOf(item.ruleCheck),
    version: item.version,
  }));
}

const isApplicationCategory = (c: string): c is ApplicationCategory =>
  (APPLICATION_CATEGORIES as readonly string[]).includes(c);

export async function recordOutcome(ctx: ChangeContext, id: string, input: OutcomeInput): Promise<ReverificationView> {
  const today = serviceDate();
  return ctx.transaction(async (tx: Tx) => {
    const found = await getReverification(tx, ctx.scope('applications:verify'), id);
    if (!found) throw new AppError('NOT_FOUND');
    // The row lock makes two outcomes for one item queue: the second sees the first and is refused.
    await tx.execute(sql`select 1 from ${reverifications} where ${reverifications.id} = ${id} for update`);
    const [current] = await tx.select().from(reverifications).where(eq(reverifications.id, id));
    if (!current) throw new AppError('NOT_FOUND');
    if (current.outcome !== null) throw new AppError('REVERIFICATION_RECORDED', { field: 'outcome' });
    if (current.version !== input.version) throw new AppError('REVERIFICATION_CHANGED', { field: 'version' });
    if (input.eventDate && input.eventDate > today)
      throw AppError.rule(
        'REVERIFICATION_REASON_REQUIRED',
        `事由发生日期不能晚于今天（${today}）`,
        `The event date cannot be after today (${today})`,
        { field: 'eventDate' },
      );
    const category = current.category;
    if (!isApplicationCategory(category)) throw new AppError('INTERNAL');
    const child = await requireChild(tx, ctx.scope('children:read'), current.childId);
    const { facts, checks } = await checkChild(tx, child, today);
    const check = pick(checks, category);

    let terminationApplicationId: string | null = null;
    if (input.outcome === 'not_eligible') {
      const open = await openApplication(tx, child.id, 'terminate', category);
      terminationApplicationId =
        open?.id ??
        (
          await fileApplication(tx, ctx, {
            childId: child.id,
            kind: 'terminate',
            category,
            crossProvince: false,
            eventDate: input.eventDate,
            note: `${current.round.replace('-', ' 年 ')} 月复核：不再符合条件。${input.note}`.slice(0, 500),
          })
        ).app.id;
    }
    const [updated] = await tx
      .update(reverifications)
      .set({
        outcome: input.outcome,
        note: input.note,
        ruleCheck: { ...withSummary(check), facts },
        recordedBy: ctx.actor.userId,
        recordedByName: ctx.actor.displayName,
        recordedAt: new Date(),
        terminationApplicationId,
        version: current.version + 1,
      })
      .where(and(eq(reverifications.id, id), eq(reverifications.version, input.version)))
      .returning();
    if (!updated) throw new AppError('REVERIFICATION_CHANGED', { field: 'version' });
    await ctx.audit(tx, {
      action: 'reverification.record',
      targetType: 'child',
      targetId: child.id,
      after: { reverificationId: id, round: current.round, category, outcome: input.outcome, terminationApplicationId },
    });
    const [view] = await toViews(
      tx,
      [{ item: updated, childName: child.name, divisionCode: child.divisionCode }],
      today,
    );
    if (!view) throw new AppError('INTERNAL');
    return view;
  });
}
