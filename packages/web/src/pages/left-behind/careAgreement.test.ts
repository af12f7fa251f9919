// Linking a scan saves the record back as read, on the version read, with only the scan changed.
import { describe, expect, it } from 'vitest';
import type { CareRecord } from '../../api/care';
import { careInputWithAgreement } from './careAgreement';

const record: CareRecord = {
  livingArrangement: 'with_carer',
  carerRelationId: '6f1c2a9e-2f57-4a43-9d3e-0b8a4f3c2d11',
  carerFullCapacity: true,
  carerExclusions: { addiction: false, unknown: true },
  carerEvidence: '入户核实',
  carerCheckedOn: '2026-11-02',
  agreementSignedOn: '2026-11-01',
  agreementDocumentId: null,
  schoolNotifiedOn: null,
  villageNotifiedOn: '2026-11-03',
  version: 4,
  updatedAt: '2026-11-02T08:00:00.000Z',
};

describe('linking the agreement scan', () => {
  it('keeps the record and its version, changes the scan only and names each exclusion the law has', () => {
    const body = careInputWithAgreement(record, 'b3c0d7a4-1e2f-4c5d-8e9f-0a1b2c3d4e5f');
    expect(body).toEqual({
      version: 4,
      livingArrangement: 'with_carer',
      carerRelationId: record.carerRelationId,
      carerFullCapacity: true,
      carerExclusions: { abuse: false, addiction: false, pastNeglect: false, otherUnsuitable: false },
      carerEvidence: '入户核实',
      agreementSignedOn: '2026-11-01',
      agreementDocumentId: 'b3c0d7a4-1e2f-4c5d-8e9f-0a1b2c3d4e5f',
      schoolNotifiedOn: null,
      villageNotifiedOn: '2026-11-03',
    });
    expect(body).not.toHaveProperty('carerCheckedOn');
  });
});
