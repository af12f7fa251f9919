import { z } from 'zod';
import { defineRoute } from '../../platform/http.ts';
import { tasksFor } from './tasks.service.ts';

export const taskRoutes = [
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
      const data = await tasksFor({ actor: ctx.actor, db: ctx.db, services: ctx.services, locale: ctx.locale });
      return { data, total: data.length, success: true as const };
    },
  }),
];
