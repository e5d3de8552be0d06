import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from '../../src/shared/url/url-state';
import { URL_PARAMS } from '../../src/shared/url/url-params';
import { DateFrom, Kind } from '../../src/store/schema';
import { URL_SAMPLES } from '../helpers/url-samples';

describe('URL state', () => {
  it('reads an event, an article at a passage and a language', () => {
    expect(parseUrlState('?event=sommet-de-la-haye&lang=en').state).toEqual({
      ...EMPTY_URL_STATE,
      event: 'sommet-de-la-haye',
      lang: 'en',
    });
    expect(parseUrlState('?article=washington-avril-2025&passage=120-180').state).toMatchObject({
      article: 'washington-avril-2025',
      passage: { start: 120, end: 180 },
    });
  });

  it('reads search, filters, range and scheme', () => {
    const { state, rejected } = parseUrlState(
      '?q=l%27OTAN&actors=mark-rutte,marco-rubio&kinds=visit,summit&dates=outside&years=2025&range=2025-01-01..2025-07-01&scheme=dark',
    );
    expect(rejected).toEqual([]);
    expect(state.query).toBe("l'OTAN");
    expect(state.filters).toEqual({
      actors: ['mark-rutte', 'marco-rubio'],
      places: [],
      themes: [],
      kinds: ['visit', 'summit'],
      dateFrom: ['outside'],
      years: [2025],
    });
    expect(state.range).toEqual({ start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 6, 1) });
    expect(state.scheme).toBe('dark');
  });

  it('drops malformed values, keeps the good ones next to them, and says which', () => {
    const parsed = parseUrlState(
      '?event=<script>&lang=de&passage=9-3&article=ok-id&kinds=visit,party&years=20x5,2024&range=2025-02-30..2025-03-01&scheme=pink&slide=0',
    );
    expect(parsed.state).toEqual({
      ...EMPTY_URL_STATE,
      article: 'ok-id',
      filters: { ...EMPTY_URL_STATE.filters, kinds: ['visit'], years: [2024] },
    });
    expect(parsed.rejected.sort()).toEqual(['event', 'kinds', 'lang', 'passage', 'range', 'scheme', 'slide', 'years']);
  });

  it('round-trips every valid state', () => {
    const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((value) => value.length <= 200);
    const ids = fc.uniqueArray(id, { maxLength: 4 });
    const day = fc.integer({ min: Date.UTC(1900, 0, 1) / 864e5, max: Date.UTC(2100, 0, 1) / 864e5 }).map((n) => n * 864e5);
    const specific: Partial<{ [K in keyof UrlState]: fc.Arbitrary<UrlState[K]> }> = {
      event: fc.option(id, { nil: null }),
      article: fc.option(id, { nil: null }),
      passage: fc.constant(null),
      query: fc.string({ maxLength: 200 }).map((q) => (q.trim() ? q : '')),
      filters: fc.record({
        actors: ids,
        places: ids,
        themes: ids,
        kinds: fc.uniqueArray(fc.constantFrom(...Kind.options), { maxLength: 3 }),
        dateFrom: fc.uniqueArray(fc.constantFrom(...DateFrom.options)),
        years: fc.uniqueArray(fc.integer({ min: 1000, max: 9999 }), { maxLength: 3 }),
      }),
      range: fc.option(
        fc
          .tuple(day, day)
          .filter(([a, b]) => a !== b)
          .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
        { nil: null },
      ),
      lang: fc.option(fc.constantFrom('fr' as const, 'en' as const), { nil: null }),
      scheme: fc.option(fc.constantFrom('light' as const, 'dark' as const), { nil: null }),
      slide: fc.option(fc.integer({ min: 1, max: 999_999 }), { nil: null }),
      presenter: fc.boolean(),
      data: fc.option(fc.constantFrom('/bench-data/1k.json', '/hostile/a b.json?x=1&y=2'), { nil: null }),
    };
    // A field without a generator of its own takes its default or its sample value.
    const fields = Object.keys(URL_PARAMS) as (keyof UrlState)[];
    const arbitraries = Object.fromEntries(
      fields.map((field) => [field, specific[field] ?? fc.constantFrom(EMPTY_URL_STATE[field], URL_SAMPLES[field][field])]),
    ) as { [K in keyof UrlState]: fc.Arbitrary<UrlState[K]> };
    const state = fc.record<UrlState>(arbitraries).map((value) => ({ ...value, presenter: value.slide !== null && value.presenter }));
    fc.assert(
      fc.property(state, fc.nat(1e6), fc.nat(1e6), (value, a, b) => {
        const withPassage = value.article && a !== b ? { ...value, passage: { start: Math.min(a, b), end: Math.max(a, b) } } : value;
        expect(parseUrlState(serializeUrlState(withPassage))).toEqual({ state: withPassage, rejected: [] });
      }),
    );
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        expect(() => parseUrlState(search)).not.toThrow();
      }),
    );
  });
});
