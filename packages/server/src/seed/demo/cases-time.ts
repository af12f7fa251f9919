// Times in a demo case's life: the hours the work went on in Leshan (daytime reports, office hours for the steps
// that wait for them on the working-day calendar).
import { serviceDate, type WorkCalendar } from '@hehu/domain';
import type { Rng } from './random.ts';

export const MIN = 60_000;
export const H = 60 * MIN;
export const D = 24 * H;

/** A clock time in Leshan between 08:00 and 21:59, on the day of `ms`. */
export function daytime(ms: number, rng: Rng): number {
  const day = serviceDate(new Date(ms));
  return new Date(`${day}T08:00:00+08:00`).getTime() + rng.int(0, 14 * 60 - 1) * MIN;
}

const clock = (ms: number) => (ms - new Date(`${serviceDate(new Date(ms))}T00:00:00+08:00`).getTime()) / H;
const dayAt = (day: string, hour: number, rng: Rng) =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`).getTime() + rng.int(0, 50) * MIN;

/** The time, or the next office hour (08:30–18:00 on a working day) after it. */
export function officeForward(ms: number, calendar: WorkCalendar, rng: Rng): number {
  let day = serviceDate(new Date(ms));
  const hour = clock(ms);
  if (calendar.isWorkingDay(day) && hour >= 8.5 && hour < 18) return ms;
  if (hour >= 18 || !calendar.isWorkingDay(day)) {
    day = calendar.addWorkingDays(day, 1);
    return dayAt(day, 8, rng) + 30 * MIN;
  }
  return dayAt(day, 8, rng) + 30 * MIN;
}

/** A time between lo and hi, moved into office hours when that keeps it between them. */
export function officeBetween(lo: number, hi: number, rng: Rng, calendar: WorkCalendar): number {
  const t = hi <= lo ? lo : lo + Math.floor(rng.float() * (hi - lo));
  const forward = officeForward(t, calendar, rng);
  if (forward < hi) return forward;
  const hour = clock(t);
  if (hour >= 18) {
    const back = dayAt(serviceDate(new Date(t)), 17, rng);
    if (back > lo) return back;
  }
  return t;
}
