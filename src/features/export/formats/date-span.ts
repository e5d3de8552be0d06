import { nextIsoDay, timeToIsoDay } from '../../../store/dates';
import type { DateSpec } from '../../../store/schema';

export interface DaySpan {
  /** First day covered, inclusive. */
  first: string;
  /** Last day covered, inclusive. */
  last: string;
}

function lastDayOfMonth(isoDay: string): string {
  const [year, month] = isoDay.split('-').map(Number) as [number, number];
  const date = new Date(0);
  // Day 0 of the next month is the last day of this one; setUTCFullYear keeps years below 100 literal.
  date.setUTCFullYear(year, month, 0);
  return timeToIsoDay(date.getTime());
}

/** The calendar days a date covers at its precision: a month-precision date covers whole months. */
export function daySpan(date: Pick<DateSpec, 'start' | 'end' | 'precision'>): DaySpan {
  const end = date.end ?? date.start;
  switch (date.precision) {
    case 'day':
      return { first: date.start, last: end };
    case 'month':
      return { first: `${date.start.slice(0, 7)}-01`, last: lastDayOfMonth(end) };
    case 'year':
      return { first: `${date.start.slice(0, 4)}-01-01`, last: `${end.slice(0, 4)}-12-31` };
  }
}

/** The exclusive end of a span, as calendars (ICS DTEND) want it. */
export function exclusiveEnd(span: DaySpan): string {
  return nextIsoDay(span.last);
}
