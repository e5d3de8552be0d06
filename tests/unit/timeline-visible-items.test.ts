import { describe, expect, it } from 'vitest';
import {
  WINDOWED_ABOVE,
  clusterWindow,
  dimmingChanges,
  drawnCluster,
  indexItems,
  sameMembers,
  slotSpan,
  visibleSet,
  type Placed,
} from '../../src/features/timeline/visible-items';
import { dictionaries } from '../../src/shared/i18n/dictionaries';
import { isoDayToTime } from '../../src/store/dates';
import { ZOOM_MIN } from '../../src/features/timeline/window-math';
import { DAY_MS as DAY } from '../../src/store/dates';

const YEAR = 365 * DAY;
const START = isoDayToTime('1996-01-01');

/** `count` items over 30 years in 4 lanes, some of them ranges; the same every time. */
function items(count: number): Placed[] {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, (_, index) => {
    const start = START + Math.floor(next() * 30 * 365) * DAY;
    const item: Placed = { id: `e${index}`, group: `lane${index % 4}`, start: new Date(start) };
    if (index % 7 === 0) item.end = new Date(start + Math.ceil(next() * 90) * DAY);
    return item;
  });
}

const big = items(20_000);
const index = indexItems(big);
const decade = { start: START + 10 * YEAR, end: START + 20 * YEAR };
const input = { window: decade, width: 1000, minSpan: ZOOM_MIN, pinned: null };

/** Where a window's drawing reaches: one window-width each side, out to whole slots. */
function reach(window: { start: number; end: number }): [number, number] {
  const span = window.end - window.start;
  const slot = slotSpan(span, 1000);
  return [Math.floor((window.start - span) / slot) * slot, (Math.floor((window.end + span) / slot) + 1) * slot];
}

/** Items that overlap [from, to). */
const overlapping = (from: number, to: number) =>
  big.filter((item) => item.start.valueOf() < to && (item.end?.valueOf() ?? item.start.valueOf() + 1) > from);

describe('visibleSet: what a big timeline hands to vis-timeline', () => {
  it('hands a small store whole, never clustered', () => {
    const small = items(WINDOWED_ABOVE);
    const set = visibleSet(indexItems(small), input);
    expect(set.clusters).toEqual([]);
    expect(set.items.map((item) => item.id).sort()).toEqual(small.map((item) => item.id).sort());
  });

  it('counts every event near the window exactly once, as an item or in a cluster of its lane', () => {
    const near = overlapping(...reach(decade));
    const set = visibleSet(index, input);
    const drawn = new Set(set.items.map((item) => item.id));
    expect(drawn.size).toBe(set.items.length);
    for (const item of set.items) expect(near).toContain(item);
    const clustered = set.clusters.reduce((sum, cluster) => sum + cluster.count, 0);
    expect(set.items.length + clustered).toBe(near.length);
    // Far fewer things to draw than events.
    expect(set.items.length + set.clusters.length).toBeLessThan(near.length / 10);
    for (const cluster of set.clusters) {
      expect(cluster.count).toBeGreaterThan(3);
      expect(['lane0', 'lane1', 'lane2', 'lane3']).toContain(cluster.group);
      expect(cluster.end).toBeGreaterThan(cluster.start);
    }
  });

  it('clusters across lanes for a timeline without lanes (the phone strip)', () => {
    const strip = visibleSet(indexItems(big, true), input);
    const lanes = visibleSet(index, input);
    expect(strip.clusters.length).toBeGreaterThan(0);
    expect(strip.clusters.length).toBeLessThan(lanes.clusters.length);
    for (const cluster of strip.clusters) expect(cluster.group).toBe('');
    const total = (set: typeof strip) => set.items.length + set.clusters.reduce((sum, cluster) => sum + cluster.count, 0);
    expect(total(strip)).toBe(total(lanes));
  });

  it('draws nothing far from the window', () => {
    const set = visibleSet(index, input);
    const [from, to] = reach(decade);
    const span = decade.end - decade.start;
    // Within a slot (at most two window-widths / 1000 px × 240 px) of one window-width each side.
    expect(from).toBeGreaterThan(decade.start - span * 1.25);
    expect(to).toBeLessThan(decade.end + span * 1.25);
    for (const item of set.items) expect(item.start.valueOf()).toBeLessThan(to);
    for (const cluster of set.clusters) {
      expect(cluster.start).toBeLessThan(to);
      expect(cluster.end).toBeGreaterThan(from);
    }
  });

  it('never clusters the pinned (selected) event', () => {
    const set = visibleSet(index, input);
    const hidden = overlapping(decade.start, decade.end).find((item) => !set.items.includes(item as never))!;
    expect(hidden).toBeDefined();
    const pinned = visibleSet(index, { ...input, pinned: hidden.id });
    expect(pinned.items.map((item) => item.id)).toContain(hidden.id);
    const clustered = pinned.clusters.reduce((sum, cluster) => sum + cluster.count, 0);
    expect(pinned.items.length + clustered).toBe(set.items.length + set.clusters.reduce((sum, cluster) => sum + cluster.count, 0));
  });

  it('shows items, not clusters, at the narrowest window (a cluster there could not open)', () => {
    const narrow = { start: START + 15 * YEAR, end: START + 15 * YEAR + ZOOM_MIN };
    const set = visibleSet(index, { ...input, window: narrow });
    expect(set.clusters).toEqual([]);
    expect(set.items.length).toBe(overlapping(...reach(narrow)).length);
  });

  it('keeps the same clusters while panning, so vis redraws only the edges', () => {
    const before = visibleSet(index, input);
    const quarter = (decade.end - decade.start) / 4;
    const after = visibleSet(index, { ...input, window: { start: decade.start + quarter, end: decade.end + quarter } });
    const ids = new Map(after.clusters.map((cluster) => [cluster.id, cluster.count]));
    const kept = before.clusters.filter((cluster) => ids.get(cluster.id) === cluster.count);
    expect(kept.length).toBeGreaterThan(before.clusters.length / 2);
  });
});

describe('slots and opening a cluster', () => {
  it('halves the slot with each zoom step and keeps it while the span is the same', () => {
    const span = 10 * YEAR;
    expect(slotSpan(span / 2, 1000)).toBe(slotSpan(span, 1000) / 2);
    expect(slotSpan(span, 1000) % DAY).toBe(0);
    // A slot is about 120 px wide: between 120 and 240.
    const pixels = (slotSpan(span, 1000) / span) * 1000;
    expect(pixels).toBeGreaterThanOrEqual(120);
    expect(pixels).toBeLessThan(240);
  });

  it('opens a cluster on a window that shows all of it, never narrower than the narrowest', () => {
    const cluster = { start: START, end: START + 100 * DAY };
    const window = clusterWindow(cluster, ZOOM_MIN);
    expect(window.start).toBeLessThan(cluster.start);
    expect(window.end).toBeGreaterThan(cluster.end);
    expect(window.end - window.start).toBeLessThan(200 * DAY);
    const tiny = clusterWindow({ start: START, end: START + DAY }, ZOOM_MIN);
    expect(tiny.end - tiny.start).toBe(ZOOM_MIN);
  });

  it('names a cluster by its count and dates, in French and in English', () => {
    const cluster = { id: 'c', group: 'lane0', start: isoDayToTime('2025-03-03'), end: isoDayToTime('2025-03-13'), count: 1234 };
    const en = drawnCluster(cluster, 'en', dictionaries.en);
    expect(en.text).toBe('1,234 events');
    expect(en.label).toBe('1,234 events, 3–12 March 2025; zoom in to see them');
    const fr = drawnCluster(cluster, 'fr', dictionaries.fr);
    expect(fr.text).toMatch(/^1\s234 événements$/u);
    expect(fr.label).toMatch(/^1\s234 événements, 3–12 mars 2025\u202f; zoomer pour les voir$/u);
  });
});

describe('search and selection touch only what changed', () => {
  it('lists only the drawn ids whose muting changed', () => {
    const drawn = ['a', 'b', 'c', 'd'];
    expect(dimmingChanges(drawn, new Set(['a', 'b', 'x']), new Set(['b', 'c', 'y']))).toEqual(['a', 'c']);
    expect(dimmingChanges(drawn, new Set(['a']), new Set(['a']))).toEqual([]);
  });

  it('tells a new set with the same ids from a different one', () => {
    expect(sameMembers(new Set(['a', 'b']), new Set(['b', 'a']))).toBe(true);
    expect(sameMembers(new Set(['a', 'b']), new Set(['a', 'c']))).toBe(false);
    expect(sameMembers(new Set(['a']), new Set(['a', 'b']))).toBe(false);
  });
});
