// Moving a child to another village: the sending side asks, the receiving side accepts or rejects.
// While a request is pending the child stays with the sender; the division (and so the scope) changes
// only on acceptance.
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { childTransfers, children, divisions } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http.ts';
import { encodeCursor, listQuery, listResponse } from '../../platform/list.ts';
import { recordHistory } from '../children/children.service.ts';
import { getChildRow } from '../children/children.store.ts';
import { childNotActive, conflict, idParams, keyedCursor, lockChild, noteBody, type Ctx } from './lifecycle.shared.ts';
import {
  findTransfer,
  listTransfers,
  pendingTransferOf,
  TRANSFER_STATUSES,
  transferById,
  transferItem,
  type TransferItem,
  type TransferSide,
} from './transfers.store.ts';

const requestBody = z.strictObject({
  toDivision: z.string().regex(/^\d{12}$/, '接收地应为 12 位村（社区）行政区划代码'),
  reason: z.string().trim().min(1, '请填写转移原因').max(500),
});

async function requestTransfer(ctx: Ctx, childId: string, input: z.infer<typeof requestBody>): Promise<string> {
  const scope = ctx.scope('children:write');
  const [target] = await ctx.db
    .select({ level: divisions.level })
    .from(divisions)
    .where(eq(divisions.code, input.toDivision));
  if (target?.level !== 'village') throw new AppError('DIVISION_NOT_FOUND', { field: 'toDivision' });
  return ctx.transaction(async (tx) => {
    if (!(await getChildRow(tx, scope, childId))) throw new AppError('NOT_FOUND');
    const child = await lockChild(tx, childId);
    if (child.status !== 'active') throw childNotActive(child.status);
    if (child.divisionCode === input.toDivision) {
      throw AppError.rule(
        'TRANSFER_SAME_DIVISION',
        '接收地与儿童现户籍所在村相同',
        'The receiving village is the current one',
        { field: 'toDivision' },
      );
    }
    const pending = await pendingTransferOf(tx, childId);
    if (pending) {
      throw conflict(
        'TRANSFER_PENDING',
        '该儿童已有待接收的转移申请，请等待处理或先撤销',
        'A transfer of this child is already pending; wait for it or cancel it first',
        { transferId: pending },
      );
    }
    const [row] = await tx
      .insert(childTransfers)
      .values({
        childId,
        fromDivision: child.divisionCode,
        toDivision: input.toDivision,
        reason: input.reason,
        requestedBy: ctx.actor.userId,
      })
      .returning({ id: childTransfers.id });
    if (!row) throw new AppError('INTERNAL');
    await ctx.audit(tx, {
      action: 'child.transfer_request',
      targetType: 'child',
      targetId: childId,
      details: { transferId: row.id, from: child.divisionCode, to: input.toDivision, reason: input.reason },
    });
    return row.id;
  });
}

type Decision = 'accept' | 'reject' | 'cancel';
const DECISION: Record<Decision, { side: TransferSide; status: 'accepted' | 'rejected' | 'cancelled' }> = {
  accept: { side: 'incoming', status: 'accepted' },
  reject: { side: 'incoming', status: 'rejected' },
  cancel: { side: 'outgoing', status: 'cancelled' },
};

async function decide(ctx: Ctx, id: string, decision: Decision, note: string | undefined): Promise<void> {
  const { side, status } = DECISION[decision];
  const scope = ctx.scope('children:write');
  await ctx.transaction(async (tx) => {
    const found = await findTransfer(tx, scope, id, side);
    if (!found) throw new AppError('NOT_FOUND');
    // Every change to a child's transfers locks the child first, so the status read next is current.
    const child = await lockChild(tx, found.childId);
    const [current] = await tx
      .select({ status: childTransfers.status })
      .from(childTransfers)
      .where(eq(childTransfers.id, id));
    if (current?.status !== 'pending') {
      throw conflict('TRANSFER_NOT_PENDING', '该转移申请已处理', 'This transfer has already been decided', {
        status: current?.status,
      });
    }
    if (decision === 'accept') {
      if (child.status !== 'active') throw childNotActive(child.status);
      await tx
        .update(children)
        .set({ divisionCode: found.toDivision, version: sql`${children.version} + 1`, updatedAt: new Date() })
        .where(eq(children.id, child.id));
      await recordHistory(tx, ctx.actor, child.id, 'lifecycle.transfer_accept', [
        { field: 'divisionCode', from: child.divisionCode, to: found.toDivision },
      ]);
    }
    await tx
      .update(childTransfers)
      .set({ status, decidedBy: ctx.actor.userId, decidedAt: new Date(), decisionNote: note ?? null })
      .where(eq(childTransfers.id, id));
    await ctx.audit(tx, {
      action: `child.transfer_${decision}`,
      targetType: 'child',
      targetId: child.id,
      ...(decision === 'accept'
        ? { before: { divisionCode: child.divisionCode }, after: { divisionCode: found.toDivision } }
        : {}),
      details: { transferId: id, from: found.fromDivision, to: found.toDivision, note: note ?? null },
    });
  });
}

async function itemOf(ctx: Ctx, id: string): Promise<TransferItem> {
  const item = await transferById(ctx.db, id);
  if (!item) throw new AppError('INTERNAL');
  return item;
}

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
        { side: direction, status },
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
