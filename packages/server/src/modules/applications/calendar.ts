// The working-day calendar as the database holds it (work_calendar_years, seeded from data/work-calendar.json),
// and the versioned step limits. A deadline that reaches a year nobody has entered is refused, never guessed.
import { CalendarYearMissing, DEFAULT_STEP_LIMITS, WorkCalendar, type StepLimits } from '@hehu/domain';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { settings, workCalendarYears } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';

export async function loadCalendar(db: Queryable): Promise<WorkCalendar> {
  const rows = await db.select().from(workCalendarYears);
  return new WorkCalendar(
    Object.fromEntries(
      rows.map((r) => [String(r.year), { holidays: r.holidays, workdays: r.workdays, source: r.source }]),
    ),
  );
}

export function calendarYearMissing(year: number): AppError {
  return AppError.rule(
    'CALENDAR_YEAR_MISSING',
    `期限跨入 ${year} 年，该年的工作日历（节假日与调休安排）尚未录入，无法计算期限`,
    `The deadline reaches ${year}, whose working-day calendar has not been entered`,
    { field: 'workingDays', year },
  );
}

/** The calendar's answer, or the catalogue's 400 naming the missing year. */
export function deadlineOrRefuse(calendar: WorkCalendar, from: string, workingDays: number): string {
  try {
    return calendar.deadline(from, workingDays);
  } catch (e) {
    if (e instanceof CalendarYearMissing) throw calendarYearMissing(e.year);
    throw e;
  }
}

const LIMITS_KEY = 'application_step_limits';
const storedLimits = z.object({
  version: z.string(),
  standard: z.object({ verify: z.number().int().min(1), approve: z.number().int().min(1) }),
  crossProvince: z.object({
    forward: z.number().int().min(1),
    verify: z.number().int().min(1),
    approve: z.number().int().min(1),
  }),
});

/** The latest published step limits (migration 0017 stores the first version). */
export async function stepLimits(db: Queryable): Promise<StepLimits> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, LIMITS_KEY))
    .orderBy(desc(settings.version))
    .limit(1);
  const parsed = storedLimits.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_STEP_LIMITS;
}
