import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { readCanonicalStore } from '../../store/canonical-store';
import type { ParseStoreResult } from '../../store/parse-store';

export const BUILT_IN_STORE_URL = '/data/store.json';

/** How long one attempt (request and body) may take before it counts as a network fault. */
export const FETCH_TIMEOUT_MS = 15_000;
const MAX_RETRIES = 3;
/** How long the store may take before the page says the server is slow (it goes on trying). */
export const SLOW_STORE_AFTER_MS = 8_000;

export type StoreErrorKind = 'network' | 'timeout' | 'http' | 'json' | 'schema-version' | 'shape';

export class StoreLoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly kind: StoreErrorKind,
    readonly details: string[] = [],
    /** The HTTP status for kind `http`. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'StoreLoadError';
  }

  /** Faults that may go away by themselves: the network, a timeout, a server error. */
  get transient(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

export type LoadedStore = Extract<ParseStoreResult, { ok: true }>;

function isTimeout(error: unknown, signal: AbortSignal) {
  return signal.aborted && signal.reason instanceof DOMException && signal.reason.name === 'TimeoutError' && error instanceof Error;
}

/** User Timing marks of the loading phases (`store:received`…), read by the benchmark and DevTools. */
const mark = (phase: 'received' | 'parsed' | 'validated') => performance.mark(`store:${phase}`);

export async function fetchStore(url: string, signal?: AbortSignal, timeoutMs = FETCH_TIMEOUT_MS): Promise<LoadedStore> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const fault = (error: unknown) =>
    isTimeout(error, timeout)
      ? new StoreLoadError(`no answer within ${timeoutMs / 1000} s`, url, 'timeout')
      : new StoreLoadError(error instanceof Error ? error.message : String(error), url, 'network');

  let response: Response;
  try {
    response = await fetch(url, { signal: combined, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (error) {
    throw fault(error);
  }
  if (!response.ok) throw new StoreLoadError(`HTTP ${response.status}`, url, 'http', [], response.status);
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    throw fault(error);
  }
  mark('received');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    // A cut-off body (a dropped connection) is not JSON either: say which, it changes what to do.
    throw new StoreLoadError(error instanceof Error ? error.message : 'not JSON', url, 'json');
  }
  mark('parsed');
  const valid = readCanonicalStore(json);
  if (valid !== null) {
    mark('validated');
    return valid;
  }
  // The full validator (zod) is most of the app's weight: only a store with a fault needs it, to
  // say what the fault is and which events survive it.
  let parseStore: (typeof import('../../store/parse-store'))['parseStore'];
  try {
    ({ parseStore } = await import('../../store/parse-store'));
  } catch (error) {
    throw fault(error);
  }
  const result = parseStore(json);
  mark('validated');
  if (!result.ok) throw new StoreLoadError(result.problem, url, result.problem, result.details);
  return result;
}

/** 1 s, 2 s, 4 s… capped at 30 s. */
export const retryDelay = (attempt: number) => Math.min(1000 * 2 ** attempt, 30_000);

export const shouldRetry = (failureCount: number, error: Error) =>
  error instanceof StoreLoadError && error.transient && failureCount < MAX_RETRIES;

/**
 * The store at a URL. The cache holds the whole validation result; `data` is the store itself, and
 * a view that reports rejected events overrides `select` with `selectLoadedStore`.
 */
export const storeQueryOptions = (url: string = BUILT_IN_STORE_URL) =>
  queryOptions({
    queryKey: ['store', url] as const,
    queryFn: ({ signal }) => fetchStore(url, signal),
    select: (loaded: LoadedStore) => loaded.store,
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay,
    // Asked even when the browser says it is offline: the service worker answers from its cache in
    // a classroom with no network. Only the retries wait for the connection.
    networkMode: 'offlineFirst',
    // After a failure, coming back online loads the store again without a click.
    refetchOnReconnect: (query) => query.state.status === 'error',
    refetchOnWindowFocus: false,
    // A store that already failed (main.tsx may load it before the app mounts) is shown as failed
    // with its retry button, not requested again because a view mounted.
    retryOnMount: false,
  });

export const selectLoadedStore = (loaded: LoadedStore) => loaded;

/**
 * « Réessayer » while an attempt hangs: a query without data does not cancel its running fetch
 * for a refetch (it would join it), so the attempt is cancelled (its request aborted) and a new
 * one starts, with its retries counted afresh.
 */
export async function restartStoreLoad(client: QueryClient, url: string = BUILT_IN_STORE_URL): Promise<void> {
  const options = storeQueryOptions(url);
  await client.cancelQueries({ queryKey: options.queryKey });
  await client.prefetchQuery(options);
}
