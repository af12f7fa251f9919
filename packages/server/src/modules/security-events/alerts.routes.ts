// The security administrator's alerts: users whose ID-number checks reached the daily limit (one row per user
// and day). The alert names the account and the counts only; what was asked is in the audit trail, which
// the audit administrator reads.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { securityAlerts, users } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http.ts';
import { encodeCursor, keyedCursor, listQuery, listResponse } from '../../platform/list.ts';

const alertItem = z.object({
  id: z.string(),
  kind: z.string(),
  username: z.string(),
  displayName: z.string(),
  day: z.string(),
  events: z.number(),
  refused: z.number(),
  firstAt: z.string(),
  lastAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedByName: z.string().nullable(),
});
type AlertItem = z.infer<typeof alertItem>;

const acknowledger = alias(users, 'acknowledger');

function alertQuery(db: Queryable) {
  return db
    .select({
      alert: securityAlerts,
      acknowledgedByName: acknowledger.displayName,
      /** Exact (microseconds) for the cursor; a JS Date would round it. */
      sortKey: sql<string>`${securityAlerts.firstAt}::text`,
    })
    .from(securityAlerts)
    .leftJoin(acknowledger, eq(acknowledger.id, securityAlerts.acknowledgedBy));
}

function toItem(r: Awaited<ReturnType<typeof alertQuery>>[number]): AlertItem {
  const a = r.alert;
  return {
    id: a.id,
    kind: a.kind,
    username: a.username,
    displayName: a.displayName,
    day: a.day,
    events: a.events,
    refused: a.refused,
    firstAt: a.firstAt.toISOString(),
    lastAt: a.lastAt.toISOString(),
    acknowledgedAt: a.acknowledgedAt ? a.acknowledgedAt.toISOString() : null,
    acknowledgedByName: r.acknowledgedByName,
  };
}

export const securityAlertRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/security/alerts',
    access: 'policy:manage',
    summary: '安全告警：身份证号核验次数达到上限的账号 Security alerts: accounts that reached the ID-check limit',
    tags: ['security'],
    query: z.strictObject({ status: z.enum(['open', 'all']).default('open'), ...listQuery }),
    response: listResponse(alertItem),
    handler: async (ctx) => {
      const where = ctx.query.status === 'open' ? isNull(securityAlerts.acknowledgedAt) : undefined;
      const after = keyedCursor(ctx.query.cursor, 'timestamp');
      const rows = await alertQuery(ctx.db)
        .where(
          and(
            where,
            after
              ? sql`(${securityAlerts.firstAt}, ${securityAlerts.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
              : undefined,
          ),
        )
        .orderBy(desc(securityAlerts.firstAt), desc(securityAlerts.id))
        .limit(ctx.query.limit + 1);
      const page = rows.slice(0, ctx.query.limit);
      const last = page.at(-1);
      return {
        data: page.map(toItem),
        total: await ctx.db.$count(securityAlerts, where),
        success: true as const,
        nextCursor: rows.length > ctx.query.limit && last ? encodeCursor([last.sortKey, last.alert.id]) : null,
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/security/alerts/:id/acknowledge',
    access: 'policy:manage',
    summary: '确认已处理告警 Acknowledge an alert',
    tags: ['security'],
    params: z.strictObject({ id: z.uuid('告警编号格式不正确') }),
    response: alertItem,
    handler: async (ctx) => {
      const [updated] = await ctx.db
        .update(securityAlerts)
        .set({ acknowledgedAt: new Date(), acknowledgedBy: ctx.actor.userId })
        .where(and(eq(securityAlerts.id, ctx.params.id), isNull(securityAlerts.acknowledgedAt)))
        .returning({ id: securityAlerts.id, username: securityAlerts.username, day: securityAlerts.day });
      if (!updated) {
        const [exists] = await ctx.db
          .select({ id: securityAlerts.id })
          .from(securityAlerts)
          .where(eq(securityAlerts.id, ctx.params.id));
        if (!exists) throw new AppError('NOT_FOUND');
        throw new AppError('CONFLICT', undefined, { zh: '该告警已确认', en: 'This alert was already acknowledged' });
      }
      await ctx.audit(ctx.db, {
        action: 'security.alert_acknowledge',
        targetType: 'security_alert',
        targetId: updated.id,
        details: { username: updated.username, day: updated.day },
      });
      const [row] = await alertQuery(ctx.db).where(eq(securityAlerts.id, updated.id));
      if (!row) throw new AppError('INTERNAL');
      return toItem(row);
    },
  }),
];
