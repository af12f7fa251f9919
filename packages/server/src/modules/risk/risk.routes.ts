// Risk assessment routes: the instrument in force (any reader of child files, to fill the form), recording an
// assessment (visits:record over the child's division), and a child's assessments with the trend.
import { riskTrend, serviceDate } from '@hehu/domain';
import { z } from 'zod';
import { defineRoute } from '../../platform/http.ts';
import { requireChild } from '../family/index.ts';
import { instrumentOn } from './risk.instrument.ts';
import { assessBody, assessmentView, childParams, instrumentQuery, instrumentView } from './risk.schemas.ts';
import { assessChild, assessmentsOf } from './risk.service.ts';

export const riskRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/risk/instrument',
    access: 'children:read',
    summary: '监护风险评估量表（某日施行的版本）The risk instrument in force',
    tags: ['risk'],
    query: instrumentQuery,
    response: instrumentView,
    handler: (ctx) => instrumentOn(ctx.db, ctx.query.asOf ?? serviceDate()),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/:id/assessments',
    access: 'visits:record',
    status: 201,
    summary: '登记监护风险评估（监护缺失即转介未成年人保护并报县级）Record a risk assessment',
    tags: ['risk'],
    params: childParams,
    body: assessBody,
    response: assessmentView,
    handler: (ctx) => assessChild(ctx, ctx.params.id, ctx.body, serviceDate()),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/children/:id/assessments',
    access: 'children:read',
    summary: '儿童的监护风险评估与等级变化（最新在前）A child’s assessments and trend',
    tags: ['risk'],
    params: childParams,
    response: z.object({
      data: z.array(assessmentView),
      trend: z.object({
        latest: z.enum(['absent', 'improper', 'insufficient', 'normal']).nullable(),
        direction: z.enum(['worse', 'better', 'same']).nullable(),
        change: z.number().int(),
        flagged: z.boolean(),
      }),
    }),
    handler: async (ctx) => {
      const child = await requireChild(ctx.db, ctx.scope('children:read'), ctx.params.id);
      const data = await assessmentsOf(ctx.db, child.id);
      await ctx.audit(ctx.db, { action: 'child.assessments.read', targetType: 'child', targetId: child.id });
      const trend = riskTrend(data.map((a) => a.level).reverse());
      return {
        data,
        trend: { latest: trend.latest, direction: trend.direction, change: trend.change, flagged: trend.flagged },
      };
    },
  }),
];
