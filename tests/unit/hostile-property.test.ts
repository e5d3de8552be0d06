/** Property-based tests: hostile or arbitrary input never throws, and what round-trips, round-trips. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from '../../src/shared/url/url-state';
import { formatEventDate } from '../../src/shared/format-date';
import { isIsoDay, isoDayToTime, timeToIsoDay } from '../../src/store/dates';
import { parseStore } from '../../src/store/parse-store';
import { selectorMatches, selectQuote } from '../../src/store/selectors';
import { readBuiltStore } from '../helpers/built-store';

const hostileText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '<img src=x onerror="window.__pwned=1">',
    'javascript:window.__pwned=1',
    '__proto__',
    'constructor',
    '\u202e\u200b',
    '0000-00-00',
    '+275760-09-13',
  ),
);

/** A JSON value where any node of the real store may be replaced by junk. */
const mutatedStore = fc
  .array(fc.tuple(fc.nat(), fc.oneof(fc.jsonValue(), hostileText, fc.constant(null))), { minLength: 1, maxLength: 6 })
  .map((mutations) => {
    const store = structuredClone(readBuiltStore()) as unknown;
    for (const [seed, value] of mutations) {
      let node = store as Record<string, unknown>;
      for (let depth = 0; depth < 6; depth += 1) {
        const keys = Object.keys(node);
        if (keys.length === 0) break;
        const key = keys[(seed >> depth) % keys.length]!;
        const next = node[key];
        if (depth === 5 || typeof next !== 'object' || next === null || seed % (depth + 2) === 0) {
          node[key] = value;
          break;
        }
        node = next as Record<string, unknown>;
      }
    }
    return store;
  });

describe('parseStore on arbitrary input', () => {
  it('never throws on any value', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (value) => {
        parseStore(value);
      }),
    );
  });

  it('never throws on any JSON, and anything it accepts is a store whose events all pass', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseStore(value);
        if (result.ok) expect(parseStore(JSON.parse(JSON.stringify(result.store)))).toMatchObject({ ok: true, rejected: [], dropped: [] });
      }),
    );
  });

  it('on a damaged real store: never throws; what it keeps is clean, and kept + rejected = all events', () => {
    fc.assert(
      fc.property(mutatedStore, (store) => {
        const result = parseStore(store);
        if (!result.ok) return;
        const total = (store as { events: unknown[] }).events.length;
        expect(result.store.events.length + result.rejected.length).toBe(total);
        expect(parseStore(JSON.parse(JSON.stringify(result.store)))).toMatchObject({ ok: true, rejected: [], dropped: [] });
      }),
      { numRuns: 200 },
    );
  });
});

const isoDay = fc
  .date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))
  .filter((day) => /^\d{4}-\d{2}-\d{2}$/.test(day));

describe('dates', () => {
  it('an ISO day survives day → time → day, and formats in both languages without throwing', () => {
    fc.assert(
      fc.property(isoDay, isoDay, fc.constantFrom('day', 'month', 'year' as const), (a, b, precision) => {
        expect(isIsoDay(a)).toBe(true);
        expect(timeToIsoDay(isoDayToTime(a))).toBe(a);
        const [start, end] = a <= b ? [a, b] : [b, a];
        for (const language of ['fr', 'en'] as const) {
          const text = formatEventDate({ start, end, precision }, language);
          expect(text).toContain(String(Number(end.slice(0, 4))));
        }
      }),
    );
  });

  it('any other string is not a day, and converting it throws a RangeError, never garbage', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), hostileText, fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)), (value) => {
        const valid = isIsoDay(value);
        if (valid) expect(timeToIsoDay(isoDayToTime(value))).toBe(value);
        else expect(() => isoDayToTime(value)).toThrow(RangeError);
      }),
    );
  });
});

describe('URL state', () => {
  it('never throws, and what it reads is written back to a URL that reads the same, with nothing rejected', () => {
    const param = fc.constantFrom(
      'event',
      'article',
      'passage',
      'q',
      'actors',
      'kinds',
      'dates',
      'years',
      'range',
      'lang',
      'scheme',
      'slide',
      'data',
      '__proto__',
    );
    const search = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .array(
          fc.tuple(
            param,
            fc.oneof(fc.string({ unit: 'binary' }), hostileText, fc.constantFrom('2025-01-01..2025-02-01', '1-5', 'fr', 'visit,summit')),
          ),
          { maxLength: 6 },
        )
        .map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
    );
    fc.assert(
      fc.property(search, (value) => {
        const { state } = parseUrlState(value);
        const again = parseUrlState(serializeUrlState(state));
        expect(again.state).toEqual(state);
        expect(again.rejected).toEqual([]);
      }),
    );
  });
});

describe('quote selectors', () => {
  it('a quote selected in any text (surrogates, RTL, zero-width included) recovers its exact offsets', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('a', 'b', ' ', '\u200b', '\u202e', 'é', '😀', '’'),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
      minLength: 1,
      maxLength: 200,
    });
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
        const from = a % value.length;
        const to = from + 1 + (b % (value.length - from));
        const exact = value.slice(from, to);
        const result = selectQuote(value, exact);
        if (!result.ok) {
          expect(result.reason).toBe('ambiguous');
          return;
        }
        expect(result.selector.start).toBe(from);
        expect(result.selector.end).toBe(to);
        expect(value.slice(result.selector.start, result.selector.end)).toBe(exact);
        expect(selectorMatches(value, result.selector)).toBe(true);
        expect(result.selector.prefix).toBe(value.slice(Math.max(0, from - 32), from));
        expect(result.selector.suffix).toBe(value.slice(to, to + 32));
      }),
    );
  });

  it('offsets out of range or reversed never match and never throw', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer(), fc.integer(), (text, start, end) => {
        if (start < 0 || end > text.length || start > end) {
          expect(selectorMatches(text, { exact: text.slice(start, end), prefix: '', suffix: '', start, end })).toBe(false);
        }
      }),
    );
  });
});
