import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/connection.ts';
import { sessions, users } from '../../db/schema.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUserByUsername(db: Queryable, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return row;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function recordFailedAttempt(
  db: Queryable,
  userId: string,
  threshold: number,
  lockMinutes: number,
): Promise<{ failedAttempts: number; lockedUntil: Date | null }> {
  // One statement so two concurrent wrong passwords cannot both read the old count.
  const [row] = await db
    .update(users)
    .set({
      failedAttempts: sql`CASE WHEN ${users.failedAttempts} + 1 >= ${threshold} THEN 0 ELSE ${users.failedAttempts} + 1 END`,
      lockedUntil: sql`CASE WHEN ${users.failedAttempts} + 1 >= ${threshold} THEN now() + make_interval(mins => ${lockMinutes}) ELSE ${users.lockedUntil} END`,
    })
    .where(eq(users.id, userId))
    .returning({ failedAttempts: users.failedAttempts, lockedUntil: users.lockedUntil });
  return row ?? { failedAttempts: 0, lockedUntil: null };
}

export async function recordSuccessfulLogin(db: Queryable, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: new Date() })
    .where(eq(users.id, userId));
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteUserSessions(db: Queryable, userId: string, exceptTokenHash?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      exceptTokenHash
        ? sql`${sessions.userId} = ${userId} AND ${sessions.tokenHash} <> ${exceptTokenHash}`
        : eq(sessions.userId, userId),
    );
}

/**
 * Records a TOTP step as used, if it is later than the last one: one statement, so two sign-ins with the same
 * code cannot both pass. False when the step was already used (a replay).
 */
export async function consumeTotpStep(db: Queryable, userId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return rows.length > 0;
}

export interface PasswordResetNotice {
  at: string;
  by: { username: string; displayName: string } | null;
  approvedBy: { username: string; displayName: string } | null;
}

/** Who reset this user's password and when, until the user sets their own. */
export async function passwordResetNotice(db: Queryable, userId: string): Promise<PasswordResetNotice | null> {
  const by = alias(users, 'reset_by');
  const approver = alias(users, 'reset_approver');
  const [row] = await db
    .select({
      at: users.passwordResetAt,
      by: { username: by.username, displayName: by.displayName },
      approvedBy: { username: approver.username, displayName: approver.displayName },
    })
    .from(users)
    .leftJoin(by, eq(by.id, users.passwordResetBy))
    .leftJoin(approver, eq(approver.id, users.passwordResetApprovedBy))
    .where(eq(users.id, userId));
  if (!row?.at) return null;
  return { at: row.at.toISOString(), by: row.by, approvedBy: row.approvedBy };
}
