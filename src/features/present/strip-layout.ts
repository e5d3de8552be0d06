import { DAY_MS, isoDayToTime } from '../../store/dates';
import type { DateSpec } from '../../store/schema';

export interface StripMark {
  /** Where the event starts and ends on the strip, in [0, 1]. */
  start: number;
  end: number;
}

export interface YearMark {
  year: number;
  /** The part of the strip that year covers, in [0, 1]. */
  start: number;
  end: number;
  /** False when that part is too narrow to print the year in. */
  labelled: boolean;
}

export interface StripLayout {
  marks: StripMark[];
  years: YearMark[];
}

type Dated = { date: Pick<DateSpec, 'start' | 'end'> };

/**
 * The strip spans the selection from its first day to the end of its last day; every event is
 * placed by its start and (inclusive) end day. A selection of a single day spans that day. Each
 * year is the stretch of strip it covers, named only where there is room for its name.
 */
export function stripLayout(events: readonly Dated[], minLabelWidth = 0.1): StripLayout {
  if (events.length === 0) return { marks: [], years: [] };
  const spans = events.map(({ date }) => ({ from: isoDayToTime(date.start), to: isoDayToTime(date.end ?? date.start) + DAY_MS }));
  const first = Math.min(...spans.map((span) => span.from));
  const last = Math.max(...spans.map((span) => span.to));
  const length = last - first;
  const at = (time: number) => Math.min(Math.max((time - first) / length, 0), 1);
  const marks = spans.map((span) => ({ start: at(span.from), end: at(span.to) }));

  const years: YearMark[] = [];
  const lastYear = new Date(last - 1).getUTCFullYear();
  for (let year = new Date(first).getUTCFullYear(); year <= lastYear; year += 1) {
    const start = at(Date.UTC(year, 0, 1));
    const end = at(Date.UTC(year + 1, 0, 1));
    years.push({ year, start, end, labelled: end - start >= minLabelWidth });
  }
  return { marks, years };
}
