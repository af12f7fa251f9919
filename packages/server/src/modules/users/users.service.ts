// Account administration (system administrator): create, reset, unlock, disable. No child data, no grants.
import { and, asc, eq, gt, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { grants, users } from '../../db/schema.ts';
import { generateInitialPassword, hashPassword } from '../../platform/crypto.ts';
import { AppError } from '../../platform/errors.ts';
import { encodeCursor, escapeLike, textCursor } from '../../platform/list.ts';
import type { RouteContext } from '../../platform/http.ts';
import type { RouteAccess } from '../../platform/permissions.ts';
import { deleteUserSessions } from '../auth/index.ts';
import { fileRequest, needsApproval, pendingKinds, type RequestKind } from './requests.service.ts';

type Ctx = RouteContext<unknown, unknown, unknown, RouteAccess>;

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  status: 'active' | 'disabled';
  lockedUntil: string | null;
  lastLoginAt: string | null;
  passwordChangedAt: string | null;
  totpEnabled: boolean;
  roles: string[];
  /** Changes waiting for a second administrator. */
  pendingRequests: RequestKind[];
}

type UserRow = typeof users.$inferSelect;

async function toAdminUsers(db: Queryable, rows: UserRow[]): Promise<AdminUser[]> {
  const ids = rows.map((r) => r.id);
  const grantRows = ids.length
    ? await db.select({ userId: grants.userId, role: grants.roleCode }).from(grants).where(inArray(grants.userId, ids))
    : [];
  const pending = await pendingKinds(db, ids);
  return rows.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    status: u.status,
    lockedUntil: u.lockedUntil && u.lockedUntil.getTime() > Date.now() ? u.lockedUntil.toISOString() : null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    passwordChangedAt: u.passwordChangedAt?.toISOString() ?? null,
    totpEnabled: u.totpEnabled,
    roles: [...new Set(grantRows.filter((g) => g.userId === u.id).map((g) => g.role))],
    pendingRequests: pending.get(u.id) ?? [],
  }));
}

/** A page of accounts in username order, after the cursor's username (keyset, like every list). */
export async function listUsers(
  db: Queryable,
  q: string | undefined,
  page: { limit: number; cursor?: string | undefined },
) {
  const where: SQL | undefined = q
    ? or(ilike(users.username, `%${escapeLike(q)}%`), ilike(users.displayName, `%${escapeLike(q)}%`))
    : undefined;
  const after = textCursor(page.cursor);
  const rows = await db
    .select()
    .from(users)
    .where(and(where, after === null ? undefined : gt(users.username, after)))
    .orderBy(asc(users.username))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  const total = await db.$count(users, where);
  return {
    data: await toAdminUsers(db, shown),
    total,
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.username]) : null,
  };
}

async function loadUser(db: Queryable, id: string): Promise<UserRow> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

const snapshot = (u: UserRow) => ({
  username: u.username,
  displayName: u.displayName,
  status: u.status,
  lockedUntil: u.lockedUntil,
});

export async function createUser(ctx: Ctx, input: { username: string; displayName: string }) {
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  return ctx.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).limit(1);
    if (existing)
      throw new AppError(
        'DUPLICATE',
        { field: 'username' },
        { zh: `用户名 ${input.username} 已存在`, en: `Username ${input.username} already exists` },
      );
    const [row] = await tx
      .insert(users)
      .values({ username: input.username, displayName: input.displayName, passwordHash, mustChangePassword: true })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await ctx.audit(tx, { action: 'user.create', targetType: 'user', targetId: row.id, after: snapshot(row) });
    const [user] = await toAdminUsers(tx, [row]);
    if (!user) throw new AppError('INTERNAL');
    return { user, initialPassword };
  });
}

/**
 * A business user's password is reset only when a second administrator approves (the requester would
 * otherwise hold a password that opens children's files); other accounts are reset at once.
 */
export async function resetPassword(
  ctx: Ctx,
  id: string,
): Promise<{ initialPassword: string | null; pendingRequestId: string | null }> {
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  return ctx.transaction(async (tx) => {
    const user = await loadUser(tx, id);
    if (await needsApproval(tx, user.id, 'reset_password')) {
      return { initialPassword: null, pendingRequestId: await fileRequest(ctx, tx, user.id, 'reset_password') };
    }
    const now = new Date();
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: true,
        failedAttempts: 0,
        lockedUntil: null,
        passwordChangedAt: now,
        passwordResetAt: now,
        passwordResetBy: ctx.actor?.userId ?? null,
        passwordResetApprovedBy: null,
      })
      .where(eq(users.id, user.id));
    await deleteUserSessions(tx, user.id);
    await ctx.audit(tx, { action: 'user.reset_password', targetType: 'user', targetId: user.id });
    return { initialPassword, pendingRequestId: null };
  });
}

export async function updateUserState(
  ctx: Ctx,
  id: string,
  change: 'unlock' | 'disable' | 'enable',
): Promise<AdminUser> {
  if (change === 'disable' && ctx.actor?.userId === id) throw new AppError('SELF_ACTION');
  return ctx.transaction(async (tx) => {
    const before = await loadUser(tx, id);
    // Disabling an administrator waits for a second administrator: one cannot silence another alone.
    if (change === 'disable' && before.status === 'active' && (await needsApproval(tx, id, 'disable_user'))) {
      await fileRequest(ctx, tx, id, 'disable_user');
      const [view] = await toAdminUsers(tx, [before]);
      if (!view) throw new AppError('INTERNAL');
      return view;
    }
    const set =
      change === 'unlock'
        ? { failedAttempts: 0, lockedUntil: null }
        : { status: change === 'disable' ? ('disabled' as const) : ('active' as const) };
    const [after] = await tx.update(users).set(set).where(eq(users.id, id)).returning();
    if (!after) throw new AppError('NOT_FOUND');
    if (change === 'disable') await deleteUserSessions(tx, id);
    await ctx.audit(tx, {
      action: `user.${change}`,
      targetType: 'user',
      targetId: id,
      before: snapshot(before),
      after: snapshot(after),
    });
    const [view] = await toAdminUsers(tx, [after]);
    if (!view) throw new AppError('INTERNAL');
    return view;
  });
}
