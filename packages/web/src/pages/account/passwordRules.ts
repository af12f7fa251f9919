// The password policy as the user types: the same domain rules the server applies (it has the last word).
import { checkPassword as domainCheck } from '@hehu/domain';

export const MIN_PASSWORD_LENGTH = 8;

export interface RuleResult {
  length: boolean;
  classes: boolean;
  username: boolean;
  /** Not a common password (a common word, the city, a keyboard pattern or a repeat, however dressed). */
  common: boolean;
}

export function checkPassword(password: string, username: string, minLength = MIN_PASSWORD_LENGTH): RuleResult {
  const failed = new Set(domainCheck(password, { minLength }, { username: username.trim() }).map((v) => v.code));
  return {
    length: !failed.has('PASSWORD_TOO_SHORT') && !failed.has('PASSWORD_TOO_LONG'),
    classes: !failed.has('PASSWORD_CHAR_CLASSES'),
    username: password.length > 0 && !failed.has('PASSWORD_CONTAINS_USERNAME'),
    common: password.length > 0 && !failed.has('PASSWORD_COMMON'),
  };
}

export function passesAll(result: RuleResult): boolean {
  return result.length && result.classes && result.username && result.common;
}
