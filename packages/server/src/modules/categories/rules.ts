// The category rules' parameters as versioned settings data (RULES: "configurable … a seeded rule version"):
// the serious-illness list and the thresholds. The city publishes a version with an effective date; every
// evaluation uses the version in force on its date and names it, and every decision stores that name.
import { DEFAULT_CATEGORY_RULES, rulesInForce, type CategoryRulesConfig } from '@hehu/domain';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { settings, users } from '../../db/schema.ts';
import { isDivisionInScope, type Scope } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import { conflict, type ChangeContext, isoDate } from '../family/index.ts';

const KEY = 'category_rules';

const illness = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,59}$/, '病种代码为 2–60 位小写字母、数字或下划线，以字母开头'),
  zh: z.string().trim().min(1, '请填写病种名称').max(40),
  en: z.string().trim().max(80).default(''),
});

/** What the city publishes. The adult age is the law's (未成年人保护法 Art. 2), not a local choice. */
export const publishRulesBody = z
  .strictObject({
    version: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z][0-9A-Za-z._-]{0,29}$/, '版本号为 1–30 位字母、数字、点、下划线或连字符，如 2026-07'),
    effectiveFrom: isoDate,
    /** The document that publishes it (e.g. 乐民发〔2026〕12号). */
    basis: z.string().trim().min(1, '请填写发布依据（文件文号）').max(100),
    seriousIllnesses: z.array(illness).min(1, '重病目录至少包含一个病种').max(300),
    severeDisabilityMaxGrade: z.number().int().min(1).max(4),
    severeMentalDisabilityMaxGrade: z.number().int().min(1).max(4),
    minRestrictionMonths: z.number().int().min(1).max(120),
    minLostContactMonths: z.number().int().min(1).max(120),
    leftBehindMaxAge: z.number().int().min(1).max(18),
  })
  .superRefine((v, issue) => {
    const seen = new Set<string>();
    v.seriousIllnesses.forEach((i, n) => {
      if (seen.has(i.code))
        issue.addIssue({ code: 'custom', path: ['seriousIllnesses', n, 'code'], message: `病种代码 ${i.code} 重复` });
      seen.add(i.code);
    });
    if (v.severeMentalDisabilityMaxGrade < v.severeDisabilityMaxGrade)
      issue.addIssue({
        code: 'custom',
        path: ['severeMentalDisabilityMaxGrade'],
        message: '精神、智力残疾的重残等级上限不能低于各类残疾的上限',
      });
  });
export type PublishRulesInput = z.infer<typeof publishRulesBody>;

const storedRules = z.object({
  version: z.string(),
  effectiveFrom: z.string(),
  basis: z.string(),
  seriousIllnesses: z.array(z.object({ code: z.string(), zh: z.string(), en: z.string() })),
  severeDisabilityMaxGrade: z.number(),
  severeMentalDisabilityMaxGrade: z.number(),
  minRestrictionMonths: z.number(),
  minLostContactMonths: z.number(),
  leftBehindMaxAge: z.number(),
  adultAge: z.number(),
});

export const rulesVersionItem = storedRules.extend({
  /** The settings row's sequence number: the order of publication. */
  sequence: z.number(),
  publishedAt: z.string(),
  publishedBy: z.string().nullable(),
});
export type RulesVersion = z.infer<typeof rulesVersionItem>;

const SEEDED_BASIS = '民发〔2019〕62号、国发〔2016〕13号（系统初始版本）';

function seededVersion(): RulesVersion {
  return {
    ...DEFAULT_CATEGORY_RULES,
    seriousIllnesses: [...DEFAULT_CATEGORY_RULES.seriousIllnesses],
    basis: SEEDED_BASIS,
    sequence: 0,
    publishedAt: '',
    publishedBy: null,
  };
}

/** Every published version in publication order; the seeded default when none is stored. */
export async function ruleVersions(db: Queryable): Promise<RulesVersion[]> {
  const rows = await db
    .select({ version: settings.version, value: settings.value, at: settings.changedAt, by: users.displayName })
    .from(settings)
    .leftJoin(users, eq(users.id, settings.changedBy))
    .where(eq(settings.key, KEY))
    .orderBy(asc(settings.version));
  const out: RulesVersion[] = [];
  for (const r of rows) {
    const parsed = storedRules.safeParse(r.value);
    // A row this code cannot read is skipped rather than guessed at; the seed guarantees a readable one.
    if (parsed.success)
      out.push({ ...parsed.data, sequence: r.version, publishedAt: r.at.toISOString(), publishedBy: r.by ?? null });
  }
  return out.length > 0 ? out : [seededVersion()];
}

export function toConfig(v: RulesVersion): CategoryRulesConfig {
  return {
    version: v.version,
    effectiveFrom: v.effectiveFrom,
    seriousIllnesses: v.seriousIllnesses,
    severeDisabilityMaxGrade: v.severeDisabilityMaxGrade,
    severeMentalDisabilityMaxGrade: v.severeMentalDisabilityMaxGrade,
    minRestrictionMonths: v.minRestrictionMonths,
    minLostContactMonths: v.minLostContactMonths,
    leftBehindMaxAge: v.leftBehindMaxAge,
    adultAge: v.adultAge,
  };
}

/** The version in force on a date, as the domain's evaluation takes it. */
export async function rulesOn(db: Queryable, asOf: string): Promise<CategoryRulesConfig> {
  const found = rulesInForce(await ruleVersions(db), asOf);
  return found ? toConfig(found) : DEFAULT_CATEGORY_RULES;
}

/** The seeded version, stored once so that it is data like any later one. */
export async function seedCategoryRules(db: Queryable): Promise<void> {
  const [row] = await db.select({ v: settings.version }).from(settings).where(eq(settings.key, KEY)).limit(1);
  if (row) return;
  const { sequence: _s, publishedAt: _a, publishedBy: _b, ...value } = seededVersion();
  await db.insert(settings).values({ key: KEY, version: 1, value, changedBy: null });
}

/** Rules apply to the whole city: only someone whose scope covers the city may publish them. */
function coversCity(scope: Scope, city: string): boolean {
  return isDivisionInScope(scope, city);
}

export async function publishRules(ctx: ChangeContext, input: PublishRulesInput): Promise<RulesVersion> {
  if (!coversCity(ctx.scope('categories:record'), ctx.services.config.city)) {
    throw new AppError(
      'FORBIDDEN',
      { scope: 'city' },
      {
        zh: '保障认定规则由市民政局发布：您的授权范围不是全市',
        en: 'The category rules are published by the city bureau; your grant does not cover the whole city',
      },
    );
  }
  return ctx.transaction(async (tx) => {
    const existing = (await ruleVersions(tx)).filter((v) => v.sequence > 0);
    if (existing.some((v) => v.version === input.version)) {
      throw conflict(
        'RULES_VERSION_EXISTS',
        `版本号 ${input.version} 已发布过，请使用新的版本号`,
        `Version ${input.version} was already published`,
        { field: 'version' },
      );
    }
    const latest = existing.reduce((a, v) => (v.effectiveFrom > a ? v.effectiveFrom : a), '');
    if (input.effectiveFrom < latest) {
      throw AppError.rule(
        'RULES_EFFECTIVE_BEFORE_LATEST',
        `生效日期 ${input.effectiveFrom} 早于已发布版本的生效日期 ${latest}：新版本不能改写已生效版本之间的期间`,
        `The effective date ${input.effectiveFrom} is before ${latest}, the latest published version's`,
        { field: 'effectiveFrom', min: latest },
      );
    }
    const sequence = existing.reduce((n, v) => Math.max(n, v.sequence), 0) + 1;
    const value = { ...input, adultAge: DEFAULT_CATEGORY_RULES.adultAge };
    await tx.insert(settings).values({ key: KEY, version: sequence, value, changedBy: ctx.actor.userId });
    await ctx.audit(tx, {
      action: 'category_rules.publish',
      targetType: 'setting',
      targetId: `${KEY}@${sequence}`,
      after: value,
      details: { version: input.version, effectiveFrom: input.effectiveFrom },
    });
    const published = (await ruleVersions(tx)).find((v) => v.sequence === sequence);
    if (!published) throw new AppError('INTERNAL');
    return published;
  });
}
