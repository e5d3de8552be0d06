/**
 * Which items a big timeline hands to vis-timeline for a window: only those in or near it, and
 * where a lane is crowded, one cluster per time slot instead of its items. Small stores are given
 * whole (vis-timeline draws them well). Pure: no DOM, no vis-timeline import.
 */
import { formatEventDate } from '../../shared/format-date';
import type { Dictionary, Language } from '../../shared/i18n/dictionary';
import { DAY_MS, timeToIsoDay } from '../../store/dates';
import type { IdSet } from '../../store/masked-ids';
import type { DrawnItemData } from './timeline-data';
import { countBelow as lowerBound } from './window-math';

/** Above this many events the timeline holds only what is near the window, clustered. */
export const WINDOWED_ABOVE = 500;
/** Width of a cluster's time slot on screen (px). */
const SLOT_PX = 120;
/** A slot of a lane with more items than this draws one cluster. */
const MAX_PER_SLOT = 3;

/** What clustering needs of an item (TimelineItemData has it). */
export interface Placed {
  id: string;
  group: string;
  start: Date;
  end?: Date;
}

export interface ClusterData {
  id: string;
  group: string;
  /** First member's start, and the day after the last member's start (ms). */
  start: number;
  end: number;
  count: number;
}

interface Lane<T extends Placed> {
  group: string;
  /** By start. */
  items: T[];
  starts: Float64Array;
  /** Longest range of the lane (ms), so that a range starting before a window is still found. */
  longest: number;
}

export interface ItemIndex<T extends Placed> {
  total: number;
  lanes: Lane<T>[];
  byId: Map<string, T>;
}

/** Items by lane and date; `oneLane` for a timeline without lanes (the phone's strip). */
export function indexItems<T extends Placed>(items: readonly T[], oneLane = false): ItemIndex<T> {
  const byGroup = new Map<string, T[]>();
  const byId = new Map<string, T>();
  for (const item of items) {
    byId.set(item.id, item);
    const group = oneLane ? '' : item.group;
    const lane = byGroup.get(group);
    if (lane) lane.push(item);
    else byGroup.set(group, [item]);
  }
  const lanes = [...byGroup].map(([group, laneItems]): Lane<T> => {
    // Stores are chronological: sort only when they are not.
    if (laneItems.some((item, at) => at > 0 && item.start.getTime() < laneItems[at - 1]!.start.getTime())) {
      laneItems.sort((a, b) => a.start.getTime() - b.start.getTime());
    }
    let longest = 0;
    const starts = new Float64Array(laneItems.length);
    laneItems.forEach((item, index) => {
      starts[index] = item.start.getTime();
      if (item.end) longest = Math.max(longest, item.end.valueOf() - starts[index]!);
    });
    return { group, items: laneItems, starts, longest };
  });
  return { total: items.length, lanes, byId };
}

/**
 * A slot's duration for a window `span` ms wide on `width` px: a power of two of days, so that it
 * stays the same while panning and halves with each zoom step (slots, and clusters, stay put).
 */
export function slotSpan(span: number, width: number): number {
  const wanted = (span / Math.max(1, width)) * SLOT_PX;
  return DAY_MS * 2 ** Math.max(0, Math.ceil(Math.log2(wanted / DAY_MS)));
}

export interface VisibleInput {
  window: { start: number; end: number };
  /** Width of the drawing (px). */
  width: number;
  /** The narrowest window the timeline allows: there nothing is clustered (it could not open). */
  minSpan: number;
  /** Always drawn as an item, never in a cluster (the selected event). */
  pinned: string | null;
}

export interface VisibleSet<T> {
  items: T[];
  clusters: ClusterData[];
}

/**
 * The items and clusters to draw for a window: all items of a small store; otherwise those of the
 * window and one window-width each side (so a drag shows items at once), whole slots, a crowded
 * slot of a lane as a cluster. A range that began before is counted in the first slot. Slots are
 * cut by binary search: the cost follows the number of slots, not of events.
 */
export function visibleSet<T extends Placed>(index: ItemIndex<T>, input: VisibleInput): VisibleSet<T> {
  if (index.total <= WINDOWED_ABOVE) return { items: [...index.byId.values()], clusters: [] };
  const span = input.window.end - input.window.start;
  const cluster = span > input.minSpan * 1.01;
  const slot = slotSpan(span, input.width);
  const firstSlot = Math.floor((input.window.start - span) / slot);
  const lastSlot = Math.floor((input.window.end + span) / slot);
  const from = firstSlot * slot;
  const pinned = input.pinned === null ? undefined : index.byId.get(input.pinned);
  const items: T[] = [];
  const clusters: ClusterData[] = [];
  const take = (lane: Lane<T>, low: number, high: number, extra: readonly T[]) => {
    for (const item of extra) if (item !== pinned) items.push(item);
    for (let position = low; position < high; position += 1) {
      const item = lane.items[position]!;
      if (item !== pinned) items.push(item);
    }
  };

  for (const lane of index.lanes) {
    const { starts } = lane;
    // Ranges that began before the first slot and reach into it.
    const early: T[] = [];
    const firstInWindow = lowerBound(starts, from);
    for (let position = lowerBound(starts, from - lane.longest); position < firstInWindow; position += 1) {
      const item = lane.items[position]!;
      if ((item.end?.valueOf() ?? 0) > from) early.push(item);
    }
    let pinnedAt = -1;
    const pinnedEarly = pinned !== undefined && early.includes(pinned);
    if (pinned && (lane.group === '' || pinned.group === lane.group)) {
      items.push(pinned);
      pinnedAt = lowerBound(starts, pinned.start.valueOf());
      while (pinnedAt < lane.items.length && lane.items[pinnedAt] !== pinned) pinnedAt += 1;
    }
    if (!cluster) {
      take(lane, firstInWindow, lowerBound(starts, (lastSlot + 1) * slot), early);
      continue;
    }
    let low = firstInWindow;
    for (let slotIndex = firstSlot; slotIndex <= lastSlot; slotIndex += 1) {
      const high = lowerBound(starts, (slotIndex + 1) * slot);
      const extra = slotIndex === firstSlot ? early : [];
      let count = high - low + extra.length;
      if ((slotIndex === firstSlot && pinnedEarly) || (pinnedAt >= low && pinnedAt < high)) count -= 1;
      if (count > MAX_PER_SLOT) {
        const first = Math.max(slotIndex * slot, extra.length > 0 ? from : starts[low]!);
        const last = high > low ? starts[high - 1]! : first;
        clusters.push({
          id: `cluster:${lane.group}:${slot}:${slotIndex}`,
          group: lane.group,
          start: first,
          end: Math.max(first, last) + DAY_MS,
          count,
        });
      } else if (count > 0) {
        take(lane, low, high, extra);
      }
      low = high;
    }
  }
  return { items, clusters };
}

/** The window that opens a cluster: its members' dates with a margin, at least `minSpan` wide. */
export function clusterWindow(cluster: Pick<ClusterData, 'start' | 'end'>, minSpan: number): { start: number; end: number } {
  const centre = (cluster.start + cluster.end) / 2;
  const span = Math.max(minSpan, (cluster.end - cluster.start) * 1.2);
  return { start: centre - span / 2, end: centre + span / 2 };
}

export function sameMembers(a: IdSet, b: IdSet): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/** Ids whose dimmed state differs between two searches (only these items need redrawing). */
export function dimmingChanges(ids: Iterable<string>, before: IdSet, after: IdSet): string[] {
  const changed: string[] = [];
  for (const id of ids) if (before.has(id) !== after.has(id)) changed.push(id);
  return changed;
}

/** A cluster as handed to vis-timeline: a bar over its members' dates, and a button's text. */
export interface DrawnClusterData {
  id: string;
  group: string;
  start: Date;
  end: Date;
  type: 'range';
  className: string;
  content: '';
  /** Never muted (the strip's stacking order reads it). */
  dimmed: false;
  count: number;
  /** Visible text ("23 events") and accessible name (with the dates). */
  text: string;
  label: string;
}

export type DrawnData = DrawnItemData | DrawnClusterData;

export function isCluster(item: DrawnData): item is DrawnClusterData {
  return 'count' in item;
}

export function drawnCluster(cluster: ClusterData, language: Language, t: Dictionary): DrawnClusterData {
  const dates = formatEventDate(
    { start: timeToIsoDay(cluster.start), end: timeToIsoDay(cluster.end - DAY_MS), precision: 'day' },
    language,
  );
  return {
    id: cluster.id,
    group: cluster.group,
    start: new Date(cluster.start),
    end: new Date(cluster.end),
    type: 'range',
    className: 'tl-cluster',
    content: '',
    dimmed: false,
    count: cluster.count,
    text: t.timeline.clusterCount(cluster.count),
    label: t.timeline.clusterLabel(cluster.count, dates),
  };
}
