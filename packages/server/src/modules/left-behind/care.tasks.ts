// "My tasks" from left-behind care: children whose parents have not been in touch for more than a week, those
// living in a way Art. 21 forbids, and agreements still unsigned. Derived on every read.
import { serviceDate } from '@hehu/domain';
import { scopeFor } from '../../platform/access.ts';
import { taskText, type Task, type TaskProvider } from '../../platform/tasks.ts';
import { alertCounts } from './care.store.ts';

const careTasks: TaskProvider = async (ctx) => {
  const { actor, locale } = ctx;
  if (!actor.permissions.has('visits:record')) return [];
  const tr = (zh: string, en: string) => taskText(locale, zh, en);
  const counts = await alertCounts(ctx.db, scopeFor(actor, 'visits:record'), serviceDate());
  const tasks: Task[] = [];
  if (counts.unsafeLiving > 0)
    tasks.push({
      id: 'care-unsafe-living',
      kind: 'care',
      title: tr(
        `${counts.unsafeLiving} 名留守儿童无人看护或独自居住`,
        `${counts.unsafeLiving} left-behind children unattended or living alone`,
      ),
      description: tr(
        '未满 8 周岁不得无人看护，未满 16 周岁不得单独生活（未成年人保护法第二十一条）：请立即落实照护',
        'Under 8 may not be left unattended, under 16 may not live alone (Art. 21): arrange care now',
      ),
      dueDate: null,
      link: '/left-behind?alert=living',
      severity: 'danger',
    });
  if (counts.contactOverdue > 0)
    tasks.push({
      id: 'care-contact-overdue',
      kind: 'care',
      title: tr(
        `${counts.contactOverdue} 名留守儿童的父母超过一周未联系`,
        `${counts.contactOverdue} left-behind children without parent contact for over a week`,
      ),
      description: tr(
        '督促外出父母每周至少联系一次（第二十三条）',
        'Remind the parents to call at least weekly (Art. 23)',
      ),
      dueDate: null,
      link: '/left-behind?alert=contact',
      severity: 'warning',
    });
  if (counts.unsigned > 0)
    tasks.push({
      id: 'care-unsigned',
      kind: 'care',
      title: tr(
        `${counts.unsigned} 名留守儿童尚未签订委托照护协议`,
        `${counts.unsigned} left-behind children without a signed care agreement`,
      ),
      description: tr('规划目标：委托照护协议签订率 100%', 'Plan target: every agreement signed'),
      dueDate: null,
      link: '/left-behind?alert=unsigned',
      severity: 'info',
    });
  return tasks;
};

export const careTaskProviders: readonly TaskProvider[] = [careTasks];
