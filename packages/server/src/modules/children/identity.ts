// Identity of a child on create and edit: the ID number decides birth date and sex; what is typed must agree.
import { ageOn, parseIdNumber, serviceDate } from '@hehu/domain';
import { AppError } from '../../platform/errors.ts';

export interface IdentityInput {
  idNumber?: string | null | undefined;
  noIdReason?: string | null | undefined;
  birthDate?: string | undefined;
  sex?: 'M' | 'F' | undefined;
}

export interface Identity {
  idNumber: string | null;
  noIdReason: string | null;
  birthDate: string;
  sex: 'M' | 'F';
}

/**
 * Parses an ID number and checks that a typed birth date and sex agree with it. `fieldPrefix` names the
 * fields in errors (e.g. 'person.' for a parent on the child's file).
 */
export function identityFromIdNumber(
  idNumber: string,
  typed: { birthDate?: string | null | undefined; sex?: 'M' | 'F' | null | undefined },
  now = new Date(),
  fieldPrefix = '',
): { normalized: string; birthDate: string; sex: 'M' | 'F' } {
  const parsed = parseIdNumber(idNumber, serviceDate(now));
  if (!parsed.ok) {
    throw AppError.rule(parsed.error.code, parsed.error.message, parsed.error.messageEn, {
      field: `${fieldPrefix}idNumber`,
    });
  }
  const { normalized, birthDate, sex } = parsed.value;
  if (typed.birthDate && typed.birthDate !== birthDate) {
    throw AppError.rule(
      'ID_BIRTH_DATE_MISMATCH',
      `出生日期 ${typed.birthDate} 与身份证号码中的出生日期 ${birthDate} 不一致`,
      `Birth date ${typed.birthDate} differs from the ID number's ${birthDate}`,
      { field: `${fieldPrefix}birthDate`, expected: birthDate },
    );
  }
  if (typed.sex && typed.sex !== sex) {
    throw AppError.rule(
      'ID_SEX_MISMATCH',
      `性别与身份证号码第 17 位不一致（应为${sex === 'M' ? '男' : '女'}）`,
      `Sex differs from the ID number's 17th digit (should be ${sex === 'M' ? 'male' : 'female'})`,
      { field: `${fieldPrefix}sex`, expected: sex },
    );
  }
  return { normalized, birthDate, sex };
}

export function resolveIdentity(input: IdentityInput, now = new Date()): Identity {
  const today = serviceDate(now);
  if (input.idNumber) {
    const { normalized, birthDate, sex } = identityFromIdNumber(input.idNumber, input, now);
    checkMinor(birthDate, today);
    return { idNumber: normalized, noIdReason: null, birthDate, sex };
  }
  const missing = (['birthDate', 'sex', 'noIdReason'] as const).filter((f) => !input[f]);
  if (missing.length > 0) {
    throw AppError.rule(
      'NO_ID_FIELDS_REQUIRED',
      '没有身份证号码时，须填写出生日期、性别和暂无身份证号的原因',
      'Without an ID number, birth date, sex and the reason are required',
      { field: missing[0], missing },
    );
  }
  const birthDate = input.birthDate ?? serviceDate();
  if (birthDate > today) {
    throw AppError.rule('BIRTH_DATE_FUTURE', '出生日期不能晚于今天', 'The birth date cannot be in the future', {
      field: 'birthDate',
    });
  }
  checkMinor(birthDate, today);
  return { idNumber: null, noIdReason: input.noIdReason ?? null, birthDate, sex: input.sex ?? 'M' };
}

function checkMinor(birthDate: string, today: string): void {
  if (ageOn(birthDate, today) >= 18) {
    throw AppError.rule(
      'NOT_A_MINOR',
      '已年满 18 周岁，不是未成年人，不能新建儿童档案',
      'The person is 18 or older: not a minor',
      {
        field: 'birthDate',
      },
    );
  }
}
