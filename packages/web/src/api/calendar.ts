// The working-day calendar: the years entered and the shape of a year's save, under the names the page uses.
import type { Answer, RequestBody } from './types';

export type CalendarYears = Answer<'getCalendarYears'>;
export type CalendarYear = CalendarYears['data'][number];
export type CalendarYearInput = RequestBody<'putCalendarYearsByYear'>;
