// Types of the child registry part of the contract (docs/api-contract.md, "Child registry").
// Field names match the server's JSON exactly.
import { SCHOOLING_STAGES, type CategoryEvaluation, type ParentSituationCode, type SchoolingStage } from '@hehu/domain';
import type { ChildListItem, Sex } from './types';

export { SCHOOLING_STAGES, type SchoolingStage };
export type HouseholdType = 'rural' | 'urban';
export type HealthStatus = 'healthy' | 'disabled' | 'ill';

export interface ChildFile extends ChildListItem {
  formerNames: string[];
  noIdReason: string | null;
  divisionPath: string;
  institutionId: string | null;
  /** The child welfare institution (集中养育) and the placement date. */
  institutionName: string | null;
  institutionSince: string | null;
  /** A foundling: the birth parents cannot be found. */
  parentsUnknown: boolean;
  ethnicity: string | null;
  householdType: HouseholdType | null;
  currentAddressMasked: string | null;
  schoolingStage: SchoolingStage | null;
  schoolName: string | null;
  boarding: boolean | null;
  healthStatus: HealthStatus | null;
  disabilityType: string | null;
  disabilityGrade: number | null;
  /** Masked: the number holds the child's ID number; the full one only through …/unmask (audited). */
  disabilityCertNoMasked: string | null;
  illness: string | null;
  familyEconomicHardship: boolean;
  guardianshipHarm: boolean;
  terminationReason: string | null;
  terminationMonth: string | null;
  mergedInto: string | null;
  /** The current photo's document; null when the file has none. */
  photoDocumentId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  canUnmask: boolean;
  canEdit: boolean;
}

/** The editable fields, as sent on create and edit. */
export interface ChildInput {
  name: string;
  idNumber?: string | null;
  birthDate?: string;
  sex?: Sex;
  noIdReason?: string | null;
  divisionCode: string;
  formerNames?: string[];
  ethnicity?: string | null;
  householdType?: HouseholdType | null;
  currentAddress?: string | null;
  schoolingStage?: SchoolingStage | null;
  schoolName?: string | null;
  boarding?: boolean | null;
  healthStatus?: HealthStatus | null;
  disabilityType?: string | null;
  disabilityGrade?: number | null;
  disabilityCertNo?: string | null;
  illness?: string | null;
  familyEconomicHardship?: boolean;
  guardianshipHarm?: boolean;
  parentsUnknown?: boolean;
  institutionId?: string | null;
  institutionSince?: string | null;
}

export interface NearDuplicate {
  id: string;
  name: string;
  birthDate: string;
  divisionCode: string;
  idNumberMasked: string | null;
  /** 0–1. */
  similarity: number;
}

export interface DivisionCount {
  code: string;
  name: string;
  count: number;
}

export interface HistoryChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface HistoryEntry {
  id: number;
  at: string;
  actorName: string | null;
  action: string;
  changes: HistoryChange[];
}

export type SubjectType = 'child' | 'person' | 'situation' | 'category';

export interface ChildDocument {
  id: string;
  subjectType: SubjectType;
  subjectId: string;
  title: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  uploadedBy: string | null;
  createdAt: string;
}

export type RelationKind = 'father' | 'mother' | 'guardian' | 'entrusted_carer';

export interface Situation {
  id: string;
  code: ParentSituationCode;
  since: string;
  until: string | null;
  details: Record<string, unknown> | null;
  note: string | null;
}

export interface Person {
  id: string;
  name: string;
  sex: Sex | null;
  birthDate: string | null;
  idNumberMasked: string | null;
  phoneMasked: string | null;
  addressMasked: string | null;
  workPlace: string | null;
  situations: Situation[];
}

export interface Relation {
  id: string;
  kind: RelationKind;
  relationLabel: string | null;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  active: boolean;
  person: Person;
}

export type LinkStatus = 'pending' | 'confirmed' | 'rejected' | 'cancelled';

/** A request to link a person another area holds; the requesting side sees only what it typed. */
export interface LinkRequest {
  id: string;
  childId: string;
  childName: string;
  divisionCode: string;
  divisionName: string;
  kind: RelationKind;
  relationLabel: string | null;
  startDate: string;
  typed: {
    name: string;
    idNumberMasked: string;
    phoneMasked: string | null;
    addressMasked: string | null;
    workPlace: string | null;
  };
  /** The person as recorded: shown to the confirming side only. */
  recorded: { personId: string; name: string; idNumberMasked: string | null } | null;
  status: LinkStatus;
  requestedByName: string;
  requestedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

/** Adding a relation links the person at once, or asks the area that holds the person. */
export type AddRelationResult = Relation | { linkRequest: LinkRequest };

export interface Family {
  relations: Relation[];
  linkRequests: LinkRequest[];
}

export interface HeldCategory {
  id: string;
  category: string;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  decisionRef: string | null;
  rulesVersion: string | null;
  explanation: unknown;
  /** False once the end date has passed. */
  active: boolean;
}

export interface ChildCategories {
  held: HeldCategory[];
  evaluation: CategoryEvaluation[];
  potential: string[];
}

export type TerminationReason = 'death' | 'adult' | 'adopted' | 'moved_out' | 'parent_regained' | 'other';
export const TERMINATION_REASONS: readonly TerminationReason[] = [
  'death',
  'adult',
  'adopted',
  'moved_out',
  'parent_regained',
  'other',
];

export type TransferStatus = 'pending' | 'accepted' | 'rejected' | 'cancelled';

export interface Transfer {
  id: string;
  childId: string;
  childName: string;
  fromDivision: string;
  fromDivisionName: string;
  toDivision: string;
  toDivisionName: string;
  reason: string;
  status: TransferStatus;
  requestedAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
}

export interface DuplicatePair {
  id: string;
  /** 0–100. */
  score: number;
  status: string;
  a: ChildListItem;
  b: ChildListItem;
}

export interface PotentiallyEligible {
  childId: string;
  name: string;
  divisionCode: string;
  divisionName: string;
  category: string;
  since: string | null;
  reasons: string[];
}

export type ImportRowStatus = 'valid' | 'error' | 'duplicate_in_file' | 'exists';

export interface ImportRow {
  row: number;
  status: ImportRowStatus;
  name: string | null;
  idNumberMasked: string | null;
  errors: { field: string; code: string; message: string }[];
}

export interface ImportCheck {
  jobId: string;
  totalRows: number;
  validRows: number;
  rows: ImportRow[];
  unknownColumns: string[];
  /** Remarks on how the file was read (e.g. other sheets ignored). */
  notes?: string[];
}

export type ImportMode = 'all_or_nothing' | 'valid_only';

export interface ImportCommit {
  created: number;
  skipped: number;
}

/** PATCH /api/children/:id/persons/:personId: only the fields that change; null removes a value. */
export interface PersonUpdate {
  name?: string;
  phone?: string | null;
  address?: string | null;
  workPlace?: string | null;
}

export type PersonUnmaskField = 'idNumber' | 'phone' | 'address';

/** POST /api/children/:id/persons/:personId/unmask (audited). */
export interface PersonUnmasked {
  field: PersonUnmaskField;
  value: string | null;
}
