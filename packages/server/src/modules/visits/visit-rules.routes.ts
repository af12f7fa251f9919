// The visit frequencies as the city publishes them (RULES §4.19): read by whoever reads the visit plans, a new
// version published under rules:manage. Each publication is a new settings version (an old one is never changed);
// the version in force on a day is the latest published whose effective date has come (visitRulesOn), so a
// version takes effect from today at the earliest and every due date follows it from then on.
import { CATEGORY_CODES, RISK_LEVELS, checkVisitRules, serviceDate, type VisitFrequencyRules } from '@hehu/domain';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { publishSettingsVersion } from '../../db/settings-versions.ts';
import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http.ts';
import { isoDate } from '../family/index.ts';
import { VISIT_RULES_KEY, publishedVisitRules, visitRulesOn } from './visits.rules.ts';

const interval = z.strictObject({
  unit: z.enum(['day', 'month'], '间隔单位应为天或月'),
  count: z.number('请填写走访间隔').int('走访间隔应为整数').min(1, '走访间隔至少为 1'),
});
const label = z.strictObject({
  zh: z.string().trim().min(1, '请填写规则的中文说明').max(60, '规则说明最多 60 字'),
  en: z.string().trim().min(1, '请填写规则的英文说明').max(120, '英文说明最多 120 字'),
});
const rule = z.strictObject({
  riskLevels: z.array(z.enum(RISK_LEVELS, '风险等级不正确')).max(RISK_LEVELS.length).optional(),
  categories: z.array(z.enum(CATEGORY_CODES, '保障类别不正确')).max(CATEGORY_CODES.length).optional(),
  interval,
  label,
});
const rulesBody = z.strictObject({
  effectiveFrom: isoDate,
  source: z.string().trim().min(1, '请填写依据（文件名称与文号）').max(200, '依据最多 200 字'),
  rules: z.array(rule).min(1, '至少需要一条走访频次规则').max(20, '最多 20 条规则'),
  otherwise: interval,
});

const intervalView = z.object({ unit: z.enum(['day', 'month']), count: z.number() });
const rulesView = z.object({
  version: z.string(),
  effectiveFrom: z.string(),
  source: z.string(),
  rules: z.array(
    z.object({
      riskLevels: z.array(z.string()).optional(),
      categories: z.array(z.string()).optional(),
      interval: intervalView,
      label: z.object({ zh: z.string(), en: z.string() }),
    }),
  ),
  otherwise: intervalView,
});
const versionView = rulesView.extend({
  /** The publication's number (the settings version), newest first in the list. */
  revision: z.number(),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
});

/** A version as the answer carries it (the domain's lists are read-only). */
const toView = (rules: VisitFrequencyRules) => ({
  ...rules,
  rules: rules.rules.map(({ riskLevels, categories, ...rest }) => ({
    ...rest,
    ...(riskLevels ? { riskLevels: [...riskLevels] } : {}),
    ...(categories ? { categories: [...categories] } : {}),
  })),
});

/** Every readable publication, newest first, as the answer carries it. */
async function versionsOf(db: Queryable) {
  return (await publishedVisitRules(db))
    .reverse()
    .map((v) => ({ ...toView(v.value), revision: v.revision, changedAt: v.changedAt, changedBy: v.changedBy }));
}

export const visitRulesRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/visits/rules',
    access: 'children:read',
    summary: '走访频次规则（现行版本与历次版本）Visit frequencies in force and every version',
    tags: ['visits'],
    response: z.object({ inForce: rulesView, versions: z.array(versionView), today: z.string() }),
    handler: async (ctx) => {
      const today = serviceDate();
      return { inForce: toView(await visitRulesOn(ctx.db, today)), versions: await versionsOf(ctx.db), today };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/visits/rules',
    access: 'rules:manage',
    status: 201,
    summary: '发布新的走访频次版本（不修改旧版本）Publish a new version of the visit frequencies',
    tags: ['visits'],
    body: rulesBody,
    response: versionView,
    handler: (ctx) =>
      ctx.transaction(async (tx) => {
        const today = serviceDate();
        if (ctx.body.effectiveFrom < today)
          throw AppError.rule(
            'VISIT_RULES_INVALID',
            `生效日期不能早于今天（${today}）`,
            `The effective date cannot be before today (${today})`,
            { field: 'effectiveFrom' },
          );
        const { revision, value } = await publishSettingsVersion(
          tx,
          VISIT_RULES_KEY,
          (n): VisitFrequencyRules => {
            const made = { version: `visits-${ctx.body.effectiveFrom.slice(0, 4)}.${String(n)}`, ...ctx.body };
            const problems = checkVisitRules(made);
            const [first] = problems;
            if (first)
              throw AppError.rule(
                'VISIT_RULES_INVALID',
                problems.map((p) => p.message).join('；'),
                'The visit frequencies are not valid',
                { field: first.field, problems },
              );
            return made;
          },
          ctx.actor.userId,
        );
        await ctx.audit(tx, {
          action: 'visit.rules.publish',
          targetType: 'settings',
          after: value,
          details: { version: value.version, revision, effectiveFrom: value.effectiveFrom },
        });
        const published = (await versionsOf(tx)).find((v) => v.revision === revision);
        if (!published) throw new Error('the published visit rules cannot be read back');
        return published;
      }),
  }),
];
