// The papers checklist as the city publishes it: read by whoever files or decides applications, a new version
// published under rules:manage. A publication is a new settings version (an old one is never changed); it applies
// from its effective date (today at the earliest) to every submission, and each decision keeps the version it used.
import { createHash } from 'node:crypto';
import {
  APPLICATION_CATEGORIES,
  checkPaperChecklist,
  serviceDate,
  type PaperChecklist,
  type PaperRule,
} from '@hehu/domain';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { publishSettingsVersion } from '../../db/settings-versions.ts';
import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http.ts';
import { SITUATION_CODES, isoDate } from '../family/index.ts';
import { PAPERS_KEY, papersOn, publishedPapers } from './papers.settings.ts';

const name = z.strictObject({
  zh: z.string().trim().min(1, '请填写材料名称').max(40, '材料名称最多 40 字'),
  en: z.string().trim().min(1, '请填写材料的英文名称').max(80, '英文名称最多 80 字'),
});
const paperIn = z.strictObject({
  /** Kept from the list in force so a paper keeps its code across versions; a new paper gets one from its name. */
  code: z.string().optional(),
  name,
});
const papersIn = z.array(paperIn).max(12, '每类最多 12 项材料');
const checklistBody = z.strictObject({
  effectiveFrom: isoDate,
  source: z.string().trim().min(1, '请填写依据（文件名称与文号）').max(200, '依据最多 200 字'),
  byCategory: z.partialRecord(z.enum(APPLICATION_CATEGORIES, '保障类别不正确'), papersIn),
  bySituation: z.partialRecord(z.enum(SITUATION_CODES, '父母情形不正确'), name),
  terminate: papersIn,
});

const bilingual = z.object({ zh: z.string(), en: z.string() });
const paperView = z.object({
  code: z.string(),
  name: bilingual,
  /** A paper is met by a child document whose title contains `title`, or by one attached to the situation. */
  match: z.object({
    subject: z.enum(['child', 'situation']),
    title: z.string().optional(),
    situation: z.string().optional(),
  }),
});
const checklistView = z.object({
  version: z.string(),
  effectiveFrom: z.string(),
  source: z.string(),
  byCategory: z.array(z.object({ category: z.string(), papers: z.array(paperView) })),
  bySituation: z.array(z.object({ situation: z.string(), name: bilingual })),
  terminate: z.array(paperView),
});
const versionView = checklistView.extend({
  revision: z.number(),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
});

const toPaperView = (p: PaperRule) => ({ code: p.code, name: p.name, match: { ...p.match } });

/** A list as the answer carries it: categories and situations in their fixed order, as arrays. */
const toView = (list: PaperChecklist) => ({
  version: list.version,
  effectiveFrom: list.effectiveFrom,
  source: list.source,
  byCategory: APPLICATION_CATEGORIES.map((category) => ({
    category,
    papers: (list.byCategory[category] ?? []).map(toPaperView),
  })),
  bySituation: SITUATION_CODES.flatMap((situation) => {
    const found = list.bySituation[situation];
    return found ? [{ situation, name: found }] : [];
  }),
  terminate: list.terminate.map(toPaperView),
});

async function versionsOf(db: Queryable) {
  return (await publishedPapers(db))
    .reverse()
    .map((v) => ({ ...toView(v.value), revision: v.revision, changedAt: v.changedAt, changedBy: v.changedBy }));
}

/** A paper's code: the one it had in the list in force under the same name, else one made from its name. */
function codeFor(paper: z.infer<typeof paperIn>, inForce: readonly PaperRule[]): string {
  if (paper.code !== undefined && paper.code.trim() !== '') return paper.code.trim();
  const same = inForce.find((p) => p.name.zh === paper.name.zh);
  return same?.code ?? `paper_${createHash('sha1').update(paper.name.zh).digest('hex').slice(0, 10)}`;
}

const toRules = (papers: readonly z.infer<typeof paperIn>[], inForce: readonly PaperRule[]): PaperRule[] =>
  papers.map((p) => ({ code: codeFor(p, inForce), name: p.name, match: { subject: 'child', title: p.name.zh } }));

export const paperRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/applications/papers',
    access: 'children:read',
    summary: '证明材料清单（现行版本与历次版本）The papers checklist in force and every version',
    tags: ['applications'],
    response: z.object({ inForce: checklistView, versions: z.array(versionView), today: z.string() }),
    handler: async (ctx) => {
      const today = serviceDate();
      return { inForce: toView(await papersOn(ctx.db, today)), versions: await versionsOf(ctx.db), today };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/applications/papers',
    access: 'rules:manage',
    status: 201,
    summary: '发布新的证明材料清单版本（不修改旧版本）Publish a new version of the papers checklist',
    tags: ['applications'],
    body: checklistBody,
    response: versionView,
    handler: (ctx) =>
      ctx.transaction(async (tx) => {
        const today = serviceDate();
        const body = ctx.body;
        if (body.effectiveFrom < today)
          throw AppError.rule(
            'PAPERS_INVALID',
            `生效日期不能早于今天（${today}）`,
            `The effective date cannot be before today (${today})`,
            { field: 'effectiveFrom' },
          );
        const inForce = await papersOn(tx, today);
        const known = [...Object.values(inForce.byCategory).flat(), ...inForce.terminate];
        const { revision, value } = await publishSettingsVersion(
          tx,
          PAPERS_KEY,
          (n): PaperChecklist => {
            const made: PaperChecklist = {
              version: `papers-${body.effectiveFrom.slice(0, 4)}.${String(n)}`,
              effectiveFrom: body.effectiveFrom,
              source: body.source,
              byCategory: Object.fromEntries(
                Object.entries(body.byCategory).map(([category, papers]) => [category, toRules(papers, known)]),
              ),
              bySituation: body.bySituation,
              terminate: toRules(body.terminate, known),
            };
            const problems = checkPaperChecklist(made);
            const [first] = problems;
            if (first)
              throw AppError.rule(
                'PAPERS_INVALID',
                problems.map((p) => p.message).join('；'),
                'The papers checklist is not valid',
                { field: first.field, problems },
              );
            return made;
          },
          ctx.actor.userId,
        );
        await ctx.audit(tx, {
          action: 'application.papers.publish',
          targetType: 'settings',
          after: value,
          details: { version: value.version, revision, effectiveFrom: value.effectiveFrom },
        });
        const published = (await versionsOf(tx)).find((v) => v.revision === revision);
        if (!published) throw new Error('the published papers checklist cannot be read back');
        return published;
      }),
  }),
];
