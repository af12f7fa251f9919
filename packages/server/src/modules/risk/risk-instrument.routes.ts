// The guardianship risk instrument as the city revises it (RULES §5.22): every version with who published it (read
// by whoever reads the assessments), and a new version published under rules:manage. A city officer revises what a
// notice changes: each option's score, the three cut-offs and the red flags (which answers set which level whatever
// the total); the items and their options stay those of the version in force. Each publication is a new settings version (an old one is never changed); the
// version in force on a day is the latest published whose effective date has come (instrumentOn), so a version
// takes effect from today at the earliest and every assessment from then on is scored under it.
import { checkRiskInstrument, serviceDate, type RiskInstrument } from '@hehu/domain';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { publishSettingsVersion } from '../../db/settings-versions.ts';
import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http.ts';
import { isoDate } from '../family/index.ts';
import { RISK_INSTRUMENT_KEY, instrumentOn, publishedInstruments, storedInstrument } from './risk.instrument.ts';

const score = z.number('请填写分值').int('分值应为整数').min(0, '分值不能小于 0').max(20, '分值最多为 20');
const cutoff = z
  .number('请填写最低总分')
  .int('最低总分应为整数')
  .min(1, '最低总分至少为 1')
  .max(1000, '最低总分最多为 1000');
const instrumentBody = z.strictObject({
  effectiveFrom: isoDate,
  source: z.string().trim().min(1, '请填写依据（文件名称与文号）').max(200, '依据最多 200 字'),
  /** Scores by item code and option value; an option left out keeps its score in the version in force. */
  scores: z.record(z.string().max(60), z.record(z.string().max(60), score)),
  minTotal: z.strictObject({ insufficient: cutoff, improper: cutoff, absent: cutoff }),
  /** The whole list of red flags; left out, the red flags in force are kept. */
  redFlags: z
    .array(
      z.strictObject({
        item: z.string('请选择题目').trim().min(1, '请选择题目').max(60),
        values: z.array(z.string().max(60)).max(10, '一条红线最多 10 个答案'),
        level: z.enum(['absent', 'improper', 'insufficient'], '请选择监护缺失、监护失当或监护不足'),
      }),
    )
    .max(40, '红线最多 40 条')
    .optional(),
});
type InstrumentInput = z.infer<typeof instrumentBody>;

const versionView = storedInstrument.extend({
  /** The publication's number (the settings version), newest first in the list. */
  revision: z.number(),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
});

/** Every readable publication, newest first, as the answer carries it. */
async function versionsOf(db: Queryable) {
  return (await publishedInstruments(db))
    .reverse()
    .map((v) => ({ ...v.value, revision: v.revision, changedAt: v.changedAt, changedBy: v.changedBy }));
}

const invalid = (zh: string, en: string, field: string) => AppError.rule('RISK_INSTRUMENT_INVALID', zh, en, { field });

/**
 * The version in force with the body's scores, cut-offs and red flags; a score for a code it does not have is
 * refused by its field here, a red flag naming one by the domain's check.
 */
function revised(inForce: RiskInstrument, body: InstrumentInput, version: string): RiskInstrument {
  const items = new Map(inForce.indicators.flatMap((i) => i.areas.flatMap((a) => a.items)).map((x) => [x.code, x]));
  for (const [code, options] of Object.entries(body.scores)) {
    const item = items.get(code);
    if (!item)
      throw invalid(`题目「${code}」不在现行量表中`, `Item "${code}" is not in the instrument`, `scores.${code}`);
    for (const value of Object.keys(options))
      if (!item.options.some((o) => o.value === value))
        throw invalid(
          `「${value}」不是题目「${item.label.zh}」的选项`,
          `"${value}" is not an option of item "${item.label.en}"`,
          `scores.${code}.${value}`,
        );
  }
  return {
    version,
    effectiveFrom: body.effectiveFrom,
    source: body.source,
    indicators: inForce.indicators.map((indicator) => ({
      ...indicator,
      areas: indicator.areas.map((area) => ({
        ...area,
        items: area.items.map((item) => ({
          ...item,
          options: item.options.map((o) => ({ ...o, score: body.scores[item.code]?.[o.value] ?? o.score })),
        })),
      })),
    })),
    cutoffs: { minTotal: { ...body.minTotal }, redFlags: body.redFlags ?? inForce.cutoffs.redFlags },
  };
}

export const riskInstrumentRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/risk/instrument/versions',
    access: 'children:read',
    summary: '监护风险评估量表（现行版本与历次版本）The risk instrument in force and every version',
    tags: ['risk'],
    response: z.object({ inForce: storedInstrument, versions: z.array(versionView), today: z.string() }),
    handler: async (ctx) => {
      const today = serviceDate();
      return { inForce: await instrumentOn(ctx.db, today), versions: await versionsOf(ctx.db), today };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/risk/instrument',
    access: 'rules:manage',
    status: 201,
    summary:
      '发布新的监护风险评估量表版本（分值、分界与红线；不修改旧版本）Publish a new version of the risk instrument',
    tags: ['risk'],
    body: instrumentBody,
    response: versionView,
    handler: (ctx) =>
      ctx.transaction(async (tx) => {
        const today = serviceDate();
        if (ctx.body.effectiveFrom < today)
          throw invalid(
            `生效日期不能早于今天（${today}）`,
            `The effective date cannot be before today (${today})`,
            'effectiveFrom',
          );
        const inForce = await instrumentOn(tx, today);
        const { revision, value } = await publishSettingsVersion(
          tx,
          RISK_INSTRUMENT_KEY,
          (n) => {
            const made = revised(inForce, ctx.body, `risk-${ctx.body.effectiveFrom.slice(0, 4)}.${String(n)}`);
            const problems = checkRiskInstrument(made);
            const [first] = problems;
            if (first)
              throw AppError.rule(
                'RISK_INSTRUMENT_INVALID',
                problems.map((p) => p.zh).join('；'),
                problems.map((p) => p.en).join('; '),
                { field: first.field, problems: problems.map((p) => ({ field: p.field, message: p.zh })) },
              );
            return made;
          },
          ctx.actor.userId,
        );
        const version = value.version;
        await ctx.audit(tx, {
          action: 'risk.instrument.publish',
          targetType: 'settings',
          before: inForce,
          after: value,
          details: {
            version,
            revision,
            effectiveFrom: value.effectiveFrom,
            minTotal: value.cutoffs.minTotal,
            redFlags: value.cutoffs.redFlags,
          },
        });
        const published = (await versionsOf(tx)).find((v) => v.revision === revision);
        if (!published) throw new Error('the published risk instrument cannot be read back');
        return published;
      }),
  }),
];
