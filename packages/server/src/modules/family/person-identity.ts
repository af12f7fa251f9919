// A parent's or carer's identity: the ID number, when given, decides birth date and sex, and is stored
// encrypted with a blind index so the same person is found again from another child's file.
import { maskIdNumber, maskPhone, serviceDate } from '@hehu/domain';
import type { persons } from '../../db/schema.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { AppError } from '../../platform/errors.ts';
import { maskAddress, identityFromIdNumber } from '../children/index.ts';
import type { RelationKind } from './family.store.ts';

export interface PersonIdentityInput {
  idNumber?: string | null | undefined;
  sex?: 'M' | 'F' | null | undefined;
  birthDate?: string | null | undefined;
}

export interface PersonIdentity {
  idNumber: string | null;
  sex: 'M' | 'F' | null;
  birthDate: string | null;
}

export function resolvePersonIdentity(input: PersonIdentityInput, now = new Date()): PersonIdentity {
  const today = serviceDate(now);
  if (!input.idNumber) {
    if (input.birthDate && input.birthDate > today) {
      throw AppError.rule('BIRTH_DATE_FUTURE', '出生日期不能晚于今天', 'The birth date cannot be in the future', {
        field: 'person.birthDate',
      });
    }
    return { idNumber: null, sex: input.sex ?? null, birthDate: input.birthDate ?? null };
  }
  const { normalized, birthDate, sex } = identityFromIdNumber(input.idNumber, input, now, 'person.');
  return { idNumber: normalized, sex, birthDate };
}

/** A father is a man and a mother a woman: a mismatch is almost always a mistyped ID number or kind. */
export function checkKindFitsSex(kind: RelationKind, sex: 'M' | 'F' | null, fromIdNumber: boolean): void {
  const expected = kind === 'father' ? 'M' : kind === 'mother' ? 'F' : null;
  if (expected === null || sex === null || sex === expected) return;
  throw AppError.rule(
    'RELATION_SEX_MISMATCH',
    kind === 'father' ? '父亲的性别应为男，请核对性别或身份证号码' : '母亲的性别应为女，请核对性别或身份证号码',
    kind === 'father' ? "The father's sex must be male" : "The mother's sex must be female",
    { field: fromIdNumber ? 'person.idNumber' : 'person.sex' },
  );
}

type PersonColumns = Pick<
  typeof persons.$inferInsert,
  'idNumberEnc' | 'idNumberIndex' | 'idNumberMasked' | 'phoneEnc' | 'phoneMasked' | 'addressEnc' | 'addressMasked'
>;

export function idNumberColumns(cipher: FieldCipher, idNumber: string | null): PersonColumns {
  return {
    idNumberEnc: idNumber ? cipher.encrypt(idNumber) : null,
    idNumberIndex: idNumber ? cipher.blindIndex(idNumber) : null,
    idNumberMasked: idNumber ? maskIdNumber(idNumber) : null,
  };
}

export function phoneColumns(cipher: FieldCipher, phone: string | null): PersonColumns {
  return { phoneEnc: phone ? cipher.encrypt(phone) : null, phoneMasked: phone ? maskPhone(phone) : null };
}

export function addressColumns(cipher: FieldCipher, address: string | null): PersonColumns {
  return {
    addressEnc: address ? cipher.encrypt(address) : null,
    addressMasked: address ? maskAddress(address) : null,
  };
}

/** Empty text clears a field: the form sends '' for a field the user emptied. */
export function blankToNull(value: string | null | undefined): string | null {
  return value ? value : null;
}
