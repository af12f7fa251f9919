// Visits and risk assessments: the shapes of the contract under the names the pages use, and the writes the visit
// outbox makes. Each is idempotent on the server (the visit by its id, a photo by its hash, a photo's first
// thumbnail kept), so sending the same thing again after a dropped signal stores it once.
import { api } from './client';
import { uploadRaw } from './files';
import type { Answer, RequestBody } from './types';

export type VisitInput = RequestBody<'postVisits'>;
export type VisitKind = VisitInput['kind'];
export type SeenPerson = NonNullable<VisitInput['seen']>[number];
export type Visit = Answer<'postVisits'>;
export type VisitPhoto = Answer<'postVisitsByIdPhotos'>;
export type VisitThumbnail = Answer<'putVisitsByIdPhotosByDocumentIdThumbnail'>;
export type MyVisits = Answer<'getVisitsMine'>;
export type PlanRow = MyVisits['data'][number];
export type Standing = PlanRow['standing'];
export type VisitBoard = Answer<'getVisitsBoard'>;
export type BoardRow = VisitBoard['data'][number];
export type ChildVisits = Answer<'getChildrenByIdVisits'>;
export type RiskInstrumentView = Answer<'getRiskInstrument'>;
export type AssessmentInput = RequestBody<'postChildrenByIdAssessments'>;
export type Assessment = Answer<'postChildrenByIdAssessments'>;
export type ChildAssessments = Answer<'getChildrenByIdAssessments'>;

export const VISIT_KINDS: readonly VisitKind[] = ['home', 'phone', 'school', 'other'];
export const SEEN_PEOPLE: readonly SeenPerson[] = ['child', 'guardian', 'carer', 'parent', 'teacher', 'other'];
/** The written findings of a visit, in the order the form asks for them. */
export const FINDINGS = ['living', 'guardianship', 'schooling', 'health', 'safety', 'needs', 'helpGiven'] as const;
export type Finding = (typeof FINDINGS)[number];
/** The server keeps at most this many photos per visit. */
export const VISIT_PHOTOS_MAX = 6;

/**
 * A random (version 4) UUID. `crypto.randomUUID` exists only on secure origins, and a county office may reach
 * the server over plain HTTP on its own network; `getRandomValues` works everywhere.
 */
export function newRecordId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function postVisit(visit: VisitInput): Promise<Visit> {
  return api.post<Visit>('/api/visits', visit);
}

export function postVisitPhoto(visitId: string, photo: Blob): Promise<VisitPhoto> {
  return uploadRaw<VisitPhoto>(`/api/visits/${encodeURIComponent(visitId)}/photos`, photo);
}

/** A photo's thumbnail, sent after the photo under the id the server answered the photo with. */
export function putVisitPhotoThumbnail(visitId: string, photoId: string, thumbnail: Blob): Promise<VisitThumbnail> {
  return uploadRaw<VisitThumbnail>(
    `/api/visits/${encodeURIComponent(visitId)}/photos/${encodeURIComponent(photoId)}/thumbnail`,
    thumbnail,
    { method: 'PUT' },
  );
}

/** Where a visit photo's thumbnail is shown from (each view audited by the server). */
export function visitThumbnailUrl(visitId: string, photoId: string): string {
  return `/api/visits/${encodeURIComponent(visitId)}/photos/${encodeURIComponent(photoId)}/thumbnail`;
}

/** The whole photo: a document of the child (each view audited as a document's original). */
export function visitPhotoUrl(childId: string, photoId: string): string {
  return `/api/children/${encodeURIComponent(childId)}/documents/${encodeURIComponent(photoId)}/content`;
}

/** What the timeline shows for a photo: its thumbnail, or the photo itself where none was stored (older photos). */
export function visitPhotoPreviewUrl(
  visit: { id: string; childId: string },
  photo: { id: string; thumbnail: boolean },
): string {
  return photo.thumbnail ? visitThumbnailUrl(visit.id, photo.id) : visitPhotoUrl(visit.childId, photo.id);
}
