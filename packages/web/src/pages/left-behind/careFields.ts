// The care form's fields, and where a field named by the server (details.field) sits on the form: the carer check
// names carer.birthDate (the carer chosen), carer.fullCapacity and carer.exclusions.<code>.
import type { Dayjs } from 'dayjs';
import { CARER_EXCLUSION_CODES, type CarerExclusion, type LivingArrangement } from '@hehu/domain';

export const DATE_FIELDS = ['agreementSignedOn', 'schoolNotifiedOn', 'villageNotifiedOn'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

export interface CareFormValues {
  livingArrangement?: LivingArrangement;
  carerRelationId?: string;
  carerFullCapacity: boolean;
  carerExclusions: Partial<Record<CarerExclusion, boolean>>;
  carerEvidence: string;
  agreementSignedOn?: Dayjs | null;
  schoolNotifiedOn?: Dayjs | null;
  villageNotifiedOn?: Dayjs | null;
}

export type CareFieldPath =
  'livingArrangement' | 'carerRelationId' | 'carerFullCapacity' | DateField | ['carerExclusions', CarerExclusion];

const isDateField = (field: string): field is DateField => (DATE_FIELDS as readonly string[]).includes(field);

/** Where a server field name sits on the form; undefined when the form has no such field. */
export function formFieldOf(serverField: string): CareFieldPath | undefined {
  if (serverField === 'carer.birthDate' || serverField === 'carerRelationId') return 'carerRelationId';
  if (serverField === 'carer.fullCapacity') return 'carerFullCapacity';
  const exclusion = CARER_EXCLUSION_CODES.find((code) => serverField === `carer.exclusions.${code}`);
  if (exclusion) return ['carerExclusions', exclusion];
  if (isDateField(serverField) || serverField === 'livingArrangement') return serverField;
  return undefined;
}
