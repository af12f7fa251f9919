import { and, asc, desc, eq, inArray, lt } from 'drizzle-orm';
import { z } from 'zod';
import { childHistory, divisions } from '../../db/schema.ts';
import { limitIdLookup } from '../../platform/address-limits.ts';
import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http.ts';
import { decodeCursor, encodeCursor, listQuery, listResponse } from '../../platform/list.ts';
import type { RouteContext } from '../../platform/http.ts';
import type { Actor } from '../../platform/access.ts';
import type { RouteAccess } from '../../platform/permissions.ts';
import { childDetail, childListRow, createChildBody, updateChildBody } from './children.schemas.ts';
import { withIdChecks } from '../security-events/index.ts';
import { auditedFilter, childFilterQuery, toChildFilter } from './children.filters.ts';
import { childDetailOf, childDetailView, createChild, updateChild } from './children.service.ts';
import { countByDivision, findNearDuplicates, getChildFile, getChildRow, listChildren } from './children.store.ts';

const idParams = z.strictObject({ id: z.uuid('记录编号格式不正确') });

const listInput = z.strictObject({
  ...childFilterQuery,
  sort: z.enum(['division', 'name', 'birthDate']).default('division'),
  order: z.enum(['asc', 'desc']).default('asc'),
  ...listQuery,
});

async function searchChildren(
  ctx: RouteContext<unknown, unknown, unknown, RouteAccess> & { actor: Actor },
  input: z.infer<typeof listInput>,
) {
  const { limit, cursor, sort, order, ...rest } = input;
  await limitIdLookup(ctx, rest.q);
  const filter = toChildFilter(rest, (v) => ctx.services.cipher.blindIndex(v));
  const after = decodeCursor(cursor, 2) as [string, string] | null;
  const result = await listChildren(ctx.db, ctx.scope('children:read'), filter, { limit, sort, order, after });
  if (Object.values(rest).some((v) => v !== undefined)) {
    await ctx.audit(ctx.db, {
      action: 'child.search',
      targetType: 'child',
      details: { ...auditedFilter(rest, filter), total: result.total },
    });
  }
  const last = result.rows.at(-1);
  return {
    data: result.rows,
    total: result.total,
    success: true as const,
    nextCursor: result.hasMore && last ? encodeCursor([last.sortKey, last.id]) : null,
  };
}

export const childrenRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/children',
    access: 'children:read',
    summary: '儿童名单（限本人管辖范围）Children in scope',
    tags: ['children'],
    query: listInput,
    response: listResponse(childListRow),
    handler: (ctx) => searchChildren(ctx, ctx.query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/search',
    access: 'children:read',
    summary: '儿童名单查询（条件在请求体中，身份证号不进网址）Children in scope, filters in the body',
    tags: ['children'],
    body: listInput,
    response: listResponse(childListRow),
    // A search changes nothing; the body keeps an ID number out of URLs (browser history, proxy and access logs).
    handler: (ctx) => searchChildren(ctx, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/children/counts',
    access: 'children:read',
    summary: '按下级行政区划统计人数 Counts per division',
    tags: ['children'],
    query: z.strictObject({
      ...childFilterQuery,
      parent: z.string().regex(/^\d{4}(\d{2}(\d{3})?)?$/, '上级区划应为市、县或乡镇代码'),
    }),
    response: z.object({ data: z.array(z.object({ code: z.string(), name: z.string(), count: z.number() })) }),
    handler: async (ctx) => {
      const { parent, ...rest } = ctx.query;
      await limitIdLookup(ctx, rest.q);
      const rows = await countByDivision(
        ctx.db,
        ctx.scope('children:read'),
        toChildFilter(rest, (v) => ctx.services.cipher.blindIndex(v)),
        parent,
      );
      const names = rows.length
        ? await ctx.db
            .select({ code: divisions.code, name: divisions.name })
            .from(divisions)
            .where(
              inArray(
                divisions.code,
                rows.map((r) => r.code),
              ),
            )
        : [];
      const nameOf = new Map(names.map((n) => [n.code, n.name]));
      return {
        data: rows
          .map((r) => ({ code: r.code, name: nameOf.get(r.code) ?? r.code, count: r.n }))
          .sort((a, b) => a.code.localeCompare(b.code)),
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/check-duplicates',
    access: 'children:write',
    summary: '保存前查找相似档案 Near-duplicates before saving',
    tags: ['children'],
    body: z.strictObject({
      name: z.string().trim().min(1).max(30),
      birthDate: z.iso.date(),
      divisionCode: z.string().regex(/^\d{12}$/),
      excludeId: z.uuid().optional(),
    }),
    response: z.object({
      data: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          birthDate: z.string(),
          divisionCode: z.string(),
          idNumberMasked: z.string().nullable(),
          similarity: z.number(),
        }),
      ),
    }),
    handler: async (ctx) => ({
      data: await findNearDuplicates(ctx.db, ctx.scope('children:read'), ctx.body, ctx.body.excludeId),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children',
    access: 'children:write',
    status: 201,
    summary: '新建儿童档案 Create a child file',
    tags: ['children'],
    body: createChildBody,
    response: childDetail,
    handler: async (ctx) => {
      const row = await withIdChecks(ctx, () => createChild(ctx, ctx.body));
      return childDetailView(ctx.db, ctx.actor, row, {
        write: ctx.scope('children:write'),
        unmask: ctx.scope('children:unmask'),
      });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/children/:id',
    access: 'children:read',
    summary: '儿童档案 Child file',
    tags: ['children'],
    params: idParams,
    response: childDetail,
    handler: async (ctx) => {
      // The audit row names the child as the database spells its id (lower case), whatever case the URL used:
      // the audit trail of a child is found by that text.
      const id = ctx.params.id.toLowerCase();
      const audited = ctx.auditInsert({ action: 'child.read', targetType: 'child', targetId: id });
      const file = await getChildFile(ctx.db, ctx.scope('children:read'), id, audited);
      if (!file) throw new AppError('NOT_FOUND');
      return childDetailOf(ctx.actor, file, {
        write: ctx.scope('children:write'),
        unmask: ctx.scope('children:unmask'),
      });
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/children/:id',
    access: 'children:write',
    summary: '修改儿童档案 Edit a child file',
    tags: ['children'],
    params: idParams,
    body: updateChildBody,
    response: childDetail,
    handler: async (ctx) => {
      const row = await withIdChecks(ctx, () => updateChild(ctx, ctx.params.id, ctx.body));
      return childDetailView(ctx.db, ctx.actor, row, {
        write: ctx.scope('children:write'),
        unmask: ctx.scope('children:unmask'),
      });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/:id/unmask',
    access: 'children:unmask',
    summary: '查看完整敏感信息（留痕）Unmask a sensitive field (audited)',
    tags: ['children'],
    params: idParams,
    body: z.strictObject({ field: z.enum(['idNumber', 'currentAddress', 'disabilityCertNo']) }),
    response: z.object({ field: z.string(), value: z.string().nullable() }),
    handler: async (ctx) => {
      const row = await getChildRow(ctx.db, ctx.scope('children:unmask'), ctx.params.id);
      if (!row) throw new AppError('NOT_FOUND');
      const enc = {
        idNumber: row.idNumberEnc,
        currentAddress: row.currentAddressEnc,
        disabilityCertNo: row.disabilityCertNoEnc,
      }[ctx.body.field];
      await ctx.audit(ctx.db, {
        action: 'child.unmask',
        targetType: 'child',
        targetId: row.id,
        details: { field: ctx.body.field },
      });
      return { field: ctx.body.field, value: enc ? ctx.services.cipher.decrypt(enc) : null };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/children/:id/history',
    access: 'children:read',
    summary: '档案变更记录 Change history of a file',
    tags: ['children'],
    params: idParams,
    query: z.strictObject(listQuery),
    response: listResponse(
      z.object({
        id: z.number(),
        at: z.string(),
        actorName: z.string().nullable(),
        action: z.string(),
        changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
      }),
    ),
    handler: async (ctx) => {
      const child = await getChildRow(ctx.db, ctx.scope('children:read'), ctx.params.id);
      if (!child) throw new AppError('NOT_FOUND');
      await ctx.audit(ctx.db, { action: 'child.history.read', targetType: 'child', targetId: child.id });
      const after = decodeCursor(ctx.query.cursor, 1);
      const rows = await ctx.db
        .select()
        .from(childHistory)
        .where(and(eq(childHistory.childId, child.id), after ? lt(childHistory.id, Number(after[0])) : undefined))
        .orderBy(desc(childHistory.id), asc(childHistory.at))
        .limit(ctx.query.limit + 1);
      const total = await ctx.db.$count(childHistory, eq(childHistory.childId, child.id));
      const page = rows.slice(0, ctx.query.limit);
      const last = page.at(-1);
      return {
        data: page.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actorName: r.actorName,
          action: r.action,
          changes: r.changes as { field: string; from: unknown; to: unknown }[],
        })),
        total,
        success: true as const,
        nextCursor: rows.length > ctx.query.limit && last ? encodeCursor([last.id]) : null,
      };
    },
  }),
];
