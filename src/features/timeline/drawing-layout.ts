/**
 * The timeline's first view as plain numbers, for the drawing that stands in for vis-timeline
 * until it is attached (in the pre-rendered HTML, and while its chunk loads). Pure: the same
 * lanes and items as the live timeline (toTimelineData) in the window it opens on (fitWindow).
 *
 * Horizontal positions are exact at any width: fitWindow puts the first date EDGE px from the
 * left and keeps LABEL_ROOM px (at most 40 %) after the last one, so a date's place is
 * `EDGE + fraction × (width − room − 2 × EDGE)`, which CSS computes (see TimelineDrawing). The
 * rows an item stacks into depend on measured label widths in vis; here they are worked out at a
 * nominal width with the labels' maximum width, which is what the default layouts give.
 */
import type { Dictionary, Language } from '../../shared/i18n/dictionary';
import type { Entities, StoreEvent } from '../../store/schema';
import { timeBounds, toTimelineData } from './timeline-data';
import type { TimelineVariant } from './vis-options';
import { DAY, EDGE, fitWindow, LABEL_ROOM } from './window-math';

export interface DrawingItem {
  id: string;
  title: string;
  from: StoreEvent['date']['from'];
  announced: boolean;
  range: boolean;
  /** Place of the start (and end) along the laid-out extent, 0 at the first date, 1 at the last. */
  at: number;
  to: number | undefined;
  row: number;
}

export interface DrawingLane {
  id: string;
  label: string;
  rows: number;
  items: DrawingItem[];
}

export interface DrawingLayout {
  variant: TimelineVariant;
  lanes: DrawingLane[];
  /** 1 January of each year the window shows, as fractions like the items'. */
  years: { year: number; at: number }[];
  /** Height of the items' area (px), axis excluded. */
  height: number;
}

/** Sizes of the default layouts (px), as timeline.css and vis-options.ts give them. */
export const DRAWING_METRICS = {
  full: { width: 669, itemWidth: 204, rowHeight: 52, laneMinHeight: 56, axisHeight: 55 },
  strip: { width: 358, itemWidth: 150, rowHeight: 28, laneMinHeight: 0, axisHeight: 49 },
} as const;

/** Where a fraction lands on a drawing `width` px wide (the same formula as the CSS). */
export function drawingX(at: number, width: number): number {
  return EDGE + at * (width - Math.min(LABEL_ROOM, width * 0.4) - 2 * EDGE);
}

export function drawingLayout(
  events: readonly StoreEvent[],
  entities: Entities,
  variant: TimelineVariant,
  language: Language,
  t: Dictionary,
): DrawingLayout | null {
  const bounds = timeBounds(events);
  if (!bounds) return null;
  const metrics = DRAWING_METRICS[variant];
  const extent = Math.max(DAY, bounds.max - bounds.min);
  const fraction = (time: number) => (time - bounds.min) / extent;
  const data = toTimelineData(events, entities, 'theme', language, t);
  const groups = variant === 'strip' ? [{ id: 'all', label: '' }] : data.groups;
  const lanes = groups.map((group): DrawingLane => {
    const items = data.items
      .filter((item) => variant === 'strip' || item.group === group.id)
      .sort((a, b) => a.start.getTime() - b.start.getTime());
    const rowEnds: number[] = [];
    const drawn = items.map((item): DrawingItem => {
      const at = fraction(item.start.getTime());
      const left = drawingX(at, metrics.width);
      let row = rowEnds.findIndex((end) => end <= left);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = left + metrics.itemWidth;
      return {
        id: item.id,
        title: item.title,
        from: item.from,
        announced: item.announced,
        range: item.type === 'range',
        at,
        to: item.end === undefined ? undefined : fraction(item.end.getTime()),
        row,
      };
    });
    return { id: group.id, label: group.label, rows: Math.max(1, rowEnds.length), items: drawn };
  });
  const window = fitWindow(bounds, metrics.width);
  const years: DrawingLayout['years'] = [];
  for (let year = new Date(window.start).getUTCFullYear() + 1; Date.UTC(year, 0, 1) < window.end; year += 1) {
    years.push({ year, at: fraction(Date.UTC(year, 0, 1)) });
  }
  const height = lanes.reduce((total, lane) => total + Math.max(metrics.laneMinHeight, lane.rows * metrics.rowHeight), 0);
  return { variant, lanes, years, height };
}
