import { describe, expect, it } from 'vitest';
import { axisFormat, axisLabel } from '../../src/features/timeline/axis-labels';
import { isoDayToTime } from '../../src/store/dates';

const months = (language: 'fr' | 'en') =>
  Array.from({ length: 12 }, (_, month) => axisLabel(Date.UTC(2025, month, 1), 'month', 'minor', language));

describe('timeline axis labels', () => {
  it('writes French months the French way', () => {
    expect(months('fr')).toEqual(['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']);
  });

  it('writes English months the British way', () => {
    expect(months('en')).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  });

  it('labels days, weeks, years and the major row in the interface language', () => {
    const day = isoDayToTime('2025-03-13');
    expect(axisLabel(day, 'day', 'minor', 'fr')).toBe('13');
    expect(axisLabel(day, 'weekday', 'minor', 'fr')).toBe('jeu. 13');
    expect(axisLabel(day, 'weekday', 'minor', 'en')).toBe('Thu 13');
    expect(axisLabel(day, 'day', 'major', 'fr')).toBe('mars 2025');
    expect(axisLabel(day, 'day', 'major', 'en')).toBe('March 2025');
    expect(axisLabel(day, 'month', 'major', 'fr')).toBe('2025');
    expect(axisLabel(day, 'year', 'minor', 'en')).toBe('2025');
    expect(axisLabel(day, 'year', 'major', 'en')).toBe('');
    expect(axisLabel(day, 'not-a-scale', 'minor', 'en')).toBe('');
    expect(axisLabel(day, 'quarter', 'minor', 'fr')).toBe('1er trim.');
    expect(axisLabel(isoDayToTime('2025-08-13'), 'quarter', 'minor', 'fr')).toBe('3e trim.');
    expect(axisLabel(isoDayToTime('2025-08-13'), 'quarter', 'minor', 'en')).toBe('Q3');
    expect(axisLabel(isoDayToTime('2025-08-13'), 'hour', 'major', 'fr')).toBe('mercredi 13 août');
    expect(axisLabel(isoDayToTime('2025-08-13'), 'hour', 'major', 'en')).toBe('Wednesday 13 August');
  });

  it('reads the UTC calendar, so midnight UTC on the 1st is that month in any time zone', () => {
    // 1 January 00:00 UTC is still 31 December in America: the label must say January.
    expect(axisLabel(Date.UTC(2025, 0, 1), 'month', 'minor', 'fr')).toBe('janv.');
    expect(axisLabel(Date.UTC(2025, 0, 1), 'year', 'minor', 'fr')).toBe('2025');
    expect(axisLabel(Date.UTC(2024, 11, 31, 23, 0), 'day', 'minor', 'fr')).toBe('31');
  });

  it('gives vis-timeline functions that accept a moment-like value', () => {
    const format = axisFormat('fr');
    const moment = { valueOf: () => Date.UTC(2025, 1, 1) };
    expect(format.minorLabels(moment, 'month')).toBe('févr.');
    expect(format.majorLabels(moment, 'month')).toBe('2025');
  });
});
