// Visit routes. Recording needs visits:record over the child's division; reading plans and records needs
// children:read. A child or a visit out of scope answers 404, like every part of a child's file.
import { serviceDate } from '@hehu/domain';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http.ts';
import { requireChild } from '../family/index.ts';
import {
  boardQuery,
  boardRow,
  childParams,
  childVisitsView,
  countsView,
  mineQuery,
  planView,
  recordVisitBody,
  visitView,
} from './visits.schemas.ts';
import { recordVisit, toPlanView, toVisitView } from './visits.service.ts';
import { visitRulesOn } from './visits.rules.ts';
import { childPlan, photosOf, planBoard, planPage, visitsOf } from './visits.store.ts';

export const visitRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/visits',
    access: 'visits:record',
    status: 201,
    summary: '登记走访记录（重复提交同一编号只保存一次）Record a visit (idempotent by its id)',
    tags: ['visits'],
    body: recordVisitBody,
    response: visitView,
    handler: (ctx) => recordVisit(ctx, ctx.body, serviceDate()),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/visits/mine',
    access: 'visits:record',
    summary: '我的走访：逾期、本周到期与以后到期的儿童（按到期日）My visits, by due date',
    tags: ['visits'],
    query: mineQuery,
    response: z.object({
      counts: countsView,
      data: z.array(planView),
      rulesVersion: z.string(),
      today: z.string(),
    }),
    handler: async (ctx) => {
      const scope = ctx.scope('visits:record');
      const today = serviceDate();
      const rules = await visitRulesOn(ctx.db, today);
      const { standing, division, limit, offset } = ctx.query;
      const { rows, counts } = await planPage(ctx.db, scope, rules, today, { standing, division, limit, offset });
      await ctx.audit(ctx.db, {
        action: 'visit.list',
        targetType: 'visit',
        details: { standing: standing ?? null, division: division ?? null, rows: rows.length },
      });
      return { counts, data: rows.map((r) => toPlanView(r, rules, today)), rulesVersion: rules.version, today };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/visits/board',
    access: 'children:read',
    summary: '走访进度：下一级各地在册、逾期与本周到期人数，逾期多的在前 Overdue visits by area',
    tags: ['visits'],
    query: boardQuery,
    response: z.object({ division: z.string(), data: z.array(boardRow), today: z.string() }),
    handler: async (ctx) => {
      const scope = ctx.scope('children:read');
      // Without a division: the caller's own area when it has one, else the city.
      const division =
        ctx.query.division ?? (scope.prefixes.length === 1 ? scope.prefixes[0] : undefined) ?? ctx.services.config.city;
      if (division.length > 9 || !scope.prefixes.some((p) => division.startsWith(p) || p.startsWith(division)))
        throw new AppError('NOT_FOUND');
      const today = serviceDate();
      const rules = await visitRulesOn(ctx.db, today);
      const rows = await planBoard(ctx.db, scope, rules, today, division);
      await ctx.audit(ctx.db, { action: 'visit.board', targetType: 'visit', details: { division } });
      return {
        division,
        today,
        data: rows.map((r) => ({
          code: r.code,
          name: r.name ?? r.code,
          inPlan: r.in_plan,
          overdue: r.overdue,
          thisWeek: r.this_week,
          oldestDue: r.oldest_due,
        })),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/children/:id/visits',
    access: 'children:read',
    summary: '儿童的走访计划与走访记录（最新在前）A child’s visit plan and visits',
    tags: ['visits'],
    params: childParams,
    response: childVisitsView,
    handler: async (ctx) => {
      const scope = ctx.scope('children:read');
      const child = await requireChild(ctx.db, scope, ctx.params.id);
      const today = serviceDate();
      const rules = await visitRulesOn(ctx.db, today);
      const plan = await childPlan(ctx.db, scope, rules, today, child.id);
      const rows = await visitsOf(ctx.db, child.id);
      const photos = await photosOf(ctx.db, child.id);
      await ctx.audit(ctx.db, { action: 'child.visits.read', targetType: 'child', targetId: child.id });
      return {
        plan: plan ? toPlanView({ ...plan, village_name: null }, rules, today) : null,
        rulesVersion: rules.version,
        data: rows.map((v) =>
          toVisitView(
            v,
            photos.filter((p) => p.subjectId === v.id),
            false,
          ),
        ),
      };
    },
  }),
];
