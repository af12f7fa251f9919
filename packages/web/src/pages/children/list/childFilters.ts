// The list filters live in the URL, so going back from a file returns to the same filtered list. A search by ID
// number is the exception: it lives in the history entry's state, so the number is in no URL (address bar, history,
// a proxy's or the server's log), and the list asks the server by POST.
import { SCHOOLING_STAGES } from '../../../api/registry';
import type { SchoolingStage } from '../../../api/registry';
import type { ChildStatus, Sex } from '../../../api/types';

export const AGE_BANDS = {
  '0-2': [0, 2],
  '3-5': [3, 5],
  '6-11': [6, 11],
  '12-14': [12, 14],
  '15-17': [15, 17],
} as const;
export type AgeBand = keyof typeof AGE_BANDS;

export const STATUSES: readonly ChildStatus[] = ['active', 'terminated', 'transferred', 'archived'];

export interface ListFilters {
  division?: string;
  q?: string;
  category?: string;
  status?: ChildStatus;
  sex?: Sex;
  ageBand?: AgeBand;
  disability?: 'true' | 'false';
  schoolingStage?: SchoolingStage;
}

/** What POST /api/children/search and /export take (and GET /counts, without the text query). */
export type ChildQuery = Omit<ListFilters, 'ageBand'> & { ageMin?: number; ageMax?: number };

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

export function filtersFromSearch(params: URLSearchParams): ListFilters {
  const text = (name: string) => params.get(name) || undefined;
  return {
    division: /^\d{4,12}$/.test(params.get('division') ?? '') ? (params.get('division') ?? undefined) : undefined,
    q: text('q'),
    category: text('category'),
    status: pick(params.get('status'), STATUSES),
    sex: pick(params.get('sex'), ['M', 'F'] as const),
    ageBand: pick(params.get('ageBand'), Object.keys(AGE_BANDS) as AgeBand[]),
    disability: pick(params.get('disability'), ['true', 'false'] as const),
    schoolingStage: pick(params.get('schoolingStage'), SCHOOLING_STAGES),
  };
}

/** A query with a digit in it is (part of) an ID number. */
export function isNumberQuery(q: string | undefined): q is string {
  return q !== undefined && /\d/.test(q);
}

/** The filters for the address bar: everything but a number query. */
export function searchFromFilters(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (key === 'q' && isNumberQuery(filters.q)) continue;
    if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  return params;
}

/** Where a number query is kept instead: the history entry's state. */
export interface ListState {
  q?: string;
}

export function stateFromFilters(filters: ListFilters): ListState | null {
  return isNumberQuery(filters.q) ? { q: filters.q } : null;
}

/** The filters of the current page: the address bar's, and a number query from the history state. */
export function filtersFromLocation(params: URLSearchParams, state: unknown): ListFilters {
  const filters = filtersFromSearch(params);
  const q = state && typeof state === 'object' && 'q' in state ? state.q : undefined;
  return isNumberQuery(typeof q === 'string' ? q : undefined) ? { ...filters, q: q as string } : filters;
}

export function queryOf(filters: ListFilters): ChildQuery {
  const { ageBand, ...rest } = filters;
  const query: ChildQuery = {};
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) Object.assign(query, { [key]: value });
  }
  if (ageBand) {
    const [ageMin, ageMax] = AGE_BANDS[ageBand];
    query.ageMin = ageMin;
    query.ageMax = ageMax;
  }
  return query;
}
