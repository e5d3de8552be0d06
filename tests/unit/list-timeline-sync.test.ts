import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectStore, syntheticStore } from '../../bench/synthetic-store';
import { firstEventInWindow, windowForEvents } from '../../src/app/selection/list-timeline-sync';
import { isoDayToTime, nextIsoDay } from '../../src/store/dates';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();
const byId = (id: string) => store.events.find((event) => event.id === id)!;

describe('list ↔ timeline sync', () => {
  it('gives a window that holds the events in view, never narrower than 90 days', () => {
    const first = byId('trump-recoit-rutte-maison-blanche');
    const last = byId('rutte-a-washington');
    const window = windowForEvents(first, last);
    expect(window.start).toBeLessThanOrEqual(Date.UTC(2025, 2, 13));
    expect(window.end).toBeGreaterThanOrEqual(Date.UTC(2025, 3, 26));
    const single = windowForEvents(first, first);
    expect(single.end - single.start).toBe(90 * 86_400_000);
  });

  it('finds the first listed event in a window, ranges included', () => {
    // The NSATU range (9 July – 18 December 2024) is still in view in November 2024.
    const november = { start: Date.UTC(2024, 10, 1), end: Date.UTC(2024, 11, 1) };
    expect(firstEventInWindow(store.events, november)?.id).toBe('otan-coordination-aide-ukraine');
    expect(firstEventInWindow(store.events, { start: Date.UTC(2030, 0, 1), end: Date.UTC(2031, 0, 1) })).toBeUndefined();
  });

  it('finds, in thousands of events with days, months, years and ranges, the event a plain scan finds', () => {
    const { events } = collectStore(syntheticStore({ events: 1_000 }));
    const plainScan = (window: { start: number; end: number }) =>
      events.find(
        (event) =>
          isoDayToTime(nextIsoDay(event.date.end ?? event.date.start)) > window.start && isoDayToTime(event.date.start) < window.end,
      );
    const year = 365 * 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1994, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.integer({ min: 1, max: 3 * year }),
        (start, span) => {
          const window = { start, end: start + span };
          expect(firstEventInWindow(events, window)?.id).toBe(plainScan(window)?.id);
        },
      ),
      { numRuns: 200 },
    );
  });
});
