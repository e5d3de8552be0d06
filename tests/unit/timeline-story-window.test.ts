import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventTimes } from '../../src/features/timeline/timeline-data';
import { denseBounds, outside, sortTimes, storyWindow, windowReaching } from '../../src/features/timeline/window-math';
import { DAY_MS as DAY } from '../../src/store/dates';
import type { Store } from '../../src/store/schema';

const store = JSON.parse(readFileSync(new URL('../../public/data/store.json', import.meta.url), 'utf8')) as Store;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('the story window', () => {
  it('leaves out the 2022 background (invasion, battlegroups, Madrid) and keeps the whole term, autumn 2024 to February 2026', () => {
    const { starts, ends } = eventTimes(store.events);
    const bounds = denseBounds(starts, ends)!;
    expect(bounds.min).toBeGreaterThan(day('2022-06-29'));
    expect(bounds.min).toBeLessThanOrEqual(day('2024-10-01'));
    expect(bounds.max).toBeGreaterThanOrEqual(Math.max(...ends));
    const left = store.events.filter((event) => day(event.date.start) < bounds.min);
    expect(left.map((event) => event.date.start.slice(0, 4))).toEqual(['2022', '2022', '2022']);
  });

  it('drops a lone outlier too, and a trailing group', () => {
    const term = Array.from({ length: 12 }, (_, at) => day('2025-01-01') + at * 7 * DAY);
    const lone = [day('2022-06-29'), ...term];
    expect(denseBounds(lone, lone)!.min).toBe(term[0]);
    const after = [...term, day('2028-01-01'), day('2028-01-05')];
    expect(denseBounds(after, after)).toEqual({ min: term[0], max: term.at(-1) });
  });

  it('keeps every event of a store without outliers, and never drops more than a fifth', () => {
    const evenly = Array.from({ length: 20 }, (_, at) => day('2025-01-01') + at * 10 * DAY);
    expect(denseBounds(evenly, evenly)).toEqual({ min: evenly[0], max: evenly.at(-1) });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 60 }), (days) => {
        const times = days.map((offset) => offset * DAY);
        const bounds = denseBounds(times, times)!;
        const kept = times.filter((time) => time >= bounds.min && time <= bounds.max).length;
        expect(kept).toBeGreaterThanOrEqual(times.length - Math.floor(times.length * 0.2));
      }),
    );
  });

  it('is fitted like "show all": the stretch plus room for the last label', () => {
    const { starts, ends } = eventTimes(store.events);
    const window = storyWindow(starts, ends, 1000)!;
    const bounds = denseBounds(starts, ends)!;
    expect(window.start).toBeLessThan(bounds.min);
    expect(window.end).toBeGreaterThan(bounds.max);
  });
});

describe('events outside the window', () => {
  it('counts the events wholly before and after, with the nearest of each', () => {
    const starts = [day('2022-06-29'), day('2024-10-01'), day('2025-03-13'), day('2026-02-12')];
    const ends = [day('2022-06-29'), day('2024-10-01'), day('2025-03-14'), day('2026-02-12')];
    const times = sortTimes(starts, ends);
    expect(outside(times, { start: day('2024-09-01'), end: day('2025-12-31') })).toEqual({
      before: 1,
      after: 1,
      previous: day('2022-06-29'),
      next: day('2026-02-12'),
    });
    expect(outside(times, { start: day('2020-01-01'), end: day('2027-01-01') })).toMatchObject({ before: 0, after: 0 });
  });

  it('brings the nearest earlier or later event inside the window, keeping its span', () => {
    const window = { start: day('2024-09-01'), end: day('2026-03-01') };
    const madrid = day('2022-06-29');
    const earlier = windowReaching(window, madrid, 'earlier', 1000);
    expect(earlier.end - earlier.start).toBe(window.end - window.start);
    expect(madrid).toBeGreaterThan(earlier.start);
    expect(madrid).toBeLessThan(earlier.start + (earlier.end - earlier.start) * 0.1 + 1);
    const later = windowReaching(window, day('2026-06-01'), 'later', 1000);
    expect(day('2026-06-01')).toBeLessThan(later.end);
    expect(day('2026-06-01')).toBeGreaterThan(later.start);
  });
});
