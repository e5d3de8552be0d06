/** Calendar maths on ISO days ("YYYY-MM-DD"), in UTC so that no time zone shifts a day. */

export type Precision = 'day' | 'month' | 'year';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Milliseconds since the epoch at 00:00 UTC of an ISO day; throws on an impossible day. */
export function isoDayToTime(value: string): number {
  if (!isIsoDay(value)) throw new RangeError(`not a calendar day: ${JSON.stringify(value)}`);
  return checkedIsoDayToTime(value);
}

/** A day of UTC time (ms): no leap seconds, no time zone. */
export const DAY_MS = 86_400_000;

/**
 * 00:00 UTC of a year, month (0–11, may overflow) and day (may overflow), in the proleptic
 * Gregorian calendar, as Date.UTC gives it but for years 0–99 (which Date.UTC reads as 19xx).
 * Integer arithmetic (days from the civil date, H. Hinnant's algorithm), no Date: the timeline
 * reads every event's dates with it (100,000 in the benchmark).
 */
export function utcDayTime(year: number, monthIndex: number, day: number): number {
  const carried = Math.floor(monthIndex / 12);
  const month = monthIndex - carried * 12 + 1;
  const shifted = year + carried - (month <= 2 ? 1 : 0);
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146_097 + dayOfEra - 719_468) * DAY_MS;
}

/**
 * isoDayToTime for a day the store's schema has already checked ('YYYY-MM-DD'): no validation,
 * read digit by digit (no string or array made), for reading a whole store's dates at once.
 */
export function checkedIsoDayToTime(value: string): number {
  return utcDayTime(checkedYear(value), checkedMonth(value) - 1, twoDigits(value, 8));
}

/** The year and the month (1–12) of an ISO day the schema has checked. */
export const checkedYear = (value: string) => twoDigits(value, 0) * 100 + twoDigits(value, 2);
export const checkedMonth = (value: string) => twoDigits(value, 5);
const twoDigits = (value: string, at: number) => (value.charCodeAt(at) - 48) * 10 + value.charCodeAt(at + 1) - 48;

export function timeToIsoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The day after, for exclusive range ends (timeline ranges, ICS DTEND). */
export function nextIsoDay(value: string): string {
  return timeToIsoDay(isoDayToTime(value) + DAY_MS);
}

/** Extended Date/Time Format (ISO 8601-2) string for a day, month or year, or an interval of them. */
export function toEdtf(start: string, end: string | undefined, precision: Precision): string {
  const cut = precision === 'day' ? 10 : precision === 'month' ? 7 : 4;
  const from = start.slice(0, cut);
  if (end === undefined) return from;
  const to = end.slice(0, cut);
  return from === to ? from : `${from}/${to}`;
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(value: string): number {
  const day = new Date(isoDayToTime(value)).getUTCDay();
  return day === 0 ? 7 : day;
}
