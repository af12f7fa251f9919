// A child's ledger (一人一账) and the fund-use report (资金使用), on screen and as watermarked Excel files.
import { serviceDate } from '@hehu/domain';
import { AppError } from '../../platform/errors.ts';
import { defineRoute, fileReply } from '../../platform/http.ts';
import { exportWatermark, exportWorkbook, workbookFile } from '../../platform/workbook.ts';
import { childParams, fundUseQuery, fundUseView, ledgerView } from './accounts.schemas.ts';
import { FUND_USE_COLUMNS, LEDGER_COLUMNS, countyInReach, fundUse, fundUseCells, ledgerCells } from './fund-report.ts';
import { childLedger } from './ledger.service.ts';

export const allowanceLedgerRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/children/:id/allowance-ledger',
    access: 'allowances:read',
    summary: '儿童基本生活费台账（一人一账：逐月应发、实发、差额）Allowance ledger of a child',
    tags: ['allowances'],
    params: childParams,
    response: ledgerView,
    handler: async (ctx) => {
      const view = await childLedger(ctx.db, ctx.scope('allowances:read'), ctx.params.id, serviceDate(), ctx.locale);
      await ctx.audit(ctx.db, {
        action: 'allowance.ledger.read',
        targetType: 'child',
        targetId: view.childId,
        details: { months: view.data.length },
      });
      return view;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/children/:id/allowance-ledger.xlsx',
    access: 'allowances:read',
    raw: true,
    summary: '导出儿童基本生活费台账（留痕）Export the allowance ledger of a child',
    tags: ['allowances'],
    params: childParams,
    response: fileReply,
    handler: async (ctx) => {
      const view = await childLedger(ctx.db, ctx.scope('allowances:read'), ctx.params.id, serviceDate(), ctx.locale);
      const now = new Date();
      const bytes = await exportWorkbook(
        {
          name: { zh: '基本生活费台账', en: 'Allowance ledger' },
          columns: LEDGER_COLUMNS,
          rows: view.data.map((m) => ledgerCells(m, ctx.locale)),
        },
        exportWatermark(ctx.actor, ctx.locale, now),
        ctx.locale,
      );
      await ctx.audit(ctx.db, {
        action: 'allowance.ledger.read',
        targetType: 'child',
        targetId: view.childId,
        details: { months: view.data.length, format: 'xlsx' },
      });
      const name = ctx.locale === 'en' ? 'allowance-ledger' : `基本生活费台账-${view.childName}`;
      return workbookFile(bytes, `${name}-${serviceDate(now)}.xlsx`);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/allowances/fund-use',
    access: 'allowances:read',
    summary: '基本生活费资金使用情况（按县、月份、类别）Fund use by county, month and category',
    tags: ['allowances'],
    query: fundUseQuery,
    response: fundUseView,
    handler: async (ctx) => {
      const scope = ctx.scope('allowances:read');
      if (ctx.query.county && !countyInReach(scope, ctx.query.county)) throw new AppError('NOT_FOUND');
      const view = await fundUse(ctx.db, scope, ctx.query, ctx.locale);
      await ctx.audit(ctx.db, {
        action: 'allowance.fund_report.read',
        details: { year: ctx.query.year, county: ctx.query.county ?? null },
      });
      return view;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/allowances/fund-use.xlsx',
    access: 'allowances:read',
    raw: true,
    summary: '导出资金使用情况（留痕）Export the fund-use report',
    tags: ['allowances'],
    query: fundUseQuery,
    response: fileReply,
    handler: async (ctx) => {
      const scope = ctx.scope('allowances:read');
      if (ctx.query.county && !countyInReach(scope, ctx.query.county)) throw new AppError('NOT_FOUND');
      const view = await fundUse(ctx.db, scope, ctx.query, ctx.locale);
      const now = new Date();
      const bytes = await exportWorkbook(
        { name: { zh: '资金使用情况', en: 'Fund use' }, columns: FUND_USE_COLUMNS, rows: view.data.map(fundUseCells) },
        exportWatermark(ctx.actor, ctx.locale, now),
        ctx.locale,
      );
      await ctx.audit(ctx.db, {
        action: 'allowance.fund_report.read',
        details: { year: ctx.query.year, county: ctx.query.county ?? null, format: 'xlsx' },
      });
      const name = ctx.locale === 'en' ? 'fund-use' : '基本生活费资金使用情况';
      return workbookFile(bytes, `${name}-${ctx.query.year}.xlsx`);
    },
  }),
];
