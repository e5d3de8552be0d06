import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DRAWING_METRICS,
  DRAWN_STRIP_HEIGHT,
  drawingLayout,
  drawingX,
  labelWidth,
  stackBoxes,
} from '../../src/features/timeline/drawing-layout';
import { eventTimes } from '../../src/features/timeline/timeline-data';
import { STRIP_HEIGHT } from '../../src/features/timeline/vis-options';
import { WINDOWED_ABOVE } from '../../src/features/timeline/visible-items';
import { denseBounds, storyWindow } from '../../src/features/timeline/window-math';
import { DAY_MS as DAY } from '../../src/store/dates';
import { dictionaries } from '../../src/shared/i18n/dictionaries';
import { collectStore, syntheticStore } from '../../bench/synthetic-store';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();
const { starts, ends } = eventTimes(store.events);
const story = denseBounds(starts, ends)!;

describe('the timeline drawing’s layout', () => {
  it('puts a date where the live timeline’s first window (the story window) puts it, at any width', () => {
    const extent = Math.max(DAY, story.max - story.min);
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 3000 }), fc.double({ min: -0.5, max: 1, noNaN: true }), (width, at) => {
        const window = storyWindow(starts, ends, width)!;
        const time = story.min + at * extent;
        const live = ((time - window.start) / (window.end - window.start)) * width;
        expect(drawingX(at, width)).toBeCloseTo(live, 6);
      }),
    );
  });

  it.each([
    ['full', 'fr'],
    ['full', 'en'],
    ['strip', 'fr'],
    ['strip', 'en'],
  ] as const)('shows the %s view’s events in %s by their short labels, each whole, none over another', (variant, language) => {
    const layout = drawingLayout(store.events, store.entities, variant, language, dictionaries[language])!;
    const metrics = DRAWING_METRICS[variant];
    const byId = new Map(store.events.map((event) => [event.id, event]));
    // The events of the story's stretch are drawn (the strip: those of the rows it shows), by their short labels.
    for (const item of layout.items) expect(item.title).toBe(byId.get(item.id)!.short[language]);
    const inStretch = store.events.filter((event) => {
      const index = store.events.indexOf(event);
      return starts[index]! >= story.min && ends[index]! <= story.max;
    });
    if (variant === 'full') expect(layout.items.map((item) => item.id)).toEqual(expect.arrayContaining(inStretch.map((event) => event.id)));
    else expect(layout.items.length).toBeGreaterThanOrEqual(5);
    // Labels' frames never overlap: stacked rows, no truncation.
    const frames = layout.items.map((item) => {
      const left = drawingX(item.at, metrics.width) + (item.range ? 0 : 4);
      const thick = item.from === 'outside';
      const width = labelWidth(item.title, metrics.fontSize) + (thick ? metrics.frame.thick : metrics.frame.thin);
      const top = item.top + (item.range ? metrics.rangeLabelTop : 0);
      return { left, right: left + width, top, bottom: top + (thick ? metrics.height.thick : metrics.height.thin) };
    });
    for (const [index, a] of frames.entries())
      for (const b of frames.slice(index + 1)) {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `${layout.items[index]!.id} overlaps another`).toBe(true);
      }
    // The strip shows only whole rows, in its fixed height.
    if (variant === 'strip') for (const frame of frames) expect(frame.bottom).toBeLessThanOrEqual(layout.height + 1);
  });

  it('announces the events left before the window, as the live toolbar does', () => {
    const layout = drawingLayout(store.events, store.entities, 'full', 'fr', dictionaries.fr)!;
    expect(layout.earlier).toBe(ends.filter((end) => end < story.min).length);
    expect(layout.earlier).toBeGreaterThan(0);
    expect(layout.major.map((tick) => tick.label)).toContain('2025');
  });

  it('stacks like vis-timeline: each box as high as it can go without touching one it overlaps', () => {
    const margin = { axis: 6, horizontal: 8, vertical: 4 };
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            left: fc.integer({ min: 0, max: 500 }),
            width: fc.integer({ min: 1, max: 200 }),
            height: fc.integer({ min: 10, max: 40 }),
          }),
          {
            maxLength: 30,
          },
        ),
        (boxes) => {
          const tops = stackBoxes(boxes, margin);
          const overlapsH = (a: number, b: number) =>
            boxes[a]!.left < boxes[b]!.left + boxes[b]!.width + margin.horizontal &&
            boxes[b]!.left < boxes[a]!.left + boxes[a]!.width + margin.horizontal;
          const overlapsV = (a: number, b: number) =>
            tops[a]! - margin.vertical < tops[b]! + boxes[b]!.height && tops[a]! + boxes[a]!.height + margin.vertical > tops[b]!;
          boxes.forEach((_box, a) => {
            for (let b = 0; b < a; b += 1) expect(overlapsH(a, b) && overlapsV(a, b)).toBe(false);
            // At the axis, or right under a box placed before it.
            const supported =
              tops[a] === margin.axis ||
              boxes.some((_other, b) => b < a && overlapsH(a, b) && tops[a] === tops[b]! + boxes[b]!.height + margin.vertical);
            expect(supported).toBe(true);
          });
        },
      ),
    );
  });

  it('draws nothing for no events, and the strip as tall as the live one', () => {
    expect(drawingLayout([], store.entities, 'full', 'en', dictionaries.en)).toBeNull();
    expect(DRAWN_STRIP_HEIGHT).toBe(STRIP_HEIGHT);
  });

  it('is not made for a store the live timeline draws windowed and clustered: none of its events is even read', () => {
    // At 10,000 events, stacking every label of the story window (quadratic) and drawing them took
    // ~9 s before the timeline was ready. Counting the reads of the events is the guard.
    const big = collectStore(syntheticStore({ events: WINDOWED_ABOVE + 1, seed: 3 }));
    let reads = 0;
    const counted = new Proxy(big.events, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(drawingLayout(counted, big.entities, 'full', 'en', dictionaries.en)).toBeNull();
    expect(drawingLayout(counted, big.entities, 'strip', 'fr', dictionaries.fr)).toBeNull();
    expect(reads).toBe(0);
    // One event fewer, and it is drawn.
    expect(drawingLayout(big.events.slice(0, WINDOWED_ABOVE), big.entities, 'full', 'en', dictionaries.en)).not.toBeNull();
  });
});
