import { describe, expect, it } from 'vitest';
import { formatEventDate } from '../../src/shared/format-date';

describe('event dates in the interface languages', () => {
  it('writes a day, a range and a month range in French and English', () => {
    expect(formatEventDate({ start: '2024-11-12', precision: 'day' }, 'fr')).toBe('12 novembre 2024');
    expect(formatEventDate({ start: '2024-11-12', precision: 'day' }, 'en')).toBe('12 November 2024');
    expect(formatEventDate({ start: '2025-04-24', end: '2025-04-25', precision: 'day' }, 'fr')).toBe('24–25 avril 2025');
    expect(formatEventDate({ start: '2024-07-09', end: '2024-12-18', precision: 'day' }, 'en')).toBe('9 July – 18 December 2024');
    expect(formatEventDate({ start: '2025-03-25', end: '2025-04-01', precision: 'day' }, 'fr')).toBe('25 mars – 1er avril 2025');
    expect(formatEventDate({ start: '2025-01-01', end: '2025-03-31', precision: 'month' }, 'fr')).toBe('janvier – mars 2025');
    expect(formatEventDate({ start: '2022-01-01', precision: 'year' }, 'en')).toBe('2022');
    expect(formatEventDate({ start: '2024-10-01', precision: 'day' }, 'fr')).toBe('1er octobre 2024');
    expect(formatEventDate({ start: '2024-10-01', precision: 'day' }, 'en')).toBe('1 October 2024');
  });
});
