// The calendar module's public API: the years entered, and the city's task when next year is missing.
export { calendarYears } from './calendar.service.ts';
export { calendarTaskProviders } from './calendar.tasks.ts';
