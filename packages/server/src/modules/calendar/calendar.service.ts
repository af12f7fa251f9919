// Entering a year's holiday arrangement. Each date is checked against the year and the other list (a day cannot
// be both off and on), make-up working days must fall on a weekend, and the version guards the write so two
// editors cannot overwrite each other. The audit row, with the lists before and after, commits with the change.
import { and, asc, eq } from 'drizzle-orm';
import { users, workCalendarYears } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import type { ChangeContext } from '../family/index.ts';
import type { Queryable } from '../../db/connection.ts';
import type { SaveYearInput, YearView } from './calendar.schemas.ts';

type YearRow = typeof workCalendarYears.$inferSelect;

function toYearView(row: YearRow, updatedByName: string | null): YearView {
  return {
    year: row.year,
    holidays: [...row.holidays].sort(),
    workdays: [...row.workdays].sort(),
    source: row.source,
    version: row.version,
    updatedAt: row.updatedAt ? row.updatedAt.toISOString() : null,
    updatedByName,
  };
}

export async function calendarYears(db: Queryable): Promise<YearView[]> {
  const rows = await db
    .select({ row: workCalendarYears, name: users.displayName })
    .from(workCalendarYears)
    .leftJoin(users, eq(users.id, workCalendarYears.updatedBy))
    .orderBy(asc(workCalendarYears.year));
  return rows.map((r) => toYearView(r.row, r.name));
}

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The first problem in the lists, naming the field and the date. */
function checkYear(year: number, input: SaveYearInput): AppError | null {
  const lists = [
    ['holidays', input.holidays],
    ['workdays', input.workdays],
  ] as const;
  for (const [field, dates] of lists)
    for (const [i, date] of dates.entries())
      if (!date.startsWith(`${year}-`))
        return AppError.rule(
          'CALENDAR_DATE_INVALID',
          `${field === 'holidays' ? '节假日' : '调休上班日'}第 ${i + 1} 个日期 ${date} 不在 ${year} 年内`,
          `${field}[${i}] ${date} is not in ${year}`,
          { field: `${field}.${i}` },
        );
  const off = new Set(input.holidays);
  for (const [i, date] of input.workdays.entries()) {
    if (off.has(date))
      return AppError.rule(
        'CALENDAR_DATE_INVALID',
        `${date} 同时列为节假日和调休上班日，请删去其中一处`,
        `${date} is listed both as a holiday and as a working day`,
        { field: `workdays.${i}` },
      );
    const day = weekday(date);
    if (day !== 0 && day !== 6)
      return AppError.rule(
        'CALENDAR_WORKDAY_NOT_WEEKEND',
        `调休上班日 ${date} 不是周六或周日（工作日本来就上班，无需列出）`,
        `The make-up working day ${date} is not a Saturday or Sunday`,
        { field: `workdays.${i}` },
      );
  }
  return null;
}

export async function saveCalendarYear(ctx: ChangeContext, year: number, input: SaveYearInput): Promise<YearView> {
  const problem = checkYear(year, input);
  if (problem) throw problem;
  const values = {
    holidays: [...new Set(input.holidays)].sort(),
    workdays: [...new Set(input.workdays)].sort(),
    source: input.source,
    updatedBy: ctx.actor.userId,
    updatedAt: new Date(),
  };
  return ctx.transaction(async (db) => {
    const [before] = await db.select().from(workCalendarYears).where(eq(workCalendarYears.year, year)).limit(1);
    // The version guards the write itself: a second editor on the same version changes nothing and is told.
    const [saved] =
      input.version === 0
        ? await db
            .insert(workCalendarYears)
            .values({ year, ...values, version: 1 })
            .onConflictDoNothing()
            .returning()
        : await db
            .update(workCalendarYears)
            .set({ ...values, version: input.version + 1 })
            .where(and(eq(workCalendarYears.year, year), eq(workCalendarYears.version, input.version)))
            .returning();
    if (!saved)
      throw AppError.conflict(
        'CALENDAR_CHANGED',
        `${year} 年工作日历已被他人修改（当前版本 ${before?.version ?? 0}，您看到的是 ${input.version}），请刷新后再改`,
        `Someone else changed the ${year} calendar (now version ${before?.version ?? 0}, you saw ${input.version}); reload it`,
        { field: 'version', current: before?.version ?? 0 },
      );
    await ctx.audit(db, {
      action: 'calendar.save',
      targetType: 'calendar',
      targetId: String(year),
      before: before ? { holidays: before.holidays, workdays: before.workdays, source: before.source } : null,
      after: { holidays: saved.holidays, workdays: saved.workdays, source: saved.source },
    });
    return toYearView(saved, ctx.actor.displayName);
  });
}
