import { describe, expect, it } from 'vitest';
import {
  COMMON_SURNAMES,
  GIVEN_NAME_CHARS_FEMALE,
  GIVEN_NAME_CHARS_MALE,
  GIVEN_NAME_CHARS_NEUTRAL,
  demoName,
  makeRng,
} from './demo-names.ts';

describe('demo names', () => {
  it('has about 100 distinct surnames and about 60 distinct characters per list', () => {
    expect(COMMON_SURNAMES.length).toBeGreaterThanOrEqual(95);
    expect(new Set(COMMON_SURNAMES).size).toBe(COMMON_SURNAMES.length);
    const lists = [GIVEN_NAME_CHARS_MALE, GIVEN_NAME_CHARS_FEMALE, GIVEN_NAME_CHARS_NEUTRAL];
    for (const list of lists) {
      expect(list.length).toBeGreaterThanOrEqual(55);
      expect(new Set(list).size).toBe(list.length);
    }
    expect(new Set(lists.flat()).size).toBe(lists.reduce((n, l) => n + l.length, 0));
  });

  it('is deterministic for a seed and stays in [0, 1)', () => {
    const a = makeRng(42);
    const b = makeRng(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(makeRng(1)()).not.toBe(makeRng(2)());
  });

  it('builds a surname plus one or two given characters of the right list', () => {
    const rng = makeRng(7);
    for (let i = 0; i < 500; i++) {
      const sex = i % 2 === 0 ? 'M' : 'F';
      const chars = Array.from(demoName(rng, sex));
      expect(chars.length === 2 || chars.length === 3).toBe(true);
      expect(COMMON_SURNAMES).toContain(chars[0]);
      const allowed = [...(sex === 'M' ? GIVEN_NAME_CHARS_MALE : GIVEN_NAME_CHARS_FEMALE), ...GIVEN_NAME_CHARS_NEUTRAL];
      for (const c of chars.slice(1)) expect(allowed).toContain(c);
    }
  });
});
