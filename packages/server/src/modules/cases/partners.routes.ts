// Routes of the other side of a case: the partner's referral inbox, the 12345 system's work orders (API key),
// the case library and the statistics.
import { serviceDate, CASE_CHANNEL_LABELS, CASE_STAGE_LABELS, CASE_TIER_LABELS } from '@hehu/domain';
import { z } from 'zod';
import { defineRoute, fileReply } from '../../platform/http.ts';
import { exportWatermark, exportWorkbook, workbookFile } from '../../platform/workbook.ts';
import {
  caseParams,
  libraryEditBody,
  libraryEntryView,
  libraryPublishBody,
  receiptView,
  referralAnswerBody,
  referralParams,
  referralView,
  statsQuery,
  statsView,
  workOrderBody,
} from './cases.schemas.ts';
import { receiveWorkOrder } from './cases.intake.ts';
import { draftEntry, editEntry, listEntries, publishEntry } from './library.service.ts';
import { answerReferral, partnerInbox, partnerReferral } from './referrals.service.ts';
import { caseStats } from './stats.service.ts';

export const partnerRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/referrals',
    access: 'cases:referral',
    summary: '转介给本单位的事项 Referrals sent to my unit',
    tags: ['cases'],
    response: z.object({ items: z.array(referralView) }),
    handler: (ctx) => partnerInbox(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/referrals/:id',
    access: 'cases:referral',
    summary: '一项转介事项 One referral',
    tags: ['cases'],
    params: referralParams,
    response: referralView,
    handler: (ctx) => partnerReferral(ctx, ctx.params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/referrals/:id/answer',
    access: 'cases:referral',
    summary: '接收、拒收或反馈办理结果 Accept, decline or answer a referral',
    tags: ['cases'],
    params: referralParams,
    body: referralAnswerBody,
    response: referralView,
    handler: (ctx) => answerReferral(ctx, ctx.params.id, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/integrations/hotline/work-orders',
    access: 'public',
    summary: '12345 热线工单推送（X-Api-Key；同一工单号只生成一个个案）Receive a 12345 work order',
    tags: ['cases'],
    body: workOrderBody,
    response: receiptView,
    handler: (ctx) => {
      const key = ctx.request.headers['x-api-key'];
      return receiveWorkOrder(ctx, typeof key === 'string' ? key : undefined, ctx.body);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/cases/:id/library',
    access: 'cases:supervise',
    status: 201,
    summary: '将已结案个案脱敏编入案例库（草稿）Draft an anonymised library entry from a closed case',
    tags: ['cases'],
    params: caseParams,
    response: libraryEntryView,
    handler: (ctx) => draftEntry(ctx, ctx.params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/case-library',
    access: 'cases:read',
    summary: '案例库 The case library',
    tags: ['cases'],
    response: z.object({ items: z.array(libraryEntryView) }),
    handler: (ctx) => listEntries(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/case-library/:id',
    access: 'cases:supervise',
    summary: '修改案例草稿 Edit a library draft',
    tags: ['cases'],
    params: caseParams,
    body: libraryEditBody,
    response: libraryEntryView,
    handler: (ctx) => editEntry(ctx, ctx.params.id, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/case-library/:id/publish',
    access: 'cases:supervise',
    summary: '审核发布案例（不得由编写人发布，不得含可识别信息）Publish a library entry',
    tags: ['cases'],
    params: caseParams,
    body: libraryPublishBody,
    response: libraryEntryView,
    handler: (ctx) => publishEntry(ctx, ctx.params.id, ctx.body.version),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/cases/stats',
    access: 'cases:stats',
    summary: '个案统计：来源、分级、县区、及时率、满意度 Case statistics',
    tags: ['cases'],
    query: statsQuery,
    response: statsView,
    handler: (ctx) => caseStats(ctx.db, ctx.scope('cases:stats'), ctx.query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/cases/stats/export',
    access: 'cases:stats',
    raw: true,
    summary: '导出个案统计（Excel，留痕）Export case statistics',
    tags: ['cases'],
    query: statsQuery,
    response: fileReply,
    handler: async (ctx) => {
      const s = await caseStats(ctx.db, ctx.scope('cases:stats'), ctx.query);
      const zh = ctx.locale !== 'en';
      const rows: (string | number)[][] = [
        ...s.byChannel.map((r) => [zh ? '来源' : 'Channel', CASE_CHANNEL_LABELS[r.channel][zh ? 'zh' : 'en'], r.count]),
        ...s.byTier.map((r) => [zh ? '分级' : 'Tier', CASE_TIER_LABELS[r.tier][zh ? 'zh' : 'en'], r.count]),
        ...s.byCounty.map((r) => [zh ? '县（市、区）' : 'County', r.name, r.count, r.inTime]),
        ...s.openByStage.map((r) => [
          zh ? '在办阶段' : 'Open by stage',
          CASE_STAGE_LABELS[r.stage][zh ? 'zh' : 'en'],
          r.count,
        ]),
        [zh ? '及时响应' : 'Answered in time', `${s.respondedInTime}/${s.responded}`, s.respondedInTime],
        [zh ? '报告人满意度' : 'Satisfaction', s.satisfaction.average?.toFixed(2) ?? '—', s.satisfaction.answers],
      ];
      const bytes = await exportWorkbook(
        {
          name: { zh: '个案统计', en: 'Case statistics' },
          columns: [
            { header: { zh: '维度', en: 'Dimension' }, width: 16 },
            { header: { zh: '项目', en: 'Item' }, width: 24 },
            { header: { zh: '件数', en: 'Cases' }, width: 10 },
            { header: { zh: '及时响应', en: 'In time' }, width: 10 },
          ],
          rows,
        },
        exportWatermark(ctx.actor, ctx.locale, new Date()),
        ctx.locale,
      );
      await ctx.audit(ctx.db, { action: 'case.stats.export', targetType: 'case', details: { from: s.from, to: s.to } });
      return workbookFile(bytes, `${zh ? '个案统计' : 'case-statistics'}-${serviceDate()}.xlsx`);
    },
  }),
];
