// Chinese working-day calendar: weekends off, statutory holidays off, make-up working days (调休) on.
// Dates are 'YYYY-MM-DD' strings handled as UTC day numbers, so the host time zone never shifts a date.

export interface CalendarYear {
  holidays: string[];
  workdays: string[];
  source?: string;
}

/** Keyed by year ("2025"), the same shape as work-calendar.json's `years`. */
export type CalendarData = Record<string, CalendarYear>;

const MS_PER_DAY = 86_400_000;

function toDayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(y, m - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    throw new RangeError(`Not a real date: ${date}`);
  }
  return ms / MS_PER_DAY;
}

function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A deadline that would need a year the calendar has no data for: refused, never guessed from weekends. */
export class CalendarYearMissing extends Error {
  constructor(readonly year: number) {
    super(`No working-day calendar for ${year}`);
    this.name = 'CalendarYearMissing';
  }
}

export class WorkCalendar {
  private readonly holidays = new Set<number>();
  private readonly workdays = new Set<number>();
  private readonly years: ReadonlySet<number>;

  constructor(data: CalendarData) {
    this.years = new Set(Object.keys(data).map(Number));
    for (const [year, entry] of Object.entries(data)) {
      for (const date of entry.holidays) this.holidays.add(this.checkedDay(year, date));
      for (const date of entry.workdays) {
        const day = this.checkedDay(year, date);
        // A date both off and on is a data-entry mistake; refuse it rather than guess.
        if (this.holidays.has(day)) throw new RangeError(`${date} is listed as both a holiday and a working day`);
        this.workdays.add(day);
      }
    }
  }

  private checkedDay(year: string, date: string): number {
    if (!date.startsWith(`${year}-`)) throw new RangeError(`${date} is listed under year ${year}`);
    return toDayNumber(date);
  }

  /** Whether the data covers this year; when it does not, only weekends count as days off. */
  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }

  private isWorkingDayNumber(day: number): boolean {
    if (this.holidays.has(day)) return false;
    if (this.workdays.has(day)) return true;
    const weekday = new Date(day * MS_PER_DAY).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** The nth working day after `start` (start itself not counted); a negative n counts backwards. */
  addWorkingDays(start: string, n: number): string {
    if (!Number.isInteger(n)) throw new RangeError('n must be an integer');
    let day = toDayNumber(start);
    const step = n < 0 ? -1 : 1;
    for (let remaining = Math.abs(n); remaining > 0;) {
      day += step;
      if (this.isWorkingDayNumber(day)) remaining--;
    }
    return fromDayNumber(day);
  }

  /** Working days in (from, to]; negative when `to` is before `from`. */
  workingDaysBetween(from: string, to: string): number {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    if (b < a) return -this.workingDaysBetween(to, from);
    let count = 0;
    for (let day = a + 1; day <= b; day++) if (this.isWorkingDayNumber(day)) count++;
    return count;
  }

  private requireYear(day: number): void {
    const year = new Date(day * MS_PER_DAY).getUTCFullYear();
    if (!this.years.has(year)) throw new CalendarYearMissing(year);
  }

  /**
   * A statutory deadline: the nth working day after `start` (start not counted), n ≥ 0. Every day the count
   * passes must be in a calendared year, else CalendarYearMissing: a holiday nobody has entered yet would
   * otherwise move the deadline silently.
   */
  deadline(start: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a non-negative integer');
    let day = toDayNumber(start);
    for (let remaining = n; remaining > 0;) {
      day += 1;
      this.requireYear(day);
      if (this.isWorkingDayNumber(day)) remaining--;
    }
    return fromDayNumber(day);
  }

  /** Working days left from `today` to a deadline (negative once past it), with the same refusal. */
  workingDaysLeft(today: string, due: string): number {
    const a = toDayNumber(today);
    const b = toDayNumber(due);
    const [from, to, sign] = b >= a ? [a, b, 1] : [b, a, -1];
    let count = 0;
    for (let day = from + 1; day <= to; day++) {
      this.requireYear(day);
      if (this.isWorkingDayNumber(day)) count++;
    }
    return sign * count;
  }
}
