// A new file started from a minor-protection case: the case's name, sex and village prefill the form, and the saved
// file is linked to the case. Without a valid case id in the address the form is the registry's usual one.
import { api } from '../../../api/client';
import type { Sex } from '../../../api/types';
import type { ChildFormValues } from './childFormModel';

export interface CaseOrigin {
  caseId: string;
  values: Pick<ChildFormValues, 'name' | 'sex' | 'divisionCode'>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isSex = (value: string | null): value is Sex => value === 'M' || value === 'F';

export function caseOriginOf(params: URLSearchParams): CaseOrigin | null {
  const caseId = params.get('fromCase') ?? '';
  if (!UUID.test(caseId)) return null;
  const name = (params.get('name') ?? '').trim().slice(0, 30);
  const sex = params.get('sex');
  const division = params.get('division') ?? '';
  const values: CaseOrigin['values'] = {};
  if (name) values.name = name;
  if (isSex(sex)) values.sex = sex;
  if (/^\d{12}$/.test(division)) values.divisionCode = division;
  return { caseId, values };
}

/** Links the new file to the case at the case's current version (the form may have been open a while). */
export async function linkToCase(caseId: string, childId: string): Promise<void> {
  const current = await api.get<{ version: number }>(`/api/cases/${caseId}`);
  await api.post(`/api/cases/${caseId}/child`, { childId, version: current.version });
}
