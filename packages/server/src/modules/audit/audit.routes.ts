// The audit trail is read-only through the API, and only for the audit administrator.
import { and, count, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, users } from '../../db/schema.ts';
import { AUDIT_ACTIONS, auditActionLabel } from '../../platform/audit-actions.ts';
import { verifyAuditChain } from '../../platform/audit-chain.ts';
import { defineRoute } from '../../platform/http.ts';
import { decodeCursor, encodeCursor, listQuery, listResponse } from '../../platform/list.ts';

const entrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  /** The action in words, in the caller's language. */
  actionLabel: z.string(),
  /** The operator's name as the account shows it (the username stays, as recorded). */
  actorName: z.string().nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  outcome: z.enum(['success', 'failure']),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  details: z.unknown().nullable(),
});

const isoDateTime = z.iso.datetime({ offset: true }).or(z.iso.date());

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/audit',
    access: 'audit:read',
    summary: '查询审计日志 Search the audit trail',
    tags: ['audit'],
    query: z.strictObject({
      actor: z.string().trim().max(64).optional(),
      action: z.string().trim().max(64).optional(),
      targetType: z.string().trim().max(32).optional(),
      targetId: z.string().trim().max(64).optional(),
      outcome: z.enum(['success', 'failure']).optional(),
      from: isoDateTime.optional(),
      to: isoDateTime.optional(),
      ...listQuery,
    }),
    response: listResponse(entrySchema),
    handler: async (ctx) => {
      const q = ctx.query;
      const filters: (SQL | undefined)[] = [
        q.actor ? eq(auditLog.actorUsername, q.actor) : undefined,
        q.action ? eq(auditLog.action, q.action) : undefined,
        q.targetType ? eq(auditLog.targetType, q.targetType) : undefined,
        q.targetId ? eq(auditLog.targetId, q.targetId) : undefined,
        q.outcome ? eq(auditLog.outcome, q.outcome) : undefined,
        q.from ? gte(auditLog.at, new Date(q.from)) : undefined,
        // A bare date as the upper bound includes that whole day.
        q.to ? lte(auditLog.at, new Date(q.to.length === 10 ? `${q.to}T23:59:59.999+08:00` : q.to)) : undefined,
      ];
      const where = and(...filters);
      const after = decodeCursor(q.cursor, 1);
      const rows = await ctx.db
        .select({ entry: auditLog, actorName: users.displayName })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorId))
        .where(and(where, after ? lt(auditLog.id, Number(after[0])) : undefined))
        .orderBy(desc(auditLog.id))
        .limit(q.limit + 1);
      const [total] = await ctx.db.select({ n: count() }).from(auditLog).where(where);
      // Reading the trail is itself recorded.
      await ctx.audit(ctx.db, { action: 'audit.search', details: { ...q, cursor: undefined } });
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      return {
        data: page.map(({ entry, actorName }) => ({
          ...entry,
          at: entry.at.toISOString(),
          actionLabel: auditActionLabel(entry.action, ctx.locale),
          actorName,
        })),
        total: total?.n ?? 0,
        success: true as const,
        nextCursor: rows.length > q.limit && last ? encodeCursor([last.entry.id]) : null,
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/audit/actions',
    access: 'audit:read',
    summary: '审计动作类型 Audit action names',
    tags: ['audit'],
    response: z.object({ data: z.array(z.object({ action: z.string(), label: z.string() })) }),
    handler: async (ctx) => {
      // Every action the trail can hold, and any older one it does hold, each in words.
      const rows = await ctx.db.selectDistinct({ action: auditLog.action }).from(auditLog);
      const actions = new Set([...Object.keys(AUDIT_ACTIONS), ...rows.map((r) => r.action)]);
      return {
        data: [...actions]
          .map((action) => ({ action, label: auditActionLabel(action, ctx.locale) }))
          .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN')),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/audit/verification',
    access: 'audit:read',
    summary: '审计日志完整性校验（SM3 哈希链）Verify the audit hash chain',
    tags: ['audit'],
    response: z.object({
      ok: z.boolean(),
      sealed: z.number(),
      unsealed: z.number(),
      firstBroken: z
        .object({
          seq: z.number(),
          auditId: z.number(),
          reason: z.enum(['content_changed', 'link_broken', 'row_missing']),
        })
        .nullable(),
      checkedAt: z.string(),
    }),
    handler: async (ctx) => {
      const report = await verifyAuditChain(ctx.db);
      await ctx.audit(ctx.db, {
        action: 'audit.verify',
        outcome: report.ok ? 'success' : 'failure',
        details: { sealed: report.sealed, unsealed: report.unsealed, firstBroken: report.firstBroken },
      });
      return report;
    },
  }),
];
