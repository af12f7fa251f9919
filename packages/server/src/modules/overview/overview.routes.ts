// The township supervisor's view of its villages: children, categories, open work and files behind per village.
// Only villages within the caller's children:read scope; a division outside it answers 404.
import { CATEGORY_CODES, serviceDate, type CategoryCode } from '@hehu/domain';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http.ts';
import { refreshPotential } from '../categories/index.ts';
import { BEHIND_REASONS, villageOverview, type BehindReason } from './overview.store.ts';

const counts = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, z.number().int().min(0)])) as Record<K, z.ZodNumber>);

export const villageRow = z.object({
  code: z.string(),
  name: z.string(),
  townshipName: z.string(),
  children: z.number().int().min(0),
  categories: counts<CategoryCode>(CATEGORY_CODES),
  openTasks: z.number().int().min(0),
  incomingTransfers: z.number().int().min(0),
  behind: z.number().int().min(0),
  reasons: counts<BehindReason>(BEHIND_REASONS),
});

export const overviewRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/overview/villages',
    access: 'children:read',
    summary:
      '按村（社区）汇总：儿童、各类别人数、待办与滞后档案，滞后多的村在前 Villages at a glance, most files behind first',
    tags: ['children'],
    query: z.strictObject({
      division: z
        .string()
        .regex(/^\d{4}(\d{2}(\d{3})?)?$/, '行政区划代码应为市、县或乡镇代码')
        .optional(),
    }),
    response: z.object({ data: z.array(villageRow) }),
    handler: async (ctx) => {
      const scope = ctx.scope('children:read');
      const { division } = ctx.query;
      // A division beside the caller's area is not there for it; one around the area narrows to the area.
      if (division && !scope.prefixes.some((p) => division.startsWith(p) || p.startsWith(division)))
        throw new AppError('NOT_FOUND');
      // 主动发现 rows are derived: bring them up to today before counting them.
      await refreshPotential(ctx.db, scope, serviceDate());
      return { data: await villageOverview(ctx.db, scope, division, ctx.actor.userId) };
    },
  }),
];
