import { format } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import { isoDayToTime } from '../store/dates';
import type { DateSpec } from '../store/schema';
import type { Language } from './i18n/dictionary';

const locales = { fr, en: enGB };
const patterns = { month: 'MMMM yyyy', year: 'yyyy' } as const;

/** French writes the first of the month as an ordinal: « 1er octobre ». */
const dayOfMonth = (isoDay: string, language: Language) => {
  const day = Number(isoDay.slice(8));
  return language === 'fr' && day === 1 ? '1er' : String(day);
};

/** A Date for an ISO day whose local fields read that day (date-fns formats in local time). */
function localDate(isoDay: string): Date {
  const utc = new Date(isoDayToTime(isoDay));
  const local = new Date(0);
  local.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  local.setHours(0, 0, 0, 0);
  return local;
}

export function formatDay(isoDay: string, language: Language, precision: DateSpec['precision'] = 'day'): string {
  if (precision === 'day') {
    return `${dayOfMonth(isoDay, language)} ${format(localDate(isoDay), 'MMMM yyyy', { locale: locales[language] })}`;
  }
  return format(localDate(isoDay), patterns[precision], { locale: locales[language] });
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
    const month = format(localDate(date.start), 'MMMM', { locale: locales[language] });
    return `${date.precision === 'day' ? `${dayOfMonth(date.start, language)} ` : ''}${month} – ${end}`;
  }
  return `${start} – ${end}`;
}
