import { describe, expect, it } from 'vitest';
import { firstEventInWindow, windowForEvents } from '../../src/app/list-timeline-sync';
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
});
