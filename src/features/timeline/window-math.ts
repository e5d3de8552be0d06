/**
 * The visible window of the timeline as plain numbers (ms since epoch): zoom, pan, fit, limits,
 * and when two windows count as the same. Pure, so it is unit-tested in Node.
 */
import { DAY_MS } from '../../store/dates';

export interface TimeWindow {
  start: number;
  end: number;
}

/** Narrowest and widest spans the timeline can show. */
export const ZOOM_MIN = 10 * DAY_MS;
export const ZOOM_MAX = 15 * 365 * DAY_MS;
/** Width of the first view when the page opens on a selected event. */
export const DEEP_LINK_SPAN = 365 * DAY_MS;
/** Room kept right of the last date for its label (px, a 40-character short label), at most 40 % of the width. */
export const LABEL_ROOM = 290;
/** Room kept at both ends (px). */
export const EDGE = 12;

export function windowCentre(window: TimeWindow): number {
  return (window.start + window.end) / 2;
}

/**
 * Scale the span by `factor` (< 1 zooms in) around `around` (default: the centre), which keeps its
 * place on screen; the span stays within [ZOOM_MIN, ZOOM_MAX]. A point outside the window is
 * brought to its nearest edge first.
 */
export function zoomWindow(window: TimeWindow, factor: number, around?: number): TimeWindow {
  const span = window.end - window.start;
  const anchor = around === undefined ? windowCentre(window) : Math.max(window.start, Math.min(window.end, around));
  const next = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, span * factor));
  const ratio = span > 0 ? (anchor - window.start) / span : 0.5;
  return { start: anchor - next * ratio, end: anchor + next * (1 - ratio) };
}

/** Move by a fraction of the span: -0.25 is a quarter of a screen back in time. */
export function panWindow(window: TimeWindow, fraction: number): TimeWindow {
  const shift = (window.end - window.start) * fraction;
  return { start: window.start + shift, end: window.end + shift };
}

/** A window of `span` centred on `centre`. */
export function centredWindow(centre: number, span: number): TimeWindow {
  return { start: centre - span / 2, end: centre + span / 2 };
}

/**
 * A window showing every event from `bounds.min` to `bounds.max` on a drawing `width` px wide.
 * Not vis-timeline's fit(), which measures labels before they are drawn: labels extend to the
 * right of their date, so room is kept for one label after the last date.
 */
export function fitWindow(bounds: { min: number; max: number }, width: number): TimeWindow {
  const labelRoom = Math.min(LABEL_ROOM, width * 0.4);
  const extent = Math.max(DAY_MS, bounds.max - bounds.min);
  const perPixel = extent / Math.max(1, width - labelRoom - 2 * EDGE);
  return { start: bounds.min - EDGE * perPixel, end: bounds.min + extent + (labelRoom + EDGE) * perPixel };
}

/** How far the window may go: the events' extent plus a margin of half of it, and at least two years. */
export function panLimits(bounds: { min: number; max: number }): { min: number; max: number } {
  const margin = Math.max(2 * 365 * DAY_MS, (bounds.max - bounds.min) * 0.5);
  return { min: bounds.min - margin, max: bounds.max + margin };
}

/** The time one pixel covers on a drawing `width` px wide; 0 when nothing is laid out (width 0). */
export function onePixel(window: TimeWindow, width: number): number {
  return width > 0 ? (window.end - window.start) / width : 0;
}

/** Same window within `tolerance` ms at both ends (e.g. one pixel: a difference no one can see). */
export function sameWindow(a: TimeWindow, b: TimeWindow, tolerance = 0): boolean {
  return Math.abs(a.start - b.start) <= tolerance && Math.abs(a.end - b.end) <= tolerance;
}

/** A requested window is usable when both ends are finite numbers and it has a positive span. */
export function isUsableWindow(window: TimeWindow | null | undefined): window is TimeWindow {
  return !!window && Number.isFinite(window.start) && Number.isFinite(window.end) && window.end > window.start;
}

/** The events at an end are left out of the story's stretch when the gap after them is more than this share of what remains. */
const OUTLIER_GAP_SHARE = 0.5;
/** At most this share of the events is left out of the stretch (a store with no outlier keeps them all). */
const MAX_OUTLIER_SHARE = 0.2;

/**
 * The dense stretch of a story: the extent of its events without the few isolated ones at either
 * end (the 2022 background, three events, before a term that starts in autumn 2024). `starts` and
 * `ends` are each event's first instant and (exclusive) end, in any order. A group of end events
 * is dropped while the gap that separates it from the rest is over half of what remains, for at
 * most a fifth of the events: a group, not one event at a time, since the background before a story
 * is often a few events close together. Pure, so that the build-time drawing of the first view
 * finds the same stretch.
 */
export function denseBounds(starts: ArrayLike<number>, ends: ArrayLike<number>): { min: number; max: number } | undefined {
  const count = starts.length;
  if (count === 0) return undefined;
  const order = Uint32Array.from({ length: count }, (_, index) => index).sort((a, b) => starts[a]! - starts[b]!);
  const start = (at: number) => starts[order[at]!]!;
  // The latest end among the first `at + 1` events (by start): what a kept stretch ending there reaches.
  const reach = new Float64Array(count);
  for (let at = 0; at < count; at += 1) reach[at] = Math.max(at > 0 ? reach[at - 1]! : -Infinity, ends[order[at]!]!);
  let low = 0;
  let high = count - 1;
  let dropsLeft = Math.floor(count * MAX_OUTLIER_SHARE);
  while (dropsLeft > 0 && high - low >= 2) {
    // The widest qualifying gap after the first k kept events, or before the last k.
    let best = { gap: 0, low, high };
    for (let k = 1; k <= dropsLeft && high - low - k >= 1; k += 1) {
      const leading = start(low + k) - reach[low + k - 1]!;
      if (leading > best.gap && leading > OUTLIER_GAP_SHARE * (reach[high]! - start(low + k))) best = { gap: leading, low: low + k, high };
      const trailing = start(high - k + 1) - reach[high - k]!;
      if (trailing > best.gap && trailing > OUTLIER_GAP_SHARE * (reach[high - k]! - start(low)))
        best = { gap: trailing, low, high: high - k };
    }
    if (best.gap === 0) break;
    dropsLeft -= best.low - low + (high - best.high);
    ({ low, high } = best);
  }
  return { min: start(low), max: reach[high]! };
}

/**
 * The first window of a story: its dense stretch, fitted like "show all" (room kept for the last
 * label). Every event when there is no outlier.
 */
export function storyWindow(starts: ArrayLike<number>, ends: ArrayLike<number>, width: number): TimeWindow | undefined {
  const bounds = denseBounds(starts, ends);
  return bounds ? fitWindow(bounds, width) : undefined;
}

/** How many of the sorted times are below `time`: the first index whose time is ≥ it. */
export function countBelow(sorted: Float64Array, time: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Events' times sorted once, to count what lies outside a window by binary search (100,000 events). */
export interface SortedTimes {
  starts: Float64Array;
  ends: Float64Array;
}

export function sortTimes(starts: ArrayLike<number>, ends: ArrayLike<number>): SortedTimes {
  return { starts: Float64Array.from(starts).sort(), ends: Float64Array.from(ends).sort() };
}

/**
 * How many events lie wholly before and wholly after a window, and the nearest of each: the page
 * announces them ("1 event earlier") with a control that reaches them.
 */
export function outside(times: SortedTimes, window: TimeWindow): { before: number; after: number; previous?: number; next?: number } {
  // An end is exclusive: an event whose end is at or before the window's start is wholly before.
  const before = countBelow(times.ends, window.start + 1);
  const firstAfter = countBelow(times.starts, window.end + 1);
  const after = times.starts.length - firstAfter;
  return {
    before,
    after,
    previous: before > 0 ? times.ends[before - 1] : undefined,
    next: after > 0 ? times.starts[firstAfter] : undefined,
  };
}

/**
 * A window of the same span that brings the nearest event beyond an edge into view, a margin
 * inside that edge (for the next one, its label room too).
 */
export function windowReaching(window: TimeWindow, time: number, direction: 'earlier' | 'later', width: number): TimeWindow {
  const span = window.end - window.start;
  const perPixel = span / Math.max(1, width);
  if (direction === 'earlier') {
    const start = time - Math.min(span * 0.1, 4 * EDGE * perPixel);
    return { start, end: start + span };
  }
  const end = time + Math.min(span * 0.4, (LABEL_ROOM + EDGE) * perPixel);
  return { start: end - span, end };
}
