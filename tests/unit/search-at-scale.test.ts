/**
 * Stores may hold 100,000 events: search must stay right at that size. (How fast it is, is measured
 * by `npm run bench`, not asserted here: a timed unit test fails on a busy machine, not on slow code.)
 * The big store repeats the real events (each copy with its own id and a numbered title), so each
 * query's result at 100k is known from its result on the real store.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { searchStore } from '../../src/store/search';
import { buildSearchIndex, type SearchIndex } from '../../src/store/search-index';
import { compileQuery } from '../../src/store/search-query';
import type { Store } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';

const SIZE = 100_000;

const store = readBuiltStore();
const big: Store = {
  ...store,
  events: Array.from({ length: SIZE }, (_, index) => {
    const event = store.events[index % store.events.length]!;
    return {
      ...event,
      id: `${event.id}-${index}`,
      title: { fr: `${event.title.fr} (copie ${index})`, en: `${event.title.en} (copy ${index})` },
    };
  }),
};

describe(`search over ${SIZE.toLocaleString('en')} events`, () => {
  const smallIndex = buildSearchIndex(store);
  let index: SearchIndex;
  beforeAll(() => {
    index = buildSearchIndex(big);
  }, 120_000);

  it.each(['sentinelle', "l'OTAN", 'elysee', 'Kiev', 'otan', 'Rutte Washington', '"Mark Rutte"', 'Poutine cessez-le-feu', 'zzzz'])(
    'answers %s as on the real store',
    (raw) => {
      const query = compileQuery(raw, store.entities)!;
      const small = searchStore(smallIndex, query).eventIds;
      const expected = big.events.filter((_, index) => small.has(store.events[index % store.events.length]!.id)).length;
      expect(searchStore(index, query).eventIds.size).toBe(expected);
    },
  );
});
