/**
 * Events → vis-timeline items and groups (lanes). Pure: no DOM, no vis-timeline import, so it is
 * unit-tested in Node. TimelineView turns each item into a focusable button (DOM nodes only).
 */
import { formatEventDate } from '../../shared/format-date';
import type { Dictionary, Language } from '../../shared/i18n/dictionary';
import { checkedIsoDayToTime, checkedMonth, checkedYear, DAY_MS, utcDayTime } from '../../store/dates';
import type { IdSet } from '../../store/masked-ids';
import type { DateFrom, DateSpec, Entities, StoreEvent } from '../../store/schema';
import { KIND_VALUES } from '../../store/vocabulary';

/** 'none': one lane, the story in date order (the default); 'theme' and 'kind': one lane per value. */
export type LaneMode = 'none' | 'theme' | 'kind';
export const LANE_MODES: readonly LaneMode[] = ['none', 'theme', 'kind'];

/** The lane of every event when there are no lanes. */
export const STORY_LANE = 'story';

/** The lane of events with no theme. */
export const OTHER_LANE = 'theme:other';

export interface TimelineItemData {
  id: string;
  group: string;
  /** 00:00 UTC of the first day. */
  start: Date;
  /** Exclusive end (00:00 UTC of the day after the last day), for ranges only. */
  end?: Date;
  type: 'point' | 'range';
  className: string;
  /** vis-timeline wants a content field; the template builds the real content from the fields below. */
  content: '';
  /** What the item shows: the event's short label (whole, at most 40 characters), never cut. */
  title: string;
  from: DateFrom;
  announced: boolean;
  /** Not a match of the current search: drawn muted, and said so in its accessible name. */
  dimmed: boolean;
  /** The event, for what is only worked out for a drawn item (its accessible name). */
  event: StoreEvent;
}

/** An item as handed to vis-timeline: with its accessible name, worked out only for drawn items. */
export interface DrawnItemData extends TimelineItemData {
  /** Accessible name of the item's button: title, status, date in words, how the date was fixed, search. */
  label: string;
}

export interface TimelineGroupData {
  id: string;
  /** Position of the lane, top to bottom. */
  order: number;
  label: string;
  className: string;
  /** vis-timeline wants a content field; the group template builds the label from `label`. */
  content: '';
}

export interface TimelineData {
  items: TimelineItemData[];
  groups: TimelineGroupData[];
}

/** The instant an item is centred on: the middle of a range, the day itself otherwise. */
export function itemCentre(date: Pick<DateSpec, 'start' | 'end' | 'precision'>): number {
  const { start, end } = itemTimes(date);
  return end === undefined ? start : start + (end - start) / 2;
}

/**
 * First instant and exclusive end (ms) of an event as vis-timeline should draw it. A day-precision
 * event without end is a point in time (start only); an event with an end, or at month or year
 * precision, is a range whose end is the day after its last day (vis ranges end exclusive). It runs
 * for every event of a store (100,000 in the benchmark), several times per view: dates are read
 * digit by digit and no ISO string or Date is made, which is cheaper than any cache of the result.
 * Month overflow (month 13) is what utcDayTime takes.
 */
export function itemTimes(date: Pick<DateSpec, 'start' | 'end' | 'precision'>): { start: number; end: number | undefined } {
  const { start, end, precision } = date;
  if (precision === 'day')
    return { start: checkedIsoDayToTime(start), end: end === undefined ? undefined : checkedIsoDayToTime(end) + DAY_MS };
  const last = end ?? start;
  return precision === 'month'
    ? { start: utcDayTime(checkedYear(start), checkedMonth(start) - 1, 1), end: utcDayTime(checkedYear(last), checkedMonth(last), 1) }
    : { start: utcDayTime(checkedYear(start), 0, 1), end: utcDayTime(checkedYear(last) + 1, 0, 1) };
}

const spanOf = (event: StoreEvent) => itemTimes(event.date);

/** Earliest start and latest end of eventTimes' arrays; undefined when they are empty. */
export function spanBounds({ starts, ends }: EventTimes): { min: number; max: number } | undefined {
  if (starts.length === 0) return undefined;
  let min = Infinity;
  let max = -Infinity;
  for (let at = 0; at < starts.length; at += 1) {
    min = Math.min(min, starts[at]!);
    max = Math.max(max, ends[at]!);
  }
  return { min, max };
}

/** Each event's first instant and (exclusive) end in ms, a point's end being its start (a range always ends after it). */
export interface EventTimes {
  starts: Float64Array;
  ends: Float64Array;
}

/** The dates of every event read once: the window maths, the bounds and the items of a 100,000-event store share them. */
export function eventTimes(events: readonly StoreEvent[]): EventTimes {
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  events.forEach((event, at) => {
    const span = spanOf(event);
    starts[at] = span.start;
    ends[at] = span.end ?? span.start;
  });
  return { starts, ends };
}

/** First and last event by date (start, then end), whatever the input order. */
export function firstAndLast(events: readonly StoreEvent[]): { first: StoreEvent; last: StoreEvent } | undefined {
  const keyed = events.map((event) => {
    const span = spanOf(event);
    return { event, start: span.start, end: span.end ?? span.start };
  });
  keyed.sort((a, b) => a.start - b.start || a.end - b.end);
  const first = keyed[0];
  const last = keyed[keyed.length - 1];
  return first && last ? { first: first.event, last: last.event } : undefined;
}

export function itemLabel(event: StoreEvent, language: Language, t: Dictionary, dimmed = false): string {
  // The visible text (the short label, then the badge) comes first, so the name contains what is
  // seen; then the full title, which the short label abbreviates.
  const short = event.short[language];
  const title = event.title[language];
  const parts = short === title ? [title] : [short, title];
  if (event.status === 'announced') parts.push(t.event.announced);
  parts.push(formatEventDate(event.date, language), t.event.dateFrom[event.date.from]);
  if (dimmed) parts.push(t.timeline.notMatching);
  return parts.join(', ');
}

/**
 * The order vis-timeline stacks items in (the first takes the top row): by date, then id. Without
 * one, vis stacks in the order it found the items visible, which depends on the windows shown
 * before; with it, the rows depend on the window only, and the build-time drawing finds them.
 */
export function stackOrder(a: Pick<TimelineItemData, 'id' | 'start'>, b: Pick<TimelineItemData, 'id' | 'start'>): number {
  return a.start.valueOf() - b.start.valueOf() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Stacking order of the short timeline, whose height hides the lowest rows: the selected event
 * first (top row), then search matches, then the rest, each by date.
 */
export function stripStackOrder(selectedId: string | null) {
  const rank = (item: Pick<TimelineItemData, 'id' | 'dimmed'>) => (item.id === selectedId ? 0 : item.dimmed ? 2 : 1);
  return (a: Pick<TimelineItemData, 'id' | 'dimmed' | 'start'>, b: Pick<TimelineItemData, 'id' | 'dimmed' | 'start'>): number =>
    rank(a) - rank(b) || stackOrder(a, b);
}

function laneOf(event: StoreEvent, mode: LaneMode, knownThemes: ReadonlySet<string>): string {
  if (mode === 'none') return STORY_LANE;
  if (mode === 'kind') return `kind:${event.kind}`;
  const theme = event.themes[0];
  return theme !== undefined && knownThemes.has(theme) ? `theme:${theme}` : OTHER_LANE;
}

function itemClasses(event: StoreEvent, dimmed: boolean): string {
  let classes = `tl-item tl-from-${event.date.from} tl-precision-${event.date.precision}`;
  if (event.status === 'announced') classes += ' tl-announced';
  if (dimmed) classes += ' tl-dimmed';
  return classes;
}

/** An item as drawn for a search: muted or not, and named accordingly. */
export function drawnItem(item: TimelineItemData, dimmed: boolean, language: Language, t: Dictionary): DrawnItemData {
  return { ...item, dimmed, className: itemClasses(item.event, dimmed), label: itemLabel(item.event, language, t, dimmed) };
}

/**
 * Items and lanes for a set of events. Theme lanes: an event sits in the lane of its first theme,
 * events with no theme in the "other" lane, lanes in the order of `entities.themes`, "other" last.
 * Kind lanes: in the order of the kinds' list (vocabulary.ts). Only lanes that hold an event are returned.
 * Events in `dimmed` (search non-matches) get the class `tl-dimmed`; names (which format dates,
 * the costly part at 100,000 events) are made by drawnItem for the items drawn. `times`, when
 * given, are eventTimes(events): the dates are then not read again.
 */
export function toTimelineData(
  events: readonly StoreEvent[],
  entities: Entities,
  mode: LaneMode,
  language: Language,
  t: Dictionary,
  dimmed: IdSet = new Set(),
  times: EventTimes = eventTimes(events),
): TimelineData {
  const knownThemes = new Set(entities.themes.map((theme) => theme.id));
  const items = events.map((event, at): TimelineItemData => {
    const start = times.starts[at]!;
    const end = times.ends[at]!;
    const isDimmed = dimmed.has(event.id);
    const item: TimelineItemData = {
      id: event.id,
      group: laneOf(event, mode, knownThemes),
      start: new Date(start),
      type: end === start ? 'point' : 'range',
      className: itemClasses(event, isDimmed),
      content: '',
      title: event.short[language],
      from: event.date.from,
      announced: event.status === 'announced',
      dimmed: isDimmed,
      event,
    };
    if (end !== start) item.end = new Date(end);
    return item;
  });

  // No lanes: no groups at all (vis-timeline then draws one lane without a label column).
  if (mode === 'none') return { items, groups: [] };
  const used = new Set(items.map((item) => item.group));
  const lanes: { id: string; label: string }[] =
    mode === 'kind'
      ? KIND_VALUES.map((kind) => ({ id: `kind:${kind}`, label: t.event.kinds[kind] }))
      : [
          ...entities.themes.map((theme) => ({ id: `theme:${theme.id}`, label: theme.label[language] })),
          { id: OTHER_LANE, label: t.timeline.other },
        ];
  const groups = lanes
    .filter((lane) => used.has(lane.id))
    .map((lane, order): TimelineGroupData => ({
      id: lane.id,
      order,
      label: lane.label,
      className: `tl-lane tl-lane-${mode}`,
      content: '',
    }));
  return { items, groups };
}
