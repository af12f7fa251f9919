// Sessions: an opaque random token in an httpOnly, SameSite=Strict cookie; the database keeps only its hash.
import { and, desc, eq, ne, notInArray } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Queryable } from '../db/connection.ts';
import { sessions, users } from '../db/schema.ts';
import { holdsAdminPermission, loadGrants, type Actor } from './access.ts';
import { randomToken, sha256 } from './crypto.ts';
import type { SecurityPolicy } from './policy.ts';

export const SESSION_COOKIE = 'hehu_session';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** lastSeenAt is refreshed at most once a minute, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * A new session for the user. Beyond the policy's `maxSessionsPerUser` the oldest sessions end (they are
 * signed out); answers how many ended.
 */
export async function createSession(
  db: Queryable,
  userId: string,
  meta: { ip: string; userAgent: string | undefined },
  maxSessions: number,
): Promise<{ token: string; csrfToken: string; endedSessions: number }> {
  const token = randomToken(32);
  const csrfToken = randomToken(24);
  const tokenHash = sha256(token);
  await db.insert(sessions).values({
    tokenHash,
    userId,
    csrfToken,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  // The new session is kept; of the others, the newest maxSessions - 1 by the order they were made in.
  const keep = db
    .select({ tokenHash: sessions.tokenHash })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, tokenHash)))
    .orderBy(desc(sessions.seq))
    .limit(maxSessions - 1);
  const ended = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, tokenHash), notInArray(sessions.tokenHash, keep)))
    .returning({ tokenHash: sessions.tokenHash });
  return { token, csrfToken, endedSessions: ended.length };
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  void reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/', secure });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export function sessionTokenHash(request: FastifyRequest): string | null {
  const token = request.cookies[SESSION_COOKIE];
  if (!token || !TOKEN_PATTERN.test(token)) return null;
  return sha256(token);
}

/**
 * Resolves the signed-in user from the cookie, or null (no cookie, unknown, idle too long, older than the
 * policy's session lifetime, disabled).
 */
export async function authenticate(
  db: Queryable,
  request: FastifyRequest,
  policy: SecurityPolicy,
): Promise<Actor | null> {
  const tokenHash = sessionTokenHash(request);
  if (!tokenHash) return null;
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash))
    .limit(1);
  if (!row) return null;
  const now = Date.now();
  const idleMs = policy.idleTimeoutMinutes * 60_000;
  const lifetimeMs = policy.sessionMaxHours * 3_600_000;
  if (
    now - row.session.lastSeenAt.getTime() > idleMs ||
    // However active, a session ends this long after sign-in: a stolen cookie is not good forever.
    now - row.session.createdAt.getTime() > lifetimeMs ||
    row.user.status !== 'active'
  ) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  if (now - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  const grantList = await loadGrants(db, row.user.id);
  const passwordExpiresAt = passwordExpiry(row.user.passwordChangedAt, policy);
  return {
    userId: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    grants: grantList,
    permissions: new Set(grantList.flatMap((g) => g.permissions)),
    mustChangePassword:
      row.user.mustChangePassword || (passwordExpiresAt !== null && passwordExpiresAt.getTime() <= now),
    mustEnrolTotp: holdsAdminPermission(grantList) && !row.user.totpEnabled && !row.user.demoAccount,
    totpEnabled: row.user.totpEnabled,
    passwordExpiresAt,
    sessionTokenHash: tokenHash,
    csrfToken: row.session.csrfToken,
  };
}

export function passwordExpiry(changedAt: Date | null, policy: SecurityPolicy): Date | null {
  if (!changedAt) return null;
  return new Date(changedAt.getTime() + policy.passwordMaxAgeDays * 86_400_000);
}
