import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from '../../src/app/url-state';

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

  it('drops malformed values and says which', () => {
    const parsed = parseUrlState('?event=<script>&lang=de&passage=9-3&article=ok-id');
    expect(parsed.state).toEqual({ ...EMPTY_URL_STATE, article: 'ok-id' });
    expect(parsed.rejected.sort()).toEqual(['event', 'lang', 'passage']);
  });

  it('round-trips every valid state', () => {
    const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((value) => value.length <= 200);
    const state = fc.record<UrlState>({
      event: fc.option(id, { nil: null }),
      article: fc.option(id, { nil: null }),
      passage: fc.constant(null),
      lang: fc.option(fc.constantFrom('fr' as const, 'en' as const), { nil: null }),
    });
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
