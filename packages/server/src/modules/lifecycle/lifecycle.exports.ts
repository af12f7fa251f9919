// Transfers and duplicate pairs as workbooks: the same rows the lists show in the same scope, audited as exports
// with the children they held.
import { serviceDate } from '@hehu/domain';
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
  type Words,
} from '../../platform/workbook.ts';
import { listSuspects, SUSPECT_STATUSES } from './duplicates.store.ts';
import { listTransfers, TRANSFER_STATUSES } from './transfers.store.ts';

const TRANSFER_STATUS: Record<(typeof TRANSFER_STATUSES)[number], Words> = {
  pending: { zh: '待接收', en: 'Pending' },
  accepted: { zh: '已接收', en: 'Accepted' },
  rejected: { zh: '已退回', en: 'Rejected' },
  cancelled: { zh: '已撤回', en: 'Cancelled' },
};

const SUSPECT_STATUS: Record<(typeof SUSPECT_STATUSES)[number], Words> = {
  open: { zh: '待处理', en: 'Open' },
  dismissed: { zh: '非重复', en: 'Dismissed' },
  merged: { zh: '已合并', en: 'Merged' },
};

/** A time as people in Leshan read it. */
const localTime = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false }).slice(0, 16) : null;

const stamped = (zh: string, en: string, locale: 'zh-CN' | 'en', now: Date) =>
  `${locale === 'en' ? en : zh}-${serviceDate(now)}.xlsx`;

export const lifecycleExportRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/transfers/export',
    access: 'children:export',
    raw: true,
    summary: '导出转移申请为 Excel（留痕）Export transfers (audited)',
    tags: ['lifecycle'],
    query: z.strictObject({
      direction: z.enum(['incoming', 'outgoing']).default('incoming'),
      status: z.enum([...TRANSFER_STATUSES, 'all']).optional(),
    }),
    response: fileReply,
    handler: async (ctx) => {
      const { direction } = ctx.query;
      // The same defaults and scope as the list: the receiving side's work waits, the sender follows to the end.
      const asked = ctx.query.status ?? (direction === 'incoming' ? 'pending' : 'all');
      const status = asked === 'all' ? undefined : asked;
      const result = await listTransfers(
        ctx.db,
        ctx.scope('children:write'),
        { side: direction, status, viewerId: ctx.actor.userId },
        { limit: EXPORT_LIMIT, after: null },
      );
      if (result.after) throw exportTooLarge();
      const now = new Date();
      const bytes = await exportWorkbook(
        {
          name: { zh: '转移申请', en: 'Transfers' },
          columns: [
            { header: { zh: '儿童姓名', en: 'Child' }, width: 10 },
            { header: { zh: '转出村（社区）', en: 'From village' }, width: 24 },
            { header: { zh: '转入村（社区）', en: 'To village' }, width: 24 },
            { header: { zh: '转移原因', en: 'Reason' }, width: 30 },
            { header: { zh: '状态', en: 'Status' }, width: 8 },
            { header: { zh: '申请时间', en: 'Requested' }, width: 17 },
            { header: { zh: '处理时间', en: 'Decided' }, width: 17 },
            { header: { zh: '处理意见', en: 'Decision note' }, width: 30 },
          ],
          rows: result.items.map((t) => [
            t.childName,
            t.fromDivisionName,
            t.toDivisionName,
            t.reason,
            say(TRANSFER_STATUS[t.status], ctx.locale),
            localTime(t.requestedAt),
            localTime(t.decidedAt),
            t.decisionNote,
          ]),
        },
        exportWatermark(ctx.actor, ctx.locale, now),
        ctx.locale,
      );
      await ctx.audit(ctx.db, {
        action: 'child.export',
        targetType: 'child',
        details: exportDetails(
          'transfers',
          { direction, status: asked },
          result.items.length,
          result.items.map((t) => t.childId),
        ),
      });
      return workbookFile(bytes, stamped('转移申请', 'transfers', ctx.locale, now));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/duplicates/export',
    access: 'children:export',
    raw: true,
    summary: '导出疑似重复档案为 Excel（留痕）Export suspected duplicates (audited)',
    tags: ['lifecycle'],
    query: z.strictObject({ status: z.enum(SUSPECT_STATUSES).default('open') }),
    response: fileReply,
    handler: async (ctx) => {
      // Scoped like the list: both files of a pair in the caller's scope.
      const result = await listSuspects(ctx.db, ctx.scope('children:write'), ctx.query.status, {
        limit: EXPORT_LIMIT,
        after: null,
      });
      if (result.after) throw exportTooLarge();
      const now = new Date();
      const side = (key: 'A' | 'B') => [
        { header: { zh: `儿童${key === 'A' ? '甲' : '乙'}姓名`, en: `Child ${key}` }, width: 10 },
        { header: { zh: `${key === 'A' ? '甲' : '乙'}出生日期`, en: `${key}: date of birth` }, width: 12 },
        { header: { zh: `${key === 'A' ? '甲' : '乙'}身份证号`, en: `${key}: ID number` }, width: 22, text: true },
        { header: { zh: `${key === 'A' ? '甲' : '乙'}村（社区）`, en: `${key}: village` }, width: 24 },
      ];
      const bytes = await exportWorkbook(
        {
          name: { zh: '疑似重复档案', en: 'Suspected duplicates' },
          columns: [
            { header: { zh: '相似度', en: 'Score' }, width: 8 },
            { header: { zh: '状态', en: 'Status' }, width: 8 },
            ...side('A'),
            ...side('B'),
          ],
          // ID numbers masked, as the list shows them.
          rows: result.items.map((p) => [
            p.score,
            say(SUSPECT_STATUS[p.status], ctx.locale),
            ...[p.a, p.b].flatMap((c) => [c.name, c.birthDate, c.idNumberMasked, c.divisionName]),
          ]),
        },
        exportWatermark(ctx.actor, ctx.locale, now),
        ctx.locale,
      );
      await ctx.audit(ctx.db, {
        action: 'child.export',
        targetType: 'child',
        details: exportDetails(
          'duplicates',
          { status: ctx.query.status },
          result.items.length,
          result.items.flatMap((p) => [p.a.id, p.b.id]),
        ),
      });
      return workbookFile(bytes, stamped('疑似重复档案', 'duplicates', ctx.locale, now));
    },
  }),
];
