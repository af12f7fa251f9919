// The server names the carer check's fields by the law's terms; each must land on a field of the form.
import { describe, expect, it } from 'vitest';
import { formFieldOf } from './careFields';

describe('the care form places a server field error', () => {
  it('puts the carer age on the carer chosen and an exclusion on its checkbox', () => {
    expect(formFieldOf('carer.birthDate')).toBe('carerRelationId');
    expect(formFieldOf('carer.fullCapacity')).toBe('carerFullCapacity');
    expect(formFieldOf('carer.exclusions.addiction')).toEqual(['carerExclusions', 'addiction']);
    expect(formFieldOf('agreementSignedOn')).toBe('agreementSignedOn');
  });

  it('leaves unknown fields to the message above the buttons', () => {
    expect(formFieldOf('carer.exclusions.unknown')).toBeUndefined();
    expect(formFieldOf('version')).toBeUndefined();
    expect(formFieldOf('agreementDocumentId')).toBeUndefined();
  });
});
