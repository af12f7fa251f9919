// Allowance routes: standards (read by anyone who reads rolls, issued under rules:manage), and a county's
// monthly rolls — list, generate, read with lines and findings, note a warning, approve, lock.
import { serviceDate } from '@hehu/domain';
import { z } from 'zod';
import { AppError, type Locale } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http.ts';
import type { Actor } from '../../platform/access.ts';
import { queryRows } from '../../db/raw.ts';
import { sql } from 'drizzle-orm';
import {
  findingParams,
  findingView,
  generateBody,
  linesPage,
  linesQuery,
  noteBody,
  rollListQuery,
  rollParams,
  rollSummary,
  rollView,
  standardBody,
  standardsQuery,
  standardView as standardSchema,
  versionBody,
  type RollSummary,
} from './allowances.schemas.ts';
import { approvalBlockers, factChangeWords } from './rolls.approval.ts';
import { factChangesSince, type FactChange } from './rolls.freshness.ts';
import { approveRoll, generateRoll, lockRoll, noteFinding, recheckRoll, requireCounty } from './rolls.service.ts';
import { rollById, rollFindings, rollLines, rollList, type RollInternals } from './rolls.store.ts';
import { issueStandard, standardView } from './standards.service.ts';
import { standardRows } from './standards.store.ts';

const has = (actor: Actor, p: string) => actor.permissions.has(p);

/**
 * The roll with what the caller may do to it; whether it may be approved is the approval's own rule, applied to
 * the stored findings and what changed since they were checked.
 */
function withActions(
  actor: Actor,
  locale: Locale,
  roll: RollSummary & RollInternals,
  factChanges: readonly FactChange[],
): z.infer<typeof rollView> {
  const {
    generatedById,
    findingsSnapshot: _snapshot,
    findingsXact: _xact,
    findingsCheckedOn: _checkedOn,
    findingsCheckedAt,
    ...summary
  } = roll;
  const draft = roll.status === 'draft';
  const blockers = approvalBlockers(
    {
      status: roll.status,
      generatedBy: generatedById,
      blocking: roll.findings.blocking,
      unnotedWarnings: roll.findings.unnotedWarnings,
      factChanges,
    },
    actor.userId,
  );
  const sent = roll.status === 'approved' || roll.status === 'locked';
  const say = (w: { zh: string; en: string }) => (locale === 'en' ? w.en : w.zh);
  return {
    ...summary,
    actions: {
      regenerate: draft && has(actor, 'allowances:prepare'),
      recheck:
        draft && factChanges.length > 0 && (has(actor, 'allowances:prepare') || has(actor, 'allowances:approve')),
      approve: has(actor, 'allowances:approve') && blockers.length === 0,
      lock: roll.status === 'approved' && has(actor, 'allowances:prepare'),
      exportBank: sent && has(actor, 'allowances:prepare'),
      loadReturn: sent && has(actor, 'allowances:prepare'),
    },
    approvalBlockers: draft ? blockers.map(say) : [],
    findingsCheck: {
      checkedAt: findingsCheckedAt,
      changes: factChanges.map((c) => ({ fact: c.fact, text: say(factChangeWords(c)), children: c.children })),
    },
  };
}

/** The roll as its page shows it: for a draft, with what changed since its findings were checked. */
async function viewOf(ctx: Parameters<typeof requireCounty>[0], roll: RollSummary & RollInternals) {
  const changes = roll.status === 'draft' ? await factChangesSince(ctx.db, roll, serviceDate()) : [];
  return withActions(ctx.actor, ctx.locale, roll, changes);
}

async function countyNames(db: Parameters<typeof queryRows>[0]): Promise<Map<string, string>> {
  const rows = await queryRows<{ code: string; name: string }>(
    db,
    sql`select code, name from divisions where level = 'county'`,
  );
  return new Map(rows.map((r) => [r.code, r.name]));
}

async function userNames(db: Parameters<typeof queryRows>[0]): Promise<Map<string, string>> {
  const rows = await queryRows<{ id: string; name: string }>(
    db,
    sql`select id, display_name as name from users where id in (select created_by from allowance_standards)`,
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function readRoll(ctx: Parameters<typeof requireCounty>[0], id: string) {
  const roll = await rollById(ctx.db, ctx.scope('allowances:read'), id);
  if (!roll) throw new AppError('NOT_FOUND');
  return roll;
}

export const allowanceRollRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/allowances/standards',
    access: 'allowances:read',
    summary: '基本生活费发放标准（按类别、生效月份，含县级标准与历次版本）Allowance standards',
    tags: ['allowances'],
    query: standardsQuery,
    response: z.object({ data: z.array(standardSchema) }),
    handler: async (ctx) => {
      const [rows, county, users] = await Promise.all([standardRows(ctx.db), countyNames(ctx.db), userNames(ctx.db)]);
      const wanted = ctx.query.county;
      return {
        data: rows
          .filter((r) => !wanted || r.countyCode === null || r.countyCode === wanted)
          .map((r) => standardView(r, { county, users })),
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/allowances/standards',
    access: 'rules:manage',
    status: 201,
    summary: '发布发放标准（新增一行；同类别同月份再次发布为新版本）Issue a standard',
    tags: ['allowances'],
    body: standardBody,
    response: standardSchema,
    handler: async (ctx) => {
      const row = await issueStandard(ctx, ctx.body);
      const [county, users] = await Promise.all([countyNames(ctx.db), userNames(ctx.db)]);
      return standardView(row, { county, users });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/allowances/rolls',
    access: 'allowances:read',
    summary: '发放名册列表（本人辖区各县，按月份倒序）Payment rolls',
    tags: ['allowances'],
    query: rollListQuery,
    response: z.object({ data: z.array(rollSummary) }),
    handler: async (ctx) => ({ data: await rollList(ctx.db, ctx.scope('allowances:read'), ctx.query) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/allowances/rolls',
    access: 'allowances:prepare',
    status: 201,
    summary: '生成（或重新生成）某县某月的发放名册草稿 Generate a roll',
    tags: ['allowances'],
    body: generateBody,
    response: rollView,
    handler: async (ctx) => {
      const generated = await generateRoll(ctx, ctx.body.countyCode, ctx.body.month, serviceDate());
      return viewOf(ctx, await readRoll(ctx, generated.rollId));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/allowances/rolls/:id',
    access: 'allowances:read',
    summary: '发放名册：合计、监管问题与可进行的操作 One roll',
    tags: ['allowances'],
    params: rollParams,
    response: rollView,
    handler: async (ctx) => {
      const roll = await readRoll(ctx, ctx.params.id);
      await ctx.audit(ctx.db, { action: 'allowance.roll.read', targetType: 'roll', targetId: roll.id });
      return viewOf(ctx, roll);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/allowances/rolls/:id/lines',
    access: 'allowances:read',
    summary: '名册明细（每行写明原因，可按类型、乡镇、姓名筛选）Roll lines',
    tags: ['allowances'],
    params: rollParams,
    query: linesQuery,
    response: linesPage,
    handler: async (ctx) => {
      const roll = await readRoll(ctx, ctx.params.id);
      return rollLines(ctx.db, roll.id, ctx.query, ctx.locale);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/allowances/rolls/:id/findings',
    access: 'allowances:read',
    summary: '资金监管检查结果 Supervision findings of a roll',
    tags: ['allowances'],
    params: rollParams,
    response: z.object({ data: z.array(findingView) }),
    handler: async (ctx) => {
      const roll = await readRoll(ctx, ctx.params.id);
      return { data: await rollFindings(ctx.db, roll.id, ctx.locale) };
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/allowances/rolls/:id/findings/:findingId/note',
    access: 'allowances:prepare',
    summary: '为监管提示填写书面说明 Note a supervision warning',
    tags: ['allowances'],
    params: findingParams,
    body: noteBody,
    response: z.object({ data: z.array(findingView) }),
    handler: async (ctx) => {
      await noteFinding(ctx, ctx.params.id, ctx.params.findingId, ctx.body.note);
      return { data: await rollFindings(ctx.db, ctx.params.id, ctx.locale) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/allowances/rolls/:id/approve',
    access: 'allowances:approve',
    summary: '审批名册（与生成人不同；无必须纠正的问题、提示均有说明）Approve a roll',
    tags: ['allowances'],
    params: rollParams,
    body: versionBody,
    response: rollView,
    handler: async (ctx) => {
      await approveRoll(ctx, ctx.params.id, ctx.body.version, serviceDate());
      return viewOf(ctx, await readRoll(ctx, ctx.params.id));
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/allowances/rolls/:id/check',
    access: 'allowances:read',
    summary: '重新检查名册（检查后资料有变化时；编制或审批人员）Check a roll again',
    tags: ['allowances'],
    params: rollParams,
    body: versionBody,
    response: rollView,
    handler: async (ctx) => {
      await recheckRoll(ctx, ctx.params.id, ctx.body.version, serviceDate());
      return viewOf(ctx, await readRoll(ctx, ctx.params.id));
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/allowances/rolls/:id/lock',
    access: 'allowances:prepare',
    summary: '锁定名册（报盘已送银行；锁定后不能再改，方可生成下月名册）Lock a roll',
    tags: ['allowances'],
    params: rollParams,
    body: versionBody,
    response: rollView,
    handler: async (ctx) => {
      await lockRoll(ctx, ctx.params.id, ctx.body.version);
      return viewOf(ctx, await readRoll(ctx, ctx.params.id));
    },
  }),
];
