import { z } from 'zod';
import { defineRoute, type ApiRoute } from '../../platform/http.ts';
import { collectTasks, type TaskProvider } from '../../platform/tasks.ts';

/** The home page's task list over the providers every module registers (src/routes.ts). */
export function taskRoutes(providers: readonly TaskProvider[]): ApiRoute[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/tasks',
      access: 'tasks:read',
      summary: '我的待办 My tasks',
      tags: ['home'],
      response: z.object({
        data: z.array(
          z.object({
            id: z.string(),
            kind: z.string(),
            title: z.string(),
            description: z.string(),
            dueDate: z.string().nullable(),
            link: z.string().nullable(),
            severity: z.enum(['info', 'warning', 'danger']),
          }),
        ),
        total: z.number(),
        success: z.literal(true),
      }),
      handler: async (ctx) => {
        const data = await collectTasks(providers, {
          actor: ctx.actor,
          db: ctx.db,
          services: ctx.services,
          locale: ctx.locale,
        });
        return { data, total: data.length, success: true as const };
      },
    }),
  ];
}
