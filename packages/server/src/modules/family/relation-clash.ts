// The answer to a relation that would overlap one the child already has (one current father or mother; the
// same person in the same role once), shared by a direct link and a link request.
import type { AppError } from '../../platform/errors.ts';
import { conflict } from './change-context.ts';
import type { RelationKind, RelationRow } from './family.store.ts';

export const KIND_TEXT: Record<RelationKind, { zh: string; en: string }> = {
  father: { zh: '父亲', en: 'father' },
  mother: { zh: '母亲', en: 'mother' },
  guardian: { zh: '监护人', en: 'guardian' },
  entrusted_carer: { zh: '委托照护人', en: 'entrusted carer' },
};

export function relationClash(kind: RelationKind, clash: RelationRow): AppError {
  const text = KIND_TEXT[kind];
  return conflict(
    'RELATION_ACTIVE_EXISTS',
    `已有在册的${text.zh}（自 ${clash.startDate} 起），请先终止该关系再登记新的${text.zh}`,
    `There is already a current ${text.en} (since ${clash.startDate}); end that relation first`,
    { relationId: clash.id, field: 'kind' },
  );
}
