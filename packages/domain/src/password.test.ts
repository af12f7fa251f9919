import { describe, expect, it } from 'vitest';
import { checkPassword } from './password.ts';

const policy = { minLength: 8 };
const codes = (pw: string, username?: string) => checkPassword(pw, policy, { username }).map((v) => v.code);

describe('checkPassword', () => {
  it('accepts a long password of three kinds', () => {
    expect(checkPassword('Leshan2025', policy)).toEqual([]);
    expect(checkPassword('hehu-2025!', policy)).toEqual([]);
  });

  it('reports PASSWORD_TOO_SHORT with the policy length', () => {
    const [violation] = checkPassword('Ab1!', policy);
    expect(violation?.code).toBe('PASSWORD_TOO_SHORT');
    expect(violation?.message).toContain('密码至少 8 位');
    expect(codes('Ab1!xyz9')).toEqual([]);
  });

  it('reports PASSWORD_CHAR_CLASSES below three kinds', () => {
    expect(codes('abcdefgh12')).toEqual(['PASSWORD_CHAR_CLASSES']);
    expect(codes('ABCDEFGHIJ')).toEqual(['PASSWORD_CHAR_CLASSES']);
    expect(codes('abcdEFGH')).toEqual(['PASSWORD_CHAR_CLASSES']);
    expect(codes('abcdEFGH#')).toEqual([]);
  });

  it('reports PASSWORD_CONTAINS_USERNAME, ignoring case', () => {
    expect(codes('Zhangwei2025!', 'zhangwei')).toEqual(['PASSWORD_CONTAINS_USERNAME']);
    expect(codes('Zhangwei2025!', 'lisi')).toEqual([]);
  });

  it('reports PASSWORD_TOO_LONG above 128 characters', () => {
    expect(codes(`Aa1${'x'.repeat(126)}`)).toEqual(['PASSWORD_TOO_LONG']);
    expect(codes(`Aa1${'x'.repeat(125)}`)).toEqual([]);
  });

  it('gives every violation a Chinese and an English message', () => {
    for (const v of checkPassword('a', policy, { username: 'a' })) {
      expect(v.message).not.toBe('');
      expect(v.messageEn).not.toBe('');
    }
  });
});
