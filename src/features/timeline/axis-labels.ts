/**
 * Axis labels in the interface language, built from the browser's Intl names (calendar-names.ts)
 * rather than moment's locales (whose registration does not reliably reach the moment instance
 * vis-timeline uses under Vite). The timeline runs in UTC (see TimelineView's `moment` option), so
 * labels read the UTC calendar.
 */
import { monthName, weekdayName } from '../../shared/calendar-names';
import type { Language } from '../../shared/i18n/dictionary';

/** vis-timeline's scales, finest to coarsest. */
export type AxisScale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'quarter' | 'year';

type Label = (time: Date, language: Language) => string;

const two = (value: number) => String(value).padStart(2, '0');
const year: Label = (time) => String(time.getUTCFullYear()).padStart(4, '0');
const day: Label = (time) => String(time.getUTCDate());
const clock: Label = (time) => `${two(time.getUTCHours())}:${two(time.getUTCMinutes())}`;
const month: Label = (time, language) => monthName(time.valueOf(), language, 'short');
const longMonth: Label = (time, language) => monthName(time.valueOf(), language);
const weekday: Label = (time, language) => weekdayName(time.valueOf(), language);
const monthYear: Label = (time, language) => `${longMonth(time, language)} ${year(time, language)}`;
const dayMonth: Label = (time, language) => `${day(time, language)} ${longMonth(time, language)}`;
/** « 1er trim. », « 2e trim. » (French typography: 2e, not 2ème); "Q2". */
const quarter = (number: number, language: Language) => (language === 'fr' ? `${number === 1 ? '1er' : `${number}e`} trim.` : `Q${number}`);
const weekdayDayMonth: Label = (time, language) => `${weekday(time, language)} ${dayMonth(time, language)}`;

const minorLabels: Record<AxisScale, Label> = {
  millisecond: (time) => String(time.getUTCMilliseconds()).padStart(3, '0'),
  second: (time) => String(time.getUTCSeconds()),
  minute: clock,
  hour: clock,
  weekday: (time, language) => `${weekdayName(time.valueOf(), language, 'short')} ${day(time, language)}`,
  day,
  week: (time, language) => `${day(time, language)} ${month(time, language)}`,
  month,
  quarter: (time, language) => quarter(Math.floor(time.getUTCMonth() / 3) + 1, language),
  year,
};

const majorLabels: Record<AxisScale, Label | null> = {
  millisecond: (time, language) => `${clock(time, language)}:${two(time.getUTCSeconds())}`,
  second: (time, language) => `${dayMonth(time, language)} ${clock(time, language)}`,
  minute: weekdayDayMonth,
  hour: weekdayDayMonth,
  weekday: monthYear,
  day: monthYear,
  week: monthYear,
  month: year,
  quarter: year,
  year: null,
};

function isScale(scale: string): scale is AxisScale {
  return scale in minorLabels;
}

export function axisLabel(time: number, scale: string, kind: 'minor' | 'major', language: Language): string {
  if (!isScale(scale)) return '';
  const label = (kind === 'minor' ? minorLabels : majorLabels)[scale];
  return label ? label(new Date(time), language) : '';
}

/** What vis-timeline passes to a label function: a moment (or a Date); both have valueOf(). */
type LabelDate = { valueOf(): number };

/** vis-timeline's `format` option for a language. */
export function axisFormat(language: Language) {
  return {
    minorLabels: (date: LabelDate, scale: string) => axisLabel(date.valueOf(), scale, 'minor', language),
    majorLabels: (date: LabelDate, scale: string) => axisLabel(date.valueOf(), scale, 'major', language),
  };
}
