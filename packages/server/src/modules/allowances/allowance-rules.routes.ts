// The allowance rules as the city publishes them (RULES §2.12, §3.15): the look-back for arrears and recoveries and
// the local policy for full-time schooling past 18. Each publication is a new settings version; the engine uses the
// latest, and the schooling extension carries its own effective month so that nothing before it is paid in arrears.
import { DEFAULT_ALLOWANCE_RULES } from '@hehu/domain';
import { z } from 'zod';
import { publishSettingsVersion, settingsVersions } from '../../db/settings-versions.ts';
import { defineRoute } from '../../platform/http.ts';
import { ALLOWANCE_RULES_KEY, allowanceRules } from './standards.store.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');

const rulesBody = z.strictObject({
  lookbackMonths: z.number().int('应为整数').min(1, '补发追回的回溯月数至少 1 个月').max(120, '最多 120 个月'),
  schooling: z
    .strictObject({
      untilAge: z.number().int('应为整数').min(19, '延续发放的截止年龄应大于 18').max(25, '最高 25 周岁'),
      since: month,
    })
    .nullable(),
  basis: z.string().trim().min(1, '请填写依据（文件名称与文号）').max(200, '依据最多 200 字'),
});

const rulesView = z.object({
  lastPaidAge: z.number(),
  lookbackMonths: z.number(),
  schooling: z.object({ untilAge: z.number(), since: z.string() }).nullable(),
});

const versionView = rulesView.extend({
  version: z.number(),
  basis: z.string(),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
});

export const allowanceRulesRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/allowances/rules',
    access: 'allowances:read',
    summary: '基本生活费发放规则（回溯月数、全日制在读延续发放）与历次版本 Allowance rules',
    tags: ['allowances'],
    response: z.object({ inForce: rulesView, versions: z.array(versionView) }),
    handler: async (ctx) => {
      const published = await settingsVersions(ctx.db, ALLOWANCE_RULES_KEY, (value) => {
        const parsed = versionValue.safeParse(value);
        return parsed.success ? parsed.data : null;
      });
      const versions = published
        .reverse()
        .map((v) => ({ ...v.value, version: v.revision, changedAt: v.changedAt, changedBy: v.changedBy }));
      return { inForce: await allowanceRules(ctx.db), versions };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/allowances/rules',
    access: 'rules:manage',
    status: 201,
    summary: '发布新的发放规则版本（不修改旧版本）Publish a new version of the allowance rules',
    tags: ['allowances'],
    body: rulesBody,
    response: rulesView,
    handler: (ctx) =>
      ctx.transaction(async (tx) => {
        const { revision: version, value } = await publishSettingsVersion(
          tx,
          ALLOWANCE_RULES_KEY,
          () => ({ lastPaidAge: DEFAULT_ALLOWANCE_RULES.lastPaidAge, ...ctx.body }),
          ctx.actor.userId,
        );
        await ctx.audit(tx, {
          action: 'allowance.rules.publish',
          targetType: 'settings',
          after: value,
          details: { version },
        });
        return allowanceRules(tx);
      }),
  }),
];

const versionValue = rulesView.extend({ basis: z.string().default('') });
