// The tiers' deadlines as the city publishes them: read by case staff, a new version issued under rules:manage.
import { serviceDate } from '@hehu/domain';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http.ts';
import { isoDate } from '../family/index.ts';
import { publishTiers, tierSettingsOn, tierVersions } from './cases.settings.ts';

const limit = z.strictObject({
  unit: z.enum(['hours', 'working_days'], '单位应为小时或工作日'),
  amount: z.number().int('应为整数'),
});
const tier = z.strictObject({ respond: limit, assess: limit });
const tiersBody = z.strictObject({
  version: z.string().trim().min(1, '请填写版本号').max(20, '版本号最多 20 字'),
  effectiveFrom: isoDate,
  source: z.string().trim().min(1, '请填写依据（文件名称与文号）').max(300, '依据最多 300 字'),
  tiers: z.strictObject({ urgent: tier, general: tier, consult: tier }),
  referralWorkingDays: z.number().int('应为整数'),
});
const tiersView = z.object({
  inForce: tiersBody,
  versions: z.array(tiersBody),
});

export const tierRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/cases/tiers',
    access: 'cases:read',
    summary: '分级时限（现行与历次版本）Tier deadlines in force and every version',
    tags: ['cases'],
    response: tiersView,
    handler: async (ctx) => ({
      inForce: await tierSettingsOn(ctx.db, serviceDate()),
      versions: await tierVersions(ctx.db),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/cases/tiers',
    access: 'rules:manage',
    status: 201,
    summary: '发布新的分级时限版本（不修改旧版本）Publish a new version of the tier deadlines',
    tags: ['cases'],
    body: tiersBody,
    response: tiersView,
    handler: (ctx) =>
      ctx.transaction(async (tx) => {
        const versions = await tierVersions(tx);
        const latest = versions.at(-1);
        if (versions.some((v) => v.version === ctx.body.version))
          throw AppError.rule('CASE_TIERS_INVALID', `版本号 ${ctx.body.version} 已存在`, 'That version exists', {
            field: 'version',
          });
        if (latest && ctx.body.effectiveFrom < latest.effectiveFrom)
          throw AppError.rule(
            'CASE_TIERS_INVALID',
            `生效日期不能早于现行版本的 ${latest.effectiveFrom}`,
            `The effective date cannot precede ${latest.effectiveFrom}`,
            { field: 'effectiveFrom' },
          );
        const { violations } = await publishTiers(tx, ctx.body, ctx.actor.userId);
        const [first] = violations;
        if (first) throw AppError.rule('CASE_TIERS_INVALID', first.message, first.messageEn, { violations });
        await ctx.audit(tx, {
          action: 'case.tiers.publish',
          targetType: 'settings',
          details: { version: ctx.body.version, effectiveFrom: ctx.body.effectiveFrom },
        });
        return { inForce: await tierSettingsOn(tx, serviceDate()), versions: await tierVersions(tx) };
      }),
  }),
];
