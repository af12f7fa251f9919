// Moving a child to another village: the sending side asks, the receiving side accepts or rejects.
// While a request is pending the child stays with the sender; the division (and so the scope) changes
// only on acceptance.
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { childTransfers, children, divisions } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { recordHistory, getChildRow } from '../children/index.ts';
import { childNotActive, conflict, lockChild, type Ctx } from './lifecycle.shared.ts';
import {
  findTransfer,
  isOwnIncomingRequest,
  pendingTransferOf,
  transferById,
  type TransferItem,
  type TransferSide,
} from './transfers.store.ts';

export const requestBody = z.strictObject({
  toDivision: z.string().regex(/^\d{12}$/, '接收地应为 12 位村（社区）行政区划代码'),
  reason: z.string().trim().min(1, '请填写转移原因').max(500),
});

export async function requestTransfer(ctx: Ctx, childId: string, input: z.infer<typeof requestBody>): Promise<string> {
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

export type Decision = 'accept' | 'reject' | 'cancel';
const DECISION: Record<Decision, { side: TransferSide; status: 'accepted' | 'rejected' | 'cancelled' }> = {
  accept: { side: 'incoming', status: 'accepted' },
  reject: { side: 'incoming', status: 'rejected' },
  cancel: { side: 'outgoing', status: 'cancelled' },
};

export async function decide(ctx: Ctx, id: string, decision: Decision, note: string | undefined): Promise<void> {
  const { side, status } = DECISION[decision];
  const scope = ctx.scope('children:write');
  await ctx.transaction(async (tx) => {
    const found = await findTransfer(tx, scope, id, side, ctx.actor.userId);
    if (!found) {
      if (side === 'incoming' && (await isOwnIncomingRequest(tx, scope, id, ctx.actor.userId)))
        throw new AppError('TRANSFER_OWN_REQUEST');
      throw new AppError('NOT_FOUND');
    }
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

export async function itemOf(ctx: Ctx, id: string): Promise<TransferItem> {
  const item = await transferById(ctx.db, id);
  if (!item) throw new AppError('INTERNAL');
  return item;
}
