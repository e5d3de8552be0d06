/**
 * The search index can be made a slice at a time, and written to a file by build:store: both must
 * answer every search exactly as the index built in one go.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectStore, syntheticStore } from '../../bench/synthetic-store';
import { searchStore } from '../../src/store/search';
import { buildSearchIndex, SearchIndexBuilder, type SearchIndex } from '../../src/store/search-index';
import { normalizeForSearch, NORMALIZER_VERSION } from '../../src/store/search-normalize';
import { compileQuery } from '../../src/store/search-query';
import { fromSearchIndexFile, fromRuns, storeFingerprint, toRuns, toSearchIndexFile } from '../../src/store/search-index-file';
import type { Store } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';
import { projectRoot } from '../helpers/data-copy';

const builtIn = readBuiltStore();
const synthetic = collectStore(syntheticStore({ events: 1500 })) as Store;

/** Through JSON, as the app reads it. */
const roundTrip = (index: SearchIndex, store: Store) =>
  fromSearchIndexFile(JSON.parse(JSON.stringify(toSearchIndexFile(index, store))), store);

/** Queries made of pieces of the store's own text: words, parts of words, phrases, names. */
function queriesOf(store: Store) {
  const corpus = store.events
    .flatMap((event) => [event.title.fr, event.summary.en, ...event.evidence.map((quote) => quote.exact)])
    .join(' ');
  const piece = fc.tuple(fc.nat(corpus.length - 1), fc.integer({ min: 1, max: 16 }), fc.boolean()).map(([start, length, quoted]) => {
    const text = corpus
      .slice(start, start + length)
      .replaceAll('"', '')
      .trim();
    return quoted ? `"${text}"` : text;
  });
  return fc.array(piece, { minLength: 1, maxLength: 3 }).map((pieces) => pieces.join(' '));
}

const answer = (index: SearchIndex, store: Store, raw: string) => {
  const query = compileQuery(raw, store.entities);
  if (!query) return null;
  const result = searchStore(index, query);
  return { matches: [...result.matches], articles: result.articleHits };
};

describe.each([
  ['the built-in store', builtIn],
  ['a synthetic store of 1,500 events', synthetic],
])('the search index of %s', (_, store) => {
  const whole = buildSearchIndex(store);

  it('is the same made a slice at a time, however small the slices', () => {
    const builder = new SearchIndexBuilder(store);
    let slices = 0;
    let index: SearchIndex | null = null;
    while (!index) {
      index = builder.step(() => true);
      slices += 1;
    }
    expect(slices).toBeGreaterThan(1);
    expect(index).toEqual(whole);
  });

  it('answers every search as the built index once written to a file and read back', () => {
    const loaded = roundTrip(whole, store);
    expect(loaded).not.toBeNull();
    fc.assert(
      fc.property(queriesOf(store), (raw) => {
        expect(answer(loaded!, store, raw)).toEqual(answer(whole, store, raw));
      }),
      { numRuns: 150 },
    );
  });
});

describe('the search index file', () => {
  it('written by build:store is the index of the store it wrote', () => {
    const file = JSON.parse(readFileSync(join(projectRoot, 'public/data/search-index.json'), 'utf8')) as unknown;
    const loaded = fromSearchIndexFile(file, builtIn);
    expect(loaded).toEqual(buildSearchIndex(builtIn));
  });

  it('is refused for a store whose text differs, even by one letter, and then the app builds its own', () => {
    const file = JSON.parse(JSON.stringify(toSearchIndexFile(buildSearchIndex(builtIn), builtIn))) as unknown;
    const [first, ...rest] = builtIn.events;
    const edited: Store = { ...builtIn, events: [{ ...first!, summary: { ...first!.summary, en: `${first!.summary.en}s` } }, ...rest] };
    expect(fromSearchIndexFile(file, edited)).toBeNull();
    const fewer: Store = { ...builtIn, events: rest };
    expect(fromSearchIndexFile(file, fewer)).toBeNull();
  });

  it('is refused when it is not an index file', () => {
    const file = toSearchIndexFile(buildSearchIndex(builtIn), builtIn);
    expect(fromSearchIndexFile(null, builtIn)).toBeNull();
    expect(fromSearchIndexFile({ ...file, version: 2 }, builtIn)).toBeNull();
    expect(fromSearchIndexFile({ ...file, postings: 'nope' }, builtIn)).toBeNull();
    expect(fromSearchIndexFile({ ...file, texts: file.texts.slice(1) }, builtIn)).toBeNull();
    expect(
      fromSearchIndexFile({ ...file, articles: [{ ...file.articles[0]!, starts: [0, 1] }, ...file.articles.slice(1)] }, builtIn),
    ).toBeNull();
  });

  it('is refused when it was made by another version of the normaliser, so a changed normaliser needs no manual step', () => {
    const file = toSearchIndexFile(buildSearchIndex(builtIn), builtIn);
    expect(fromSearchIndexFile({ ...file }, builtIn)).not.toBeNull();
    expect(fromSearchIndexFile({ ...file, fingerprint: storeFingerprint(builtIn, NORMALIZER_VERSION + 1) }, builtIn)).toBeNull();
  });

  it('keeps offset maps as runs that give back the same numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { maxLength: 60 }), (steps) => {
        let value = 0;
        const values = steps.map((step) => (value += step));
        expect([...fromRuns(Uint32Array.from(toRuns(values)))!]).toEqual(values);
      }),
    );
    const text = builtIn.articles[0]!.text;
    expect(toRuns(Array.from({ length: normalizeForSearch(text).length }, (_, at) => at))).toHaveLength(2);
  });
});

describe('a search result', () => {
  it('marks, in store order, exactly the events it names', () => {
    const index = buildSearchIndex(synthetic);
    for (const raw of ['Bruxelles', 'dissuasion nucléaire', '"premier bilan"', 'zzzqx', 'b']) {
      const result = searchStore(index, compileQuery(raw, synthetic.entities)!);
      const marked = synthetic.events.filter((_, at) => result.matches[at] === 1).map((event) => event.id);
      expect(marked).toEqual([...result.eventIds]);
      expect(result.count).toBe(marked.length);
    }
  });
});
