// The allowance rules as the city publishes them (RULES §2.12, §3.15): the look-back for arrears and recoveries and
// the local policy for full-time schooling past 18. Each publication is a new settings version; the engine uses the
// latest, and the schooling extension carries its own effective month so that nothing before it is paid in arrears.
import { DEFAULT_ALLOWANCE_RULES } from '@hehu/domain';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { isUniqueViolation } from '../../db/raw.ts';
import { settings, users } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
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
      const rows = await ctx.db
        .select({ version: settings.version, value: settings.value, at: settings.changedAt, by: users.displayName })
        .from(settings)
        .leftJoin(users, eq(users.id, settings.changedBy))
        .where(eq(settings.key, ALLOWANCE_RULES_KEY))
        .orderBy(desc(settings.version));
      const versions = rows.flatMap((r) => {
        const parsed = versionValue.safeParse(r.value);
        return parsed.success
          ? [{ ...parsed.data, version: r.version, changedAt: r.at.toISOString(), changedBy: r.by ?? null }]
          : [];
      });
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
        const [latest] = await tx
          .select({ version: settings.version })
          .from(settings)
          .where(eq(settings.key, ALLOWANCE_RULES_KEY))
          .orderBy(desc(settings.version))
          .limit(1);
        const version = (latest?.version ?? 0) + 1;
        const value = { lastPaidAge: DEFAULT_ALLOWANCE_RULES.lastPaidAge, ...ctx.body };
        try {
          await tx.insert(settings).values({ key: ALLOWANCE_RULES_KEY, version, value, changedBy: ctx.actor.userId });
        } catch (e) {
          // Another publication took the same version number a moment earlier.
          if (isUniqueViolation(e)) throw new AppError('CONFLICT');
          throw e;
        }
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
