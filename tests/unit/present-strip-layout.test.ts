import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripLayout } from '../../src/features/present/strip-layout';
import { presenterUrl } from '../../src/features/present/presenter-url';

const at = (start: string, end?: string) => ({ date: end ? { start, end } : { start } });

describe('stripLayout: where events sit on the presentation strip', () => {
  it('spans the selection from its first day to the end of its last day', () => {
    const { marks } = stripLayout([at('2024-01-01'), at('2024-01-05'), at('2024-01-10')]);
    // 10 days: 1 January starts at 0, 10 January ends at 1.
    expect(marks[0]).toEqual({ start: 0, end: 0.1 });
    expect(marks[1]!.start).toBeCloseTo(0.4);
    expect(marks[2]).toEqual({ start: 0.9, end: 1 });
  });

  it('gives a range its width, and a lone day the whole strip', () => {
    const { marks } = stripLayout([at('2025-03-01', '2025-03-10'), at('2025-03-20')]);
    expect(marks[0]!.start).toBe(0);
    expect(marks[0]!.end).toBeCloseTo(0.5);
    expect(stripLayout([at('2025-03-13')]).marks).toEqual([{ start: 0, end: 1 }]);
    expect(stripLayout([])).toEqual({ marks: [], years: [] });
  });

  it('keeps later events further right, inside [0, 1]', () => {
    const day = fc
      .integer({ min: 0, max: 4000 })
      .map((offset) => new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 30 }), (days) => {
        const sorted = [...days].sort();
        const { marks } = stripLayout(sorted.map((start) => at(start)));
        return marks.every(
          (mark, index) =>
            mark.start >= 0 && mark.end <= 1 && mark.start < mark.end && (index === 0 || mark.start >= marks[index - 1]!.start),
        );
      }),
    );
  });

  it('gives each year the stretch it covers, from 1 January to 1 January', () => {
    const { years } = stripLayout([at('2022-07-01'), at('2024-06-30')]);
    expect(years.map((year) => year.year)).toEqual([2022, 2023, 2024]);
    expect(years[0]!.start).toBe(0);
    expect(years[0]!.end).toBeCloseTo(184 / 731, 5);
    expect(years[1]!.start).toBeCloseTo(184 / 731, 5);
    expect(years[1]!.end).toBeCloseTo(549 / 731, 5);
    expect(years[2]!.end).toBe(1);
    expect(years.every((year) => year.labelled)).toBe(true);
  });

  it('names a year only where its stretch leaves room for the name', () => {
    const { years } = stripLayout([at('2024-12-20'), at('2026-01-20')]);
    expect(years.map((year) => [year.year, year.labelled])).toEqual([
      [2024, false],
      [2025, true],
      [2026, false],
    ]);
    expect(stripLayout([at('2024-12-20'), at('2026-01-20')], 0.02).years.every((year) => year.labelled)).toBe(true);
  });
});

describe('presenterUrl', () => {
  it('keeps the search and filters, sets the slide (1-based) and asks for the presenter view', () => {
    const url = new URL(presenterUrl('https://example.org/app/?q=kyiv&themes=aide&slide=2#main', 4));
    expect(url.pathname).toBe('/app/');
    expect(url.searchParams.get('q')).toBe('kyiv');
    expect(url.searchParams.get('themes')).toBe('aide');
    expect(url.searchParams.get('slide')).toBe('5');
    expect(url.searchParams.get('presenter')).toBe('1');
    expect(url.hash).toBe('');
  });
});
