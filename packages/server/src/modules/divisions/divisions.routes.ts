import { z } from 'zod';
import type { Actor } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http.ts';
import { childDivisions, divisionPath, divisionPaths, getDivisions, searchDivisions } from './divisions.store.ts';

const divisionCode = z.string().regex(/^\d{4}(\d{2}(\d{3}(\d{3})?)?)?$|^\d{4}[A-Z]{2}$/, '行政区划代码格式不正确');
/** `city` lifts the restriction to the user's own area (names only; no personal data is involved). */
const reachParam = z.enum(['mine', 'city']).optional();
const divisionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'city', 'county', 'township', 'village']),
  parentCode: z.string().nullable(),
  hasChildren: z.boolean(),
});

/**
 * The divisions a user browses from: their grants' division prefixes, or the whole city for roles
 * without a division scope (security administrator assigning grants, institution staff).
 */
function rootsOf(actor: Actor, city: string, reach?: 'mine' | 'city'): string[] {
  // Division names are public: choosing a receiving village for a transfer needs the whole city.
  if (reach === 'city') return [city];
  const relevant = actor.grants.filter((g) => g.permissions.includes('divisions:read'));
  if (relevant.some((g) => g.divisionCode === null)) return [city];
  return [...new Set(relevant.flatMap((g) => g.prefixes))];
}

export const divisionRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/divisions',
    access: 'divisions:read',
    summary: '浏览行政区划 Browse divisions',
    tags: ['divisions'],
    query: z.strictObject({ parent: divisionCode.optional(), scope: reachParam }),
    response: z.object({ data: z.array(divisionSchema) }),
    handler: async (ctx) => {
      const roots = rootsOf(ctx.actor, ctx.services.config.city, ctx.query.scope);
      const parent = ctx.query.parent;
      if (!parent) return { data: await getDivisions(ctx.db, roots) };
      if (!roots.some((r) => parent.startsWith(r))) throw new AppError('NOT_FOUND');
      return { data: await childDivisions(ctx.db, parent) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/divisions/search',
    access: 'divisions:read',
    summary: '按名称或代码查找行政区划 Search divisions',
    tags: ['divisions'],
    query: z.strictObject({ q: z.string().trim().min(1).max(50), scope: reachParam }),
    response: z.object({ data: z.array(divisionSchema.extend({ path: z.string() })) }),
    handler: async (ctx) => {
      const rows = await searchDivisions(
        ctx.db,
        ctx.query.q,
        rootsOf(ctx.actor, ctx.services.config.city, ctx.query.scope),
        50,
      );
      const paths = await divisionPaths(
        ctx.db,
        rows.map((r) => r.code),
      );
      return { data: rows.map((r) => ({ ...r, path: (paths.get(r.code) ?? []).map((p) => p.name).join(' / ') })) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/divisions/:code',
    access: 'divisions:read',
    summary: '行政区划详情 Division',
    tags: ['divisions'],
    params: z.strictObject({ code: divisionCode }),
    query: z.strictObject({ scope: reachParam }),
    response: divisionSchema.extend({ path: z.array(z.object({ code: z.string(), name: z.string() })) }),
    handler: async (ctx) => {
      const roots = rootsOf(ctx.actor, ctx.services.config.city, ctx.query.scope);
      const { code } = ctx.params;
      // Ancestors of the user's roots are visible too (names only), so a path can be shown.
      if (!roots.some((r) => code.startsWith(r) || r.startsWith(code))) throw new AppError('NOT_FOUND');
      const [row] = await getDivisions(ctx.db, [code]);
      if (!row) throw new AppError('NOT_FOUND');
      return { ...row, path: await divisionPath(ctx.db, code) };
    },
  }),
];
