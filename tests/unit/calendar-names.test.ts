import { describe, expect, it } from 'vitest';
import { monthName, weekdayName } from '../../src/shared/calendar-names';
import type { Language } from '../../src/shared/i18n/dictionary';

const locale = (language: Language) => (language === 'fr' ? 'fr-FR' : 'en-US');
const intl = (language: Language, field: 'month' | 'weekday', width: 'long' | 'short', time: number) =>
  new Intl.DateTimeFormat(locale(language), { [field]: width, timeZone: 'UTC' }).format(time);

describe('calendar names', () => {
  for (const language of ['fr', 'en'] as const) {
    for (const width of ['long', 'short'] as const) {
      it(`gives Intl's ${width} month names in ${language}`, () => {
        for (let month = 0; month < 12; month += 1) {
          const time = Date.UTC(2025, month, 15);
          expect(monthName(time, language, width)).toBe(intl(language, 'month', width, time));
        }
      });
      it(`gives Intl's ${width} weekday names in ${language}`, () => {
        // 2025-06-01 is a Sunday.
        for (let day = 0; day < 7; day += 1) {
          const time = Date.UTC(2025, 5, 1 + day);
          expect(weekdayName(time, language, width)).toBe(intl(language, 'weekday', width, time));
        }
      });
    }
  }

  it('reads the UTC calendar: the last instant of a month is still that month', () => {
    const lastMillisecondOfJanuary = Date.UTC(2025, 1, 1) - 1;
    expect(monthName(lastMillisecondOfJanuary, 'fr')).toBe('janvier');
    expect(weekdayName(Date.UTC(2025, 5, 1) - 1, 'en')).toBe('Saturday');
  });
});
