// The calendar module's public API: the years entered, for other modules' pages and reports.
export { calendarYears } from './calendar.service.ts';
