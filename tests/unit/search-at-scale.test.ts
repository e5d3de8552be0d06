/**
 * Stores may hold 100,000 events: the index is built once, then a search must answer within 50 ms.
 * The big store repeats the real events (each copy with its own id and a numbered title), so each
 * query's result at 100k is known from its result on the real store.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, compileQuery, searchStore, type SearchIndex } from '../../src/store/search';
import type { Store } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';

const SIZE = 100_000;
const BUDGET_MS = 50;

const store = readBuiltStore();
const big: Store = {
  ...store,
  events: Array.from({ length: SIZE }, (_, index) => {
    const event = store.events[index % store.events.length]!;
    return { ...event, id: `${event.id}-${index}`, title: { fr: `${event.title.fr} (copie ${index})`, en: `${event.title.en} (copy ${index})` } };
  }),
};

function medianMs(run: () => void): number {
  const times: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[2]!;
}

describe(`search over ${SIZE.toLocaleString('en')} events`, () => {
  const smallIndex = buildSearchIndex(store);
  let index: SearchIndex;
  beforeAll(() => {
    index = buildSearchIndex(big);
  }, 120_000);

  it.each(['sentinelle', "l'OTAN", 'elysee', 'Kiev', 'otan', 'Rutte Washington', '"Mark Rutte"', 'Poutine cessez-le-feu', 'zzzz'])(
    'answers %s correctly within the budget',
    (raw) => {
      const query = compileQuery(raw, store.entities)!;
      const small = searchStore(smallIndex, query).eventIds;
      const expected = big.events.filter((_, index) => small.has(store.events[index % store.events.length]!.id)).length;
      expect(searchStore(index, query).eventIds.size).toBe(expected);
      expect(medianMs(() => searchStore(index, query))).toBeLessThanOrEqual(BUDGET_MS);
    },
  );
});
