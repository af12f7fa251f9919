import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineRoute } from '../../platform/http.ts';
import { VERSION } from '../../version.ts';

export const healthRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/health',
    access: 'public',
    summary: '健康检查 Health',
    tags: ['system'],
    response: z.object({
      status: z.enum(['ok', 'degraded']),
      database: z.object({ kind: z.enum(['pglite', 'postgres']), up: z.boolean() }),
      version: z.string(),
      /** The sign-in page lists the demo accounts only when this is true. */
      demoMode: z.boolean(),
    }),
    handler: async (ctx) => {
      // The request already holds a transaction, so the database answered; this asks it once more.
      const up = await ctx.db
        .execute(sql`select 1`)
        .then(() => true)
        .catch(() => false);
      if (!up) ctx.reply.code(503);
      return {
        status: up ? ('ok' as const) : ('degraded' as const),
        database: { kind: ctx.services.databaseKind, up },
        version: VERSION,
        demoMode: ctx.services.config.demo,
      };
    },
  }),
];
