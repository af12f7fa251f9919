// "My tasks" from keeping categories true: the children whose category must end or be reviewed (for whoever files
// applications over them), the open re-verification items of the township, and late items for the county above.
// Derived on every read, like every task.
import { serviceDate } from '@hehu/domain';
import { scopeFor } from '../../platform/access.ts';
import { taskText, type Task, type TaskProvider } from '../../platform/tasks.ts';
import { openCounts } from './reverification.store.ts';
import { triggerItems } from './triggers.ts';

const triggerTasks: TaskProvider = async ({ actor, db, locale }) => {
  if (!actor.permissions.has('applications:file')) return [];
  const today = serviceDate();
  const items = await triggerItems(db, scopeFor(actor, 'applications:file'), today);
  if (items.length === 0) return [];
  const first = items[0];
  const adults = items.filter((i) => i.kind === 'adulthood' || i.kind === 'schooling_ended').length;
  const changed = items.length - adults;
  const parts = [
    adults > 0 ? taskText(locale, `${adults} 名年满 18 周岁或在读延续期满`, `${adults} reaching the age limit`) : '',
    changed > 0 ? taskText(locale, `${changed} 名家庭情形变化`, `${changed} with a changed family situation`) : '',
  ].filter(Boolean);
  return [
    {
      id: 'application-triggers',
      kind: 'applications',
      title: taskText(
        locale,
        `${items.length} 名儿童的保障须终止或复核`,
        `${items.length} children whose category must end or be reviewed`,
      ),
      description:
        taskText(locale, '核实后发起终止申请：', 'Check and file a termination: ') +
        parts.join(taskText(locale, '，', ', ')),
      dueDate: first?.endDate ?? null,
      link: '/applications/triggers',
      severity: 'warning',
    },
  ];
};

const reverificationTasks: TaskProvider = async ({ actor, db, locale }) => {
  const tasks: Task[] = [];
  const today = serviceDate();
  if (actor.permissions.has('applications:verify')) {
    const { open, late } = await openCounts(db, scopeFor(actor, 'applications:verify'), today);
    if (open > 0)
      tasks.push({
        id: 'reverifications-open',
        kind: 'applications',
        title: taskText(locale, `${open} 名儿童待复核`, `${open} children to re-verify`),
        description:
          late > 0
            ? taskText(locale, `其中 ${late} 名已过复核期限`, `${late} of them past the round's due date`)
            : taskText(locale, '核实仍符合条件，或登记不再符合并发起终止', 'Confirm, or record a loss and terminate'),
        dueDate: null,
        link: '/applications/reverifications',
        severity: late > 0 ? 'danger' : 'warning',
      });
  } else if (actor.permissions.has('applications:approve')) {
    // The level above the township: only what is late.
    const { late } = await openCounts(db, scopeFor(actor, 'applications:approve'), today);
    if (late > 0)
      tasks.push({
        id: 'reverifications-late',
        kind: 'applications',
        title: taskText(locale, `${late} 项复核已过期限未登记`, `${late} re-verifications past their due date`),
        description: taskText(locale, '乡镇（街道）未按期复核，请督办', 'Townships are late with the round; follow up'),
        dueDate: null,
        link: '/applications/reverifications',
        severity: 'danger',
      });
  }
  return tasks;
};

export const reverificationTaskProviders: readonly TaskProvider[] = [triggerTasks, reverificationTasks];
