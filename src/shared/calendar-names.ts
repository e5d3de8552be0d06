/**
 * Month and weekday names in the interface language, always of the UTC calendar: the store's
 * days and vis-timeline's axis are UTC, so a name never shifts with the reader's time zone.
 * Written out rather than asked of Intl.DateTimeFormat: making the first formatter loads the
 * browser's locale data, about 140 ms of the first view at 4× CPU slowdown, for 76 words. The
 * names are those Intl gives (fr-FR; en-US for the short English forms, "Sep" rather than CLDR's
 * British "Sept"), which tests/unit/calendar-names.test.ts checks.
 */
import type { Language } from './i18n/dictionary';

type Width = 'long' | 'short';

const MONTHS: Record<Language, Record<Width, readonly string[]>> = {
  fr: {
    long: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    short: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  },
  en: {
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
};

/** From Sunday, as Date.getUTCDay counts. */
const WEEKDAYS: Record<Language, Record<Width, readonly string[]>> = {
  fr: {
    long: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    short: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  },
  en: {
    long: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    short: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  },
};

/** "novembre", "nov.", "November", "Nov": the UTC month of `time`. */
export const monthName = (time: number, language: Language, width: Width = 'long'): string =>
  MONTHS[language][width][new Date(time).getUTCMonth()]!;

/** "jeudi", "jeu.", "Thursday", "Thu": the UTC weekday of `time`. */
export const weekdayName = (time: number, language: Language, width: Width = 'long'): string =>
  WEEKDAYS[language][width][new Date(time).getUTCDay()]!;
