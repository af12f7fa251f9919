// The audit trail is read-only through the API, and only for the audit administrator.
import { and, count, desc, lt } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog } from '../../db/schema.ts';
import { AUDIT_ACTIONS, auditActionLabel } from '../../platform/audit-actions.ts';
import { verifyAuditChain } from '../../platform/audit-chain.ts';
import { defineRoute, fileReply } from '../../platform/http.ts';
import { decodeCursor, encodeCursor, listQuery, listResponse } from '../../platform/list.ts';
import { caseReporterBody, caseReportersView, lookupCaseReporters } from './audit.cases.ts';
import { childLabelSchema, childLookupBody, lookupChildren } from './audit.children.ts';
import { exportAudit } from './audit.export.ts';
import { auditFilterFields, auditFilterSchema, auditWhere, nameRows } from './audit.query.ts';

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
  /** The divisions or institutions of the operator's grants; none for an administrator. */
  actorUnit: z.string().nullable(),
  targetType: z.string().nullable(),
  /** The kind of object in words. */
  targetTypeLabel: z.string().nullable(),
  targetId: z.string().nullable(),
  /** The object by name: the child's, the account's, the role's. */
  targetName: z.string().nullable(),
  /** The division the row is about (a grant's, an export's filter), by name. */
  divisionName: z.string().nullable(),
  /** The first children the row's details name (an export, a relation), by name. */
  children: z.array(z.object({ id: z.string(), name: z.string() })),
  /** How many children the row's details name in all. */
  childCount: z.number().int(),
  outcome: z.enum(['success', 'failure']),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  details: z.unknown().nullable(),
});

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/audit',
    access: 'audit:read',
    summary: '查询审计日志 Search the audit trail',
    tags: ['audit'],
    query: z.strictObject({ ...auditFilterFields, ...listQuery }),
    response: listResponse(entrySchema),
    handler: async (ctx) => {
      const q = ctx.query;
      const where = auditWhere(q);
      const after = decodeCursor(q.cursor, 1);
      const rows = await ctx.db
        .select()
        .from(auditLog)
        .where(and(where, after ? lt(auditLog.id, Number(after[0])) : undefined))
        .orderBy(desc(auditLog.id))
        .limit(q.limit + 1);
      const [total] = await ctx.db.select({ n: count() }).from(auditLog).where(where);
      // Reading the trail is itself recorded.
      await ctx.audit(ctx.db, { action: 'audit.search', details: { ...q, cursor: undefined } });
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      return {
        data: await nameRows(ctx.db, page, ctx.locale),
        total: total?.n ?? 0,
        success: true as const,
        nextCursor: rows.length > q.limit && last ? encodeCursor([last.id]) : null,
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
  defineRoute({
    method: 'POST',
    url: '/api/audit/children/search',
    access: 'audit:read',
    summary: '按姓名或身份证号查找儿童（仅用于审计，留痕）Find a child for its audit trail (audited)',
    tags: ['audit'],
    // The body keeps an ID number out of URLs and access logs.
    body: childLookupBody,
    response: z.object({ data: z.array(childLabelSchema), more: z.boolean() }),
    handler: (ctx) => lookupChildren(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/audit/case-reporters',
    access: 'audit:read',
    summary: '按受理编号查看个案报告人身份（仅审计管理员，留痕）The reporters of a case by receipt number (audited)',
    tags: ['audit'],
    body: caseReporterBody,
    response: caseReportersView,
    handler: (ctx) => lookupCaseReporters(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/audit/export',
    access: 'audit:read',
    raw: true,
    summary: '按当前条件导出审计日志为 Excel（留痕）Export the filtered audit trail (audited)',
    tags: ['audit'],
    body: auditFilterSchema,
    response: fileReply,
    handler: (ctx) => exportAudit(ctx),
  }),
];
