// Link requests for a person another area holds: the confirming side's work list and decisions, and the
// requesting side's own requests. Each side is reached through its own write scope; anything else answers 404.
import { z } from 'zod';
import { defineRoute } from '../../platform/http.ts';
import { encodeCursor, keyedCursor, listQuery, listResponse } from '../../platform/list.ts';
import { LINK_STATUSES, linkParams, linkRequestItem } from './family.schemas.ts';
import { decideLink, type LinkDecision } from './person-links.service.ts';
import { listLinks } from './person-links.store.ts';

const noteBody = z.strictObject({ note: z.string().trim().max(500).optional() });

const decisionRoute = (decision: LinkDecision, summary: string, body: z.ZodType<{ note?: string | undefined }>) =>
  defineRoute({
    method: 'POST',
    url: `/api/person-links/:id/${decision}`,
    access: 'children:write',
    summary,
    tags: ['family'],
    params: linkParams,
    body,
    response: linkRequestItem,
    handler: (ctx) => decideLink(ctx, ctx.params.id, decision, ctx.body.note),
  });

export const personLinkRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/person-links',
    access: 'children:write',
    summary: '人员关联申请（待本辖区确认 / 本辖区发起）Person link requests, incoming or outgoing',
    tags: ['family'],
    query: z.strictObject({
      direction: z.enum(['incoming', 'outgoing']).default('incoming'),
      status: z.enum([...LINK_STATUSES, 'all']).optional(),
      ...listQuery,
    }),
    response: listResponse(linkRequestItem),
    handler: async (ctx) => {
      const { direction, limit, cursor } = ctx.query;
      // The confirming side's work list is what still waits; the requester follows its requests to the end.
      const asked = ctx.query.status ?? (direction === 'incoming' ? 'pending' : 'all');
      const result = await listLinks(
        ctx.db,
        ctx.scope('children:write'),
        { side: direction, status: asked === 'all' ? undefined : asked },
        { limit, after: keyedCursor(cursor, 'timestamp') },
      );
      return {
        data: result.items,
        total: result.total,
        success: true as const,
        nextCursor: result.after ? encodeCursor(result.after) : null,
      };
    },
  }),
  decisionRoute('confirm', '确认关联：申请方儿童与该人员建立关系 Confirm a link request', noteBody),
  decisionRoute(
    'reject',
    '退回关联申请（须说明理由）Reject a link request (with a reason)',
    z.strictObject({ note: z.string().trim().min(1, '请填写退回理由').max(500) }),
  ),
  decisionRoute('cancel', '撤销本辖区发起的关联申请 Cancel an outgoing link request', noteBody),
];
