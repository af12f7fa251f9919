// Routes for ending a child's file; the rules are in status.service.ts.
import { defineRoute } from '../../platform/http.ts';
import { childDetail } from '../children/index.ts';
import { idParams, noteBody } from './lifecycle.shared.ts';
import { archive, detailOf, terminate, terminateBody } from './status.service.ts';

export const statusRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/children/:id/terminate',
    access: 'children:write',
    summary: '终止保障（次月生效）Terminate a file (effective the month after the event)',
    tags: ['lifecycle'],
    params: idParams,
    body: terminateBody,
    response: childDetail,
    handler: async (ctx) => {
      return detailOf(ctx, await terminate(ctx, ctx.params.id, ctx.body));
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/:id/archive',
    access: 'children:write',
    summary: '归档已终止或已转出的档案 Archive a terminated or transferred file',
    tags: ['lifecycle'],
    params: idParams,
    body: noteBody,
    response: childDetail,
    handler: async (ctx) => {
      return detailOf(ctx, await archive(ctx, ctx.params.id, ctx.body.note));
    },
  }),
];
