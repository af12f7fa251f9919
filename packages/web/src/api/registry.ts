// Types of the child registry part of the contract (docs/api-contract.md, "Child registry"), named from the types
// generated from the API document (schema.gen.ts, `npm run api:types`).
import { SCHOOLING_STAGES, type SchoolingStage } from '@hehu/domain';
import type { Answer, RequestBody } from './types';

export { SCHOOLING_STAGES, type SchoolingStage };

type Item<T> = T extends { data: (infer I)[] } ? I : never;

export type ChildFile = Answer<'getChildrenById'>;
export type HouseholdType = NonNullable<ChildFile['householdType']>;
export type HealthStatus = NonNullable<ChildFile['healthStatus']>;

/** The editable fields, as sent on create and edit. */
export type ChildInput = RequestBody<'postChildren'>;

export type NearDuplicate = Item<Answer<'postChildrenCheckDuplicates'>>;
export type DivisionCount = Item<Answer<'getChildrenCounts'>>;

export type HistoryEntry = Item<Answer<'getChildrenByIdHistory'>>;
export type HistoryChange = HistoryEntry['changes'][number];

export type ChildDocument = Item<Answer<'getChildrenByIdDocuments'>>;
export type SubjectType = ChildDocument['subjectType'];

export type Family = Answer<'getChildrenByIdFamily'>;
export type Relation = Family['relations'][number];
export type RelationKind = Relation['kind'];
export type Person = Relation['person'];
export type Situation = Person['situations'][number];
/** A request to link a person another area holds; the requesting side sees only what it typed. */
export type LinkRequest = Family['linkRequests'][number];
export type LinkStatus = LinkRequest['status'];
/** Adding a relation links the person at once, or asks the area that holds the person. */
export type AddRelationResult = Answer<'postChildrenByIdRelations'>;

export type ChildCategories = Answer<'getChildrenByIdCategories'>;
export type HeldCategory = ChildCategories['held'][number];

export type TerminationReason = 'death' | 'adult' | 'adopted' | 'moved_out' | 'parent_regained' | 'other';
export const TERMINATION_REASONS: readonly TerminationReason[] = [
  'death',
  'adult',
  'adopted',
  'moved_out',
  'parent_regained',
  'other',
];

export type Transfer = Item<Answer<'getTransfers'>>;
export type TransferStatus = Transfer['status'];

export type DuplicatePair = Item<Answer<'getDuplicates'>>;
export type PotentiallyEligible = Item<Answer<'getPotentiallyEligible'>>;

export type ImportCheck = Answer<'postChildrenImportCheck'>;
export type ImportRow = ImportCheck['rows'][number];
export type ImportRowStatus = ImportRow['status'];
export type ImportMode = RequestBody<'postChildrenImportByJobIdCommit'>['mode'];
export type ImportCommit = Answer<'postChildrenImportByJobIdCommit'>;

/** PATCH /api/children/:id/persons/:personId: only the fields that change; null removes a value. */
export type PersonUpdate = RequestBody<'patchChildrenByIdPersonsByPersonId'>;

/** POST /api/children/:id/persons/:personId/unmask (audited). */
export type PersonUnmasked = Answer<'postChildrenByIdPersonsByPersonIdUnmask'>;
export type PersonUnmaskField = PersonUnmasked['field'];
