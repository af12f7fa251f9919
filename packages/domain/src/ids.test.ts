import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, makeIdNumber, maskIdNumber, maskName, maskPhone, parseIdNumber } from './ids.ts';

const TODAY = new Date(2025, 5, 1);

function errorOf(input: string, today = TODAY) {
  const result = parseIdNumber(input, today);
  if (result.ok) throw new Error(`expected ${input} to be rejected`);
  return result.error;
}

describe('parseIdNumber', () => {
  it('accepts the GB 11643 examples', () => {
    expect(parseIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      value: { normalized: '11010519491231002X', regionCode: '110105', birthDate: '1949-12-31', sex: 'F' },
    });
    expect(parseIdNumber('440524188001010014', TODAY)).toEqual({
      ok: true,
      value: { normalized: '440524188001010014', regionCode: '440524', birthDate: '1880-01-01', sex: 'M' },
    });
  });

  it('trims and upper-cases a trailing x', () => {
    const result = parseIdNumber('  11010519491231002x ', TODAY);
    expect(result.ok && result.value.normalized).toBe('11010519491231002X');
  });

  it('rejects 17- and 15-character input as ID_NUMBER_LENGTH', () => {
    expect(errorOf('11010519491231002').code).toBe('ID_NUMBER_LENGTH');
    const legacy = errorOf('110105491231002');
    expect(legacy.code).toBe('ID_NUMBER_LENGTH');
    expect(legacy.message).toContain('15 位');
    expect(legacy.messageEn).toContain('15-digit');
  });

  it('rejects non-digits as ID_NUMBER_FORMAT', () => {
    expect(errorOf('1101051949123100AX').code).toBe('ID_NUMBER_FORMAT');
    expect(errorOf('X10105194912310021').code).toBe('ID_NUMBER_FORMAT');
  });

  it('rejects an unknown province as ID_NUMBER_REGION', () => {
    const error = errorOf('991234201501010011');
    expect(error.code).toBe('ID_NUMBER_REGION');
    expect(error.message).toContain('99');
  });

  it('rejects impossible and pre-1800 dates as ID_NUMBER_BIRTH_DATE', () => {
    const feb30 = errorOf(`51110220150230001${idNumberCheckChar('51110220150230001')}`);
    expect(feb30.code).toBe('ID_NUMBER_BIRTH_DATE');
    expect(feb30.message).toContain('20150230');
    const early = errorOf(`51110217991231001${idNumberCheckChar('51110217991231001')}`);
    expect(early.code).toBe('ID_NUMBER_BIRTH_DATE');
    expect(early.message).toContain('早于 1800 年');
  });

  it('rejects a birth date after today as ID_NUMBER_FUTURE_BIRTH', () => {
    const id = makeIdNumber('511102', '2025-06-02', 1);
    expect(errorOf(id).code).toBe('ID_NUMBER_FUTURE_BIRTH');
    expect(parseIdNumber(makeIdNumber('511102', '2025-06-01', 1), TODAY).ok).toBe(true);
  });

  it('says only that the check character is wrong on ID_NUMBER_CHECKSUM, never which one is right', () => {
    const error = errorOf('110105194912310021');
    expect(error.code).toBe('ID_NUMBER_CHECKSUM');
    expect(error.message).toBe('身份证号码校验位错误，请核对证件后重新输入');
    expect(error.message + error.messageEn).not.toMatch(/应为|should be|X/);
  });

  it('round-trips makeIdNumber: same region, birth date and sex', () => {
    const region = fc.constantFrom('511102', '511181', '511133', '110105', '440524', '820000');
    const birth = fc
      .date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2025-05-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(region, birth, fc.integer({ min: 0, max: 999 }), (regionCode, birthDate, sequence) => {
        const result = parseIdNumber(makeIdNumber(regionCode, birthDate, sequence), TODAY);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.regionCode).toBe(regionCode);
        expect(result.value.birthDate).toBe(birthDate);
        expect(result.value.sex).toBe(sequence % 2 === 1 ? 'M' : 'F');
      }),
    );
  });

  it('detects any single changed digit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (sequence, position, delta) => {
          const id = makeIdNumber('511102', '2012-03-04', sequence);
          const digit = (Number(id.charAt(position)) + delta) % 10;
          const mutated = id.slice(0, position) + String(digit) + id.slice(position + 1);
          expect(idNumberCheckChar(mutated.slice(0, 17))).not.toBe(id.charAt(17));
          expect(parseIdNumber(mutated, TODAY).ok).toBe(false);
        },
      ),
    );
  });

  it('checks the computed check character', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberCheckChar('44052418800101001')).toBe('4');
    expect(() => idNumberCheckChar('1234')).toThrow(RangeError);
  });
});

describe('makeIdNumber', () => {
  it('refuses bad arguments', () => {
    expect(() => makeIdNumber('5111', '2015-01-01', 1)).toThrow(RangeError);
    expect(() => makeIdNumber('511102', '2015-02-30', 1)).toThrow(RangeError);
    expect(() => makeIdNumber('511102', '2015-01-01', 1000)).toThrow(RangeError);
  });
});

describe('masking', () => {
  it('masks ID numbers, phones and names', () => {
    expect(maskIdNumber('511102201501011234')).toBe('511102********1234');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('王小明')).toBe('王**');
    expect(maskName('欧阳娜娜')).toBe('欧阳**');
    expect(maskName('欧阳')).toBe('欧*');
    expect(maskName('张')).toBe('*');
  });
});
