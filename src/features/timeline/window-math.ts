/**
 * The visible window of the timeline as plain numbers (ms since epoch): zoom, pan, fit, limits,
 * and when two windows count as the same. Pure, so it is unit-tested in Node.
 */

export interface TimeWindow {
  start: number;
  end: number;
}

export const DAY = 86_400_000;
/** Narrowest and widest spans the timeline can show. */
export const ZOOM_MIN = 10 * DAY;
export const ZOOM_MAX = 15 * 365 * DAY;
/** Width of the first view when the page opens on a selected event. */
export const DEEP_LINK_SPAN = 365 * DAY;
/** Room kept right of the last date for its label (px), at most 40 % of the width. */
export const LABEL_ROOM = 220;
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
  const extent = Math.max(DAY, bounds.max - bounds.min);
  const perPixel = extent / Math.max(1, width - labelRoom - 2 * EDGE);
  return { start: bounds.min - EDGE * perPixel, end: bounds.min + extent + (labelRoom + EDGE) * perPixel };
}

/** How far the window may go: the events' extent plus a margin of half of it, and at least two years. */
export function panLimits(bounds: { min: number; max: number }): { min: number; max: number } {
  const margin = Math.max(2 * 365 * DAY, (bounds.max - bounds.min) * 0.5);
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
