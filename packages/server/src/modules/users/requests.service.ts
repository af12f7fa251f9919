// Two-person rule (三员分立): a password reset of a business user and the disabling of an administrator are
// requested by the system administrator and take effect only when the security administrator approves.
// The security administrator cannot hold users:manage (separation of duties), so requester and approver are
// two people by construction; the code and a database constraint check it again. The one-time password is
// made at approval and handed, once, to the requester: nobody holds a usable password before approval.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable, Tx } from '../../db/connection.ts';
import { adminRequests, users } from '../../db/schema.ts';
import { loadGrants } from '../../platform/access.ts';
import { generateInitialPassword, hashPassword } from '../../platform/crypto.ts';
import { AppError } from '../../platform/errors.ts';
import type { RouteContext } from '../../platform/http.ts';
import { dutyOf, isAdminPermission, type RouteAccess } from '../../platform/permissions.ts';
import { deleteUserSessions } from '../auth/index.ts';

type Ctx = RouteContext<unknown, unknown, unknown, RouteAccess>;
export type RequestKind = (typeof adminRequests.$inferSelect)['kind'];
type RequestStatus = (typeof adminRequests.$inferSelect)['status'];

/** Whether a change of this account needs a second administrator, from what its grants give it. */
export async function needsApproval(db: Queryable, userId: string, kind: RequestKind): Promise<boolean> {
  const permissions = (await loadGrants(db, userId)).flatMap((g) => g.permissions);
  return kind === 'reset_password'
    ? permissions.some((p) => dutyOf(p) === 'business')
    : permissions.some(isAdminPermission);
}

/** Files a request; one pending request per account and kind. */
export async function fileRequest(ctx: Ctx, tx: Tx, targetUserId: string, kind: RequestKind): Promise<string> {
  const requester = ctx.actor?.userId;
  if (!requester) throw new AppError('UNAUTHENTICATED');
  const [pending] = await tx
    .select({ id: adminRequests.id })
    .from(adminRequests)
    .where(
      and(
        eq(adminRequests.targetUserId, targetUserId),
        eq(adminRequests.kind, kind),
        eq(adminRequests.status, 'pending'),
      ),
    );
  if (pending) throw new AppError('REQUEST_PENDING', { requestId: pending.id });
  const [row] = await tx
    .insert(adminRequests)
    .values({ kind, targetUserId, requestedBy: requester })
    .returning({ id: adminRequests.id });
  if (!row) throw new AppError('INTERNAL');
  await ctx.audit(tx, {
    action: 'admin_request.create',
    targetType: 'user',
    targetId: targetUserId,
    details: { requestId: row.id, kind },
  });
  return row.id;
}

export interface RequestView {
  id: string;
  kind: RequestKind;
  status: RequestStatus;
  target: { id: string; username: string; displayName: string };
  requestedBy: { username: string; displayName: string };
  requestedAt: string;
  decidedBy: { username: string; displayName: string } | null;
  decidedAt: string | null;
  /** The signed-in administrator may approve or reject it. */
  canDecide: boolean;
  /** An approved reset whose one-time password the signed-in requester has not collected yet. */
  passwordReady: boolean;
}

export async function listRequests(
  ctx: Ctx,
  filter: { status: 'pending' | 'all'; mine: boolean },
): Promise<RequestView[]> {
  const me = ctx.actor?.userId ?? '';
  const target = alias(users, 'target');
  const requester = alias(users, 'requester');
  const decider = alias(users, 'decider');
  const conditions = [
    filter.status === 'pending' ? eq(adminRequests.status, 'pending') : undefined,
    filter.mine ? eq(adminRequests.requestedBy, me) : undefined,
  ];
  const rows = await ctx.db
    .select({
      r: adminRequests,
      target: { id: target.id, username: target.username, displayName: target.displayName },
      requester: { username: requester.username, displayName: requester.displayName },
      decider: { username: decider.username, displayName: decider.displayName },
    })
    .from(adminRequests)
    .innerJoin(target, eq(target.id, adminRequests.targetUserId))
    .innerJoin(requester, eq(requester.id, adminRequests.requestedBy))
    .leftJoin(decider, eq(decider.id, adminRequests.decidedBy))
    .where(and(...conditions))
    .orderBy(desc(adminRequests.requestedAt))
    .limit(100);
  return rows.map(({ r, target: tgt, requester: req, decider: dec }) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    target: tgt,
    requestedBy: req,
    requestedAt: r.requestedAt.toISOString(),
    decidedBy: dec,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    canDecide: r.status === 'pending' && r.requestedBy !== me && r.targetUserId !== me,
    passwordReady: r.requestedBy === me && r.oneTimePasswordEnc !== null,
  }));
}

async function lockPending(tx: Tx, id: string, actorId: string) {
  const [row] = await tx.select().from(adminRequests).where(eq(adminRequests.id, id)).for('update');
  if (!row) throw new AppError('NOT_FOUND');
  if (row.status !== 'pending') throw new AppError('REQUEST_DECIDED', { status: row.status });
  // The second person is someone else than the requester, and never the account the request is about.
  if (row.requestedBy === actorId || row.targetUserId === actorId) throw new AppError('SELF_APPROVAL');
  return row;
}

export async function decideRequest(ctx: Ctx, id: string, decision: 'approve' | 'reject'): Promise<void> {
  const actorId = ctx.actor?.userId;
  if (!actorId) throw new AppError('UNAUTHENTICATED');
  // scrypt is slow: hash before the transaction, used only if this is an approved reset.
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  await ctx.transaction(async (tx) => {
    const row = await lockPending(tx, id, actorId);
    const now = new Date();
    let oneTimePasswordEnc: string | null = null;
    if (decision === 'approve' && row.kind === 'reset_password') {
      await tx
        .update(users)
        .set({
          passwordHash,
          mustChangePassword: true,
          failedAttempts: 0,
          lockedUntil: null,
          passwordChangedAt: now,
          passwordResetAt: now,
          passwordResetBy: row.requestedBy,
          passwordResetApprovedBy: actorId,
        })
        .where(eq(users.id, row.targetUserId));
      await deleteUserSessions(tx, row.targetUserId);
      oneTimePasswordEnc = ctx.services.cipher.encrypt(initialPassword);
    }
    if (decision === 'approve' && row.kind === 'disable_user') {
      await tx.update(users).set({ status: 'disabled' }).where(eq(users.id, row.targetUserId));
      await deleteUserSessions(tx, row.targetUserId);
    }
    await tx
      .update(adminRequests)
      .set({
        status: decision === 'approve' ? 'approved' : 'rejected',
        decidedBy: actorId,
        decidedAt: now,
        oneTimePasswordEnc,
      })
      .where(eq(adminRequests.id, id));
    await ctx.audit(tx, {
      action: `admin_request.${decision}`,
      targetType: 'user',
      targetId: row.targetUserId,
      details: { requestId: id, kind: row.kind, requestedBy: row.requestedBy },
    });
    if (decision === 'approve') {
      await ctx.audit(tx, {
        action: row.kind === 'reset_password' ? 'user.reset_password' : 'user.disable',
        targetType: 'user',
        targetId: row.targetUserId,
        details: { requestId: id, requestedBy: row.requestedBy, approvedBy: actorId },
      });
    }
  });
}

/** Hands an approved reset's one-time password to its requester, once; it is not kept after that. */
export async function collectPassword(ctx: Ctx, id: string): Promise<{ initialPassword: string }> {
  const actorId = ctx.actor?.userId;
  if (!actorId) throw new AppError('UNAUTHENTICATED');
  return ctx.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(adminRequests)
      .where(and(eq(adminRequests.id, id), eq(adminRequests.requestedBy, actorId)))
      .for('update');
    if (!row?.oneTimePasswordEnc) throw new AppError('NOT_FOUND');
    await tx.update(adminRequests).set({ oneTimePasswordEnc: null }).where(eq(adminRequests.id, id));
    await ctx.audit(tx, {
      action: 'admin_request.collect_password',
      targetType: 'user',
      targetId: row.targetUserId,
      details: { requestId: id },
    });
    return { initialPassword: ctx.services.cipher.decrypt(row.oneTimePasswordEnc) };
  });
}

/** Pending request kinds per account, for the account list. */
export async function pendingKinds(db: Queryable, userIds: readonly string[]): Promise<Map<string, RequestKind[]>> {
  const result = new Map<string, RequestKind[]>();
  if (userIds.length === 0) return result;
  const rows = await db
    .select({ userId: adminRequests.targetUserId, kind: adminRequests.kind })
    .from(adminRequests)
    .where(and(inArray(adminRequests.targetUserId, [...userIds]), eq(adminRequests.status, 'pending')));
  for (const r of rows) result.set(r.userId, [...(result.get(r.userId) ?? []), r.kind]);
  return result;
}
