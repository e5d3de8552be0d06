/**
 * Month and weekday names in the interface language, from the browser's own Intl data (no date
 * library in the first view's bytes). Always read in UTC: the store's days and vis-timeline's
 * axis are UTC, so a name never shifts with the reader's time zone. English names are those of
 * `en-US` for the short forms ("Sep", not CLDR's British "Sept"), as the axis has always written
 * them; the long forms are the same in both.
 */
import type { Language } from './i18n/dictionary';

type Field = 'month' | 'weekday';
type Width = 'long' | 'short';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, field: Field, width: Width): Intl.DateTimeFormat {
  const key = `${language}|${field}|${width}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-US', { [field]: width, timeZone: 'UTC' });
    formatters.set(key, found);
  }
  return found;
}

/** "novembre", "nov.", "November", "Nov": the UTC month of `time`. */
export const monthName = (time: number, language: Language, width: Width = 'long'): string =>
  formatter(language, 'month', width).format(time);

/** "jeudi", "jeu.", "Thursday", "Thu": the UTC weekday of `time`. */
export const weekdayName = (time: number, language: Language, width: Width = 'long'): string =>
  formatter(language, 'weekday', width).format(time);
