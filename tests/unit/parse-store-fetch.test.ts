import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchStore, retryDelay, shouldRetry, StoreLoadError } from '../../src/app/data/store-query';
import { englishReason } from '../../src/store/reasons';
import { readBuiltStore } from '../helpers/built-store';

afterEach(() => {
  vi.unstubAllGlobals();
});

const respond = (body: BodyInit | null, init: ResponseInit = {}) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, init)),
  );

async function failure(promise: Promise<unknown>): Promise<StoreLoadError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(StoreLoadError);
  return error as StoreLoadError;
}

describe('fetchStore: network faults and bad files become errors that say what happened', () => {
  it('loads and validates a good store', async () => {
    respond(JSON.stringify(readBuiltStore()));
    const loaded = await fetchStore('/data/store.json');
    expect(loaded.store.events.length).toBe(readBuiltStore().events.length);
  });

  it('a 404 is an http error that is not retried; a 500 is retried', async () => {
    respond('missing', { status: 404 });
    const notFound = await failure(fetchStore('/nope.json'));
    expect([notFound.kind, notFound.status, notFound.url]).toEqual(['http', 404, '/nope.json']);
    expect(shouldRetry(0, notFound)).toBe(false);

    respond('oops', { status: 500 });
    const serverError = await failure(fetchStore('/data/store.json'));
    expect(serverError.status).toBe(500);
    expect(shouldRetry(0, serverError)).toBe(true);
    expect(shouldRetry(3, serverError)).toBe(false);
  });

  it('a failing request is a network error, retried', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await failure(fetchStore('/data/store.json'));
    expect(error.kind).toBe('network');
    expect(shouldRetry(1, error)).toBe(true);
  });

  it('a truncated body is a JSON error, not retried', async () => {
    respond(JSON.stringify(readBuiltStore()).slice(0, 5000));
    const error = await failure(fetchStore('/data/store.json'));
    expect(error.kind).toBe('json');
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('a server that never answers times out, and the timeout is retried', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_: string, init: RequestInit) =>
          new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason))),
      ),
    );
    const error = await failure(fetchStore('/slow.json', undefined, 50));
    expect(error.kind).toBe('timeout');
    expect(shouldRetry(0, error)).toBe(true);
  });

  it('a wrong version or a broken shape is reported with details, not retried', async () => {
    respond(JSON.stringify({ ...readBuiltStore(), schemaVersion: 99 }));
    const version = await failure(fetchStore('/v99.json'));
    expect(version.kind).toBe('schema-version');
    expect(version.details.map(englishReason)).toEqual(['schemaVersion: 99; this app reads version 1']);
    expect(shouldRetry(0, version)).toBe(false);

    respond(JSON.stringify({ schemaVersion: 1 }));
    const shape = await failure(fetchStore('/empty.json'));
    expect(shape.kind).toBe('shape');
    expect(shape.details.length).toBeGreaterThan(0);
  });

  it('waits longer after each failure, up to a cap', () => {
    const delays = [0, 1, 2, 3, 10].map(retryDelay);
    expect(delays.slice(0, 4)).toEqual([1000, 2000, 4000, 8000]);
    expect(delays[4]).toBe(30_000);
  });
});
