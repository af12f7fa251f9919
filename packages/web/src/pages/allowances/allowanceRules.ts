// Pure helpers of the allowance pages, kept apart so they are tested without a browser: yuan typed by a person
// read into integer fen without floating point, months, and the balance of a ledger month.

/** Most a standard may be (the server's limit): 100 000 yuan. */
const MAX_FEN = 10_000_000;

/**
 * "1400" → 140000, "1400.5" → 140050, "0.05" → 5; anything else (empty, negative, three decimals, letters,
 * thousands separators, more than the limit, zero) → null. Digits are read as text, never through a float.
 */
export function parseYuanToFen(text: string): number | null {
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const whole = match[1] ?? '0';
  const cents = (match[2] ?? '').padEnd(2, '0');
  const fen = Number(whole) * 100 + Number(cents);
  if (!Number.isSafeInteger(fen) || fen <= 0 || fen > MAX_FEN) return null;
  return fen;
}

/** The month of a date in local time, 'YYYY-MM'. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** 'YYYY-MM' → { year, month } for the month label; null for anything else. */
export function monthParts(month: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

export type BalanceState = 'owed' | 'overpaid' | 'even';

/** Entitled minus paid: positive is still owed to the child, negative was paid too much. */
export function balanceState(balanceFen: number): BalanceState {
  if (balanceFen > 0) return 'owed';
  if (balanceFen < 0) return 'overpaid';
  return 'even';
}

/** A bank account typed with spaces (as printed on a card) → its digits; null when it is not 8–30 digits. */
export function accountDigits(text: string): string | null {
  const digits = text.replace(/\s+/g, '');
  return /^\d{8,30}$/.test(digits) ? digits : null;
}

/** The bar lengths of a simple chart: each value's share of the largest, 0–100. */
export function barPercents(values: readonly number[]): number[] {
  const top = Math.max(0, ...values);
  return values.map((v) => (top > 0 && v > 0 ? Math.max(1, Math.round((v / top) * 100)) : 0));
}
