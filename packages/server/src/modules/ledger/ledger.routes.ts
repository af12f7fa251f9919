// Ledger (台账) import and export: Excel in and out, so nobody retypes a child.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { importJobs } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { defineRoute, fileReply } from '../../platform/http.ts';
import { workbookFile } from '../../platform/workbook.ts';
import { withIdChecks } from '../security-events/index.ts';
import { checkLedger } from './ledger.check.ts';
import { commitImport } from './ledger.commit.ts';
import { exportChildren, exportFilter } from './ledger.export.ts';
import { buildTemplate } from './ledger.files.ts';
import { problemCellsOf, problemsWorkbook } from './ledger.problems.ts';
import { villagesInScope } from './ledger.villages.ts';
import { readLedgerInWorker } from './ledger.parse.ts';
import type { LedgerSheet } from './ledger.read.ts';
import { asOnlyImport } from './ledger.slots.ts';

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

export const ledgerRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/children/import/template',
    access: 'children:write',
    raw: true,
    summary: '下载台账导入模板 Ledger import template',
    tags: ['ledger'],
    response: fileReply,
    // The villages sheet lists what the caller may import into, so a name from it stands in for the code.
    handler: async (ctx) =>
      workbookFile(
        await buildTemplate(await villagesInScope(ctx.db, ctx.scope('children:write'))),
        '儿童台账导入模板.xlsx',
      ),
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
            // The refused rows' cells as typed, for the problem-rows file: they hold ID numbers, so encrypted too.
            problemCells: ctx.services.cipher.encrypt(JSON.stringify(problemCellsOf(sheet, rows))),
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
    url: '/api/children/import/:jobId/problems',
    access: 'children:write',
    raw: true,
    summary: '下载试导入的问题行（Excel，可修改后重新导入）Download the problem rows of a dry run',
    tags: ['ledger'],
    params: z.strictObject({ jobId: z.uuid() }),
    response: fileReply,
    handler: async (ctx) => {
      const file = await problemsWorkbook(
        ctx.db,
        ctx.services.cipher,
        { id: ctx.params.jobId, userId: ctx.actor.userId },
        ctx.locale,
      );
      await ctx.audit(ctx.db, {
        action: 'child.import_problems',
        targetType: 'import',
        targetId: ctx.params.jobId,
        details: { rows: file.rows },
      });
      return workbookFile(file.bytes, file.fileName);
    },
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
