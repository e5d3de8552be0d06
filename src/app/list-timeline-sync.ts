/** The maths that keeps the chronology list and the timeline showing the same events. */
import { isoDayToTime, nextIsoDay } from '../store/dates';
import type { StoreEvent } from '../store/schema';

const DAY = 86_400_000;
const MIN_SPAN = 90 * DAY;

const startOf = (event: StoreEvent) => isoDayToTime(event.date.start);
const endOf = (event: StoreEvent) => isoDayToTime(nextIsoDay(event.date.end ?? event.date.start));

/** The timeline window that shows the events from `first` to `last`, with a margin, at least 90 days wide. */
export function windowForEvents(first: StoreEvent, last: StoreEvent): { start: number; end: number } {
  const start = Math.min(startOf(first), startOf(last));
  const end = Math.max(endOf(first), endOf(last));
  const span = Math.max(MIN_SPAN, (end - start) * 1.2);
  const centre = (start + end) / 2;
  return { start: centre - span / 2, end: centre + span / 2 };
}

/** The first event (in list order) still in view in a timeline window, to scroll the list to. */
export function firstEventInWindow(events: readonly StoreEvent[], window: { start: number; end: number }): StoreEvent | undefined {
  return events.find((event) => endOf(event) > window.start && startOf(event) < window.end);
}
