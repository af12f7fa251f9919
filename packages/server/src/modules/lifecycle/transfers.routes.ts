// Routes for transfers; the rules are in transfers.service.ts.
import { z } from 'zod';
import { defineRoute } from '../../platform/http.ts';
import { encodeCursor, keyedCursor, listQuery, listResponse } from '../../platform/list.ts';
import { idParams, noteBody } from './lifecycle.shared.ts';
import { listTransfers, TRANSFER_STATUSES, transferItem } from './transfers.store.ts';
import { decide, itemOf, requestBody, requestTransfer, type Decision } from './transfers.service.ts';

const decisionRoute = (decision: Decision, summary: string, body: z.ZodType<{ note?: string | undefined }>) =>
  defineRoute({
    method: 'POST',
    url: `/api/transfers/:id/${decision}`,
    access: 'children:write',
    summary,
    tags: ['lifecycle'],
    params: idParams,
    body,
    response: transferItem,
    handler: async (ctx) => {
      await decide(ctx, ctx.params.id, decision, ctx.body.note);
      return itemOf(ctx, ctx.params.id);
    },
  });

export const transferRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/children/:id/transfers',
    access: 'children:write',
    status: 201,
    summary: '申请转移到其他村（社区）Request a transfer to another village',
    tags: ['lifecycle'],
    params: idParams,
    body: requestBody,
    response: transferItem,
    handler: async (ctx) => itemOf(ctx, await requestTransfer(ctx, ctx.params.id, ctx.body)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/transfers',
    access: 'children:write',
    summary: '转入待接收 / 本地转出的申请 Incoming or outgoing transfers',
    tags: ['lifecycle'],
    query: z.strictObject({
      direction: z.enum(['incoming', 'outgoing']).default('incoming'),
      status: z.enum([...TRANSFER_STATUSES, 'all']).optional(),
      ...listQuery,
    }),
    response: listResponse(transferItem),
    handler: async (ctx) => {
      const { direction, limit, cursor } = ctx.query;
      // The receiving side's work list is what still waits; the sender follows its requests to the end.
      const asked = ctx.query.status ?? (direction === 'incoming' ? 'pending' : 'all');
      const status = asked === 'all' ? undefined : asked;
      const after = keyedCursor(cursor, 'timestamp');
      const result = await listTransfers(
        ctx.db,
        ctx.scope('children:write'),
        { side: direction, status, viewerId: ctx.actor.userId },
        { limit, after },
      );
      return {
        data: result.items,
        total: result.total,
        success: true as const,
        nextCursor: result.after ? encodeCursor(result.after) : null,
      };
    },
  }),
  decisionRoute('accept', '接收转入的儿童 Accept an incoming transfer', noteBody),
  decisionRoute(
    'reject',
    '退回转移申请（须说明理由）Reject an incoming transfer (with a reason)',
    z.strictObject({ note: z.string().trim().min(1, '请填写退回理由').max(500) }),
  ),
  decisionRoute('cancel', '撤销本地发起的转移申请 Cancel an outgoing transfer', noteBody),
];
