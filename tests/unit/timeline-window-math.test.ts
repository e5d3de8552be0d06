import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LABEL_ROOM,
  ZOOM_MAX,
  ZOOM_MIN,
  centredWindow,
  fitWindow,
  isUsableWindow,
  onePixel,
  panLimits,
  panWindow,
  sameWindow,
  zoomWindow,
  type TimeWindow,
} from '../../src/features/timeline/window-math';
import { DAY_MS as DAY } from '../../src/store/dates';

const YEAR = 365 * DAY;
const t0 = Date.UTC(2025, 0, 1);
const aYear: TimeWindow = { start: t0, end: t0 + YEAR };
const span = (window: TimeWindow) => window.end - window.start;
/** Where a time falls in a window, 0 at the left edge and 1 at the right. */
const placeOf = (time: number, window: TimeWindow) => (time - window.start) / span(window);

const windows = fc
  .tuple(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.integer({ min: ZOOM_MIN, max: ZOOM_MAX }))
  .map(([start, length]) => ({ start, end: start + length }));

describe('zoomWindow', () => {
  it('halves or doubles the span around the centre by default', () => {
    expect(zoomWindow(aYear, 0.5)).toEqual({ start: t0 + YEAR / 4, end: t0 + (3 * YEAR) / 4 });
    expect(zoomWindow(aYear, 2)).toEqual({ start: t0 - YEAR / 2, end: t0 + YEAR * 1.5 });
  });

  it('keeps the point it zooms around in the same place on screen', () => {
    fc.assert(
      fc.property(
        windows,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        (window, place, factor) => {
          const around = window.start + place * span(window);
          const zoomed = zoomWindow(window, factor, around);
          expect(placeOf(around, zoomed)).toBeCloseTo(place, 6);
        },
      ),
    );
  });

  it('never goes narrower than ZOOM_MIN nor wider than ZOOM_MAX', () => {
    fc.assert(
      fc.property(windows, fc.double({ min: 0.001, max: 1000, noNaN: true }), (window, factor) => {
        const length = span(zoomWindow(window, factor));
        expect(length).toBeGreaterThanOrEqual(ZOOM_MIN - 1);
        expect(length).toBeLessThanOrEqual(ZOOM_MAX + 1);
      }),
    );
    expect(span(zoomWindow({ start: t0, end: t0 + 12 * DAY }, 0.1))).toBe(ZOOM_MIN);
  });

  it('zooms around the nearest edge when the point is outside the window', () => {
    const zoomed = zoomWindow(aYear, 0.5, t0 + 10 * YEAR);
    expect(zoomed.end).toBe(aYear.end);
    expect(span(zoomed)).toBe(YEAR / 2);
  });

  it('comes back to the same window when zooming in then out by the same factor', () => {
    const around = t0 + YEAR / 3;
    const back = zoomWindow(zoomWindow(aYear, 0.5, around), 2, around);
    expect(back.start).toBeCloseTo(aYear.start, -1);
    expect(back.end).toBeCloseTo(aYear.end, -1);
  });
});

describe('panWindow and centredWindow', () => {
  it('moves by a fraction of the span and keeps the span', () => {
    expect(panWindow(aYear, 0.25)).toEqual({ start: t0 + YEAR / 4, end: t0 + YEAR * 1.25 });
    expect(panWindow(aYear, -0.25)).toEqual({ start: t0 - YEAR / 4, end: t0 + YEAR * 0.75 });
    fc.assert(
      fc.property(windows, fc.double({ min: -1, max: 1, noNaN: true }), (window, fraction) => {
        expect(span(panWindow(window, fraction))).toBeCloseTo(span(window), 0);
      }),
    );
  });

  it('centres a window of the given span on a time', () => {
    expect(centredWindow(t0, 10 * DAY)).toEqual({ start: t0 - 5 * DAY, end: t0 + 5 * DAY });
  });
});

describe('fitWindow: every event in view, with room for the last label', () => {
  const bounds = { min: Date.UTC(2022, 5, 29), max: Date.UTC(2026, 1, 13) };

  it('puts the first date 12 px from the left and keeps label room after the last', () => {
    const width = 1000;
    const window = fitWindow(bounds, width);
    const px = (time: number) => placeOf(time, window) * width;
    expect(px(bounds.min)).toBeCloseTo(12, 6);
    // Room for a whole short label plus the 12 px edge.
    expect(width - px(bounds.max)).toBeCloseTo(LABEL_ROOM + 12, 6);
  });

  it('keeps at most 40 % of a narrow drawing for the label', () => {
    const width = 360;
    const window = fitWindow(bounds, width);
    expect(width - placeOf(bounds.max, window) * width).toBeCloseTo(360 * 0.4 + 12, 6);
  });

  it('spreads a single day over the drawing, like any other extent', () => {
    const width = 800;
    const window = fitWindow({ min: t0, max: t0 }, width);
    const px = (time: number) => placeOf(time, window) * width;
    expect(px(t0)).toBeCloseTo(12, 6);
    expect(width - px(t0 + DAY)).toBeCloseTo(LABEL_ROOM + 12, 6);
  });
});

describe('panLimits', () => {
  it('lets the window go half the extent, and at least two years, beyond the events', () => {
    const narrow = panLimits({ min: t0, max: t0 + YEAR });
    expect(narrow).toEqual({ min: t0 - 2 * YEAR, max: t0 + 3 * YEAR });
    const wide = panLimits({ min: t0, max: t0 + 10 * YEAR });
    expect(wide).toEqual({ min: t0 - 5 * YEAR, max: t0 + 15 * YEAR });
  });
});

describe('sameWindow, onePixel, isUsableWindow', () => {
  it('counts windows within the tolerance at both ends as the same', () => {
    expect(sameWindow(aYear, { ...aYear })).toBe(true);
    expect(sameWindow(aYear, { start: aYear.start + 1, end: aYear.end })).toBe(false);
    const pixel = onePixel(aYear, 1000);
    expect(pixel).toBe(YEAR / 1000);
    expect(sameWindow(aYear, { start: aYear.start + pixel / 2, end: aYear.end - pixel }, pixel)).toBe(true);
    expect(sameWindow(aYear, { start: aYear.start, end: aYear.end + 2 * pixel }, pixel)).toBe(false);
  });

  it('has no tolerance before layout (width 0)', () => {
    expect(onePixel(aYear, 0)).toBe(0);
  });

  it('accepts only finite windows that end after they start', () => {
    expect(isUsableWindow(aYear)).toBe(true);
    expect(isUsableWindow(null)).toBe(false);
    expect(isUsableWindow(undefined)).toBe(false);
    expect(isUsableWindow({ start: Number.NaN, end: t0 })).toBe(false);
    expect(isUsableWindow({ start: t0, end: Number.POSITIVE_INFINITY })).toBe(false);
    expect(isUsableWindow({ start: t0, end: t0 })).toBe(false);
    expect(isUsableWindow({ start: t0 + 1, end: t0 })).toBe(false);
  });
});
