// Application routes: filing needs applications:file within the child's scope; acting needs the duty the
// domain's table names for the step (township verification, county approval), held over the child's division;
// reading (and printing the approval form) needs children:read. Out-of-scope applications and children answer 404.
import { serviceDate } from '@hehu/domain';
import { defineRoute, fileReply } from '../../platform/http.ts';
import { decodeCursor, encodeCursor, listResponse } from '../../platform/list.ts';
import { requireChild } from '../family/index.ts';
import {
  actBody,
  applicationItem,
  applicationParams,
  applicationView,
  boardArea,
  boardQuery,
  childParams,
  createBody,
  deadlineQuery,
  deadlineView,
  eligibilityView,
  listQuerySchema,
} from './applications.schemas.ts';
import { formFile, loadApplicationForm, renderApplicationForm } from './applications.pdf.ts';
import { actOn, clock, createApplication, dutiesFor, readApplication, toItem } from './applications.service.ts';
import { listApplications } from './applications.store.ts';
import { areaBoard, overdueCutoffs, storedState } from './applications.board.ts';
import { AppError } from '../../platform/errors.ts';
import { deadlineOrRefuse, loadCalendar } from './calendar.ts';
import { checkChild, papersFor, papersOnFile, withSummary } from './eligibility.ts';
import { papersOn } from './papers.settings.ts';
import type { ApplicationStatus } from '@hehu/domain';
import { z } from 'zod';
import { isoDate } from '../family/index.ts';

/** The statuses someone with a duty acts on. */
const ACTIONABLE: Record<'file' | 'verify' | 'approve', ApplicationStatus[]> = {
  file: ['draft', 'returned'],
  verify: ['intake', 'submitted'],
  approve: ['verified'],
};

export const applicationRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/applications',
    access: 'applications:file',
    status: 201,
    summary: '发起保障申请（认定、变更、终止；可跨省通办）Create an application',
    tags: ['applications'],
    body: createBody,
    response: applicationView,
    handler: (ctx) => createApplication(ctx, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/applications',
    access: 'children:read',
    summary: '保障申请列表（可只列出我可办理的）Applications, or those waiting on me',
    tags: ['applications'],
    query: listQuerySchema,
    response: listResponse(applicationItem),
    handler: async (ctx) => {
      const { limit, cursor, status, childId, category, division, actionable, overdue } = ctx.query;
      const raw = decodeCursor(cursor, 2);
      const after: [string, string] | null = raw ? [String(raw[0]), String(raw[1])] : null;
      const has = (d: 'file' | 'verify' | 'approve') => ctx.actor.permissions.has(`applications:${d}`);
      // Waiting on me: the steps my review duties act on, and my own drafts and returned applications.
      const waitingOn =
        actionable === 'true'
          ? {
              reviewStatuses: [
                ...(has('verify') ? ACTIONABLE.verify : []),
                ...(has('approve') ? ACTIONABLE.approve : []),
              ],
              fileStatuses: has('file') ? ACTIONABLE.file : [],
              userId: ctx.actor.userId,
            }
          : undefined;
      const c = await clock(ctx.db);
      const page = await listApplications(
        ctx.db,
        ctx.scope('children:read'),
        {
          statuses: status ? [status] : undefined,
          childId,
          category,
          division,
          overdue: overdue === 'true' ? overdueCutoffs(c) : undefined,
          waitingOn,
        },
        { limit, after },
      );
      // The stored state, written with each action, spares replaying every application's actions.
      const data = page.rows.map((row) => toItem(row, storedState(row.app), dutiesFor(ctx, row), c));
      await ctx.audit(ctx.db, {
        action: 'application.list',
        targetType: 'application',
        details: {
          status: status ?? null,
          category: category ?? null,
          division: division ?? null,
          actionable: actionable === 'true',
          overdue: overdue === 'true',
          total: page.total,
        },
      });
      const last = page.rows.at(-1);
      return {
        data: actionable === 'true' ? data.filter((d) => d.allowedActions.length > 0) : data,
        total: page.total,
        success: true as const,
        nextCursor:
          last && page.rows.length === limit ? encodeCursor([last.app.createdAt.toISOString(), last.app.id]) : null,
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/applications/board',
    access: 'children:read',
    summary: '申请办理进度：下一级各地待办与超期申请，超期多的在前 Pending and late applications by area',
    tags: ['applications'],
    query: boardQuery,
    response: z.object({ division: z.string(), today: z.string(), data: z.array(boardArea) }),
    handler: async (ctx) => {
      const scope = ctx.scope('children:read');
      // Without a division: the caller's own area when it has one, else the city.
      const division =
        ctx.query.division ?? (scope.prefixes.length === 1 ? scope.prefixes[0] : undefined) ?? ctx.services.config.city;
      if (division.length > 9 || !scope.prefixes.some((p) => division.startsWith(p) || p.startsWith(division)))
        throw new AppError('NOT_FOUND');
      const c = await clock(ctx.db);
      const data = await areaBoard(ctx.db, scope, division, c);
      await ctx.audit(ctx.db, { action: 'application.board', targetType: 'application', details: { division } });
      return { division, today: c.today, data };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/applications/:id',
    access: 'children:read',
    summary: '保障申请详情：办理记录、各环节期限、规则核对与材料 An application with its timeline',
    tags: ['applications'],
    params: applicationParams,
    response: applicationView,
    handler: async (ctx) => {
      const view = await readApplication(ctx, ctx.params.id);
      await ctx.audit(ctx.db, { action: 'application.read', targetType: 'application', targetId: view.id });
      return view;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/applications/:id/form.pdf',
    access: 'children:read',
    raw: true,
    summary: "打印审批表（PDF，留痕）The application's approval form as a PDF to print (audited)",
    tags: ['applications'],
    params: applicationParams,
    response: fileReply,
    handler: async (ctx) => {
      const now = new Date();
      const { form, unmasked } = await loadApplicationForm(ctx, ctx.params.id, now);
      const bytes = await renderApplicationForm(form);
      await ctx.audit(ctx.db, {
        action: 'application.form',
        targetType: 'application',
        targetId: form.view.id,
        details: { childId: form.view.childId, status: form.view.status, unmasked, bytes: bytes.length },
      });
      return formFile(bytes, form);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/applications/:id/actions',
    access: 'children:read',
    summary: '办理保障申请：提交、转交、审核、退回、批准、不予批准、撤回 Act on an application',
    tags: ['applications'],
    params: applicationParams,
    body: actBody,
    response: applicationView,
    handler: (ctx) => actOn(ctx, ctx.params.id, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/children/:id/eligibility',
    access: 'children:read',
    summary: '资格核对：按某日的事实评估各保障类别及所需材料 Eligibility as of a date',
    tags: ['applications'],
    params: childParams,
    query: z.strictObject({ asOf: isoDate.optional() }),
    response: eligibilityView,
    handler: async (ctx) => {
      const child = await requireChild(ctx.db, ctx.scope('children:read'), ctx.params.id);
      const asOf = ctx.query.asOf ?? serviceDate();
      const { checks } = await checkChild(ctx.db, child, asOf);
      const onFile = await papersOnFile(ctx.db, child.id);
      const checklist = await papersOn(ctx.db, asOf);
      await ctx.audit(ctx.db, {
        action: 'child.eligibility.read',
        targetType: 'child',
        targetId: child.id,
        details: { asOf },
      });
      return {
        asOf,
        rulesVersion: checks[0]?.rulesVersion ?? '',
        papersVersion: checklist.version,
        checks: checks.map((c) => ({ ...withSummary(c), papers: papersFor('grant', c, onFile, checklist) })),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/calendar/deadline',
    access: 'authenticated',
    summary: '按工作日历计算期限（起算日不计入）Due date after N working days',
    tags: ['applications'],
    query: deadlineQuery,
    response: deadlineView,
    handler: async (ctx) => {
      const { from, workingDays } = ctx.query;
      const due = deadlineOrRefuse(await loadCalendar(ctx.db), from, workingDays);
      return { from, workingDays, due };
    },
  }),
];
