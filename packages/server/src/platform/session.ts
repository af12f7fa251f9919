// Sessions: an opaque random token in an httpOnly, SameSite=Strict cookie; the database keeps only its hash.
import { and, desc, eq, ne, notInArray } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Queryable } from '../db/connection.ts';
import { sessions, users } from '../db/schema.ts';
import { holdsAdminPermission, loadGrants, type Actor } from './access.ts';
import { randomToken, sha256 } from './crypto.ts';
import type { SecurityPolicy } from './policy.ts';
import type { ResolvedSession, SessionCache } from './session-cache.ts';

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
 * policy's session lifetime, disabled). With `cache`, a session resolved within the last touch interval is
 * answered from memory (see session-cache.ts); the database alone decides that a session has ended.
 */
export async function authenticate(
  db: Queryable,
  request: FastifyRequest,
  policy: SecurityPolicy,
  cache?: SessionCache,
): Promise<Actor | null> {
  const tokenHash = sessionTokenHash(request);
  if (!tokenHash) return null;
  const hit = cache ? fromCache(cache, tokenHash, policy) : null;
  if (hit) return hit;
  const mark = cache?.mark() ?? 0;
  const [row] = await sessionByHash(db, tokenHash);
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
  let lastSeenAt = row.session.lastSeenAt;
  if (now - lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    lastSeenAt = new Date(now);
    await db.update(sessions).set({ lastSeenAt }).where(eq(sessions.tokenHash, tokenHash));
  }
  const resolved: ResolvedSession = {
    tokenHash,
    csrfToken: row.session.csrfToken,
    createdAt: row.session.createdAt,
    lastSeenAt,
    user: row.user,
    grants: await loadGrants(db, row.user.id),
  };
  cache?.keep(resolved, mark);
  return actorOf(resolved, policy, now);
}

/**
 * The cached session while nothing would have to be written or decided: within the touch interval of its last
 * recorded activity (so the database's last_seen_at is as fresh as without the cache, and the idle timeout, at
 * least five minutes, cannot have passed) and within its lifetime. Otherwise the database is asked.
 */
export function cachedActor(request: FastifyRequest, policy: SecurityPolicy, cache: SessionCache): Actor | null {
  const tokenHash = sessionTokenHash(request);
  return tokenHash ? fromCache(cache, tokenHash, policy) : null;
}

function fromCache(cache: SessionCache, tokenHash: string, policy: SecurityPolicy): Actor | null {
  const entry = cache.get(tokenHash);
  if (!entry) return null;
  const now = Date.now();
  if (
    now - entry.lastSeenAt.getTime() > TOUCH_INTERVAL_MS ||
    now - entry.lastSeenAt.getTime() < 0 ||
    now - entry.createdAt.getTime() > policy.sessionMaxHours * 3_600_000
  ) {
    cache.forget(tokenHash);
    return null;
  }
  return actorOf(entry, policy, now);
}

function actorOf(s: ResolvedSession, policy: SecurityPolicy, now: number): Actor {
  const passwordExpiresAt = passwordExpiry(s.user.passwordChangedAt, policy);
  return {
    userId: s.user.id,
    username: s.user.username,
    displayName: s.user.displayName,
    grants: s.grants,
    permissions: new Set(s.grants.flatMap((g) => g.permissions)),
    mustChangePassword: s.user.mustChangePassword || (passwordExpiresAt !== null && passwordExpiresAt.getTime() <= now),
    mustEnrolTotp: holdsAdminPermission(s.grants) && !s.user.totpEnabled && !s.user.demoAccount,
    totpEnabled: s.user.totpEnabled,
    passwordExpiresAt,
    sessionTokenHash: s.tokenHash,
    csrfToken: s.csrfToken,
  };
}

/** The session and the fields of its user that a request is resolved from. */
function sessionByHash(db: Queryable, tokenHash: string) {
  return db
    .select({
      session: {
        csrfToken: sessions.csrfToken,
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
      },
      user: {
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        passwordChangedAt: users.passwordChangedAt,
        mustChangePassword: users.mustChangePassword,
        totpEnabled: users.totpEnabled,
        demoAccount: users.demoAccount,
        status: users.status,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash))
    .limit(1);
}

export function passwordExpiry(changedAt: Date | null, policy: SecurityPolicy): Date | null {
  if (!changedAt) return null;
  return new Date(changedAt.getTime() + policy.passwordMaxAgeDays * 86_400_000);
}
