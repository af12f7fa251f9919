// "My tasks" from applications: each open step in the list of the level that acts on it, with the working days
// left; a step past its limit also in the list of the level above (township → county, county → city).
// Derived from the applications on every read; nothing is stored as "due".
import { STEP_LABELS, WAITING_STEP, type ApplicationStatus } from '@hehu/domain';
import { scopeFor, type Actor } from '../../platform/access.ts';
import type { Permission } from '../../platform/permissions.ts';
import { taskText, type Task, type TaskProvider } from '../../platform/tasks.ts';
import { clock, waitingOf, type Clock } from './applications.service.ts';
import { openSteps } from './applications.store.ts';

interface Summary {
  count: number;
  overdue: number;
  /** The earliest deadline, null when none can be computed. */
  due: string | null;
  minLeft: number | null;
}

async function summarize(
  ctx: Parameters<TaskProvider>[0],
  c: Clock,
  permission: Permission,
  statuses: ApplicationStatus[],
): Promise<Summary> {
  const groups = await openSteps(ctx.db, scopeFor(ctx.actor, permission), statuses);
  const s: Summary = { count: 0, overdue: 0, due: null, minLeft: null };
  for (const g of groups) {
    const step = WAITING_STEP[g.status as ApplicationStatus];
    if (step === undefined || g.stepSince === null) continue;
    const w = waitingOf(
      { status: g.status, stepSince: g.stepSince, crossProvince: g.crossProvince },
      { waiting: { step, since: g.stepSince } },
      c,
    );
    s.count += g.n;
    if (w?.overdue) s.overdue += g.n;
    if (w?.due && (s.due === null || w.due < s.due)) s.due = w.due;
    if (w?.workingDaysLeft != null && (s.minLeft === null || w.workingDaysLeft < s.minLeft))
      s.minLeft = w.workingDaysLeft;
  }
  return s;
}

/** A city-level grant: the level above the county. */
const atCityLevel = (actor: Actor) => scopeFor(actor, 'children:read').prefixes.some((p) => p.length <= 4);

const applicationTasks: TaskProvider = async (ctx) => {
  const { actor, locale } = ctx;
  const has = (p: Permission) => actor.permissions.has(p);
  const city = atCityLevel(actor);
  if (!has('applications:file') && !has('applications:verify') && !has('applications:approve') && !city) return [];
  const c = await clock(ctx.db);
  const tr = (zh: string, en: string) => taskText(locale, zh, en);
  const tasks: Task[] = [];
  const left = (s: Summary) =>
    s.minLeft === null
      ? tr('（期限所在年份的工作日历尚未录入）', ' (the calendar of the deadline year is missing)')
      : s.minLeft < 0
        ? tr(`，最早一份已超期 ${-s.minLeft} 个工作日`, `; the oldest is ${-s.minLeft} working days late`)
        : tr(`，最早一份还剩 ${s.minLeft} 个工作日`, `; ${s.minLeft} working days left on the oldest`);
  const mine = async (id: string, permission: Permission, statuses: ApplicationStatus[], zh: string, en: string) => {
    if (!has(permission)) return;
    const s = await summarize(ctx, c, permission, statuses);
    if (s.count === 0) return;
    tasks.push({
      id,
      kind: 'applications',
      title: tr(`${s.count} 份申请${zh}`, `${s.count} applications ${en}`),
      description: tr(`按期限办理`, 'Act within the limit') + left(s),
      dueDate: s.due,
      link: '/applications?actionable=true',
      severity: s.overdue > 0 ? 'danger' : s.minLeft !== null && s.minLeft <= 2 ? 'warning' : 'info',
    });
  };
  await mine(
    'applications-forward-verify',
    'applications:verify',
    ['intake', 'submitted'],
    '待乡镇受理或审核',
    'to verify',
  );
  await mine('applications-approve', 'applications:approve', ['verified'], '待县级审批', 'to approve');
  const late = async (id: string, permission: Permission, statuses: ApplicationStatus[], step: string) => {
    const s = await summarize(ctx, c, permission, statuses);
    if (s.overdue === 0) return;
    tasks.push({
      id,
      kind: 'applications',
      title: tr(`${s.overdue} 份申请${step}已超期`, `${s.overdue} applications late at ${step}`),
      description: tr('下级办理超过工作日期限，请督办', 'The level below is past its working-day limit; follow up'),
      dueDate: s.due,
      link: '/applications',
      severity: 'danger',
    });
  };
  // The level above sees a late step: the county the township's, the city the county's.
  if (has('applications:approve'))
    await late('applications-late-township', 'applications:approve', ['intake', 'submitted'], STEP_LABELS.verify.zh);
  if (city) await late('applications-late-county', 'children:read', ['verified'], STEP_LABELS.approve.zh);
  if (has('applications:file')) {
    const groups = await openSteps(ctx.db, scopeFor(actor, 'applications:file'), ['returned']);
    const n = groups.reduce((sum, g) => sum + g.n, 0);
    if (n > 0)
      tasks.push({
        id: 'applications-returned',
        kind: 'applications',
        title: tr(`${n} 份申请被退回，待补正后重新提交`, `${n} applications returned for revision`),
        description: tr('按退回意见补充材料或更正后重新提交', 'Revise as the return note asks and submit again'),
        dueDate: null,
        link: '/applications?status=returned',
        severity: 'warning',
      });
  }
  return tasks;
};

export const applicationTaskProviders: readonly TaskProvider[] = [applicationTasks];
