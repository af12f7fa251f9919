// The child welfare institutions a child can be placed in (集中养育), for the child's form.
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { institutions } from '../../db/schema.ts';
import { defineRoute } from '../../platform/http.ts';

export const placementRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/institutions/welfare-homes',
    access: 'children:read',
    summary: '儿童福利机构（集中养育安置）Child welfare institutions',
    tags: ['children'],
    response: z.object({ data: z.array(z.object({ id: z.string(), name: z.string(), divisionCode: z.string() })) }),
    handler: async (ctx) => ({
      data: await ctx.db
        .select({ id: institutions.id, name: institutions.name, divisionCode: institutions.divisionCode })
        .from(institutions)
        .where(eq(institutions.kind, 'welfare_home'))
        .orderBy(asc(institutions.name)),
    }),
  }),
];
