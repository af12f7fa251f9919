// Home-page work from cases: new intakes waiting for a worker, overdue cases (which escalate: the level above —
// the city over a county — sees them too), open referrals for a partner, handled reports for a reporter to rate.
import { and, count, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { caseIntakes, caseReferrals, cases } from '../../db/schema.ts';
import { partnerUnitsFor, scopeCondition, scopeFor } from '../../platform/access.ts';
import { taskText, type TaskProvider } from '../../platform/tasks.ts';
import { overdueCondition } from './cases.store.ts';

const waitingForWorker: TaskProvider = async ({ actor, db, locale }) => {
  if (!actor.permissions.has('cases:work')) return [];
  const scope = scopeFor(actor, 'cases:work');
  const [row] = await db
    .select({ n: count() })
    .from(cases)
    .where(
      and(
        scopeCondition(scope, cases.divisionCode, cases.institutionId),
        eq(cases.stage, 'intake'),
        isNull(cases.ownerId),
      ),
    );
  const n = row?.n ?? 0;
  if (n === 0) return [];
  return [
    {
      id: 'cases-waiting',
      kind: 'cases.waiting',
      title: taskText(locale, `${n} 件新受理个案待接案`, `${n} new cases waiting for a worker`),
      description: taskText(locale, '请尽快接案并核查', 'Accept and verify them'),
      dueDate: null,
      link: '/cases?stage=intake',
      severity: 'danger',
    },
  ];
};

const overdue: TaskProvider = async ({ actor, db, locale }) => {
  if (!actor.permissions.has('cases:supervise') && !actor.permissions.has('cases:work')) return [];
  const permission = actor.permissions.has('cases:supervise') ? 'cases:supervise' : 'cases:work';
  const scope = scopeFor(actor, permission);
  const [row] = await db
    .select({ n: count() })
    .from(cases)
    .where(and(scopeCondition(scope, cases.divisionCode, cases.institutionId), overdueCondition(new Date())));
  const n = row?.n ?? 0;
  if (n === 0) return [];
  return [
    {
      id: 'cases-overdue',
      kind: 'cases.overdue',
      title: taskText(locale, `${n} 件个案已超过办理时限`, `${n} cases are past their deadline`),
      description: taskText(locale, '逾期个案已上报督办，请督促办理', 'Overdue cases are escalated for supervision'),
      dueDate: null,
      link: '/cases?overdue=true',
      severity: 'danger',
    },
  ];
};

const referralsWaiting: TaskProvider = async ({ actor, db, locale }) => {
  const units = partnerUnitsFor(actor, 'cases:referral');
  if (units.length === 0) return [];
  const [row] = await db
    .select({ n: count() })
    .from(caseReferrals)
    .where(and(inArray(caseReferrals.partnerUnitId, units), inArray(caseReferrals.status, ['sent', 'accepted'])));
  const n = row?.n ?? 0;
  if (n === 0) return [];
  return [
    {
      id: 'referrals-open',
      kind: 'cases.referrals',
      title: taskText(locale, `${n} 项转介事项待反馈`, `${n} referrals waiting for your answer`),
      description: taskText(locale, '请接收并在期限内反馈办理结果', 'Accept them and report back before the due date'),
      dueDate: null,
      link: '/referrals',
      severity: 'warning',
    },
  ];
};

const reportsToRate: TaskProvider = async ({ actor, db, locale }) => {
  if (!actor.permissions.has('cases:report')) return [];
  const [row] = await db
    .select({ n: count() })
    .from(caseIntakes)
    .where(
      and(
        eq(caseIntakes.reporterUserId, actor.userId),
        isNotNull(caseIntakes.toldAt),
        isNull(caseIntakes.satisfaction),
      ),
    );
  const n = row?.n ?? 0;
  if (n === 0) return [];
  return [
    {
      id: 'reports-handled',
      kind: 'cases.reports',
      title: taskText(locale, `您的 ${n} 件报告已办结`, `${n} of your reports were handled`),
      description: taskText(locale, '查看办理结果并评价', 'Read the outcome and rate it'),
      dueDate: null,
      link: '/cases/reports',
      severity: 'info',
    },
  ];
};

export const caseTaskProviders: readonly TaskProvider[] = [waitingForWorker, overdue, referralsWaiting, reportsToRate];
