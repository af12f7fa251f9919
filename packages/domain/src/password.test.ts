import { describe, expect, it } from 'vitest';
import { checkPassword } from './password.ts';

const policy = { minLength: 8 };
const codes = (pw: string, username?: string) => checkPassword(pw, policy, { username }).map((v) => v.code);

describe('checkPassword', () => {
  it('accepts a long password of three kinds', () => {
    expect(checkPassword('Shuiguo2025', policy)).toEqual([]);
    expect(checkPassword('river-2025!', policy)).toEqual([]);
  });

  it('reports PASSWORD_TOO_SHORT with the policy length', () => {
    const [violation] = checkPassword('Ab1!', policy);
    expect(violation?.code).toBe('PASSWORD_TOO_SHORT');
    expect(violation?.message).toContain('密码至少 8 位');
    expect(codes('Ab1!xyz9')).toEqual([]);
  });

  it('reports PASSWORD_CHAR_CLASSES below three kinds', () => {
    expect(codes('abdgefkh12')).toEqual(['PASSWORD_CHAR_CLASSES']);
    expect(codes('ABDGEFKHJN')).toEqual(['PASSWORD_CHAR_CLASSES']);
    expect(codes('abdgEFKH')).toEqual(['PASSWORD_CHAR_CLASSES']);
    expect(codes('abdgEFKH#')).toEqual([]);
  });

  it('reports PASSWORD_CONTAINS_USERNAME, ignoring case', () => {
    expect(codes('Zhaoyun2025!', 'zhaoyun')).toEqual(['PASSWORD_CONTAINS_USERNAME']);
    expect(codes('Zhaoyun2025!', 'lisi')).toEqual([]);
  });

  it('reports PASSWORD_TOO_LONG above 128 characters', () => {
    // 'Aa1' and ten times twelve characters: 123.
    const body = `Aa1${'Tq7#mRv2pLk9'.repeat(10)}`;
    expect(codes(`${body}Wdfgh6`)).toEqual(['PASSWORD_TOO_LONG']);
    expect(codes(`${body}Wdfgh`)).toEqual([]);
  });

  it('gives every violation a Chinese and an English message', () => {
    for (const v of checkPassword('a', policy, { username: 'a' })) {
      expect(v.message).not.toBe('');
      expect(v.messageEn).not.toBe('');
    }
  });

  it('reports PASSWORD_COMMON for a common word however dressed, keyboard walks and repeats', () => {
    const common = [
      'Password1',
      'Leshan2026',
      'Aa1!Aa1!',
      'P@ssw0rd',
      'Passw0rd!',
      'Admin@123',
      'LeShan#2025',
      'Lesh@n2026',
      'Emeishan@88',
      'Hehu@2026',
      'Woaini1314!',
      'AdminLeshan1',
      '1qaz@WSX',
      '!QAZ2wsx',
      'Qwer1234',
      'Abc@1234',
      'Abcd1234',
      '1q2w3e4R!',
      'Zxcvbnm1!',
      'qwerty!Q1',
      'Aa123456',
    ];
    for (const pw of common) expect(codes(pw), pw).toContain('PASSWORD_COMMON');
    for (const pw of ['Good#Pass2026', 'County#New2026', 'Tq7#mRv2pL', 'Xk9$wheelbarrow', 'Ab1!xyz9'])
      expect(codes(pw), pw).toEqual([]);
  });
});
