/**
 * The timeline's first view as plain numbers, for the drawing that stands in for vis-timeline
 * until it is attached (in the pre-rendered HTML, and while its chunk loads). Pure: the items of
 * the live default view (one lane, short labels, toTimelineData with lanes 'none') in the window
 * it opens on (the story's dense stretch, storyWindow), stacked as vis-timeline stacks them.
 *
 * Horizontal positions are exact at any width: fitWindow puts the stretch's first date EDGE px
 * from the left and keeps the label room (LABEL_ROOM, at most 40 %) after its last one, so a
 * date's place is `EDGE + fraction × (width − room − 2 × EDGE)`, which CSS computes (see
 * TimelineDrawing). The vertical places (vis's stacking) depend on the labels' widths and on the
 * width: they are worked out here with the font's advance widths (label-metrics.ts) at the
 * variant's reference width, the timeline's width at 1440 px (full) and 390 px (strip).
 *
 * Only a store that vis-timeline is given whole has one (WINDOWED_ABOVE events at most): a bigger
 * one is drawn windowed and clustered (visible-items.ts), which this does not copy, and stacking
 * its thousands of labels (quadratic) and drawing them took seconds at 10,000 events.
 */
import type { Dictionary, Language } from '../../shared/i18n/dictionary';
import { DAY_MS } from '../../store/dates';
import type { Entities, StoreEvent } from '../../store/schema';
import { axisLabel } from './axis-labels';
import { LABEL_CHARACTERS, LABEL_WIDTHS } from './label-metrics';
import { eventTimes, stackOrder, toTimelineData, type TimelineItemData } from './timeline-data';
import type { TimelineVariant } from './vis-options';
import { WINDOWED_ABOVE } from './visible-items';
import { EDGE, LABEL_ROOM, denseBounds, fitWindow, outside, sortTimes, type TimeWindow } from './window-math';

export interface DrawingItem {
  id: string;
  title: string;
  from: StoreEvent['date']['from'];
  announced: boolean;
  range: boolean;
  /** Place of the start (and end) along the story's stretch, 0 at its first date, 1 at its last. */
  at: number;
  to: number | undefined;
  /** Top of the item in the items' area (px), as vis stacks it. */
  top: number;
}

export interface DrawingTick {
  label: string;
  at: number;
}

export interface DrawingLayout {
  variant: TimelineVariant;
  items: DrawingItem[];
  /** The axis as vis draws it at the reference width: major labels (years) over minor ones. */
  major: DrawingTick[];
  minor: DrawingTick[];
  /** The year vis names at the axis's left end (the major label of the window's start); '' for none. */
  firstMajor: string;
  /** The window drawn (at the reference width), and the events wholly before and after it: the toolbar's "← N earlier events". */
  window: TimeWindow;
  earlier: number;
  later: number;
  /** Height of the items' area (px), axis excluded; the strip's is fixed. */
  height: number;
}

/**
 * Sizes of the default layouts (px), as timeline.css and vis-options.ts give them: the reference
 * width of vis's centre panel, the axis's height, vis's margins, a label's font size, and what its
 * frame adds to the text (padding and borders, by how the date was fixed).
 */
export const DRAWING_METRICS = {
  full: {
    width: 1009,
    axisHeight: 54,
    fontSize: 14,
    axisCharWidth: 8.9,
    margin: { axis: 6, horizontal: 8, vertical: 4 },
    frame: { thin: 16.375, thick: 18.375 },
    height: { thin: 26, thick: 28 },
    rangeLabelTop: 9,
    badge: 11,
  },
  strip: {
    width: 360,
    axisHeight: 48,
    fontSize: 12,
    axisCharWidth: 7.6,
    margin: { axis: 4, horizontal: 4, vertical: 3 },
    frame: { thin: 13.188, thick: 15.188 },
    height: { thin: 20, thick: 22 },
    rangeLabelTop: 6,
    badge: 0,
  },
} as const;

/** vis-timeline's point: its dot's width; the dot is centred on the date, the label starts half of it after. */
const DOT = 8;
/** vis-options.ts's STRIP_HEIGHT (not imported: that module brings moment to the page's entry). */
export const DRAWN_STRIP_HEIGHT = 232;
/** The strip's height less its axis: how far down its rows show. */
const STRIP_ITEMS_HEIGHT = DRAWN_STRIP_HEIGHT - DRAWING_METRICS.strip.axisHeight;

const widthAt100 = new Map([...LABEL_CHARACTERS].map((character, at) => [character, LABEL_WIDTHS[at]! / 100]));
const averageWidth = [...widthAt100.values()].reduce((sum, width) => sum + width, 0) / widthAt100.size;

/** A label's width (px) at `size` px in the interface font, set without kerning or ligatures. */
export function labelWidth(text: string, size: number): number {
  let width = 0;
  for (const character of text) width += widthAt100.get(character) ?? averageWidth;
  return (width * size) / 100;
}

/**
 * The "announced" badge beside a label: the flex gap, its padding and border, and its text (bold
 * capitals, letter-spaced, about a tenth wider than the regular face).
 */
function badgeWidth(text: string, size: number): number {
  const upper = text.toUpperCase();
  return 8 + 8.4 + 2 + labelWidth(upper, size) * 1.1 + [...upper].length * size * 0.03;
}

/** Where a fraction lands on a drawing `width` px wide (the same formula as the CSS). */
export function drawingX(at: number, width: number): number {
  return EDGE + at * (width - Math.min(LABEL_ROOM, width * 0.4) - 2 * EDGE);
}

interface Box {
  left: number;
  width: number;
  top: number;
  height: number;
}

/**
 * vis-timeline's stacking (performStacking, spatial): in order, each item starts at the axis
 * margin and goes below every item it overlaps horizontally (width plus the horizontal margin)
 * and vertically, taken from the highest.
 */
export function stackBoxes(boxes: Omit<Box, 'top'>[], margin: { axis: number; horizontal: number; vertical: number }): number[] {
  const placed: Box[] = [];
  return boxes.map((box) => {
    const item: Box = { ...box, top: margin.axis };
    const colliding = placed
      .filter(
        (other) => item.left < other.left + other.width + margin.horizontal && other.left < item.left + item.width + margin.horizontal,
      )
      .sort((a, b) => a.top - b.top);
    for (const other of colliding) {
      if (item.top - margin.vertical < other.top + other.height && item.top + item.height + margin.vertical > other.top)
        item.top = other.top + other.height + margin.vertical;
    }
    placed.push(item);
    return item.top;
  });
}

/** vis-timeline's axis steps, coarsest first: the finest whose minor labels are at least 7 characters apart wins. */
const STEPS: { scale: 'year' | 'month'; months: number }[] = [
  { scale: 'year', months: 12 },
  { scale: 'month', months: 3 },
  { scale: 'month', months: 1 },
];

function axisTicks(window: TimeWindow, fraction: (time: number) => number, width: number, charWidth: number, language: Language) {
  const perMonth = ((30 * DAY_MS) / (window.end - window.start)) * width;
  let step = STEPS[0]!;
  for (const candidate of STEPS) if (perMonth * candidate.months > 7 * charWidth) step = candidate;
  const start = new Date(window.start);
  const minor: DrawingTick[] = [];
  const major: DrawingTick[] = [];
  for (let month = start.getUTCMonth() - (start.getUTCMonth() % step.months); ; month += step.months) {
    const time = Date.UTC(start.getUTCFullYear(), month, 1);
    if (time > window.end) break;
    if (time < window.start) continue;
    minor.push({ label: axisLabel(time, step.scale, 'minor', language), at: fraction(time) });
    const label = axisLabel(time, step.scale, 'major', language);
    if (new Date(time).getUTCMonth() === 0 && label !== '') major.push({ label, at: fraction(time) });
  }
  return { minor, major, firstMajor: axisLabel(window.start, step.scale, 'major', language) };
}

export function drawingLayout(
  events: readonly StoreEvent[],
  entities: Entities,
  variant: TimelineVariant,
  language: Language,
  t: Dictionary,
): DrawingLayout | null {
  if (events.length > WINDOWED_ABOVE) return null;
  const times = eventTimes(events);
  const { starts, ends } = times;
  const story = denseBounds(starts, ends);
  if (!story) return null;
  const metrics = DRAWING_METRICS[variant];
  const extent = Math.max(DAY_MS, story.max - story.min);
  const fraction = (time: number) => (time - story.min) / extent;
  const window = fitWindow(story, metrics.width);
  const x = (time: number) => drawingX(fraction(time), metrics.width);

  const boxOf = (item: TimelineItemData) => {
    const thick = item.from === 'outside';
    const badge = item.announced && metrics.badge > 0 ? badgeWidth(t.event.announced, metrics.badge) : 0;
    // vis reads the label's width back in whole pixels (offsetWidth).
    const label = Math.round(labelWidth(item.title, metrics.fontSize) + badge + (thick ? metrics.frame.thick : metrics.frame.thin));
    const labelHeight = thick ? metrics.height.thick : metrics.height.thin;
    const start = x(item.start.getTime());
    // vis stacks a point from a dot's width before its date, its width the label's and half a dot.
    if (!item.end) return { start, left: start - DOT, width: DOT / 2 + label, height: labelHeight, frameWidth: DOT / 2 + label };
    const bar = Math.max(1, x(item.end.getTime()) - start);
    // vis reserves the bar and the label side by side for a range whose label overflows it.
    return { start, left: start, width: bar + label, height: labelHeight + metrics.rangeLabelTop, frameWidth: bar };
  };
  // One lane, in vis's stacking order (the strip's too, with no selection and no search).
  const shown = toTimelineData(events, entities, 'none', language, t, undefined, times)
    .items.map((item) => ({ item, box: boxOf(item) }))
    // What vis counts as visible (its isVisible): a point's label, a range's bar, in the window.
    .filter(({ box }) => box.start + box.frameWidth > 0 && box.start < metrics.width)
    .sort((a, b) => stackOrder(a.item, b.item));
  const tops = stackBoxes(
    shown.map(({ box }) => box),
    metrics.margin,
  );
  const items = shown
    .map(({ item, box }, index): DrawingItem & { keep: boolean } => ({
      id: item.id,
      title: item.title,
      from: item.from,
      announced: item.announced,
      range: item.type === 'range',
      at: fraction(item.start.getTime()),
      to: item.end === undefined ? undefined : fraction(item.end.getTime()),
      top: tops[index]!,
      // The strip shows a row whole or not at all (timeline-controller's takeHiddenItemsOutOfReach).
      keep:
        variant === 'full' ||
        (tops[index]! + box.height <= STRIP_ITEMS_HEIGHT + 1 && box.start >= -1 && box.start + box.frameWidth <= metrics.width + 1),
    }))
    .filter(({ keep }) => keep)
    .map(({ keep: _keep, ...item }) => item);
  const bottom = Math.max(0, ...shown.map(({ box }, index) => tops[index]! + box.height)) + metrics.margin.vertical;
  const beyond = outside(sortTimes(starts, ends), window);
  return {
    variant,
    items,
    ...axisTicks(window, fraction, metrics.width, metrics.axisCharWidth, language),
    window,
    earlier: beyond.before,
    later: beyond.after,
    height: variant === 'strip' ? STRIP_ITEMS_HEIGHT : bottom,
  };
}
