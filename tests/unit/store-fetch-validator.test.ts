/** fetchStore loads the full validator (zod, parse-store) only for a store with a fault. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBuiltStore } from '../helpers/built-store';

const respond = (body: unknown) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body))),
  );

/** store-query as the browser gets it when the validator's chunk cannot be downloaded. */
async function withoutValidatorChunk() {
  vi.doMock('../../src/store/parse-store', () => {
    throw new TypeError('Failed to fetch dynamically imported module: parse-store.js');
  });
  return import('../../src/app/data/store-query');
}

const withRejectedEvent = () => {
  const store = structuredClone(readBuiltStore());
  store.events[0]!.date.start = '2025-02-30';
  return store;
};

beforeEach(() => {
  vi.resetModules();
  performance.clearMarks();
});

afterEach(() => {
  vi.doUnmock('../../src/store/parse-store');
  vi.unstubAllGlobals();
});

describe('fetchStore and the validator chunk', () => {
  it('loads a valid store without the validator, marking every phase', async () => {
    const { fetchStore } = await withoutValidatorChunk();
    respond(readBuiltStore());
    const loaded = await fetchStore('/data/store.json');
    expect(loaded.store).toEqual(readBuiltStore());
    expect([loaded.rejected, loaded.dropped]).toEqual([[], []]);
    expect(['store:received', 'store:parsed', 'store:validated'].map((name) => performance.getEntriesByName(name).length)).toEqual([
      1, 1, 1,
    ]);
  });

  it('loads the validator for a store with a fault, and reports what it rejected', async () => {
    const { fetchStore } = await import('../../src/app/data/store-query');
    respond(withRejectedEvent());
    const loaded = await fetchStore('/data/store.json');
    expect(loaded.rejected.map((rejected) => rejected.index)).toEqual([0]);
    expect(loaded.store.events).toHaveLength(readBuiltStore().events.length - 1);
    expect(performance.getEntriesByName('store:validated')).toHaveLength(1);
  });

  it('a validator chunk that fails to download is a network error, retried', async () => {
    const { fetchStore, shouldRetry, StoreLoadError } = await withoutValidatorChunk();
    respond(withRejectedEvent());
    const error = await fetchStore('/data/store.json').then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(StoreLoadError);
    expect(error).toMatchObject({ kind: 'network' });
    expect(shouldRetry(0, error as Error)).toBe(true);
  });
});
