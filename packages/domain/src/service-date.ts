// The calendar the service works in. Leshan keeps China Standard Time (UTC+8, no daylight saving), so
// "today" is the date there, whatever the server's own clock zone is: between 00:00 and 08:00 in Leshan
// the UTC date is still yesterday.

export const SERVICE_TIME_ZONE = 'Asia/Shanghai';
const SERVICE_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The date in Leshan at `at`, as YYYY-MM-DD. */
export function serviceDate(at: Date = new Date()): string {
  return new Date(at.getTime() + SERVICE_UTC_OFFSET_MS).toISOString().slice(0, 10);
}
