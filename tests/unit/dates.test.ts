import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkedIsoDayToTime,
  isIsoDay,
  isoDayToTime,
  isoWeekday,
  nextIsoDay,
  timeToIsoDay,
  toEdtf,
  utcDayTime,
} from '../../src/store/dates';

describe('ISO days', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2025-02-29')).toBe(false);
    expect(isIsoDay('2025-02-30')).toBe(false);
    expect(isIsoDay('0000-00-00')).toBe(false);
    expect(isIsoDay('+275760-09-13')).toBe(false);
    expect(isIsoDay('2025-4-3')).toBe(false);
  });

  it('round-trips every day through time, and the next day is one day later', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const day = date.toISOString().slice(0, 10);
          expect(isIsoDay(day)).toBe(true);
          expect(timeToIsoDay(isoDayToTime(day))).toBe(day);
          expect(isoDayToTime(nextIsoDay(day)) - isoDayToTime(day)).toBe(86_400_000);
          // The unchecked reader, for whole stores, gives the Date's own time, years 1–99 included.
          expect(checkedIsoDayToTime(day)).toBe(Math.floor(date.getTime() / 86_400_000) * 86_400_000);
        },
      ),
    );
  });

  it('computes midnight UTC as Date does, with months and days that overflow either way', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: -30, max: 30 }),
        fc.integer({ min: -60, max: 90 }),
        (year, monthIndex, day) => {
          const date = new Date(0);
          date.setUTCFullYear(year, monthIndex, day);
          expect(utcDayTime(year, monthIndex, day)).toBe(date.getTime());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('knows the weekdays the articles rely on', () => {
    expect(isoWeekday('2024-11-12')).toBe(2); // « ce mardi 12 novembre »
    expect(isoWeekday('2025-04-24')).toBe(4); // « jeudi »
    expect(isoWeekday('2026-02-11')).toBe(3); // « ce mercredi »
  });

  it('writes EDTF at the right precision', () => {
    expect(toEdtf('2024-10-01', undefined, 'day')).toBe('2024-10-01');
    expect(toEdtf('2025-04-24', '2025-04-25', 'day')).toBe('2025-04-24/2025-04-25');
    expect(toEdtf('2025-01-01', '2025-03-31', 'month')).toBe('2025-01/2025-03');
    expect(toEdtf('2022-01-01', undefined, 'year')).toBe('2022');
  });
});
