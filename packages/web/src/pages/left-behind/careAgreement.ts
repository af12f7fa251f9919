// The care record as the save takes it back, with only the agreement scan changed: linking a scan goes through
// the same versioned save as the form (a record changed by someone else since it was read answers 409).
import { CARER_EXCLUSION_CODES } from '@hehu/domain';
import type { CareInput, CareRecord } from '../../api/care';

/** Image or PDF, as the documents route takes them (the server reads the type from the bytes). */
export const AGREEMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp';

export function careInputWithAgreement(care: CareRecord, agreementDocumentId: string | null): CareInput {
  return {
    version: care.version,
    livingArrangement: care.livingArrangement,
    carerRelationId: care.carerRelationId,
    carerFullCapacity: care.carerFullCapacity,
    carerExclusions: Object.fromEntries(
      CARER_EXCLUSION_CODES.map((code) => [code, care.carerExclusions[code] === true]),
    ),
    carerEvidence: care.carerEvidence,
    agreementSignedOn: care.agreementSignedOn,
    agreementDocumentId,
    schoolNotifiedOn: care.schoolNotifiedOn,
    villageNotifiedOn: care.villageNotifiedOn,
  };
}
