// "My tasks" from visit plans: the week's due visits and the overdue ones for whoever records visits, and, for a
// township or wider, the children whose circumstances changed at the last visit and await a new assessment.
// Derived from the plans on every read; nothing is stored as "due".
import { serviceDate } from '@hehu/domain';
import { scopeFor } from '../../platform/access.ts';
import { taskText, type Task, type TaskProvider } from '../../platform/tasks.ts';
import { visitRulesOn } from './visits.rules.ts';
import { awaitingReassessment, planCounts } from './visits.store.ts';

const visitTasks: TaskProvider = async (ctx) => {
  const { actor, locale } = ctx;
  if (!actor.permissions.has('visits:record')) return [];
  const tr = (zh: string, en: string) => taskText(locale, zh, en);
  const scope = scopeFor(actor, 'visits:record');
  const today = serviceDate();
  const rules = await visitRulesOn(ctx.db, today);
  const counts = await planCounts(ctx.db, scope, rules, today);
  const tasks: Task[] = [];
  if (counts.overdue + counts.thisWeek > 0)
    tasks.push({
      id: 'visits-due',
      kind: 'visits',
      title: tr(
        `本周待走访 ${counts.thisWeek} 人，逾期 ${counts.overdue} 人`,
        `${counts.thisWeek} visits due this week, ${counts.overdue} overdue`,
      ),
      description: tr(
        `按走访频次（${rules.version}）计算；逾期的先走访`,
        `From the visit frequencies (${rules.version}); visit the overdue first`,
      ),
      dueDate: today,
      link: counts.overdue > 0 ? '/visits?standing=overdue' : '/visits?standing=this_week',
      severity: counts.overdue > 0 ? 'danger' : 'warning',
    });
  // A village director records the change; the township and above reassess.
  if (scope.prefixes.some((p) => p.length <= 9)) {
    const n = await awaitingReassessment(ctx.db, scope);
    if (n > 0)
      tasks.push({
        id: 'visits-reassess',
        kind: 'visits',
        title: tr(`${n} 名儿童走访发现情况变化，待重新评估`, `${n} children changed at their last visit: reassess`),
        description: tr(
          '走访记录标注“情况发生变化”后尚未做监护风险评估',
          'A visit noted changed circumstances and no risk assessment followed',
        ),
        dueDate: null,
        link: '/visits?reassess=true',
        severity: 'warning',
      });
  }
  return tasks;
};

export const visitTaskProviders: readonly TaskProvider[] = [visitTasks];
