// Recording and ending a child's protection categories. The approval decision is the authority: the rules'
// evaluation is stored beside it (with the rules version), so a decision that departs from them says so.
import {
  categoriesThatMayNotStack,
  CATEGORY_LABELS,
  evaluateCategories,
  serviceDate,
  type CategoryCode,
  type CategoryEvaluation,
} from '@hehu/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { childCategories } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { recordHistory, type ChildRow } from '../children/index.ts';
import { checkNotBefore, conflict, requireChangeableChild, type ChangeContext, isCurrent } from '../family/index.ts';
import { explanationSchema, type Explanation, type HeldItem } from './categories.schemas.ts';
import { categoryRows, factsFor, heldCodes, isCategoryCode, type CategoryRow } from './facts.ts';
import { rulesOn } from './rules.ts';

function toHeldItem(row: CategoryRow, today: string): HeldItem {
  const explanation = explanationSchema.safeParse(row.explanation);
  return {
    id: row.id,
    category: row.category,
    startDate: row.startDate,
    endDate: row.endDate,
    endReason: row.endReason,
    decisionRef: row.decisionRef,
    rulesVersion: row.rulesVersion,
    explanation: explanation.success ? explanation.data : null,
    active: isCurrent(row.endDate, today),
  };
}

async function evaluate(db: Queryable, child: ChildRow, asOf: string): Promise<CategoryEvaluation[]> {
  const facts = (await factsFor(db, [child], asOf)).get(child.id);
  if (!facts) throw new AppError('INTERNAL');
  return evaluateCategories(facts, asOf, await rulesOn(db, asOf));
}

/** The categories section of a child's file: held (current first), the evaluation, and what is not yet held. */
export async function categoriesOf(db: Queryable, child: ChildRow) {
  const today = serviceDate();
  const rows = await categoryRows(db, [child.id]);
  const evaluation = await evaluate(db, child, today);
  const held = heldCodes(rows, child.id, today);
  const items = rows
    .map((r) => toHeldItem(r, today))
    .sort((a, b) => Number(b.active) - Number(a.active) || b.startDate.localeCompare(a.startDate));
  return {
    held: items,
    evaluation,
    potential: evaluation.filter((e) => e.eligible && !held.has(e.category)).map((e) => e.category),
  };
}

const label = (code: string) => (isCategoryCode(code) ? CATEGORY_LABELS[code] : { zh: code, en: code });

export async function recordCategory(
  ctx: ChangeContext,
  childId: string,
  input: { category: CategoryCode; startDate: string; decisionRef: string },
): Promise<HeldItem> {
  const scope = ctx.scope('categories:record');
  const today = serviceDate();
  return ctx.transaction(async (tx) => {
    const child = await requireChangeableChild(tx, scope, childId);
    checkNotBefore(input.startDate, child.birthDate, 'startDate', { zh: '出生日期', en: 'birth date' });
    // Rows still running on the new start date: a category ended before it does not clash.
    const running = (await categoryRows(tx, [child.id])).filter((r) => isCurrent(r.endDate, input.startDate));
    const same = running.find((r) => r.category === input.category);
    if (same) {
      throw conflict(
        'CATEGORY_ALREADY_HELD',
        `该儿童已认定为${CATEGORY_LABELS[input.category].zh}（自 ${same.startDate} 起）`,
        `The child already holds ${CATEGORY_LABELS[input.category].en} (since ${same.startDate})`,
        { categoryId: same.id, field: 'category' },
      );
    }
    const clash = running.find(
      (r) => isCategoryCode(r.category) && categoriesThatMayNotStack(input.category, r.category),
    );
    if (clash) {
      const [next, held] = [CATEGORY_LABELS[input.category], label(clash.category)];
      throw conflict(
        'CATEGORY_NOT_STACKABLE',
        `${next.zh}与${held.zh}不能同时享受：该儿童已认定为${held.zh}（自 ${clash.startDate} 起），请先终止后再登记`,
        `${next.en} cannot be held together with ${held.en}, which the child holds since ${clash.startDate}; end it first`,
        { categoryId: clash.id, heldCategory: clash.category, field: 'category' },
      );
    }
    const evaluation = (await evaluate(tx, child, today)).find((e) => e.category === input.category);
    if (!evaluation) throw new AppError('INTERNAL');
    const explanation: Explanation = {
      evaluatedOn: today,
      eligible: evaluation.eligible,
      since: evaluation.since,
      reasons: evaluation.reasons,
      missing: evaluation.missing,
    };
    const [row] = await tx
      .insert(childCategories)
      .values({
        childId: child.id,
        category: input.category,
        startDate: input.startDate,
        decisionRef: input.decisionRef,
        rulesVersion: evaluation.rulesVersion,
        explanation,
        recordedBy: ctx.actor.userId,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordHistory(tx, ctx.actor, child.id, 'category.record', [
      { field: 'category', from: null, to: input.category },
      { field: 'category.startDate', from: null, to: input.startDate },
      { field: 'category.decisionRef', from: null, to: input.decisionRef },
      { field: 'category.eligibleByRules', from: null, to: evaluation.eligible },
    ]);
    await ctx.audit(tx, {
      action: 'category.record',
      targetType: 'child',
      targetId: child.id,
      after: { category: input.category, startDate: input.startDate, decisionRef: input.decisionRef },
      details: {
        categoryId: row.id,
        rulesVersion: evaluation.rulesVersion,
        eligibleByRules: evaluation.eligible,
      },
    });
    return toHeldItem(row, today);
  });
}

export async function endCategory(
  ctx: ChangeContext,
  childId: string,
  categoryId: string,
  input: { endDate: string; endReason: string },
): Promise<HeldItem> {
  const scope = ctx.scope('categories:record');
  return ctx.transaction(async (tx) => {
    const child = await requireChangeableChild(tx, scope, childId);
    const [before] = await tx
      .select()
      .from(childCategories)
      .where(and(eq(childCategories.id, categoryId), eq(childCategories.childId, child.id)));
    if (!before) throw new AppError('NOT_FOUND');
    if (before.endDate !== null) {
      throw conflict(
        'CATEGORY_ALREADY_ENDED',
        `该类别已于 ${before.endDate} 终止，不能再次修改`,
        `This category already ended on ${before.endDate}`,
        { endDate: before.endDate },
      );
    }
    checkNotBefore(input.endDate, before.startDate, 'endDate', { zh: '开始日期', en: 'start date' });
    const [row] = await tx
      .update(childCategories)
      .set({ endDate: input.endDate, endReason: input.endReason })
      .where(and(eq(childCategories.id, before.id), isNull(childCategories.endDate)))
      .returning();
    if (!row) throw conflict('CATEGORY_ALREADY_ENDED', '该类别已终止，不能再次修改', 'This category already ended');
    await recordHistory(tx, ctx.actor, child.id, 'category.end', [
      { field: 'category', from: before.category, to: before.category },
      { field: 'category.endDate', from: null, to: input.endDate },
      { field: 'category.endReason', from: null, to: input.endReason },
    ]);
    await ctx.audit(tx, {
      action: 'category.end',
      targetType: 'child',
      targetId: child.id,
      before: { endDate: null, endReason: null },
      after: { endDate: input.endDate, endReason: input.endReason },
      details: { categoryId: before.id, category: before.category },
    });
    return toHeldItem(row, serviceDate());
  });
}
