// Ledger (台账) import and export: Excel in and out, so nobody retypes a child.
import { serviceDate } from '@hehu/domain';
import { createHash } from 'node:crypto';
import { asc, sql } from 'drizzle-orm';
import { z } from 'zod';
import { childCategories, children, importJobs } from '../../db/schema.ts';
import { isDivisionInScope } from '../../platform/access.ts';
import { limitIdLookup } from '../../platform/address-limits.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access.ts';
import { defineRoute, fileReply, type FileReply, type RouteContext } from '../../platform/http.ts';
import type { RouteAccess } from '../../platform/permissions.ts';
import { auditedFilter, childFilterQuery, toChildFilter, childWhere } from '../children/index.ts';
import { divisionPaths } from '../divisions/index.ts';
import { withIdChecks } from '../security-events/index.ts';
import { checkLedger } from './ledger.check.ts';
import { commitImport } from './ledger.commit.ts';
import { buildExport, buildTemplate, XLSX_MIME } from './ledger.files.ts';
import { readLedgerInWorker } from './ledger.parse.ts';
import type { LedgerSheet } from './ledger.read.ts';
import { asOnlyImport } from './ledger.slots.ts';

const EXPORT_LIMIT = 100_000;

function workbookFile(bytes: Buffer, fileName: string): FileReply {
  return {
    bytes,
    contentType: XLSX_MIME,
    disposition: `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    sandboxed: false,
  };
}

const checkedRowSchema = z.object({
  row: z.number(),
  status: z.enum(['valid', 'error', 'duplicate_in_file', 'exists']),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
});

function isLedgerSheet(value: unknown): value is LedgerSheet {
  return typeof value === 'object' && value !== null && 'rows' in value && Array.isArray(value.rows);
}

type ExportContext = RouteContext<unknown, unknown, unknown, RouteAccess> & { actor: Actor };

const exportFilter = z.strictObject(childFilterQuery);

/** The filtered list as a watermarked workbook; ID numbers in full only where the user may unmask. */
async function exportChildren(ctx: ExportContext, query: z.infer<typeof exportFilter>): Promise<FileReply> {
  await limitIdLookup(ctx, query.q);
  const filter = toChildFilter(query, (v) => ctx.services.cipher.blindIndex(v));
  const rows = await ctx.db
    .select({
      id: children.id,
      name: children.name,
      sex: children.sex,
      birthDate: children.birthDate,
      idNumberEnc: children.idNumberEnc,
      idNumberMasked: children.idNumberMasked,
      divisionCode: children.divisionCode,
      status: children.status,
      categories: sql<
        string[]
      >`coalesce((select array_agg(cc.category) from ${childCategories} cc where cc.child_id = ${children.id} and (cc.end_date is null or cc.end_date > current_date)), '{}')`,
    })
    .from(children)
    .where(childWhere(ctx.scope('children:read'), filter))
    .orderBy(asc(children.divisionCode), asc(children.name))
    .limit(EXPORT_LIMIT + 1);
  if (rows.length > EXPORT_LIMIT) {
    throw AppError.rule(
      'EXPORT_TOO_LARGE',
      `一次最多导出 ${EXPORT_LIMIT} 人，请缩小筛选范围`,
      `At most ${EXPORT_LIMIT} rows per export`,
    );
  }
  const unmask = ctx.scope('children:unmask');
  const paths = await divisionPaths(ctx.db, [...new Set(rows.map((r) => r.divisionCode))]);
  const now = new Date();
  const stamp = now.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  const watermark = `导出人：${ctx.actor.displayName}（${ctx.actor.username}） 导出时间：${stamp} 仅限工作使用，不得外传`;
  let unmasked = 0;
  const bytes = await buildExport(
    rows.map((r) => {
      const full = r.idNumberEnc && isDivisionInScope(unmask, r.divisionCode);
      if (full) unmasked++;
      return {
        name: r.name,
        sex: r.sex,
        birthDate: r.birthDate,
        idNumber: full && r.idNumberEnc ? ctx.services.cipher.decrypt(r.idNumberEnc) : r.idNumberMasked,
        divisionPath: (paths.get(r.divisionCode) ?? []).map((p) => p.name).join(' / '),
        categories: r.categories,
        status: r.status,
      };
    }),
    watermark,
  );
  await ctx.audit(ctx.db, {
    action: 'child.export',
    targetType: 'child',
    // Which children the workbook held, so each child's trail shows the export (audit/audit.query.ts).
    details: {
      filter: auditedFilter(query, filter),
      rows: rows.length,
      unmaskedIdNumbers: unmasked,
      childIds: rows.map((r) => r.id),
    },
  });
  return workbookFile(bytes, `儿童名册-${serviceDate(now)}.xlsx`);
}

export const ledgerRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/children/import/template',
    access: 'children:write',
    raw: true,
    summary: '下载台账导入模板 Ledger import template',
    tags: ['ledger'],
    response: fileReply,
    handler: async () => workbookFile(await buildTemplate(), '儿童台账导入模板.xlsx'),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/import/check',
    access: 'children:write',
    upload: {
      maxBytes: 30 * 1024 * 1024,
      // Read in a worker thread before the request's transaction, as the user's one ledger operation.
      prepare: (bytes, actor, next) => asOnlyImport(actor.userId, async () => next(await readLedgerInWorker(bytes))),
    },
    summary: '检查台账（试导入，不保存）Check a ledger (dry run)',
    tags: ['ledger'],
    query: z.strictObject({ fileName: z.string().trim().min(1).max(200) }),
    response: z.object({
      jobId: z.string(),
      totalRows: z.number(),
      validRows: z.number(),
      rows: z.array(checkedRowSchema),
      unknownColumns: z.array(z.string()),
      notes: z.array(z.string()),
    }),
    handler: async (ctx) => {
      const bytes = ctx.upload ?? Buffer.alloc(0);
      const sheet = ctx.prepared;
      if (!isLedgerSheet(sheet)) throw new AppError('INTERNAL');
      const { rows, valid } = await withIdChecks(ctx, () =>
        checkLedger(ctx.db, ctx.scope('children:write'), ctx.services.cipher, sheet, ctx),
      );
      const report = { rows, unknownColumns: sheet.unknownColumns, notes: sheet.notes };
      const [job] = await ctx.db
        .insert(importJobs)
        .values({
          createdBy: ctx.actor.userId,
          fileName: ctx.query.fileName,
          fileSha256: createHash('sha256').update(bytes).digest('hex'),
          status: 'checked',
          totalRows: rows.length,
          validRows: valid.length,
          // Only the rows with problems are kept with the job (the commit counts them; the valid ones are in
          // the payload). The rows to insert hold ID numbers and addresses: kept encrypted until commit.
          report: {
            problems: rows.filter((r) => r.status !== 'valid'),
            unknownColumns: sheet.unknownColumns,
            notes: sheet.notes,
            payload: ctx.services.cipher.encrypt(JSON.stringify(valid)),
          },
        })
        .returning({ id: importJobs.id });
      if (!job) throw new AppError('INTERNAL');
      await ctx.audit(ctx.db, {
        action: 'child.import_check',
        targetType: 'import',
        targetId: job.id,
        details: { fileName: ctx.query.fileName, totalRows: rows.length, validRows: valid.length },
      });
      return { jobId: job.id, totalRows: rows.length, validRows: valid.length, ...report };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/import/:jobId/commit',
    access: 'children:write',
    summary: '确认导入 Commit a checked ledger',
    tags: ['ledger'],
    params: z.strictObject({ jobId: z.uuid() }),
    body: z.strictObject({ mode: z.enum(['all_or_nothing', 'valid_only']) }),
    response: z.object({ created: z.number(), skipped: z.number() }),
    handler: (ctx) =>
      asOnlyImport(ctx.actor.userId, () => withIdChecks(ctx, () => commitImport(ctx, ctx.params.jobId, ctx.body.mode))),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/children/export',
    access: 'children:export',
    raw: true,
    summary: '导出当前名单为 Excel（留痕）Export the filtered list (audited)',
    tags: ['ledger'],
    query: exportFilter,
    response: fileReply,
    handler: (ctx) => exportChildren(ctx, ctx.query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/export',
    access: 'children:export',
    raw: true,
    summary: '导出当前名单为 Excel，条件在请求体中（留痕）Export the filtered list, filters in the body (audited)',
    tags: ['ledger'],
    body: exportFilter,
    response: fileReply,
    // The body keeps an ID-number filter out of URLs and access logs.
    handler: (ctx) => exportChildren(ctx, ctx.body),
  }),
];
