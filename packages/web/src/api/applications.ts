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
