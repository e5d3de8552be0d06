/**
 * Axis labels in the interface language, through date-fns rather than moment's locales (whose
 * registration does not reliably reach the moment instance vis-timeline uses under Vite). The
 * timeline runs in UTC (see TimelineView's `moment` option), so labels read the UTC calendar.
 */
import { format } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import type { Language } from '../../shared/i18n/dictionary';

const locales = { fr, en: enGB };

/** vis-timeline's scales, finest to coarsest. */
export type AxisScale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'quarter' | 'year';

const minorPatterns: Record<AxisScale, string> = {
  millisecond: 'SSS',
  second: 's',
  minute: 'HH:mm',
  hour: 'HH:mm',
  weekday: 'EEE d',
  day: 'd',
  week: 'd MMM',
  month: 'MMM',
  quarter: 'QQQ',
  year: 'yyyy',
};

const majorPatterns: Record<AxisScale, string> = {
  millisecond: 'HH:mm:ss',
  second: 'd MMMM HH:mm',
  minute: 'EEEE d MMMM',
  hour: 'EEEE d MMMM',
  weekday: 'MMMM yyyy',
  day: 'MMMM yyyy',
  week: 'MMMM yyyy',
  month: 'yyyy',
  quarter: 'yyyy',
  year: '',
};

/** A local Date whose fields read the UTC calendar fields of `time` (date-fns formats local time). */
function utcFieldsAsLocal(time: number): Date {
  const utc = new Date(time);
  return new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
    utc.getUTCMilliseconds(),
  );
}

function isScale(scale: string): scale is AxisScale {
  return scale in minorPatterns;
}

export function axisLabel(time: number, scale: string, kind: 'minor' | 'major', language: Language): string {
  if (!isScale(scale)) return '';
  const pattern = (kind === 'minor' ? minorPatterns : majorPatterns)[scale];
  if (pattern === '') return '';
  return format(utcFieldsAsLocal(time), pattern, { locale: locales[language] });
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
