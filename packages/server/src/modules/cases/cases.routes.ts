// Case routes: intake (hotline form, mandatory reports, the reporter's own reports), the case list and
// workspace, actions, assignment, linking a child file, break-the-glass, help-plan tasks and referrals.
import { z } from 'zod';
import { defineRoute } from '../../platform/http.ts';
import { partnerUnits } from '../../db/schema.ts';
import { and, asc, eq } from 'drizzle-orm';
import { divisionPrefix } from '../../platform/access.ts';
import {
  actionBody,
  assignBody,
  breakGlassBody,
  caseDetail,
  caseListQuery,
  caseListView,
  caseParams,
  caseTaskParams,
  intakeBody,
  matchBody,
  myReportView,
  partnerUnitView,
  partnerUnitsQuery,
  receiptView,
  referralBody,
  reportBody,
  satisfactionBody,
  taskBody,
  taskDoneBody,
  teamMemberView,
} from './cases.schemas.ts';
import { fileReport, takeIntake } from './cases.intake.ts';
import { addTask, completeTask, refer } from './cases.plan.ts';
import { actOnCase, assignCase, assignable, breakGlass, matchChild, readCase } from './cases.service.ts';
import { childCandidates, childCandidatesView } from './cases.matching.ts';
import { listCases } from './cases.store.ts';
import { myReports, rateReport } from './reports.service.ts';

const reportParams = z.strictObject({ id: z.uuid() });

export const caseRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/cases/intake',
    access: 'cases:intake',
    status: 201,
    summary: '受理涉未成年人求助或报告（热线、来访、公安移送、走访发现）Take in a call or report',
    tags: ['cases'],
    body: intakeBody,
    response: receiptView,
    handler: (ctx) => takeIntake(ctx, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/cases/reports',
    access: 'cases:report',
    status: 201,
    summary: '提交强制报告（九类情形之一）File a mandatory report',
    tags: ['cases'],
    body: reportBody,
    response: receiptView,
    handler: (ctx) => fileReport(ctx, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/cases/reports/mine',
    access: 'cases:report',
    summary: '我的报告：已受理或已办结及办理结果 My reports and their outcome',
    tags: ['cases'],
    response: z.object({ items: z.array(myReportView) }),
    handler: (ctx) => myReports(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/cases/reports/:id/satisfaction',
    access: 'cases:report',
    summary: '评价报告的办理结果（1–5）Rate how a report was handled',
    tags: ['cases'],
    params: reportParams,
    body: satisfactionBody,
    response: myReportView,
    handler: (ctx) => rateReport(ctx, ctx.params.id, ctx.body.score),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/cases',
    access: 'cases:read',
    summary: '个案列表（紧急与临近期限在前；非办案人员只见脱敏姓名）Case list',
    tags: ['cases'],
    query: caseListQuery,
    response: caseListView,
    handler: async (ctx) => {
      const now = new Date();
      const list = await listCases(
        ctx.db,
        ctx.actor,
        { read: ctx.scope('cases:read'), supervise: ctx.scope('cases:supervise'), work: ctx.scope('cases:work') },
        ctx.query,
        now,
      );
      await ctx.audit(ctx.db, {
        action: 'case.list',
        targetType: 'case',
        details: { ...ctx.query, total: list.total },
      });
      return list;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/cases/:id',
    access: 'cases:read',
    summary: '个案工作台（只对办案团队与督办人员开放）The case workspace',
    tags: ['cases'],
    params: caseParams,
    response: caseDetail,
    handler: (ctx) => readCase(ctx, ctx.params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/cases/:id/actions',
    access: 'cases:work',
    summary: '办理个案（按状态表：接案、核查、评估、计划、结案等）Act on a case',
    tags: ['cases'],
    params: caseParams,
    body: actionBody,
    response: caseDetail,
    handler: (ctx) => actOnCase(ctx, ctx.params.id, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/cases/:id/assignable',
    access: 'cases:supervise',
    summary: '可指派的办案人员 Case workers who may be assigned',
    tags: ['cases'],
    params: caseParams,
    response: z.array(teamMemberView),
    handler: (ctx) => assignable(ctx, ctx.params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/cases/:id/assign',
    access: 'cases:supervise',
    summary: '指派个案负责人 Assign the case owner',
    tags: ['cases'],
    params: caseParams,
    body: assignBody,
    response: caseDetail,
    handler: (ctx) => assignCase(ctx, ctx.params.id, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/cases/:id/child-candidates',
    access: 'cases:work',
    summary: '可能是本案儿童的在册档案（同名、同地、性别年龄相符在前）Registry files that may be the case’s child',
    tags: ['cases'],
    params: caseParams,
    response: childCandidatesView,
    handler: (ctx) => childCandidates(ctx, ctx.params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/cases/:id/child',
    access: 'cases:work',
    summary: '关联儿童档案 Link the case to a child file',
    tags: ['cases'],
    params: caseParams,
    body: matchBody,
    response: caseDetail,
    handler: (ctx) => matchChild(ctx, ctx.params.id, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/cases/:id/break-glass',
    access: 'cases:read',
    summary: '紧急查看（写明理由，留痕并告知办案人员）Break the glass with a reason',
    tags: ['cases'],
    params: caseParams,
    body: breakGlassBody,
    response: caseDetail,
    handler: (ctx) => breakGlass(ctx, ctx.params.id, ctx.body.reason),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/cases/:id/tasks',
    access: 'cases:work',
    status: 201,
    summary: '帮扶计划：添加任务 Add a help-plan task',
    tags: ['cases'],
    params: caseParams,
    body: taskBody,
    response: caseDetail,
    handler: (ctx) => addTask(ctx, ctx.params.id, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/cases/:id/tasks/:taskId/done',
    access: 'cases:work',
    summary: '帮扶任务完成并记录服务 Complete a task with its service record',
    tags: ['cases'],
    params: caseTaskParams,
    body: taskDoneBody,
    response: caseDetail,
    handler: (ctx) => completeTask(ctx, ctx.params.id, ctx.params.taskId, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/cases/:id/referrals',
    access: 'cases:work',
    status: 201,
    summary: '转介给协作部门或社会组织 Refer part of the case to a partner unit',
    tags: ['cases'],
    params: caseParams,
    body: referralBody,
    response: caseDetail,
    handler: (ctx) => refer(ctx, ctx.params.id, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/partner-units',
    access: 'cases:work',
    summary: '本市协作单位 Partner units of the city',
    tags: ['cases'],
    query: partnerUnitsQuery,
    response: z.array(partnerUnitView),
    handler: (ctx) =>
      ctx.db
        .select({
          id: partnerUnits.id,
          name: partnerUnits.name,
          kind: partnerUnits.kind,
          divisionCode: partnerUnits.divisionCode,
        })
        .from(partnerUnits)
        .where(
          and(
            eq(partnerUnits.role, 'partner'),
            eq(partnerUnits.active, true),
            divisionPrefix(partnerUnits.divisionCode, ctx.services.config.city),
            ctx.query.kind ? eq(partnerUnits.kind, ctx.query.kind) : undefined,
          ),
        )
        .orderBy(asc(partnerUnits.kind), asc(partnerUnits.name)),
  }),
];
