// 主动发现 as a workbook: the same rows the list shows in the same scope, audited as an export with the children
// it held.
import { CATEGORY_CODES, CATEGORY_LABELS, serviceDate } from '@hehu/domain';
import { z } from 'zod';
import { defineRoute, fileReply } from '../../platform/http.ts';
import {
  EXPORT_LIMIT,
  exportDetails,
  exportTooLarge,
  exportWatermark,
  exportWorkbook,
  say,
  workbookFile,
} from '../../platform/workbook.ts';
import { listPotential } from './potential.ts';

export const potentialExportRoute = defineRoute({
  method: 'GET',
  url: '/api/potentially-eligible/export',
  access: 'children:export',
  raw: true,
  summary: '导出主动发现名单为 Excel（留痕）Export the potentially eligible list (audited)',
  tags: ['categories'],
  query: z.strictObject({
    division: z
      .string()
      .regex(/^\d{4,12}$/, '行政区划代码应为 4–12 位数字')
      .optional(),
    category: z.enum(CATEGORY_CODES).optional(),
  }),
  response: fileReply,
  handler: async (ctx) => {
    const { division, category } = ctx.query;
    const now = new Date();
    // Scoped like the list: what the caller may read.
    const page = await listPotential(
      ctx.db,
      ctx.scope('children:read'),
      { division, category },
      { limit: EXPORT_LIMIT, after: null, locale: ctx.locale, asOf: serviceDate(now) },
    );
    if (page.next) throw exportTooLarge();
    const bytes = await exportWorkbook(
      {
        name: { zh: '主动发现', en: 'Potentially eligible' },
        columns: [
          { header: { zh: '姓名', en: 'Name' }, width: 10 },
          { header: { zh: '村（社区）', en: 'Village' }, width: 24 },
          { header: { zh: '村（社区）代码', en: 'Village code' }, width: 15, text: true },
          { header: { zh: '可能符合的类别', en: 'Category' }, width: 22 },
          { header: { zh: '符合起始日期', en: 'Since' }, width: 12 },
          { header: { zh: '依据', en: 'Reasons' }, width: 70 },
        ],
        rows: page.items.map((r) => [
          r.name,
          r.divisionName,
          r.divisionCode,
          say(CATEGORY_LABELS[r.category], ctx.locale),
          r.since,
          r.reasons.join(ctx.locale === 'en' ? '; ' : '；'),
        ]),
      },
      exportWatermark(ctx.actor, ctx.locale, now),
      ctx.locale,
    );
    await ctx.audit(ctx.db, {
      action: 'child.export',
      targetType: 'child',
      details: exportDetails(
        'potentially_eligible',
        { division: division ?? null, category: category ?? null },
        page.items.length,
        page.items.map((r) => r.childId),
      ),
    });
    const name = ctx.locale === 'en' ? 'potentially-eligible' : '主动发现名单';
    return workbookFile(bytes, `${name}-${serviceDate(now)}.xlsx`);
  },
});
