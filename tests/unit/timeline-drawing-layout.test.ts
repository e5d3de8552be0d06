import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawingLayout, drawingX } from '../../src/features/timeline/drawing-layout';
import { timeBounds, toTimelineData } from '../../src/features/timeline/timeline-data';
import { DAY, fitWindow } from '../../src/features/timeline/window-math';
import { dictionaries } from '../../src/shared/i18n/dictionaries';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();

describe('the timeline drawing’s layout', () => {
  it('puts a date where the live timeline’s first window (fitWindow) puts it, at any width', () => {
    const bounds = timeBounds(store.events)!;
    const extent = Math.max(DAY, bounds.max - bounds.min);
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 3000 }), fc.double({ min: 0, max: 1, noNaN: true }), (width, at) => {
        const window = fitWindow(bounds, width);
        const time = bounds.min + at * extent;
        const live = ((time - window.start) / (window.end - window.start)) * width;
        expect(drawingX(at, width)).toBeCloseTo(live, 6);
      }),
    );
  });

  it('has the live timeline’s lanes, in order, each event once in its lane, and no two labels of a row overlapping', () => {
    const layout = drawingLayout(store.events, store.entities, 'full', 'fr', dictionaries.fr)!;
    const live = toTimelineData(store.events, store.entities, 'theme', 'fr', dictionaries.fr);
    expect(layout.lanes.map((lane) => lane.label)).toEqual(live.groups.map((group) => group.label));
    for (const lane of layout.lanes) {
      const group = live.groups.find((candidate) => candidate.label === lane.label)!;
      expect(lane.items.map((item) => item.id).sort()).toEqual(
        live.items
          .filter((item) => item.group === group.id)
          .map((item) => item.id)
          .sort(),
      );
      for (let row = 0; row < lane.rows; row += 1) {
        const lefts = lane.items
          .filter((item) => item.row === row)
          .map((item) => drawingX(item.at, 669))
          .sort((a, b) => a - b);
        for (let index = 1; index < lefts.length; index += 1) expect(lefts[index]! - lefts[index - 1]!).toBeGreaterThanOrEqual(204);
      }
    }
    expect(layout.years.map((year) => year.year)).toContain(2025);
  });

  it('draws nothing for no events, and one lane in the strip', () => {
    expect(drawingLayout([], store.entities, 'full', 'en', dictionaries.en)).toBeNull();
    const strip = drawingLayout(store.events, store.entities, 'strip', 'en', dictionaries.en)!;
    expect(strip.lanes).toHaveLength(1);
    expect(strip.lanes[0]!.items).toHaveLength(store.events.length);
    expect(strip.lanes[0]!.items.map((item) => item.title).sort()).toEqual(store.events.map((event) => event.short.en).sort());
  });
});
