// The demo plan: plain objects that say what to write, made without the database so the same seed and the
// same number of children give the same plan (and a digest to prove it). Ids are given when written.
import type { CategoryCode, CategoryEvaluation, ParentSituationCode, SchoolingStage } from '@hehu/domain';
import type { SituationDetails } from '../../modules/family/family.schemas.ts';
import type { Sex } from './people.ts';

/** The demo accounts by the part they play; the writer turns them into user ids and display names. */
export type DemoActor =
  'demo_city' | 'demo_county' | 'demo_township' | 'demo_village' | 'demo_village2' | 'demo_welfare';

export type DocumentKind =
  | 'decision'
  | 'death_certificate'
  | 'judgment'
  | 'police_receipt'
  | 'disability_certificate'
  | 'diagnosis'
  | 'care_agreement'
  | 'household_register'
  | 'photo';

export interface PlannedDocument {
  kind: DocumentKind;
  title: string;
  /** Lines printed on the generated file (a PDF, or a PNG card). */
  lines: string[];
  uploadedOn: string;
  id?: string;
}

export interface PlannedSituation {
  code: ParentSituationCode;
  since: string;
  until: string | null;
  details: SituationDetails;
  note: string | null;
  documents: PlannedDocument[];
  id?: string;
}

export interface PlannedPerson {
  name: string;
  sex: Sex;
  birthDate: string;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
  workPlace: string | null;
  situations: PlannedSituation[];
  documents: PlannedDocument[];
  id?: string;
}

export type RelationKind = 'father' | 'mother' | 'guardian' | 'entrusted_carer';

export interface PlannedRelation {
  person: PlannedPerson;
  kind: RelationKind;
  relationLabel: string | null;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
}

export interface PlannedCategory {
  category: CategoryCode;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  decisionRef: string;
  /** The day the decision was recorded: the explanation is the rules' evaluation on that day. */
  decidedOn: string;
  evaluation: CategoryEvaluation;
  documents: PlannedDocument[];
  id?: string;
}

export interface PlannedTransfer {
  toDivision: string;
  reason: string;
  requestedBy: DemoActor;
  requestedOn: string;
}

/** This child's file asks to link a person another area already holds (person_link_requests). */
export interface PlannedLinkRequest {
  person: PlannedPerson;
  kind: RelationKind;
  relationLabel: string | null;
  startDate: string;
  typedName: string;
  typedPhone: string | null;
  typedWorkPlace: string | null;
  /** A demo account or a colleague's account (seed/demo/accounts.ts). */
  requestedBy: string;
  requestedOn: string;
}

export interface PlannedChild {
  name: string;
  sex: Sex;
  birthDate: string;
  idNumber: string | null;
  noIdReason: string | null;
  divisionCode: string;
  householdType: 'rural' | 'urban';
  ethnicity: string;
  address: string | null;
  schoolingStage: SchoolingStage;
  schoolName: string | null;
  boarding: boolean | null;
  healthStatus: 'healthy' | 'disabled' | 'ill';
  disabilityType: string | null;
  disabilityGrade: number | null;
  illness: string | null;
  familyEconomicHardship: boolean;
  guardianshipHarm: boolean;
  parentsUnknown: boolean;
  /** Placed in the city's child welfare home (集中养育) from this date. */
  institutionSince: string | null;
  /** The day the village opened the file. */
  createdOn: string;
  /** Who opened it: a demo account in the demo areas, otherwise the village's director by title. */
  recordedBy: DemoActor | null;
  relations: PlannedRelation[];
  categories: PlannedCategory[];
  documents: PlannedDocument[];
  photo: PlannedDocument | null;
  transfer: PlannedTransfer | null;
  linkRequest: PlannedLinkRequest | null;
  id?: string;
}

export interface PlannedFamily {
  children: PlannedChild[];
}
