import { parseIdNumber } from '@hehu/domain';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http.ts';
import { decodeCursor, encodeCursor, listQuery, listResponse } from '../../platform/list.ts';
import { divisionPath } from '../divisions/divisions.store.ts';
import { getChild, listChildren } from './children.store.ts';

const childListItem = z.object({
  id: z.string(),
  name: z.string(),
  sex: z.enum(['M', 'F']),
  birthDate: z.string(),
  idNumberMasked: z.string().nullable(),
  divisionCode: z.string(),
  divisionName: z.string(),
  status: z.enum(['active', 'terminated', 'transferred', 'archived']),
});

const ID_LIKE = /^\d{17}[\dXx]$/;

export const childrenRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/children',
    access: 'children:read',
    summary: '儿童名单（限本人管辖范围）Children in scope',
    tags: ['children'],
    query: z.strictObject({
      division: z
        .string()
        .regex(/^\d{4,12}$/, '行政区划代码应为 4–12 位数字')
        .optional(),
      q: z.string().trim().min(1).max(40).optional(),
      ...listQuery,
    }),
    response: listResponse(childListItem),
    handler: async (ctx) => {
      const { q, division, limit, cursor } = ctx.query;
      let idNumberIndex: string | undefined;
      let nameText: string | undefined;
      if (q && ID_LIKE.test(q)) {
        const parsed = parseIdNumber(q);
        if (!parsed.ok)
          throw AppError.rule(parsed.error.code, parsed.error.message, parsed.error.messageEn, { field: 'q' });
        idNumberIndex = ctx.services.cipher.blindIndex(parsed.value.normalized);
      } else nameText = q;
      const after = decodeCursor(cursor, 2) as [string, string] | null;
      const scope = ctx.scope('children:read');
      const result = await listChildren(ctx.db, scope, { division, nameText, idNumberIndex }, { limit, after });
      if (q || division) {
        await ctx.audit(ctx.db, {
          action: 'child.search',
          targetType: 'child',
          details: { q: q ?? null, division: division ?? null, total: result.total },
        });
      }
      const last = result.rows.at(-1);
      return {
        data: result.rows,
        total: result.total,
        success: true as const,
        nextCursor: result.hasMore && last ? encodeCursor([last.divisionCode, last.id]) : null,
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/children/:id',
    access: 'children:read',
    summary: '儿童档案 Child record',
    tags: ['children'],
    params: z.strictObject({ id: z.uuid('记录编号格式不正确') }),
    response: childListItem.extend({ divisionPath: z.string(), createdAt: z.string(), updatedAt: z.string() }),
    handler: async (ctx) => {
      const child = await getChild(ctx.db, ctx.scope('children:read'), ctx.params.id);
      if (!child) throw new AppError('NOT_FOUND');
      await ctx.audit(ctx.db, { action: 'child.read', targetType: 'child', targetId: child.id });
      const path = await divisionPath(ctx.db, child.divisionCode);
      return {
        ...child,
        divisionPath: path.map((p) => p.name).join(' / '),
        createdAt: child.createdAt.toISOString(),
        updatedAt: child.updatedAt.toISOString(),
      };
    },
  }),
];
