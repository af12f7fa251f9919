// Suspected duplicate files (docs/api-contract.md, "Lifecycle and duplicates"): scan an area, preview
// what a merge must settle in the family, merge or dismiss. The pair type itself is in registry.ts.
import { ApiError, api } from './client';
import type { DuplicatePair } from './registry';
import type { Answer } from './types';

export type MergePreview = Answer<'getDuplicatesByIdMergePreview'>;
/** Two different current holders of a kind a child has one of (father, mother), to settle before merging. */
export type RelationConflict = MergePreview['conflicts'][number];
export type ConflictCandidate = RelationConflict['candidates'][number];
/** Kinds a child has one current holder of; two different ones on the two files must be settled. */
export type SingleHolderKind = RelationConflict['kind'];
export type RepeatedRelation = MergePreview['repeatedRelations'][number];

/** The relation that stays, per kind in conflict. */
export type KeepRelations = Partial<Record<SingleHolderKind, string>>;

export const mergePreviewPath = (pairId: string) => `/api/duplicates/${encodeURIComponent(pairId)}/merge-preview`;

/** Scans the caller's area, or one division inside it. */
export function scanDuplicates(division?: string): Promise<{ found: number }> {
  return api.post<{ found: number }>('/api/duplicates/scan', division ? { division } : {});
}

export function getMergePreview(pairId: string): Promise<MergePreview> {
  return api.get<MergePreview>(mergePreviewPath(pairId));
}

export function mergeDuplicate(pairId: string, keepId: string, keepRelations?: KeepRelations): Promise<DuplicatePair> {
  const chosen = keepRelations && Object.keys(keepRelations).length > 0 ? keepRelations : undefined;
  return api.post<DuplicatePair>(`/api/duplicates/${encodeURIComponent(pairId)}/merge`, {
    keepId,
    ...(chosen ? { keepRelations: chosen } : {}),
  });
}

export function dismissDuplicate(pairId: string, note?: string): Promise<DuplicatePair> {
  return api.post<DuplicatePair>(`/api/duplicates/${encodeURIComponent(pairId)}/dismiss`, note ? { note } : {});
}

function isConflict(value: unknown): value is RelationConflict {
  if (typeof value !== 'object' || value === null) return false;
  return 'kind' in value && 'candidates' in value && Array.isArray(value.candidates);
}

/** The conflicts a refused merge names (409 MERGE_RELATION_CONFLICT, or a stale choice), if any. */
export function conflictsOf(error: unknown): RelationConflict[] | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code !== 'MERGE_RELATION_CONFLICT' && error.code !== 'MERGE_KEEP_RELATION_INVALID') return null;
  const list = error.details.conflicts;
  return Array.isArray(list) ? list.filter(isConflict) : null;
}
