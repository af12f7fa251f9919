// Applications: created by intake, acted on level by level as the domain's table allows, and on approval the
// category written or ended through the categories service in the same transaction. Every action names the
// version it acted on; the update that moves the version is conditional on it, so of two people acting on
// one version the second gets 409, and the action list stays append-only.
import {
  APPLICATION_ACTION_LABELS,
  CATEGORY_LABELS,
  REJECTION_REASONS,
  allowedActions,
  applicationState,
  categoriesThatMayNotStack,
  grantStartDate,
  refuseAction,
  serviceDate,
  stepLimit,
  terminationEndDate,
  type ApplicationAction,
  type ApplicationCategory,
  type ApplicationDuty,
  type ApplicationState,
  type WorkCalendar,
  CalendarYearMissing,
} from '@hehu/domain';
import { and, eq } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/connection.ts';
import { applicationActions, applications } from '../../db/schema.ts';
import { isDivisionInScope, type Scope } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import type { Permission } from '../../platform/permissions.ts';
import { categoryRows, endCategory, isCategoryCode, recordCategory } from '../categories/index.ts';
import type { ChildRow } from '../children/index.ts';
import {
  checkNotBefore,
  conflict,
  isCurrent,
  requireChangeableChild,
  requireChild,
  type ChangeContext,
} from '../family/index.ts';
import {
  storedCheckSchema,
  type ActInput,
  type ApplicationItem,
  type ApplicationView,
  type CreateInput,
} from './applications.schemas.ts';
import {
  actionsOf,
  getApplication,
  openApplication,
  type ActionRow,
  type ApplicationWithChild,
} from './applications.store.ts';
import { loadCalendar, stepLimits } from './calendar.ts';
import { checkChild, papersFor, papersOnFile, pick, withSummary } from './eligibility.ts';
import { papersOn } from './papers.settings.ts';

const DUTY_PERMISSION: Record<ApplicationDuty, Permission> = {
  file: 'applications:file',
  verify: 'applications:verify',
  approve: 'applications:approve',
};

type Where = Pick<ApplicationWithChild, 'divisionCode' | 'institutionId'>;

function reaches(scope: Scope, where: Where): boolean {
  return (
    isDivisionInScope(scope, where.divisionCode) ||
    (where.institutionId !== null && scope.institutionIds.includes(where.institutionId))
  );
}

/** The duties the caller holds for this child: a permission counts only where its grant reaches the child. */
export function dutiesFor(ctx: Pick<ChangeContext, 'scope'>, where: Where): Set<ApplicationDuty> {
  const out = new Set<ApplicationDuty>();
  for (const [duty, permission] of Object.entries(DUTY_PERMISSION) as [ApplicationDuty, Permission][]) {
    if (reaches(ctx.scope(permission), where)) out.add(duty);
  }
  return out;
}

function stateOf(app: ApplicationWithChild['app'], actions: readonly ActionRow[]): ApplicationState {
  return applicationState(
    app.crossProvince,
    actions.map((a) => ({ action: a.action as ApplicationAction, on: a.onDate })),
  );
}

export interface Clock {
  today: string;
  calendar: WorkCalendar;
  limits: Awaited<ReturnType<typeof stepLimits>>;
}

export async function clock(db: Queryable): Promise<Clock> {
  return { today: serviceDate(), calendar: await loadCalendar(db), limits: await stepLimits(db) };
}

/** The waiting step with its deadline; a span into a year without a calendar shows as unknown, not guessed. */
export function waitingOf(
  app: Pick<ApplicationWithChild['app'], 'status' | 'stepSince' | 'crossProvince'>,
  state: Pick<ApplicationState, 'waiting'>,
  c: Clock,
): ApplicationItem['waiting'] {
  if (state.waiting === null) return null;
  const limit = stepLimit(c.limits, app.crossProvince, state.waiting.step);
  try {
    const due = c.calendar.deadline(state.waiting.since, limit);
    const left = c.calendar.workingDaysLeft(c.today, due);
    return { ...state.waiting, limit, due, workingDaysLeft: left, overdue: left < 0, calendarMissing: null };
  } catch (e) {
    if (!(e instanceof CalendarYearMissing)) throw e;
    return { ...state.waiting, limit, due: null, workingDaysLeft: null, overdue: false, calendarMissing: e.year };
  }
}

export function toItem(
  row: ApplicationWithChild,
  state: ApplicationState,
  duties: Set<ApplicationDuty>,
  c: Clock,
): ApplicationItem {
  const { app } = row;
  return {
    id: app.id,
    childId: app.childId,
    childName: row.childName,
    divisionCode: row.divisionCode,
    kind: app.kind,
    category: app.category as ApplicationCategory,
    crossProvince: app.crossProvince,
    status: state.status,
    version: state.version,
    createdAt: app.createdAt.toISOString(),
    waiting: waitingOf(app, state, c),
    allowedActions: allowedActions(app.crossProvince, state.status, duties).filter((a) => a !== 'create'),
  };
}

// A stored check this code cannot read shows as none rather than failing the page.
const storedCheck = (value: unknown): ApplicationView['actions'][number]['ruleCheck'] => {
  const parsed = storedCheckSchema.safeParse(value);
  return parsed.success ? { ...parsed.data, papersVersion: parsed.data.papersVersion ?? '' } : null;
};

async function view(
  db: Queryable,
  ctx: Pick<ChangeContext, 'scope'>,
  row: ApplicationWithChild,
  child: ChildRow,
): Promise<ApplicationView> {
  const actions = await actionsOf(db, row.app.id);
  const state = stateOf(row.app, actions);
  const c = await clock(db);
  const category = row.app.category as ApplicationCategory;
  const check = pick((await checkChild(db, child, c.today)).checks, category);
  const checklist = await papersOn(db, c.today);
  return {
    ...toItem(row, state, dutiesFor(ctx, row), c),
    acceptingPlace: row.app.acceptingPlace,
    eventDate: row.app.eventDate,
    note: row.app.note,
    categoryId: row.app.categoryId,
    limitsVersion: row.app.limitsVersion,
    actions: actions.map((a) => ({
      seq: a.seq,
      action: a.action as ApplicationAction,
      onDate: a.onDate,
      at: a.at.toISOString(),
      actorName: a.actorName,
      note: a.note,
      reasonCode: a.reasonCode,
      ruleCheck: storedCheck(a.ruleCheck),
    })),
    check: withSummary(check),
    papers: papersFor(row.app.kind, check, await papersOnFile(db, child.id), checklist),
    papersVersion: checklist.version,
  };
}

export async function readApplication(ctx: ChangeContext & { db: Queryable }, id: string): Promise<ApplicationView> {
  return (await readApplicationWithChild(ctx, id)).view;
}

/** The application as the API shows it, and its child's file (the printed form needs the child's identity). */
export async function readApplicationWithChild(
  ctx: ChangeContext & { db: Queryable },
  id: string,
): Promise<{ view: ApplicationView; child: ChildRow }> {
  const scope = ctx.scope('children:read');
  const row = await getApplication(ctx.db, scope, id);
  if (!row) throw new AppError('NOT_FOUND');
  const child = await requireChild(ctx.db, scope, row.app.childId);
  return { view: await view(ctx.db, ctx, row, child), child };
}

/** The category row a change or termination concerns: held today, the same one or one it may not stack with. */
async function heldFor(db: Queryable, childId: string, category: ApplicationCategory, today: string) {
  const running = (await categoryRows(db, [childId])).filter((r) => isCurrent(r.endDate, today));
  return {
    same: running.find((r) => r.category === category),
    clash: running.find((r) => isCategoryCode(r.category) && categoriesThatMayNotStack(category, r.category)),
  };
}

export async function createApplication(ctx: ChangeContext, input: CreateInput): Promise<ApplicationView> {
  return ctx.transaction(async (tx) => {
    const { app, child } = await fileApplication(tx, ctx, input);
    const row = { app, childName: child.name, divisionCode: child.divisionCode, institutionId: child.institutionId };
    return view(tx, ctx, row, child);
  });
}

/**
 * Files an application inside the caller's transaction (a re-verification's outcome files its termination in the
 * same one): every check of a new application, the row, its first action and the audit row.
 */
export async function fileApplication(tx: Tx, ctx: ChangeContext, input: CreateInput) {
  const scope = ctx.scope('applications:file');
  const today = serviceDate();
  const child = await requireChangeableChild(tx, scope, input.childId);
  const label = CATEGORY_LABELS[input.category];
  const held = await heldFor(tx, child.id, input.category, today);
  if (input.kind === 'terminate') {
    if (!input.eventDate || input.eventDate > today)
      throw AppError.rule(
        'APPLICATION_EVENT_DATE',
        `终止申请须填写事由发生日期（不能晚于今天 ${today}）`,
        `A termination needs the date of its event, not after ${today}`,
        { field: 'eventDate' },
      );
    checkNotBefore(input.eventDate, child.birthDate, 'eventDate', { zh: '出生日期', en: 'birth date' });
  }
  if (input.kind === 'grant' && held.same)
    throw conflict(
      'CATEGORY_ALREADY_HELD',
      `该儿童已认定为${label.zh}（自 ${held.same.startDate} 起），不需再申请认定`,
      `The child already holds ${label.en} since ${held.same.startDate}`,
      { field: 'category', categoryId: held.same.id },
    );
  if ((input.kind === 'terminate' && !held.same) || (input.kind === 'change' && !held.same && !held.clash))
    throw conflict(
      'APPLICATION_CATEGORY_NOT_HELD',
      input.kind === 'terminate'
        ? `该儿童当前未享受${label.zh}，不能申请终止`
        : `该儿童当前未享受可变更为${label.zh}的保障类别`,
      `The child holds no category this ${input.kind} could concern`,
      { field: 'category' },
    );
  if (await openApplication(tx, child.id, input.kind, input.category))
    throw conflict(
      'APPLICATION_OPEN_EXISTS',
      `该儿童已有一份${label.zh}的同类申请正在办理，不能重复申请`,
      `The child already has an open application of this kind for ${label.en}`,
      { field: 'category' },
    );
  const limits = await stepLimits(tx);
  const [app] = await tx
    .insert(applications)
    .values({
      childId: child.id,
      kind: input.kind,
      category: input.category,
      crossProvince: input.crossProvince,
      acceptingPlace: input.crossProvince ? (input.acceptingPlace ?? null) : null,
      eventDate: input.eventDate ?? null,
      note: input.note,
      status: 'draft',
      version: 1,
      stepSince: null,
      limitsVersion: limits.version,
      createdBy: ctx.actor.userId,
    })
    .returning();
  if (!app) throw new AppError('INTERNAL');
  await tx.insert(applicationActions).values({
    applicationId: app.id,
    seq: 1,
    action: 'create',
    onDate: today,
    actorId: ctx.actor.userId,
    actorName: ctx.actor.displayName,
    note: input.note,
  });
  await ctx.audit(tx, {
    action: 'application.create',
    targetType: 'application',
    targetId: app.id,
    after: { childId: child.id, kind: input.kind, category: input.category, crossProvince: input.crossProvince },
  });
  return { app, child };
}

function refusal(
  cross: boolean,
  status: ApplicationState['status'],
  action: ApplicationAction,
  duties: Set<ApplicationDuty>,
) {
  const r = refuseAction(cross, status, action, duties);
  if (r === null) return;
  if (r.code === 'APPLICATION_DUTY_REQUIRED')
    throw new AppError('APPLICATION_DUTY_REQUIRED', { action, duty: r.duty }, { zh: r.zh, en: r.en });
  throw conflict('APPLICATION_ACTION_NOT_ALLOWED', r.zh, r.en, { action, status });
}

function requireReason(input: ActInput): void {
  const label = APPLICATION_ACTION_LABELS[input.action];
  if (input.action === 'reject' && input.reasonCode === undefined)
    throw AppError.rule(
      'APPLICATION_REASON_REQUIRED',
      '不予批准须从列表中选择原因',
      'A rejection needs a reason from the list',
      {
        field: 'reasonCode',
      },
    );
  if ((input.action === 'return' || input.action === 'reject') && input.note === '')
    throw AppError.rule(
      'APPLICATION_REASON_REQUIRED',
      `“${label.zh}”须填写具体原因`,
      `“${label.en}” needs the reason in words`,
      { field: 'note' },
    );
}

export async function actOn(
  ctx: ChangeContext & { db: Queryable },
  id: string,
  input: ActInput,
): Promise<ApplicationView> {
  const row = await getApplication(ctx.db, ctx.scope('children:read'), id);
  if (!row) throw new AppError('NOT_FOUND');
  const today = serviceDate();
  return ctx.transaction(async (tx) => {
    const actions = await actionsOf(tx, row.app.id);
    const state = stateOf(row.app, actions);
    if (input.version !== state.version)
      throw conflict(
        'APPLICATION_CHANGED',
        `申请已被他人处理（当前版本 ${state.version}，您提交的是 ${input.version}），请刷新后查看`,
        `The application is at version ${state.version}, not ${input.version}; reload it`,
        { field: 'version', current: state.version },
      );
    refusal(row.app.crossProvince, state.status, input.action, dutiesFor(ctx, row));
    requireReason(input);
    const child = await requireChild(tx, ctx.scope('children:read'), row.app.childId);
    const category = row.app.category as ApplicationCategory;
    const { facts, checks } = await checkChild(tx, child, today);
    const check = pick(checks, category);
    const checklist = await papersOn(tx, today);
    const papers = papersFor(row.app.kind, check, await papersOnFile(tx, child.id), checklist);
    if (input.action === 'submit') {
      const missing = papers.filter((p) => !p.met);
      if (missing.length > 0)
        throw AppError.rule(
          'APPLICATION_PAPERS_MISSING',
          `缺少必需的证明材料：${missing.map((p) => p.name.zh).join('、')}，请先上传后再提交`,
          `Required papers are missing: ${missing.map((p) => p.name.en).join(', ')}`,
          { field: 'papers', missing: missing.map((p) => p.code) },
        );
    }
    const next = applicationState(row.app.crossProvince, [
      ...actions.map((a) => ({ action: a.action as ApplicationAction, on: a.onDate })),
      { action: input.action, on: today },
    ]);
    // The version moves only from the one the caller saw: a second actor on the same version updates nothing.
    const [moved] = await tx
      .update(applications)
      .set({ status: next.status, version: next.version, stepSince: next.waiting?.since ?? null })
      .where(and(eq(applications.id, row.app.id), eq(applications.version, input.version)))
      .returning();
    if (!moved)
      throw conflict('APPLICATION_CHANGED', '申请已被他人处理，请刷新后查看', 'Someone else acted first; reload it', {
        field: 'version',
      });
    const decision = ['submit', 'verify', 'approve', 'reject'].includes(input.action);
    await tx.insert(applicationActions).values({
      applicationId: row.app.id,
      seq: next.version,
      action: input.action,
      onDate: today,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
      note: input.note,
      reasonCode: input.reasonCode ?? null,
      ruleCheck: decision ? { ...withSummary(check), papersVersion: checklist.version, papers, facts } : null,
    });
    let categoryId: string | null = null;
    if (input.action === 'approve') {
      categoryId = await approvalEffect(ctx, tx, { ...row, app: moved }, today);
      await tx.update(applications).set({ categoryId }).where(eq(applications.id, row.app.id));
    }
    await ctx.audit(tx, {
      action: 'application.act',
      targetType: 'application',
      targetId: row.app.id,
      before: { status: state.status, version: state.version },
      after: { status: next.status, version: next.version },
      details: {
        action: input.action,
        childId: row.app.childId,
        reasonCode: input.reasonCode ?? null,
        reason: input.reasonCode ? REJECTION_REASONS[input.reasonCode].zh : null,
        outcome: check.outcome,
        rulesVersion: check.rulesVersion,
        categoryId,
      },
    });
    const fresh = { ...row, app: { ...moved, categoryId: categoryId ?? moved.categoryId } };
    return view(tx, ctx, fresh, child);
  });
}

/** RULES §2.11–12: a grant from the first of next month; a termination to the end of the event's month. */
async function approvalEffect(
  ctx: ChangeContext,
  tx: Queryable,
  row: ApplicationWithChild,
  today: string,
): Promise<string> {
  const { app } = row;
  const category = app.category as ApplicationCategory;
  const ref = `保障申请 ${app.id.slice(0, 8)} 审批决定`;
  const held = await heldFor(tx, app.childId, category, today);
  if (app.kind === 'terminate') {
    if (!held.same)
      throw conflict('APPLICATION_CATEGORY_NOT_HELD', '该儿童当前未享受此保障类别', 'The category is not held');
    const ended = await endCategory(ctx, app.childId, held.same.id, {
      endDate: terminationEndDate(app.eventDate ?? today),
      endReason: `${ref}：终止`,
    });
    return ended.id;
  }
  // A change (散居 → 集中养育, …) ends the category it replaces with this month and starts the new one next month.
  if (app.kind === 'change' && held.same) return held.same.id;
  if (app.kind === 'change' && held.clash)
    await endCategory(ctx, app.childId, held.clash.id, {
      endDate: terminationEndDate(today),
      endReason: `${ref}：变更`,
    });
  const recorded = await recordCategory(ctx, app.childId, {
    category,
    startDate: grantStartDate(today),
    decisionRef: ref,
  });
  return recorded.id;
}
