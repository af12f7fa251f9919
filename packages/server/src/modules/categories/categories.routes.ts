// Category routes: reading needs children:read; recording and ending need categories:record, and both load
// the child within that permission's scope (404 outside it).
import { z } from 'zod';
import { defineRoute } from '../../platform/http.ts';
import { decodeCursor, encodeCursor, listQuery, listResponse } from '../../platform/list.ts';
import { CATEGORY_CODES, rulesInForce, serviceDate } from '@hehu/domain';
import { AppError } from '../../platform/errors.ts';
import { requireChild } from '../family/index.ts';
import {
  categoriesView,
  categoryParams,
  childParams,
  endBody,
  heldItem,
  potentialItem,
  recordBody,
} from './categories.schemas.ts';
import { categoriesOf, endCategory, recordCategory } from './categories.service.ts';
import { listPotential } from './potential.ts';
import { potentialExportRoute } from './potential.export.ts';
import { publishRules, publishRulesBody, ruleVersions, rulesVersionItem } from './rules.ts';

const rulesView = z.object({
  /** The version in force today. */
  inForce: rulesVersionItem,
  /** Every version, newest first, including any published for a later date. */
  versions: z.array(rulesVersionItem),
});

export const categoryRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/category-rules',
    access: 'children:read',
    summary: '保障认定规则：现行版本（重病目录与认定条件）及历史版本 Category rules in force and their versions',
    tags: ['categories'],
    response: rulesView,
    handler: async (ctx) => {
      const versions = await ruleVersions(ctx.db);
      const inForce = rulesInForce(versions, serviceDate()) ?? versions[0];
      if (!inForce) throw new AppError('INTERNAL');
      return { inForce, versions: [...versions].reverse() };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/category-rules',
    access: 'categories:record',
    status: 201,
    summary: '发布保障认定规则新版本（市级）Publish a new version of the category rules (city)',
    tags: ['categories'],
    body: publishRulesBody,
    response: rulesVersionItem,
    handler: (ctx) => publishRules(ctx, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/children/:id/categories',
    access: 'children:read',
    summary: '保障类别：已认定、规则评估与可能符合 Categories held, evaluated and potential',
    tags: ['categories'],
    params: childParams,
    response: categoriesView,
    handler: async (ctx) => {
      const child = await requireChild(ctx.db, ctx.scope('children:read'), ctx.params.id);
      await ctx.audit(ctx.db, { action: 'child.categories.read', targetType: 'child', targetId: child.id });
      return categoriesOf(ctx.db, child);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/:id/categories',
    access: 'categories:record',
    status: 201,
    summary: '依据审批决定登记保障类别 Record a category from a decision',
    tags: ['categories'],
    params: childParams,
    body: recordBody,
    response: heldItem,
    handler: (ctx) => recordCategory(ctx, ctx.params.id, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/:id/categories/:categoryId/end',
    access: 'categories:record',
    summary: '终止保障类别 End a category',
    tags: ['categories'],
    params: categoryParams,
    body: endBody,
    response: heldItem,
    handler: (ctx) => endCategory(ctx, ctx.params.id, ctx.params.categoryId, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/potentially-eligible',
    access: 'children:read',
    summary: '主动发现：可能符合保障类别但尚未认定的儿童 Children who may be eligible',
    tags: ['categories'],
    query: z.strictObject({
      division: z
        .string()
        .regex(/^\d{4,12}$/, '行政区划代码应为 4–12 位数字')
        .optional(),
      category: z.enum(CATEGORY_CODES).optional(),
      ...listQuery,
    }),
    response: listResponse(potentialItem),
    handler: async (ctx) => {
      const { limit, cursor, division, category } = ctx.query;
      const raw = decodeCursor(cursor, 2);
      const after: [string, number] | null = raw ? [String(raw[0]), Number(raw[1])] : null;
      const page = await listPotential(
        ctx.db,
        ctx.scope('children:read'),
        { division, category },
        { limit, after, locale: ctx.locale, asOf: serviceDate() },
      );
      await ctx.audit(ctx.db, {
        action: 'child.potentially_eligible',
        targetType: 'child',
        details: { division: division ?? null, category: category ?? null, total: page.total },
      });
      return {
        data: page.items,
        total: page.total,
        success: true as const,
        nextCursor: page.next ? encodeCursor(page.next) : null,
      };
    },
  }),
  potentialExportRoute,
];
