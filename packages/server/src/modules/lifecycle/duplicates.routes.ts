// Finding and resolving duplicate files: scan (one SQL self-join), list, dismiss, merge (with a preview
// of the family relations the merge would have to settle).
import { serviceDate } from '@hehu/domain';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { divisions, duplicateSuspects } from '../../db/schema.ts';
import { isDivisionInScope, type Scope } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http.ts';
import { encodeCursor, keyedCursor, listQuery, listResponse } from '../../platform/list.ts';
import { mergeDuplicate, openSuspect } from './duplicates.merge.ts';
import { keepRelationsBody, mergePreview, planRelations } from './duplicates.relations.ts';
import { findSuspect, listSuspects, scanDuplicates, SUSPECT_STATUSES, suspectItem } from './duplicates.store.ts';
import { idParams, noteBody, type Ctx } from './lifecycle.shared.ts';

async function suspectOf(ctx: Ctx, id: string) {
  const item = await findSuspect(ctx.db, ctx.scope('children:write'), id);
  if (!item) throw new AppError('NOT_FOUND');
  return item;
}

/** A scan limited to one area: the division must exist and lie inside the caller's scope. */
async function checkScanDivision(ctx: Ctx, scope: Scope, code: string): Promise<void> {
  const [row] = await ctx.db.select({ code: divisions.code }).from(divisions).where(eq(divisions.code, code));
  if (!row) throw new AppError('DIVISION_NOT_FOUND', { field: 'division' });
  if (!isDivisionInScope(scope, code)) throw new AppError('DIVISION_OUT_OF_SCOPE', { field: 'division' });
}

export const duplicateRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/duplicates/scan',
    access: 'children:write',
    summary: '在管辖范围内查找疑似重复档案 Scan for suspected duplicates in scope',
    tags: ['lifecycle'],
    body: z.strictObject({
      division: z
        .string()
        .regex(/^\d{4,12}$/, '行政区划代码应为 4–12 位数字')
        .optional(),
    }),
    response: z.object({ found: z.number().int() }),
    handler: async (ctx) => {
      const scope = ctx.scope('children:write');
      if (ctx.body.division) await checkScanDivision(ctx, scope, ctx.body.division);
      return ctx.transaction(async (tx) => {
        const found = await scanDuplicates(tx, scope, ctx.body.division);
        await ctx.audit(tx, {
          action: 'duplicate.scan',
          targetType: 'duplicate',
          details: { division: ctx.body.division ?? null, found },
        });
        return { found };
      });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/duplicates',
    access: 'children:write',
    summary: '疑似重复档案（两份都在管辖范围内）Suspected duplicates, both files in scope',
    tags: ['lifecycle'],
    query: z.strictObject({ status: z.enum(SUSPECT_STATUSES).default('open'), ...listQuery }),
    response: listResponse(suspectItem),
    handler: async (ctx) => {
      const after = keyedCursor(ctx.query.cursor, 'number');
      const result = await listSuspects(ctx.db, ctx.scope('children:write'), ctx.query.status, {
        limit: ctx.query.limit,
        after,
      });
      return {
        data: result.items,
        total: result.total,
        success: true as const,
        nextCursor: result.after ? encodeCursor(result.after) : null,
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/duplicates/:id/dismiss',
    access: 'children:write',
    summary: '确认不是同一名儿童 Dismiss a suspected duplicate',
    tags: ['lifecycle'],
    params: idParams,
    body: noteBody,
    response: suspectItem,
    handler: async (ctx) => {
      await ctx.transaction(async (tx) => {
        const suspect = await openSuspect(tx, ctx, ctx.params.id);
        await tx
          .update(duplicateSuspects)
          .set({ status: 'dismissed', resolvedBy: ctx.actor.userId, resolvedAt: new Date() })
          .where(eq(duplicateSuspects.id, suspect.id));
        await ctx.audit(tx, {
          action: 'duplicate.dismiss',
          targetType: 'duplicate',
          targetId: suspect.id,
          details: {
            childA: suspect.childA,
            childB: suspect.childB,
            score: suspect.score,
            note: ctx.body.note ?? null,
          },
        });
      });
      return suspectOf(ctx, ctx.params.id);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/duplicates/:id/merge-preview',
    access: 'children:write',
    summary: '合并前检查：两份档案在册父母是否冲突 Relations a merge must settle',
    tags: ['lifecycle'],
    params: idParams,
    response: mergePreview,
    handler: async (ctx) => {
      const suspect = await suspectOf(ctx, ctx.params.id);
      const plan = await planRelations(ctx.db, [suspect.a.id, suspect.b.id], serviceDate());
      return { conflicts: plan.conflicts, repeatedRelations: plan.repeatedRelations };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/duplicates/:id/merge',
    access: 'children:write',
    summary: '合并重复档案（另一份归档）Merge a duplicate into the kept file',
    tags: ['lifecycle'],
    params: idParams,
    body: z.strictObject({
      keepId: z.uuid('记录编号格式不正确'),
      /** Where both files name a different current father or mother: the relation that stays. */
      keepRelations: keepRelationsBody.optional(),
    }),
    response: suspectItem,
    handler: async (ctx) => {
      await mergeDuplicate(ctx, ctx.params.id, ctx.body.keepId, ctx.body.keepRelations);
      return suspectOf(ctx, ctx.params.id);
    },
  }),
];
