import type { TFunction } from 'i18next';
import type { Grant } from '../api/types';

/** "村儿童主任 · 某某村": the role and where it applies, as users say it. */
export function grantLabel(grant: Grant & { partnerUnitName?: string | null }, t: TFunction): string {
  const scope = grant.divisionName ?? grant.institutionName ?? grant.partnerUnitName ?? t('layout.globalScope');
  return `${grant.roleName} · ${scope}`;
}
