// Money is integer fen (分) everywhere; yuan text only at the edges (screens, files).

export function isFen(value: number): boolean {
  return Number.isSafeInteger(value);
}

/** 140000 → "1400.00", -90000 → "-900.00". */
export function fenToYuan(fen: number): string {
  if (!isFen(fen)) throw new RangeError(`not an amount in fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Whole-yuan amounts read better in explanations: 90000 → "900", 90050 → "900.50". */
export function yuanWords(fen: number): string {
  const text = fenToYuan(fen);
  return text.endsWith('.00') ? text.slice(0, -3) : text;
}
