// "My tasks" for the city: from October, next year's working-day calendar when it has not been entered. Without
// it, deadlines that reach the new year are refused, so applications filed in December would show no deadline.
import { serviceDate } from '@hehu/domain';
import { eq } from 'drizzle-orm';
import { workCalendarYears } from '../../db/schema.ts';
import { taskText, type Task, type TaskProvider } from '../../platform/tasks.ts';

const calendarTasks: TaskProvider = async (ctx) => {
  if (!ctx.actor.permissions.has('rules:manage')) return [];
  const today = serviceDate();
  if (today.slice(5) < '10-01') return [];
  const next = Number(today.slice(0, 4)) + 1;
  const [entered] = await ctx.db
    .select({ year: workCalendarYears.year })
    .from(workCalendarYears)
    .where(eq(workCalendarYears.year, next))
    .limit(1);
  if (entered) return [];
  const tr = (zh: string, en: string) => taskText(ctx.locale, zh, en);
  const task: Task = {
    id: 'calendar-next-year-missing',
    kind: 'calendar',
    title: tr(`录入 ${next} 年工作日历（节假日与调休）`, `Enter the ${next} working-day calendar`),
    description: tr(
      `${next} 年的节假日安排尚未录入：跨入 ${next} 年的办理期限无法计算。国务院办公厅公布后请及时录入`,
      `Deadlines reaching ${next} cannot be computed until its holidays are entered from the State Council notice`,
    ),
    dueDate: `${next - 1}-12-01`,
    link: '/calendar',
    severity: today >= `${next - 1}-12-01` ? 'danger' : 'warning',
  };
  return [task];
};

export const calendarTaskProviders: readonly TaskProvider[] = [calendarTasks];
