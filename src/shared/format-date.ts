import { isoDayToTime } from '../store/dates';
import type { DateSpec } from '../store/schema';
import { monthName } from './calendar-names';
import type { Language } from './i18n/dictionary';

/** French writes the first of the month as an ordinal: « 1er octobre ». */
const dayOfMonth = (isoDay: string, language: Language) => {
  const day = Number(isoDay.slice(8));
  return language === 'fr' && day === 1 ? '1er' : String(day);
};

/** "novembre 2024" (English: "November 2024"). */
const monthAndYear = (isoDay: string, language: Language) => `${monthName(isoDayToTime(isoDay), language)} ${isoDay.slice(0, 4)}`;

export function formatDay(isoDay: string, language: Language, precision: DateSpec['precision'] = 'day'): string {
  if (precision === 'day') return `${dayOfMonth(isoDay, language)} ${monthAndYear(isoDay, language)}`;
  return precision === 'month' ? monthAndYear(isoDay, language) : isoDay.slice(0, 4);
}

/** "12 novembre 2024", "24–25 avril 2025", "janvier – mars 2025": a date at its precision. */
export function formatEventDate(date: Pick<DateSpec, 'start' | 'end' | 'precision'>, language: Language): string {
  const start = formatDay(date.start, language, date.precision);
  if (date.end === undefined || date.end === date.start) return start;
  const end = formatDay(date.end, language, date.precision);
  if (start === end) return start;
  const [sy, sm] = date.start.split('-');
  const [ey, em] = date.end.split('-');
  if (date.precision === 'day' && sy === ey && sm === em) {
    return `${dayOfMonth(date.start, language)}–${end}`;
  }
  if (date.precision !== 'year' && sy === ey) {
    const month = monthName(isoDayToTime(date.start), language);
    return `${date.precision === 'day' ? `${dayOfMonth(date.start, language)} ` : ''}${month} – ${end}`;
  }
  return `${start} – ${end}`;
}
