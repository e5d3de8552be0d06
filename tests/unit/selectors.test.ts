import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectQuote, selectorMatches } from '../../src/store/selectors';

describe('quote selectors', () => {
  it('recovers the exact quote from start/end, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme', minLength: 1 }),
        fc.string({ unit: 'grapheme' }),
        (before, exact, after) => {
          const text = before + exact + after;
          const result = selectQuote(text, exact);
          if (result.ok) {
            expect(text.slice(result.selector.start, result.selector.end)).toBe(exact);
            expect(selectorMatches(text, result.selector)).toBe(true);
          } else {
            expect(result.reason).toBe('ambiguous');
            expect(result.occurrences).toBeGreaterThan(1);
          }
        },
      ),
    );
  });

  it('counts UTF-16 code units, as JavaScript does (emoji and accents)', () => {
    const text = '🇫🇷 L’Élysée reçoit « Mark Rutte »';
    const result = selectQuote(text, 'Mark Rutte');
    expect(result.ok && result.selector.start).toBe(text.indexOf('Mark'));
    expect(result.ok && result.selector.prefix).toBe('🇫🇷 L’Élysée reçoit « ');
  });

  it('rejects a missing, empty or repeated quote', () => {
    expect(selectQuote('abc', 'd')).toMatchObject({ ok: false, reason: 'not-found' });
    expect(selectQuote('abc', '')).toMatchObject({ ok: false, reason: 'empty' });
    expect(selectQuote('abab', 'ab')).toMatchObject({ ok: false, reason: 'ambiguous', occurrences: 2 });
    expect(selectQuote('aaa', 'aa')).toMatchObject({ ok: false, reason: 'ambiguous', occurrences: 2 });
  });

  it('notices offsets that no longer fit the text', () => {
    const result = selectQuote('Le sommet de La Haye', 'La Haye');
    if (!result.ok) throw new Error('expected a match');
    expect(selectorMatches('Le sommet de La Haye', { ...result.selector, start: 12 })).toBe(false);
    expect(selectorMatches('Le sommet de La Haye', { ...result.selector, end: 99 })).toBe(false);
    expect(selectorMatches('Le sommet à La Haye', result.selector)).toBe(false);
  });
});
