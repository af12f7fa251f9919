// Bank routes of a roll: the payment file in the county's layout, the return file, the reconciliation (on
// screen and in Excel). The layouts themselves: bank-layouts.routes.ts.
import { fenToYuan } from '@hehu/domain';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { defineRoute, fileReply } from '../../platform/http.ts';
import { exportWatermark, exportWorkbook, workbookFile } from '../../platform/workbook.ts';
import { uploadedFileName } from '../documents/index.ts';
import { rollParams } from './allowances.schemas.ts';
import { exportBankFile, loadBankReturn, reconciliation } from './bank.service.ts';

const RETURN_MAX_BYTES = 20 * 1024 * 1024;

const returnSummary = z.object({
  expectedCount: z.number().int(),
  expectedFen: z.number(),
  paidCount: z.number().int(),
  paidFen: z.number(),
  failedCount: z.number().int(),
  failedFen: z.number(),
  unmatchedCount: z.number().int(),
  unknownCount: z.number().int(),
});

const reconciliationView = z.object({
  rollId: z.uuid(),
  month: z.string(),
  countyCode: z.string(),
  summary: z.object({
    expectedCount: z.number().int(),
    expectedFen: z.number(),
    paidCount: z.number().int(),
    paidFen: z.number(),
    failedCount: z.number().int(),
    failedFen: z.number(),
    pendingCount: z.number().int(),
    unsentCount: z.number().int(),
  }),
  failed: z.array(
    z.object({
      childId: z.uuid(),
      childName: z.string(),
      reference: z.string(),
      amountFen: z.number(),
      reason: z.string(),
    }),
  ),
  imports: z.array(
    z.object({
      fileName: z.string(),
      uploadedAt: z.string(),
      uploadedBy: z.string().nullable(),
      summary: z.record(z.string(), z.number()),
    }),
  ),
});

const MIME = {
  csv: 'text/csv; charset=GBK',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const allowanceBankRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/allowances/rolls/:id/bank-file',
    access: 'allowances:prepare',
    raw: true,
    summary: '导出银行代发文件（按本县设定的银行格式，.xlsx 或 CSV，留痕）Export the bank payment file',
    tags: ['allowances'],
    params: rollParams,
    query: z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx') }),
    response: fileReply,
    handler: async (ctx) => {
      const file = await exportBankFile(ctx, ctx.params.id, ctx.query.format);
      if (file.format === 'xlsx') return workbookFile(file.bytes, file.fileName);
      return {
        bytes: file.bytes,
        contentType: MIME.csv,
        disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        sandboxed: false,
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/allowances/rolls/:id/bank-return',
    access: 'allowances:prepare',
    summary: '导入银行回盘文件（逐行匹配；有任何问题则整份不导入）Load the bank return file',
    tags: ['allowances'],
    params: rollParams,
    query: z.strictObject({ fileName: uploadedFileName.optional() }),
    upload: { maxBytes: RETURN_MAX_BYTES },
    response: z.object({ summary: returnSummary, outcomes: z.number().int() }),
    handler: async (ctx) => {
      if (!ctx.upload) {
        throw AppError.rule('UPLOAD_EMPTY', '请选择银行回盘文件', 'Choose the return file', { field: 'file' });
      }
      return loadBankReturn(ctx, ctx.params.id, ctx.upload, ctx.query.fileName ?? '回盘文件');
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/allowances/rolls/:id/reconciliation',
    access: 'allowances:read',
    summary: '对账：应发、已发、失败与未回盘 Reconciliation of a roll',
    tags: ['allowances'],
    params: rollParams,
    response: reconciliationView,
    handler: (ctx) => reconciliation(ctx, ctx.params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/allowances/rolls/:id/reconciliation.xlsx',
    access: 'allowances:read',
    raw: true,
    summary: '对账结果导出 Excel（失败与未报盘名单，留痕）Reconciliation as Excel',
    tags: ['allowances'],
    params: rollParams,
    response: fileReply,
    handler: async (ctx) => {
      const view = await reconciliation(ctx, ctx.params.id);
      const s = view.summary;
      const bytes = await exportWorkbook(
        {
          name: { zh: `对账 ${view.month}`, en: `Reconciliation ${view.month}` },
          columns: [
            { header: { zh: '项目 / 儿童', en: 'Item / child' }, width: 18 },
            { header: { zh: '参考号', en: 'Reference' }, width: 22, text: true },
            { header: { zh: '金额（元）', en: 'Amount (yuan)' }, width: 14, text: true },
            { header: { zh: '笔数 / 原因', en: 'Count / reason' }, width: 30 },
          ],
          rows: [
            ['应发', '', fenToYuan(s.expectedFen), String(s.expectedCount)],
            ['已发', '', fenToYuan(s.paidFen), String(s.paidCount)],
            ['失败', '', fenToYuan(s.failedFen), String(s.failedCount)],
            ['未回盘', '', '', String(s.pendingCount)],
            ['未报盘（无账户）', '', '', String(s.unsentCount)],
            ...view.failed.map((f) => [f.childName, f.reference, fenToYuan(f.amountFen), f.reason]),
          ],
        },
        exportWatermark(ctx.actor, ctx.locale, new Date()),
        ctx.locale,
      );
      return workbookFile(bytes, `对账-${view.countyCode}-${view.month.replace('-', '')}.xlsx`);
    },
  }),
];
