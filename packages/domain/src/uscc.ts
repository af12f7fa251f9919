// Unified social credit codes (GB 32100-2015) for organisations.
import type { RuleViolation } from './messages.ts';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export function parseUscc(input: string): { ok: true; value: string } | { ok: false; error: RuleViolation } {
  const s = input.trim().toUpperCase();
  const length = Array.from(s).length;
  if (length !== 18) {
    return {
      ok: false,
      error: {
        code: 'USCC_LENGTH',
        message: `统一社会信用代码应为 18 位，当前为 ${length} 位`,
        messageEn: `A unified social credit code has 18 characters; this one has ${length}`,
      },
    };
  }
  const bad = Array.from(s).filter((c) => !ALPHABET.includes(c));
  if (bad.length > 0) {
    const shown = [...new Set(bad)].join(' ');
    return {
      ok: false,
      error: {
        code: 'USCC_FORMAT',
        message: `统一社会信用代码含有不允许的字符：${shown}（只能使用数字和除 I、O、S、V、Z 以外的大写字母）`,
        messageEn: `The code contains characters that are not allowed: ${shown} (only digits and capital letters other than I, O, S, V, Z)`,
      },
    };
  }
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += ALPHABET.indexOf(s.charAt(i)) * weight;
  });
  const expected = ALPHABET.charAt((31 - (sum % 31)) % 31);
  if (s.charAt(17) !== expected) {
    return {
      ok: false,
      error: {
        code: 'USCC_CHECKSUM',
        message: `统一社会信用代码校验位错误（按 GB 32100 计算应为 ${expected}）`,
        messageEn: `Wrong check character (by GB 32100 it should be ${expected})`,
      },
    };
  }
  return { ok: true, value: s };
}
