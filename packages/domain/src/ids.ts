// Resident ID numbers (GB 11643-1999) and display masking for personal data.
import { divisionLevel } from './divisions.ts';
import type { RuleViolation } from './messages.ts';

export type IdNumberErrorCode =
  | 'ID_NUMBER_LENGTH'
  | 'ID_NUMBER_FORMAT'
  | 'ID_NUMBER_REGION'
  | 'ID_NUMBER_BIRTH_DATE'
  | 'ID_NUMBER_FUTURE_BIRTH'
  | 'ID_NUMBER_CHECKSUM';

export interface ParsedIdNumber {
  normalized: string;
  regionCode: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: 'M' | 'F';
}

type IdNumberError = RuleViolation & { code: IdNumberErrorCode };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
// Not 1900: the standard's own example 440524188001010014 was born in 1880 and must stay valid.
const EARLIEST_BIRTH = { iso: '1800-01-01', year: 1800 };

export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('idNumberCheckChar expects exactly 17 digits');
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += (first17.charCodeAt(i) - 48) * weight;
  });
  return CHECK_CHARS.charAt(sum % 11);
}

function fail(code: IdNumberErrorCode, message: string, messageEn: string): { ok: false; error: IdNumberError } {
  return { ok: false, error: { code, message, messageEn } };
}

/** A real calendar date, or null. */
function isoDateFromDigits(yyyymmdd: string): string | null {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

// "Today" is the caller's calendar date: a Date's local date parts (a browser in Leshan), or a YYYY-MM-DD
// the caller worked out (the server passes the service date).
function localIsoDate(today: Date | string): string {
  if (typeof today === 'string') return today;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(today.getFullYear(), 4)}-${pad(today.getMonth() + 1, 2)}-${pad(today.getDate(), 2)}`;
}

export function parseIdNumber(
  input: string,
  today: Date | string = new Date(),
): { ok: true; value: ParsedIdNumber } | { ok: false; error: IdNumberError } {
  const trimmed = input.trim();
  const s = trimmed.endsWith('x') ? `${trimmed.slice(0, -1)}X` : trimmed;
  const length = Array.from(s).length;
  if (length !== 18) {
    const legacy = length === 15 && /^\d{15}$/.test(s);
    return fail(
      'ID_NUMBER_LENGTH',
      `身份证号码应为 18 位，当前为 ${length} 位${legacy ? '（不接受 15 位旧号码，请填写 18 位号码）' : ''}`,
      `A resident ID number has 18 characters; this one has ${length}${legacy ? ' (old 15-digit numbers are not accepted; enter the 18-digit number)' : ''}`,
    );
  }
  if (!/^\d{17}[\dX]$/.test(s)) {
    return fail(
      'ID_NUMBER_FORMAT',
      '身份证号码前 17 位须为数字，第 18 位须为数字或 X',
      'The first 17 characters must be digits and the 18th a digit or X',
    );
  }
  const province = s.slice(0, 2);
  if (divisionLevel(province) !== 'province') {
    return fail(
      'ID_NUMBER_REGION',
      `身份证号码前 2 位 ${province} 不是有效的省级行政区划代码`,
      `The first two digits (${province}) are not a valid province code`,
    );
  }
  const digits = s.slice(6, 14);
  const birthDate = isoDateFromDigits(digits);
  if (birthDate === null) {
    return fail(
      'ID_NUMBER_BIRTH_DATE',
      `身份证号码第 7–14 位的出生日期 ${digits} 不是有效日期`,
      `The birth date in characters 7–14 (${digits}) is not a real date`,
    );
  }
  if (birthDate < EARLIEST_BIRTH.iso) {
    return fail(
      'ID_NUMBER_BIRTH_DATE',
      `身份证号码中的出生日期 ${birthDate} 早于 ${EARLIEST_BIRTH.year} 年`,
      `The birth date ${birthDate} is before ${EARLIEST_BIRTH.year}`,
    );
  }
  if (birthDate > localIsoDate(today)) {
    return fail(
      'ID_NUMBER_FUTURE_BIRTH',
      `身份证号码中的出生日期 ${birthDate} 晚于今天`,
      `The birth date ${birthDate} is in the future`,
    );
  }
  const expected = idNumberCheckChar(s.slice(0, 17));
  if (s.charAt(17) !== expected) {
    return fail(
      'ID_NUMBER_CHECKSUM',
      // The right character is not named: it would invite patching a mistyped number into a valid one.
      '身份证号码校验位错误，请核对证件后重新输入',
      'Wrong check character; check the document and type the number again',
    );
  }
  return {
    ok: true,
    value: {
      normalized: s,
      regionCode: s.slice(0, 6),
      birthDate,
      sex: Number(s.charAt(16)) % 2 === 1 ? 'M' : 'F',
    },
  };
}

export function makeIdNumber(regionCode: string, birthDate: string, sequence: number): string {
  if (!/^\d{6}$/.test(regionCode)) throw new RangeError('regionCode must be 6 digits');
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999) {
    throw new RangeError('sequence must be an integer from 0 to 999');
  }
  const digits = /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? birthDate.replaceAll('-', '') : '';
  if (digits === '' || isoDateFromDigits(digits) === null)
    throw new RangeError('birthDate must be a real YYYY-MM-DD date');
  const first17 = `${regionCode}${digits}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

export function maskIdNumber(id: string): string {
  const s = id.trim();
  if (s.length < 10) return '*'.repeat(s.length);
  return `${s.slice(0, 6)}********${s.slice(-4)}`;
}

export function maskPhone(phone: string): string {
  const s = phone.trim();
  if (s.length < 8) return s.length <= 2 ? '*'.repeat(s.length) : '*'.repeat(s.length - 2) + s.slice(-2);
  return `${s.slice(0, 3)}${'*'.repeat(s.length - 7)}${s.slice(-4)}`;
}

// Two-character surnames keep both characters visible, so "欧阳娜娜" masks as "欧阳**", not "欧***".
const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(
  (
    '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 南宫 西门 独孤 ' +
    '百里 呼延 澹台 公冶 太史 申屠 闻人 万俟 拓跋 钟离 赫连 司空 濮阳 淳于 第五 左丘 东郭 羊舌 梁丘'
  ).split(' '),
);

export function maskName(name: string): string {
  // Array.from keeps rare characters outside the BMP as one character.
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*'.repeat(chars.length);
  const keep = chars.length > 2 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep);
}
