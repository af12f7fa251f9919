// Types of the applications part of the contract, named from the generated API types.
import type { Answer, RequestBody } from './types';

type Item<T> = T extends { data: (infer I)[] } ? I : never;

export type ApplicationView = Answer<'getApplicationsById'>;
export type ApplicationItem = Item<Answer<'getApplications'>>;
export type ApplicationActionInput = RequestBody<'postApplicationsByIdActions'>;
export type ApplicationCreateInput = RequestBody<'postApplications'>;
export type Eligibility = Answer<'getChildrenByIdEligibility'>;
export type EligibilityCheck = Eligibility['checks'][number];
export type TakenAction = ApplicationActionInput['action'];

/** 申请办理进度: each area one level down with its drafts, returns, waiting steps and late steps. */
export type ApplicationBoard = Answer<'getApplicationsBoard'>;
export type ApplicationBoardArea = ApplicationBoard['data'][number];

/** Children whose category must be ended by a termination application. */
export type TriggerList = Answer<'getApplicationsTriggers'>;
export type TriggerItem = TriggerList['items'][number];

/** The semi-annual re-verification: the items, the rounds with their progress and the months in force. */
export type ReverificationItem = Item<Answer<'getReverifications'>>;
export type ReverificationRounds = Answer<'getReverificationsRounds'>;
export type ReverificationRound = ReverificationRounds['rounds'][number];
export type ReverificationOutcomeInput = RequestBody<'postReverificationsByIdOutcome'>;
export type ReverificationSettingsInput = RequestBody<'postReverificationsSettings'>;

/** The papers checklist in force, every published version, and the body of a new version. */
export type PaperChecklists = Answer<'getApplicationsPapers'>;
export type PaperChecklist = PaperChecklists['inForce'];
export type PaperChecklistVersion = PaperChecklists['versions'][number];
export type PaperChecklistInput = RequestBody<'postApplicationsPapers'>;
