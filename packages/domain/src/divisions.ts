// Statistical division codes at their natural length: each level appends a fixed-width segment.
export type DivisionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

const LEVEL_BY_LENGTH: ReadonlyMap<number, DivisionLevel> = new Map([
  [2, 'province'],
  [4, 'city'],
  [6, 'county'],
  [9, 'township'],
  [12, 'village'],
]);

const SEGMENT_ENDS = [2, 4, 6, 9, 12] as const;

// GB/T 2260 province-level codes; 71 (Taiwan), 81 and 82 (Hong Kong, Macao) appear on ID numbers too.
const PROVINCE_CODES: ReadonlySet<string> = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82'.split(' '),
);

export function divisionLevel(code: string): DivisionLevel | null {
  if (!/^\d+$/.test(code)) return null;
  const level = LEVEL_BY_LENGTH.get(code.length);
  if (level === undefined) return null;
  if (!PROVINCE_CODES.has(code.slice(0, 2))) return null;
  // An all-zero segment means a padded code ("511100"), not a real unit at this level.
  let start = 2;
  for (const end of SEGMENT_ENDS) {
    if (end > code.length) break;
    if (end > 2) {
      if (/^0+$/.test(code.slice(start, end))) return null;
      start = end;
    }
  }
  return level;
}

export function isValidDivisionCode(code: string): boolean {
  return divisionLevel(code) !== null;
}

export function parentDivisionCode(code: string): string | null {
  if (divisionLevel(code) === null) return null;
  const index = SEGMENT_ENDS.indexOf(code.length as (typeof SEGMENT_ENDS)[number]);
  if (index <= 0) return null;
  return code.slice(0, SEGMENT_ENDS[index - 1]);
}

/** True when `code` is the scope itself or lies below it; invalid codes are never within anything. */
export function isWithinDivision(code: string, scopePrefix: string): boolean {
  if (divisionLevel(code) === null || divisionLevel(scopePrefix) === null) return false;
  return code.startsWith(scopePrefix);
}
