import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedMove } from '../../src/features/chronology/feed-keys';
import { groupKey, groupLabel, startsGroup } from '../../src/features/chronology/month-groups';
import type { DateSpec } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';

const at = (start: string, precision: DateSpec['precision'] = 'day') => ({
  date: { start, precision, from: 'article', edtf: start, basis: { fr: '-', en: '-' } } as DateSpec,
});

describe('chronology groups', () => {
  it('groups by the month an event starts in, and a year-only event by its year', () => {
    expect(groupKey(at('2025-03-13'))).toBe('2025-03');
    expect(groupKey({ date: { ...at('2024-07-09').date, end: '2024-12-18' } })).toBe('2024-07');
    expect(groupKey(at('2025-01-01', 'month'))).toBe('2025-01');
    expect(groupKey(at('2025-01-01', 'year'))).toBe('2025');
  });

  it('labels a group as a heading, in the interface language', () => {
    expect(groupLabel('2025-03', 'fr')).toBe('Mars 2025');
    expect(groupLabel('2025-03', 'en')).toBe('March 2025');
    expect(groupLabel('2024-10', 'fr')).toBe('Octobre 2024');
    expect(groupLabel('2025', 'fr')).toBe('2025');
  });

  it('opens a group at the first event and at every change of month', () => {
    const events = [at('2024-10-01'), at('2024-10-03'), at('2024-11-12'), at('2025-01-01', 'year'), at('2025-01-01', 'month')];
    expect(events.map((_, index) => startsGroup(events, index))).toEqual([true, false, true, true, true]);
    expect(startsGroup(events, 5)).toBe(false);
  });

  it('gives the real store one heading per month it covers', () => {
    const { events } = readBuiltStore();
    const headings = events.filter((_, index) => startsGroup(events, index)).map((event) => groupLabel(groupKey(event), 'fr'));
    expect(headings).toEqual([
      'Février 2022',
      'Mars 2022',
      'Juin 2022',
      'Juillet 2024',
      'Octobre 2024',
      'Novembre 2024',
      'Janvier 2025',
      'Mars 2025',
      'Avril 2025',
      'Juin 2025',
      'Décembre 2025',
      'Février 2026',
    ]);
  });

  it('has exactly one group start per distinct month in any chronological list', () => {
    const day = fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 60 }), (days) => {
        const events = [...days].sort().map((start) => at(start));
        const starts = events.filter((_, index) => startsGroup(events, index)).length;
        expect(starts).toBe(new Set(days.map((start) => start.slice(0, 7))).size);
      }),
    );
  });
});

describe('feed keys', () => {
  const key = (name: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
    key: name,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...modifiers,
  });

  it('moves to the next and previous article, and stops at the ends', () => {
    expect(feedMove(key('PageDown'), 3, 10)).toEqual({ to: 'article', index: 4 });
    expect(feedMove(key('PageUp'), 3, 10)).toEqual({ to: 'article', index: 2 });
    expect(feedMove(key('PageDown'), 9, 10)).toBeNull();
    expect(feedMove(key('PageUp'), 0, 10)).toBeNull();
  });

  it('goes to the first and last article with Home and End, and out of the feed with Ctrl', () => {
    expect(feedMove(key('Home'), 5, 10)).toEqual({ to: 'article', index: 0 });
    expect(feedMove(key('End'), 5, 10)).toEqual({ to: 'article', index: 9 });
    expect(feedMove(key('End'), 9, 10)).toBeNull();
    expect(feedMove(key('Home', { ctrlKey: true }), 5, 10)).toEqual({ to: 'before' });
    expect(feedMove(key('End', { metaKey: true }), 5, 10)).toEqual({ to: 'after' });
  });

  it('leaves other keys and combinations to the browser', () => {
    expect(feedMove(key('ArrowDown'), 3, 10)).toBeNull();
    expect(feedMove(key('Enter'), 3, 10)).toBeNull();
    expect(feedMove(key('PageDown', { ctrlKey: true }), 3, 10)).toBeNull(); // switches tabs
    expect(feedMove(key('PageDown', { shiftKey: true }), 3, 10)).toBeNull();
    expect(feedMove(key('Home', { altKey: true }), 3, 10)).toBeNull();
  });
});
