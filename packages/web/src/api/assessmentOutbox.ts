// The assessment outbox: a risk assessment typed where the signal drops is kept (see outbox.ts) and sent in one
// step. The server stores an assessment once per id (a resend, even one racing the first, is answered with the same
// assessment), so sending again after a lost answer is harmless.
import { api } from './client';
import { Outbox, indexedDbStorage, type OutboxEntry, type OutboxStorage } from './outbox';
import type { Assessment, AssessmentInput } from './visits';

export interface AssessmentOutboxItem extends OutboxEntry {
  childId: string;
  assessment: AssessmentInput;
}

export type PostAssessment = (childId: string, assessment: AssessmentInput) => Promise<Assessment>;

export type AssessmentOutbox = Outbox<AssessmentOutboxItem, Assessment>;

export function makeAssessmentOutbox(
  storage: OutboxStorage<AssessmentOutboxItem>,
  post: PostAssessment,
): AssessmentOutbox {
  return new Outbox(storage, {
    idOf: (item) => item.assessment.id,
    sendOne: (item) => post(item.childId, item.assessment),
  });
}

let shared: AssessmentOutbox | null = null;

/** The app's one assessment outbox, opened on first use, in the database assessments have always been kept in. */
export function assessmentOutbox(): AssessmentOutbox {
  shared ??= makeAssessmentOutbox(indexedDbStorage('hehu-outbox-assessments', 'assessments'), (childId, assessment) =>
    api.post<Assessment>(`/api/children/${encodeURIComponent(childId)}/assessments`, assessment),
  );
  return shared;
}
