// Password rules for graded protection level 3: length, character variety, no username inside, not a common
// password (common-passwords.ts).
import { isCommonPassword } from './common-passwords.ts';
import type { RuleViolation } from './messages.ts';

export interface PasswordPolicy {
  minLength: number;
}

const MAX_LENGTH = 128;
// Shorter usernames would match too many ordinary passwords to be a useful rule.
const MIN_USERNAME_CHECKED = 3;

export function checkPassword(pw: string, policy: PasswordPolicy, context?: { username?: string }): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const length = Array.from(pw).length;
  if (length < policy.minLength) {
    violations.push({
      code: 'PASSWORD_TOO_SHORT',
      message: `密码至少 ${policy.minLength} 位（当前 ${length} 位）`,
      messageEn: `The password must have at least ${policy.minLength} characters (it has ${length})`,
    });
  }
  if (length > MAX_LENGTH) {
    violations.push({
      code: 'PASSWORD_TOO_LONG',
      message: `密码不能超过 ${MAX_LENGTH} 位（当前 ${length} 位）`,
      messageEn: `The password must have at most ${MAX_LENGTH} characters (it has ${length})`,
    });
  }
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^\p{L}\p{N}\s]/u].filter((re) => re.test(pw)).length;
  if (classes < 3) {
    violations.push({
      code: 'PASSWORD_CHAR_CLASSES',
      message: `密码须包含小写字母、大写字母、数字、符号中的至少 3 类（当前 ${classes} 类）`,
      messageEn: `The password must mix at least 3 of: lower-case letters, upper-case letters, digits, symbols (it has ${classes})`,
    });
  }
  const username = context?.username?.trim().toLowerCase() ?? '';
  if (username.length >= MIN_USERNAME_CHECKED && pw.toLowerCase().includes(username)) {
    violations.push({
      code: 'PASSWORD_CONTAINS_USERNAME',
      message: '密码不能包含用户名',
      messageEn: 'The password must not contain the username',
    });
  }
  if (length > 0 && isCommonPassword(pw)) {
    violations.push({
      code: 'PASSWORD_COMMON',
      message: '密码过于常见：常用词、城市名、键盘顺序或重复字符，加上数字、年份或符号也容易被猜中',
      messageEn:
        'The password is too common: a common word, the city name, a keyboard pattern or a repeat is easy to guess, even with digits, a year or symbols added',
    });
  }
  return violations;
}
