import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wheelOutcome, type WheelInput } from '../../src/features/timeline/wheel';
import { ZOOM_MAX, ZOOM_MIN, type TimeWindow } from '../../src/features/timeline/window-math';
import { DAY_MS as DAY } from '../../src/store/dates';

const t0 = Date.UTC(2025, 0, 1);
const aYear: TimeWindow = { start: t0, end: t0 + 365 * DAY };
const wheel = (input: Partial<WheelInput>): WheelInput => ({
  deltaX: 0,
  deltaY: 0,
  deltaMode: 0,
  ctrlKey: false,
  metaKey: false,
  ...input,
});
const span = (window: TimeWindow) => window.end - window.start;

describe('wheelOutcome: the wheel never traps the page', () => {
  it('leaves a plain vertical wheel to the page', () => {
    expect(wheelOutcome(wheel({ deltaY: 120 }), aYear, 1000)).toEqual({ kind: 'page' });
    expect(wheelOutcome(wheel({ deltaY: -3, deltaMode: 1 }), aYear, 1000)).toEqual({ kind: 'page' });
  });

  it('leaves every mostly vertical wheel without Ctrl or ⌘ to the page', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.constantFrom(0, 1, 2),
        (x, y, deltaMode) => {
          fc.pre(Math.abs(x) <= Math.abs(y));
          expect(wheelOutcome(wheel({ deltaX: x, deltaY: y, deltaMode }), aYear, 800).kind).toBe('page');
        },
      ),
    );
  });

  it('zooms in with Ctrl + wheel up and out with Ctrl + wheel down, keeping the pointer’s time in place', () => {
    const pointer = t0 + 100 * DAY;
    const zoomIn = wheelOutcome(wheel({ deltaY: -100, ctrlKey: true }), aYear, 1000, pointer);
    expect(zoomIn.kind).toBe('zoom');
    if (zoomIn.kind === 'page') return;
    expect(span(zoomIn.window)).toBeLessThan(span(aYear));
    expect((pointer - zoomIn.window.start) / span(zoomIn.window)).toBeCloseTo((pointer - aYear.start) / span(aYear), 9);
    const zoomOut = wheelOutcome(wheel({ deltaY: 100, metaKey: true }), aYear, 1000, pointer);
    if (zoomOut.kind === 'page') throw new Error('⌘ + wheel should zoom');
    expect(span(zoomOut.window)).toBeGreaterThan(span(aYear));
  });

  it('zooms around the centre without a pointer time, at most ×2.2 per event, within the zoom limits', () => {
    const huge = wheelOutcome(wheel({ deltaY: 5000, ctrlKey: true }), aYear, 1000);
    if (huge.kind === 'page') throw new Error('should zoom');
    expect(span(huge.window) / span(aYear)).toBeCloseTo(Math.exp(0.8), 6);
    expect((huge.window.start + huge.window.end) / 2).toBeCloseTo((aYear.start + aYear.end) / 2, -1);
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), fc.constantFrom(0, 1, 2), (deltaY, deltaMode) => {
        const outcome = wheelOutcome(wheel({ deltaY, deltaMode, ctrlKey: true }), { start: t0, end: t0 + ZOOM_MIN }, 1000);
        if (outcome.kind === 'page') throw new Error('should zoom');
        expect(span(outcome.window)).toBeGreaterThanOrEqual(ZOOM_MIN - 1);
        expect(span(outcome.window)).toBeLessThanOrEqual(ZOOM_MAX + 1);
      }),
    );
  });

  it('pans with a horizontal swipe, by as much time as the swiped pixels cover', () => {
    const later = wheelOutcome(wheel({ deltaX: 100, deltaY: 10 }), aYear, 1000);
    expect(later).toEqual({ kind: 'pan', window: { start: aYear.start + span(aYear) / 10, end: aYear.end + span(aYear) / 10 } });
    const earlierByLines = wheelOutcome(wheel({ deltaX: -5, deltaMode: 1 }), aYear, 1000);
    if (earlierByLines.kind === 'page') throw new Error('should pan');
    expect(earlierByLines.window.start).toBeCloseTo(aYear.start - (200 / 1000) * span(aYear), -1);
  });
});
