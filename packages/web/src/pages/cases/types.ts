// Types of the case routes (未成年人保护个案), from the server's OpenAPI document through schema.gen.ts
// (`npm run api:types`), under the names the case pages use.
import type { Answer, RequestBody } from '../../api/types';

export type { CaseActionCode, CaseChannel, CaseStage, CaseTier, PartnerKind, ReportTrigger } from '@hehu/domain';

export type IntakeInput = RequestBody<'postCasesIntake'>;
export type IntakeChannel = NonNullable<IntakeInput['channel']>;
export type Sex = NonNullable<IntakeInput['childSex']>;
export type ReportInput = RequestBody<'postCasesReports'>;
export type Receipt = Answer<'postCasesIntake'>;

export type CaseList = Answer<'getCases'>;
export type CaseRow = CaseList['items'][number];

export type CaseDetail = Answer<'getCasesById'>;
export type CaseIntake = CaseDetail['intakes'][number];
export type CaseActionEntry = CaseDetail['actions'][number];
export type CaseTask = CaseDetail['tasks'][number];
export type CaseReferral = CaseDetail['referrals'][number];
export type CaseGuardianship = CaseDetail['guardianships'][number];
export type ReferralStatus = CaseReferral['status'];

export type ActionInput = RequestBody<'postCasesByIdActions'>;
export type TeamMember = Answer<'getCasesByIdAssignable'>[number];
export type ChildCandidate = Answer<'getCasesByIdChildCandidates'>['items'][number];
export type PartnerUnit = Answer<'getPartnerUnits'>[number];

export type Referral = Answer<'getReferralsById'>;
export type MyReport = Answer<'getCasesReportsMine'>['items'][number];
export type LibraryEntry = Answer<'postCasesByIdLibrary'>;
export type CaseStats = Answer<'getCasesStats'>;

export interface Items<T> {
  items: T[];
}
