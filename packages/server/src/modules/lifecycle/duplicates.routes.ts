// Finding and resolving duplicate files: scan (one SQL self-join), list, dismiss, merge.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { duplicateSuspects } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http.ts';
import { encodeCursor, listQuery, listResponse } from '../../platform/list.ts';
import { mergeDuplicate, openSuspect } from './duplicates.merge.ts';
import { findSuspect, listSuspects, scanDuplicates, SUSPECT_STATUSES, suspectItem } from './duplicates.store.ts';
import { idParams, keyedCursor, noteBody, type Ctx } from './lifecycle.shared.ts';

async function suspectOf(ctx: Ctx, id: string) {
  const item = await findSuspect(ctx.db, ctx.scope('children:write'), id);
  if (!item) throw new AppError('NOT_FOUND');
  return item;
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
    handler: async (ctx) =>
      ctx.transaction(async (tx) => {
        const found = await scanDuplicates(tx, ctx.scope('children:write'), ctx.body.division);
        await ctx.audit(tx, {
          action: 'duplicate.scan',
          targetType: 'duplicate',
          details: { division: ctx.body.division ?? null, found },
        });
        return { found };
      }),
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
    method: 'POST',
    url: '/api/duplicates/:id/merge',
    access: 'children:write',
    summary: '合并重复档案（另一份归档）Merge a duplicate into the kept file',
    tags: ['lifecycle'],
    params: idParams,
    body: z.strictObject({ keepId: z.uuid('记录编号格式不正确') }),
    response: suspectItem,
    handler: async (ctx) => {
      await mergeDuplicate(ctx, ctx.params.id, ctx.body.keepId);
      return suspectOf(ctx, ctx.params.id);
    },
  }),
];
