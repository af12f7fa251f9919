// A family member's contact details: the server's phone rule in the browser, and the edit that sends
// only what changed. Phone and address arrive masked, so a blank field keeps the stored value unless
// the full value was shown first; then the field starts filled and clearing it removes the value.
import type { Person, PersonUnmaskField, PersonUpdate } from '../../../api/registry';

export const UNMASK_FIELDS: readonly PersonUnmaskField[] = ['idNumber', 'phone', 'address'];

/** Full values fetched on request (audited); a missing key was not fetched. */
export type Revealed = Partial<Record<PersonUnmaskField, string | null>>;

// A mobile number, or a landline with area code and an optional extension (as family.schemas.ts).
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

export const normalizePhone = (value: string | undefined | null): string => (value ?? '').replace(/\s+/g, '');

export function isPhone(value: string | undefined | null): boolean {
  const s = normalizePhone(value);
  return s === '' || PHONE.test(s);
}

export interface ContactValues {
  name: string;
  phone?: string;
  address?: string;
  workPlace?: string;
}

/** The masked fields that hold a value on the server: the ones worth a request to show in full. */
export function maskedFields(person: Person): PersonUnmaskField[] {
  const masked = { idNumber: person.idNumberMasked, phone: person.phoneMasked, address: person.addressMasked };
  return UNMASK_FIELDS.filter((f) => masked[f] !== null && masked[f] !== '');
}

/** Whether a blank field means "keep the stored value" (its full value is unknown here). */
export function keepsWhenBlank(field: 'phone' | 'address', person: Person, revealed?: Revealed): boolean {
  if (revealed && field in revealed) return false;
  return (field === 'phone' ? person.phoneMasked : person.addressMasked) !== null;
}

export function contactInitialValues(person: Person, revealed?: Revealed): ContactValues {
  return {
    name: person.name,
    phone: revealed?.phone ?? '',
    address: revealed?.address ?? '',
    workPlace: person.workPlace ?? '',
  };
}

/** The PATCH body: only the fields that differ from what is on record. */
export function contactPatch(person: Person, values: ContactValues, revealed?: Revealed): PersonUpdate {
  const patch: PersonUpdate = {};
  const name = values.name.trim();
  if (name !== '' && name !== person.name) patch.name = name;

  const phone = normalizePhone(values.phone);
  if (revealed && 'phone' in revealed) {
    if (phone !== (revealed.phone ?? '')) patch.phone = phone === '' ? null : phone;
  } else if (phone !== '') patch.phone = phone;

  const address = (values.address ?? '').trim();
  if (revealed && 'address' in revealed) {
    if (address !== (revealed.address ?? '')) patch.address = address === '' ? null : address;
  } else if (address !== '') patch.address = address;

  const workPlace = (values.workPlace ?? '').trim();
  if (workPlace !== (person.workPlace ?? '')) patch.workPlace = workPlace === '' ? null : workPlace;
  return patch;
}
