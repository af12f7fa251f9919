// Sessions: an opaque random token in an httpOnly, SameSite=Strict cookie; the database keeps only its hash.
import { eq } from 'drizzle-orm';
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

export async function createSession(
  db: Queryable,
  userId: string,
  meta: { ip: string; userAgent: string | undefined },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken(32);
  const csrfToken = randomToken(24);
  await db.insert(sessions).values({
    tokenHash: sha256(token),
    userId,
    csrfToken,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken };
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

/** Resolves the signed-in user from the cookie, or null (no cookie, unknown, idle too long, disabled). */
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
  if (now - row.session.lastSeenAt.getTime() > idleMs || row.user.status !== 'active') {
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
  if (!changedAt || policy.passwordMaxAgeDays === 0) return null;
  return new Date(changedAt.getTime() + policy.passwordMaxAgeDays * 86_400_000);
}
