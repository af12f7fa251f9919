// Re-verification (RULES §2.12) and the termination items: reading needs children:read over the child's division;
// recording an outcome needs applications:verify (the township); the round months are published under rules:manage.
// Out-of-scope items answer 404.
import { checkReverificationMonths, serviceDate, shiftMonth, monthOf, roundAtOrBefore } from '@hehu/domain';
import { z } from 'zod';
import { publishSettingsVersion } from '../../db/settings-versions.ts';
import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http.ts';
import { decodeCursor, encodeCursor, listQuery, listResponse } from '../../platform/list.ts';
import { isoDate } from '../family/index.ts';
import { REVERIFICATION_KEY, publishedReverification, reverificationOn } from './reverification.settings.ts';
import { outcomeBody, recordOutcome, reverificationView, toViews } from './reverification.service.ts';
import { countReverifications, listReverifications, roundSummaries } from './reverification.store.ts';
import { TRIGGER_LABELS, TRIGGER_LIMIT, triggerItems } from './triggers.ts';

const round = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '复核轮次应为 YYYY-MM');
const listQuerySchema = z.strictObject({
  round: round.optional(),
  state: z.enum(['open', 'done', 'all'], '状态应为 open、done 或 all').default('open'),
  ...listQuery,
});

const settingsView = z.object({
  version: z.string(),
  effectiveFrom: z.string(),
  source: z.string(),
  months: z.array(z.number()),
});
const settingsVersionView = settingsView.extend({
  revision: z.number(),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
});
const settingsBody = z.strictObject({
  effectiveFrom: isoDate,
  source: z.string().trim().min(1, '请填写依据（文件名称与文号）').max(200, '依据最多 200 字'),
  months: z
    .array(z.number('复核月份应为数字').int('复核月份应为整数').min(1, '复核月份最小为 1').max(12, '复核月份最大为 12'))
    .min(1, '至少选择一个复核月份')
    .max(12, '最多 12 个月份'),
});

const triggerView = z.object({
  childId: z.string(),
  childName: z.string(),
  divisionPath: z.string(),
  category: z.string(),
  categoryStart: z.string(),
  kind: z.enum(['adulthood', 'schooling_ended', 'eligibility_lost', 'needs_review']),
  kindLabel: z.object({ zh: z.string(), en: z.string() }),
  eventDate: z.string(),
  endDate: z.string(),
  reasons: z.array(z.object({ zh: z.string(), en: z.string() })),
});

async function settingsVersionsOf(db: Parameters<typeof publishedReverification>[0]) {
  return (await publishedReverification(db)).reverse().map((v) => ({
    ...v.value,
    months: [...v.value.months],
    revision: v.revision,
    changedAt: v.changedAt,
    changedBy: v.changedBy,
  }));
}

export const reverificationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/reverifications',
    access: 'children:read',
    summary: '复核事项（默认列出未登记结论的）Re-verification items, open ones by default',
    tags: ['applications'],
    query: listQuerySchema,
    response: listResponse(reverificationView),
    handler: async (ctx) => {
      const { limit, cursor, round: r, state } = ctx.query;
      const raw = decodeCursor(cursor, 3);
      const after: [string, string, string] | null = raw ? [String(raw[0]), String(raw[1]), String(raw[2])] : null;
      const scope = ctx.scope('children:read');
      const filter = { round: r, state };
      const rows = await listReverifications(ctx.db, scope, filter, { limit, after });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        data: await toViews(ctx.db, page, serviceDate()),
        total: await countReverifications(ctx.db, scope, filter),
        success: true as const,
        nextCursor:
          last && rows.length > limit ? encodeCursor([last.item.dueDate, last.childName, last.item.id]) : null,
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/reverifications/rounds',
    access: 'children:read',
    summary: '复核轮次与各轮进度，以及现行复核月份 Rounds with their progress, and the months in force',
    tags: ['applications'],
    response: z.object({
      rounds: z.array(
        z.object({
          round: z.string(),
          dueDate: z.string(),
          open: z.number(),
          eligible: z.number(),
          notEligible: z.number(),
        }),
      ),
      settings: settingsView,
      versions: z.array(settingsVersionView),
      /** The next round to open after today under the months in force. */
      nextRound: z.string().nullable(),
      today: z.string(),
    }),
    handler: async (ctx) => {
      const today = serviceDate();
      const settings = await reverificationOn(ctx.db, today);
      const thisMonth = monthOf(today);
      // The first round month after this one (looking a year ahead).
      let nextRound: string | null = null;
      for (let ahead = 1; ahead <= 12 && nextRound === null; ahead++) {
        const m = shiftMonth(thisMonth, ahead);
        if (roundAtOrBefore(m, settings.months) === m) nextRound = m;
      }
      return {
        rounds: await roundSummaries(ctx.db, ctx.scope('children:read')),
        settings: { ...settings, months: [...settings.months] },
        versions: await settingsVersionsOf(ctx.db),
        nextRound,
        today,
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/reverifications/:id/outcome',
    access: 'applications:verify',
    summary:
      '登记复核结论（不再符合条件时同时发起终止申请）Record an outcome; "no longer eligible" files a termination',
    tags: ['applications'],
    params: z.strictObject({ id: z.uuid('记录编号格式不正确') }),
    body: outcomeBody,
    response: reverificationView,
    handler: (ctx) => recordOutcome(ctx, ctx.params.id, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/reverifications/settings',
    access: 'rules:manage',
    status: 201,
    summary: '发布新的复核月份版本（不修改旧版本）Publish a new version of the round months',
    tags: ['applications'],
    body: settingsBody,
    response: settingsVersionView,
    handler: (ctx) =>
      ctx.transaction(async (tx) => {
        const today = serviceDate();
        if (ctx.body.effectiveFrom < today)
          throw AppError.rule(
            'REVERIFICATION_SETTINGS_INVALID',
            `生效日期不能早于今天（${today}）`,
            `The effective date cannot be before today (${today})`,
            { field: 'effectiveFrom' },
          );
        const months = [...ctx.body.months].sort((a, b) => a - b);
        const problems = checkReverificationMonths(months);
        const [first] = problems;
        if (first)
          throw AppError.rule(
            'REVERIFICATION_SETTINGS_INVALID',
            problems.map((p) => p.message).join('；'),
            'The re-verification months are not valid',
            { field: first.field, problems },
          );
        const { revision, value } = await publishSettingsVersion(
          tx,
          REVERIFICATION_KEY,
          (n) => ({
            version: `reverification-${ctx.body.effectiveFrom.slice(0, 4)}.${String(n)}`,
            ...ctx.body,
            months,
          }),
          ctx.actor.userId,
        );
        await ctx.audit(tx, {
          action: 'reverification.settings.publish',
          targetType: 'settings',
          after: value,
          details: { version: value.version, revision },
        });
        const published = (await settingsVersionsOf(tx)).find((v) => v.revision === revision);
        if (!published) throw new Error('the published months cannot be read back');
        return published;
      }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/applications/triggers',
    access: 'children:read',
    summary: '终止与复核情形：年满 18 周岁、在读延续期满、家庭情形变化 Children whose category must end or be reviewed',
    tags: ['applications'],
    response: z.object({ items: z.array(triggerView), truncated: z.boolean(), today: z.string() }),
    handler: async (ctx) => {
      const today = serviceDate();
      const items = await triggerItems(ctx.db, ctx.scope('children:read'), today);
      return {
        items: items.map(({ divisionCode: _code, categoryId: _id, ...i }) => ({
          ...i,
          kindLabel: TRIGGER_LABELS[i.kind],
        })),
        truncated: items.length >= TRIGGER_LIMIT,
        today,
      };
    },
  }),
];
