import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchStore } from '../../src/store/search';
import { buildSearchIndex } from '../../src/store/search-index';
import { normalizeForSearch } from '../../src/store/search-normalize';
import { compileQuery, findMatches, type CompiledQuery } from '../../src/store/search-query';
import type { StoreEvent } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();
const index = buildSearchIndex(store);
const search = (raw: string) => searchStore(index, compileQuery(raw, store.entities)!);
const found = (raw: string) => [...search(raw).eventIds].sort();
const eventById = (id: string) => store.events.find((event) => event.id === id)!;
const termQuery = (...terms: string[]): CompiledQuery => ({ raw: terms.join(' '), terms: terms.map((term) => [term]) });

/** Text with what makes French and English spelling vary: accents, ligatures, apostrophes, quotes, dashes, odd spaces. */
const frenchish = fc.string({
  unit: fc.constantFrom(...'aeiouylnrstkvAEIOUKÉéèêëÈàâÀçÇîïÏôÔûüœŒæßÿ’‘\'`´«»“”"-–—  \u202f\n\te\u0301'.split('')),
  maxLength: 40,
});

describe('normalizeForSearch', () => {
  it('folds case, accents, ligatures, apostrophes, quotes, dashes and spaces', () => {
    expect(normalizeForSearch('L’OTAN')).toBe("l'otan");
    expect(normalizeForSearch('à l’Élysée')).toBe("a l'elysee");
    expect(normalizeForSearch('Kyïv')).toBe('kyiv');
    expect(normalizeForSearch('Œuvre, cœur, Straße')).toBe('oeuvre, coeur, strasse');
    expect(normalizeForSearch('«\u202fSentinelle de l’Arctique\u202f»')).toBe('" sentinelle de l\'arctique "');
    expect(normalizeForSearch('Rubio–Rutte — US–Ukraine')).toBe('rubio-rutte - us-ukraine');
    expect(normalizeForSearch('e\u0301le\u0300ve')).toBe('eleve');
    expect(normalizeForSearch('  a \n\t b  ')).toBe(' a b ');
  });

  it('is idempotent, on any Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const once = normalizeForSearch(text);
        expect(normalizeForSearch(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same form whatever the case, the accents or the apostrophe style', () => {
    fc.assert(
      fc.property(frenchish, (text) => {
        const normalized = normalizeForSearch(text);
        expect(normalizeForSearch(text.toUpperCase())).toBe(normalized);
        expect(normalizeForSearch(text.toLowerCase())).toBe(normalized);
        expect(normalizeForSearch(text.normalize('NFD').replace(/\p{M}/gu, ''))).toBe(normalized);
        expect(normalizeForSearch(text.replace(/[’‘`´]/g, "'"))).toBe(normalized);
        expect(normalizeForSearch(text.replace(/'/g, '’'))).toBe(normalized);
      }),
    );
  });
});

describe('findMatches', () => {
  it('maps matches back to the original text, accents and curly apostrophes included', () => {
    const text = 'L’OTAN  reçoit à l’Élysée ; Kyïv, Kiev — l’œuvre.';
    const query = compileQuery("l'otan ELYSEE kiev oeuvre", store.entities)!;
    expect(findMatches(text, query).map(({ start, end }) => text.slice(start, end))).toEqual(['L’OTAN', 'Élysée', 'Kyïv', 'Kiev', 'œuvre']);
  });

  it('covers a decomposed accent with its letter, and collapsed spaces with the words around them', () => {
    const text = 'Ély\u0301see  \n  OTAN';
    const ranges = findMatches(text, termQuery('elysee otan'));
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual(['Ély\u0301see  \n  OTAN']);
  });

  it('returns sorted, disjoint ranges of the original whose normalized form contains the term', () => {
    fc.assert(
      fc.property(frenchish, fc.nat(), fc.integer({ min: 1, max: 6 }), (text, from, length) => {
        const normalized = normalizeForSearch(text);
        fc.pre(normalized.trim().length > 0);
        const start = from % normalized.length;
        const term = normalized.slice(start, start + length);
        fc.pre(term.trim().length > 0);
        const ranges = findMatches(text, termQuery(term));
        expect(ranges.length).toBeGreaterThan(0);
        let previousEnd = -1;
        for (const range of ranges) {
          expect(range.start).toBeGreaterThan(previousEnd);
          expect(range.end).toBeGreaterThan(range.start);
          expect(range.end).toBeLessThanOrEqual(text.length);
          expect(normalizeForSearch(text.slice(range.start, range.end))).toContain(term);
          previousEnd = range.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds nothing when the normalized text does not contain the term', () => {
    fc.assert(
      fc.property(frenchish, frenchish, (text, term) => {
        const normalized = normalizeForSearch(term).trim();
        fc.pre(normalized.length > 0 && !normalizeForSearch(text).includes(normalized));
        expect(findMatches(text, termQuery(normalized))).toEqual([]);
      }),
    );
  });
});

describe('compileQuery', () => {
  it('is null for a blank query', () => {
    for (const raw of ['', '   ', '\n\t', '""', '« »', ' ,. ']) expect(compileQuery(raw, store.entities), JSON.stringify(raw)).toBeNull();
  });

  it('ANDs words and keeps a quoted phrase together, with straight or French quotes', () => {
    expect(compileQuery('  Rutte   Washington ', store.entities)!.terms.map((term) => term[0])).toEqual(['rutte', 'washington']);
    expect(compileQuery('"Maison Blanche" Rutte', store.entities)!.terms.map((term) => term[0])).toEqual(['maison blanche', 'rutte']);
    expect(compileQuery('« maison   blanche »', store.entities)!.terms.map((term) => term[0])).toEqual(['maison blanche']);
    expect(compileQuery('"unclosed phrase', store.entities)!.terms.map((term) => term[0])).toEqual(['unclosed phrase']);
    expect(compileQuery('Rutte, Trump.', store.entities)!.terms.map((term) => term[0])).toEqual(['rutte', 'trump']);
  });

  it('lets a name of an entity match its other spellings (from the store’s aliases)', () => {
    for (const raw of ['Kiev', 'kyiv', 'Kyïv', 'KIEV']) {
      expect(compileQuery(raw, store.entities)!.terms[0]).toEqual(expect.arrayContaining(['kiev', 'kyiv']));
    }
    expect(compileQuery('Poutine', store.entities)!.terms[0]).toEqual(
      expect.arrayContaining(['putin', 'vladimir putin', 'vladimir poutine']),
    );
    expect(compileQuery('NATO', store.entities)!.terms[0]).toEqual(expect.arrayContaining(['otan', 'alliance atlantique']));
  });

  it('does not widen a name to short acronyms that hide inside ordinary words', () => {
    const europe = compileQuery('"Union européenne"', store.entities)!.terms[0]!;
    expect(europe).toContain('european union');
    expect(europe).not.toContain('ue');
    expect(europe).not.toContain('eu');
  });
});

describe('searchStore on the real store', () => {
  const evidenceOf = (event: StoreEvent) => event.evidence.map((quote) => quote.exact).join(' ');

  it('"sentinelle" finds the Arctic Sentry event, and so does "sentry" (its English title)', () => {
    expect(eventById('sentinelle-arctique').title.en).toContain('Arctic Sentry');
    expect(found('sentinelle')).toContain('sentinelle-arctique');
    expect(found('Sentry')).toContain('sentinelle-arctique');
  });

  it('"elysee" finds the event written "Élysée"', () => {
    expect(eventById('macron-recoit-rutte-elysee').title.fr).toContain('Élysée');
    expect(found('elysee')).toContain('macron-recoit-rutte-elysee');
    expect(found('ÉLYSÉE')).toEqual(found('elysee'));
  });

  it('"l\'OTAN" with a straight apostrophe finds events and article text written "l’OTAN"', () => {
    const curly = store.events.filter((event) => /l’OTAN/i.test(`${event.title.fr} ${event.summary.fr} ${evidenceOf(event)}`));
    expect(curly.length).toBeGreaterThan(0);
    const result = search("l'OTAN");
    for (const event of curly) expect(result.eventIds).toContain(event.id);
    const articles = store.articles.filter((article) => article.text.includes('l’OTAN'));
    expect(result.articleHits.map((hit) => hit.articleId)).toEqual(expect.arrayContaining(articles.map((article) => article.id)));
    for (const hit of result.articleHits) {
      const text = store.articles.find((article) => article.id === hit.articleId)!.text;
      for (const { start, end } of hit.ranges) expect(normalizeForSearch(text.slice(start, end))).toBe("l'otan");
    }
  });

  it('Kiev, Kyiv and Kyïv find the same events, among them the visit to the place Kyiv', () => {
    const kyiv = found('Kyiv');
    expect(found('Kiev')).toEqual(kyiv);
    expect(found('kyïv')).toEqual(kyiv);
    expect(kyiv).toContain('rutte-premiere-visite-kyiv');
    // An article writes "Kiev": a search for "Kyiv" points at that passage too.
    const kievArticle = store.articles.find((article) => article.text.includes('Kiev'))!;
    const hit = search('Kyiv').articleHits.find((entry) => entry.articleId === kievArticle.id)!;
    expect(hit.ranges.map(({ start, end }) => kievArticle.text.slice(start, end))).toContain('Kiev');
  });

  it('searches both languages, and the names of an event’s actors and places', () => {
    const titledWhiteHouse = store.events.filter((event) => event.title.en.includes('White House')).map((event) => event.id);
    expect(titledWhiteHouse.length).toBeGreaterThan(0);
    expect(found('"white house"')).toEqual(expect.arrayContaining(titledWhiteHouse));
    expect(found('"Maison-Blanche"')).toEqual(expect.arrayContaining(titledWhiteHouse));
    const inThehague = store.events.filter((event) => event.places.includes('la-haye')).map((event) => event.id);
    expect(found('"den haag"')).toEqual(expect.arrayContaining(inThehague));
  });

  it('an event matches only when every term matches', () => {
    const both = found('Rutte Washington');
    const rutte = new Set(found('Rutte'));
    const washington = new Set(found('Washington'));
    expect(both.length).toBeGreaterThan(0);
    expect(both).toEqual([...rutte].filter((id) => washington.has(id)).sort());
    expect(found('sentinelle zzzz')).toEqual([]);
  });

  it('agrees with a plain reading of every event for any words or fragments of the store', () => {
    // An event matches a term when one of its fields, or one name of one of its entities, contains an alternative.
    const namesOf = (event: StoreEvent) =>
      (['actors', 'places', 'themes'] as const).flatMap((group) =>
        event[group].flatMap((id) => {
          const entity = store.entities[group].find((candidate) => candidate.id === id)!;
          return [entity.label.fr, entity.label.en, ...(entity.aliases ?? [])];
        }),
      );
    const fieldsOf = (event: StoreEvent) => [
      event.title.fr,
      event.title.en,
      event.summary.fr,
      event.summary.en,
      ...event.evidence.map((quote) => quote.exact),
      ...event.notes.flatMap((note) => [note.fr, note.en, ...(note.evidence ? [note.evidence.exact] : [])]),
    ];
    const reference = store.events.map((event) => ({
      id: event.id,
      texts: [...fieldsOf(event), ...namesOf(event)].map(normalizeForSearch),
    }));
    const corpus = reference.flatMap((entry) => entry.texts).join(' ');
    const fragment = fc
      .tuple(fc.nat(corpus.length - 1), fc.integer({ min: 1, max: 18 }))
      .map(([start, length]) => corpus.slice(start, start + length).trim())
      .filter((text) => text.length > 0 && !text.includes('"'));
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 1, maxLength: 3 }), (fragments) => {
        const query = compileQuery(fragments.map((text) => `"${text}"`).join(' '), store.entities);
        fc.pre(query !== null);
        const expected = reference
          .filter((entry) =>
            query!.terms.every((term) => term.some((alternative) => entry.texts.some((text) => text.includes(alternative)))),
          )
          .map((entry) => entry.id)
          .sort();
        expect([...searchStore(index, query!).eventIds].sort()).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
