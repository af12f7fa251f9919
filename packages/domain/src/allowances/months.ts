// Calendar months as 'YYYY-MM' text: payments are monthly, and a month compared as text sorts as time.

export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** The month a date ('YYYY-MM-DD') falls in. */
export function monthOf(date: string): Month {
  return date.slice(0, 7);
}

export function firstDayOf(month: Month): string {
  return `${month}-01`;
}

function parts(month: Month): [number, number] {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`not a month: ${month}`);
  return [Number(match[1]), Number(match[2])];
}

export function shiftMonth(month: Month, by: number): Month {
  const [y, m] = parts(month);
  const index = y * 12 + (m - 1) + by;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function lastDayOf(month: Month): string {
  const [y, m] = parts(month);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthRange(from: Month, to: Month): Month[] {
  const out: Month[] = [];
  for (let m = from; m <= to; m = shiftMonth(m, 1)) out.push(m);
  return out;
}

/** 2026-06 → "2026年6月"; a run of months → "2026年1–5月" (same year) or "2025年11月–2026年2月". */
export function monthWords(from: Month, to: Month = from): { zh: string; en: string } {
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  if (from === to) return { zh: `${fy}年${fm}月`, en: from };
  if (fy === ty) return { zh: `${fy}年${fm}–${tm}月`, en: `${from} to ${to}` };
  return { zh: `${fy}年${fm}月–${ty}年${tm}月`, en: `${from} to ${to}` };
}
