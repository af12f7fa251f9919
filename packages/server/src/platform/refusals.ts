// Refused requests as security events (GB/T 22239 level 3: audit of security-relevant events). A permission
// refusal (403) and a probe for a record out of reach (404 on a route with an id) roll their request back, so they
// are written afterwards in their own transaction. Ten or more within an hour by one user raise an alert for the
// security administrator (one row per user and day, counting on).
import { serviceDate } from '@hehu/domain';
import { and, count, eq, gte, sql } from 'drizzle-orm';
import type { Database } from '../db/connection.ts';
import { auditLog, securityAlerts, users } from '../db/schema.ts';
import type { Actor } from './access.ts';
import { writeAudit, type AuditOrigin } from './audit.ts';
import type { AppError } from './errors.ts';

export const REFUSAL_ACTION = 'access.refused';
export const REFUSAL_ALERT_KIND = 'access_refusals';
/** Refusals by one user within an hour that make an alert. */
export const REFUSALS_PER_HOUR_ALERT = 10;

/** Whether a failed request is a refusal worth recording: a 403, or a 404 for an id in the path. */
export function isRefusal(error: AppError, routeUrl: string): boolean {
  if (error.code === 'FORBIDDEN' || error.code === 'SELF_GRANT') return true;
  return error.code === 'NOT_FOUND' && routeUrl.includes('/:');
}

export async function recordRefusal(
  database: Database,
  actor: Actor,
  origin: AuditOrigin,
  refusal: { error: AppError; method: string; routeUrl: string; params: unknown },
): Promise<void> {
  const params =
    refusal.params && typeof refusal.params === 'object' ? (refusal.params as Record<string, unknown>) : {};
  const target = Object.values(params).find((v): v is string => typeof v === 'string') ?? null;
  await database.transaction(async (tx) => {
    await writeAudit(tx, origin, {
      action: REFUSAL_ACTION,
      outcome: 'failure',
      targetType: 'route',
      // The route's pattern and the id asked for: never a query string (it may hold an ID number).
      targetId: target?.slice(0, 64) ?? null,
      details: {
        status: refusal.error.status,
        code: refusal.error.code,
        route: `${refusal.method} ${refusal.routeUrl}`,
      },
    });
    const [recent] = await tx
      .select({ n: count() })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.actorId, actor.userId),
          eq(auditLog.action, REFUSAL_ACTION),
          gte(auditLog.at, sql`now() - interval '1 hour'`),
        ),
      );
    const n = recent?.n ?? 0;
    if (n < REFUSALS_PER_HOUR_ALERT) return;
    const [user] = await tx
      .select({ username: users.username, displayName: users.displayName })
      .from(users)
      .where(eq(users.id, actor.userId));
    await tx
      .insert(securityAlerts)
      .values({
        kind: REFUSAL_ALERT_KIND,
        userId: actor.userId,
        username: user?.username ?? actor.username,
        displayName: user?.displayName ?? actor.displayName,
        day: serviceDate(),
        events: n,
        refused: n,
      })
      .onConflictDoUpdate({
        target: [securityAlerts.userId, securityAlerts.day, securityAlerts.kind],
        set: { events: sql`excluded.events`, refused: sql`excluded.refused`, lastAt: sql`now()` },
      });
  });
}
