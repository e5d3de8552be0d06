/** The maths that keeps the chronology list and the timeline showing the same events. */
import { checkedIsoDayToTime, DAY_MS } from '../../store/dates';
import type { StoreEvent } from '../../store/schema';

const MIN_SPAN = 90 * DAY_MS;

const startOf = (event: StoreEvent) => checkedIsoDayToTime(event.date.start);
/** Exclusive: 00:00 UTC of the day after the last day. */
const endOf = (event: StoreEvent) => checkedIsoDayToTime(event.date.end ?? event.date.start) + DAY_MS;

/** The timeline window that shows the events from `first` to `last`, with a margin, at least 90 days wide. */
export function windowForEvents(first: StoreEvent, last: StoreEvent): { start: number; end: number } {
  const start = Math.min(startOf(first), startOf(last));
  const end = Math.max(endOf(first), endOf(last));
  const span = Math.max(MIN_SPAN, (end - start) * 1.2);
  const centre = (start + end) / 2;
  return { start: centre - span / 2, end: centre + span / 2 };
}

/** Every event's span in ms, read once per list: the list is the same array from one timeline move to the next. */
const spansByList = new WeakMap<readonly StoreEvent[], { starts: Float64Array; ends: Float64Array }>();

function spansOf(events: readonly StoreEvent[]) {
  let spans = spansByList.get(events);
  if (!spans) {
    spans = { starts: Float64Array.from(events, startOf), ends: Float64Array.from(events, endOf) };
    spansByList.set(events, spans);
  }
  return spans;
}

/** The first event (in list order) still in view in a timeline window, to scroll the list to. */
export function firstEventInWindow(events: readonly StoreEvent[], window: { start: number; end: number }): StoreEvent | undefined {
  const { starts, ends } = spansOf(events);
  for (let index = 0; index < events.length; index += 1) {
    if (ends[index]! > window.start && starts[index]! < window.end) return events[index];
  }
  return undefined;
}
