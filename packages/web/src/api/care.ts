// Types of the left-behind care part of the contract, named from the generated API types.
import type { Answer, RequestBody } from './types';

type Item<T> = T extends { data: (infer I)[] } ? I : never;

export type CareView = Answer<'getChildrenByIdCare'>;
export type CareRecord = NonNullable<CareView['care']>;
export type CareInput = RequestBody<'putChildrenByIdCare'>;
export type CarerChoice = CareView['carers'][number];
export type ParentContact = CareView['contacts'][number];
export type ContactInput = RequestBody<'postChildrenByIdContacts'>;
export type ContactChannel = ContactInput['channel'];
export type ContactParent = ContactInput['parent'];
export type CareListItem = Item<Answer<'getLeftBehindChildren'>>;
export type CareList = Answer<'getLeftBehindChildren'>;
export type SigningRates = Answer<'getLeftBehindSigning'>;
export type SigningRow = SigningRates['data'][number];

/** The list's filters, as the home page's tasks link to them (?alert=). */
export const CARE_ALERTS = ['contact', 'living', 'unsigned'] as const;
export type CareAlert = (typeof CARE_ALERTS)[number];
