import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUscc } from './uscc.ts';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function errorOf(input: string) {
  const result = parseUscc(input);
  if (result.ok) throw new Error(`expected ${input} to be rejected`);
  return result.error;
}

describe('parseUscc', () => {
  it('accepts the GB 32100 example, trimmed and upper-cased', () => {
    expect(parseUscc('9144030071526726XG')).toEqual({ ok: true, value: '9144030071526726XG' });
    expect(parseUscc(' 9144030071526726xg ')).toEqual({ ok: true, value: '9144030071526726XG' });
  });

  it('reports USCC_LENGTH, USCC_FORMAT and USCC_CHECKSUM', () => {
    expect(errorOf('9144030071526726X').code).toBe('USCC_LENGTH');
    const format = errorOf('9144030071526726IG');
    expect(format.code).toBe('USCC_FORMAT');
    expect(format.message).toContain('I');
    const checksum = errorOf('9144030071526726X1');
    expect(checksum.code).toBe('USCC_CHECKSUM');
    expect(checksum.message).toBe('统一社会信用代码校验位错误（按 GB 32100 计算应为 G）');
  });

  it('detects any single changed character', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 30 }), (position, delta) => {
        const code = '9144030071526726XG';
        const replaced = ALPHABET.charAt((ALPHABET.indexOf(code.charAt(position)) + delta) % 31);
        const mutated = code.slice(0, position) + replaced + code.slice(position + 1);
        expect(errorOf(mutated).code).toBe('USCC_CHECKSUM');
      }),
    );
  });
});
