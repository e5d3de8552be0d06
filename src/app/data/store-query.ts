import { queryOptions, skipToken, type QueryClient } from '@tanstack/react-query';
import { readCanonicalStore } from '../../store/canonical-store';
import type { ParseStoreResult } from '../../store/parse-store';
import { englishReason, type Reason, type ShardFailure } from '../../store/reasons';
import {
  indexHeadAsStore,
  looksLikeSplitIndex,
  shardAsStore,
  shardUrl,
  splitIndexFaults,
  startsLikeSplitIndex,
  type SplitIndex,
} from '../../store/split-store';
import { headsStore, readIndexHeads, rejectedHeads } from '../../store/split-heads';
import { joinShards, readShardEvent, type ShardEventReading, type ShardOutcome } from '../../store/split-store-join';
import type { StoreEvent } from '../../store/schema';
import { dropStartedWorker, handSplitIndexToWorker, startedWorkerServes, startSearchWorker } from './search-worker-handoff';

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
    /** What is wrong in the file, for the reader (in their language) and the console (`englishReason`). */
    readonly details: readonly Reason[] = [],
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

/** Where a split store's shards are: the index (as loaded) and its URL. */
export interface SplitSource {
  url: string;
  index: SplitIndex;
  /** The index position of each of the loaded store's events, in the store's order… */
  positions: readonly number[];
  /** …and of one of them, by id (its map is made on the first call: an event opened, not the load). */
  positionOf: (eventId: string) => number | undefined;
}

export type LoadedStore = Extract<ParseStoreResult, { ok: true }> & {
  /** A split store's shards that could not be had: their events are among `rejected` until a retry brings them. */
  missing?: { shard: string; reason: ShardFailure }[];
  /** A split store loaded from its index alone (its events' heads): its shards hold the rest. */
  split?: SplitSource;
};

function isTimeout(error: unknown, signal: AbortSignal) {
  return signal.aborted && signal.reason instanceof DOMException && signal.reason.name === 'TimeoutError' && error instanceof Error;
}

/** User Timing marks of the loading phases (`store:received`…), read by the benchmark and DevTools. */
const mark = (phase: 'received' | 'parsed' | 'validated') => performance.mark(`store:${phase}`);

/** The body at a URL, with a timeout; every fault is a StoreLoadError that says what happened. */
async function fetchText(url: string, signal?: AbortSignal, timeoutMs = FETCH_TIMEOUT_MS): Promise<string> {
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
  try {
    return await response.text();
  } catch (error) {
    throw fault(error);
  }
}

function parseJson(body: string, url: string): unknown {
  try {
    return JSON.parse(body);
  } catch (error) {
    // A cut-off body (a dropped connection) is not JSON either: say which, it changes what to do.
    throw new StoreLoadError(error instanceof Error ? error.message : 'not JSON', url, 'json');
  }
}

/**
 * A store (as JSON) judged by the store's rules: the zod-free fast path when it is valid as it
 * stands, else the full validator (zod, most of the app's weight: only a store with a fault needs
 * it, to say what the fault is and which events survive it).
 */
async function validateStore(json: unknown, url: string): Promise<ParseStoreResult> {
  const valid = readCanonicalStore(json);
  if (valid !== null) return valid;
  let parseStore: (typeof import('../../store/parse-store'))['parseStore'];
  try {
    ({ parseStore } = await import('../../store/parse-store'));
  } catch (error) {
    throw new StoreLoadError(error instanceof Error ? error.message : String(error), url, 'network');
  }
  return parseStore(json);
}

/**
 * The store at `url`, validated. A split index gives the whole store (every shard fetched) unless
 * `headsOnly`: then the store of its events' heads, at once, each shard left for when it is needed.
 */
export async function fetchStore(
  url: string,
  signal?: AbortSignal,
  timeoutMs = FETCH_TIMEOUT_MS,
  client?: QueryClient,
  headsOnly = false,
): Promise<LoadedStore> {
  // A ?data= store may be big: its search worker starts now, to be running when the text comes.
  const searchWorker = headsOnly && url !== BUILT_IN_STORE_URL;
  if (searchWorker) startSearchWorker(url);
  try {
    const loaded = await fetchAndValidate(url, signal, timeoutMs, client, headsOnly, searchWorker);
    if (searchWorker) startedWorkerServes(url, loaded.store);
    return loaded;
  } catch (error) {
    // No store to show: no worker to keep (one handed a split index holds it all).
    if (searchWorker) dropStartedWorker(url);
    throw error;
  }
}

async function fetchAndValidate(
  url: string,
  signal: AbortSignal | undefined,
  timeoutMs: number,
  client: QueryClient | undefined,
  headsOnly: boolean,
  searchWorker: boolean,
): Promise<LoadedStore> {
  const body = await fetchText(url, signal, timeoutMs);
  mark('received');
  // The search worker parses the same text while the page does, and reads the heads once the page adopts it.
  if (searchWorker && startsLikeSplitIndex(body)) handSplitIndexToWorker(url, body);
  const json = parseJson(body, url);
  mark('parsed');
  if (looksLikeSplitIndex(json)) {
    const index = await readSplitIndex(url, json);
    if (!headsOnly) return fetchAllShards(url, index, signal, client);
    if (searchWorker) handSplitIndexToWorker(url, body);
    return indexHeads(url, index);
  }
  const result = await validateStore(json, url);
  mark('validated');
  if (!result.ok) throw new StoreLoadError(result.problem, url, result.problem, result.details);
  return result;
}

/** One shard of a split store, fetched and validated with the store's rules (joined to its index rows). */
async function fetchShard(indexUrl: string, index: SplitIndex, shard: number, signal?: AbortSignal): Promise<ShardOutcome> {
  const url = shardUrl(indexUrl, index.shards[shard]!);
  const reading = shardAsStore(index, shard, parseJson(await fetchText(url, signal), url));
  if (!reading.ok) throw new StoreLoadError(englishReason(reading.reason), url, 'shape', [reading.reason]);
  const result = await validateStore(reading.store, url);
  if (!result.ok) throw new StoreLoadError(result.problem, url, result.problem, result.details);
  return { shard, result, positions: reading.positions };
}

/** A shard as its own query, so that a retry of the store fetches again only the shards that failed. */
export const storeShardQueryOptions = (indexUrl: string, index: SplitIndex, shard: number) =>
  queryOptions({
    queryKey: ['store-shard', indexUrl, index.shards[shard] ?? String(shard)] as const,
    queryFn: ({ signal }) => fetchShard(indexUrl, index, shard, signal),
    staleTime: Infinity,
    // No view observes a shard: kept for the page's life, so that a retry never fetches a loaded one again.
    gcTime: Infinity,
    retry: shouldRetry,
    retryDelay,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

/**
 * Why a shard could not be had, as reasons said in the reader's language: why it was refused, or
 * what the network or the server did; an unforeseen error as its own message.
 */
const describeFault = (error: unknown): ShardFailure => {
  if (!(error instanceof StoreLoadError)) return error instanceof Error ? error.message : String(error);
  if (error.details.length > 0) return error.details.slice(0, 3);
  const { kind, status } = error;
  if (kind === 'network' || kind === 'timeout' || kind === 'json' || kind === 'http')
    return [{ path: '', message: { code: 'file-not-loaded', kind, ...(status === undefined ? {} : { status }) } }];
  return error.message;
};

/** A split index whose structure, title, entities and articles pass the store's rules; else the store is refused. */
async function readSplitIndex(url: string, json: unknown): Promise<SplitIndex> {
  const faults = splitIndexFaults(json);
  if (faults.length > 0) throw new StoreLoadError('shape', url, 'shape', faults);
  const index = json as SplitIndex;
  const head = await validateStore(indexHeadAsStore(index), url);
  if (!head.ok) throw new StoreLoadError(head.problem, url, head.problem, head.details);
  return index;
}

/** A lookup whose map is made on its first call. */
function lazyLookup<K, V>(make: () => ReadonlyMap<K, V>): (key: K) => V | undefined {
  let map: ReadonlyMap<K, V> | undefined;
  return (key) => (map ??= make()).get(key);
}

/** The store of a split index's event heads; a head that breaks the rules costs its event, said as the single file says it. */
async function indexHeads(url: string, index: SplitIndex): Promise<LoadedStore> {
  const { events, positions, refused } = readIndexHeads(index);
  let explain: (head: unknown) => Reason[] = () => [];
  if (refused.length > 0) {
    try {
      ({ eventHeadReasons: explain } = await import('../../store/parse-store'));
    } catch {
      // Without the validator's chunk the events are still refused, with a generic reason.
    }
  }
  mark('validated');
  return {
    ok: true,
    store: headsStore(index, events),
    rejected: rejectedHeads(index, refused, explain),
    dropped: [],
    split: { url, index, positions, positionOf: lazyLookup(() => new Map(events.map((event, at) => [event.id, positions[at]!]))) },
  };
}

/**
 * A split store's every shard at once, each validated as it arrives. A shard that fails costs only
 * its events (reported, with a retry).
 */
async function fetchAllShards(url: string, index: SplitIndex, signal: AbortSignal | undefined, client: QueryClient | undefined): Promise<LoadedStore> {
  const outcomes = await Promise.all(
    index.shards.map(async (_, shard): Promise<ShardOutcome> => {
      try {
        return client ? await client.fetchQuery(storeShardQueryOptions(url, index, shard)) : await fetchShard(url, index, shard, signal);
      } catch (error) {
        if (signal?.aborted) throw error;
        return { shard, failure: describeFault(error) };
      }
    }),
  );
  mark('validated');
  return joinShards(index, outcomes);
}

/**
 * A split store whole (every shard), for the views that show every event in full: presentation,
 * handout, exports, the reader. Its shards are the ones the open events fetched, fetched once.
 */
export const completeStoreQueryOptions = (source: SplitSource | undefined) =>
  queryOptions({
    queryKey: ['store-complete', source?.url ?? null] as const,
    queryFn: source ? ({ signal, client }) => fetchAllShards(source.url, source.index, signal, client) : skipToken,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

/**
 * The parts of one event of a split store that its shard holds: one small query per event, whose
 * shard is fetched once for all its events. A shard that cannot be had is an answer too (`failed`),
 * which a refetch asks for again.
 */
export const eventDetailsQueryOptions = (source: SplitSource, event: StoreEvent) =>
  queryOptions({
    queryKey: ['event-details', source.url, event.id] as const,
    queryFn: async ({ client }): Promise<ShardEventReading> => {
      const position = source.positionOf(event.id) ?? -1;
      const shard = source.index.events.shard[position] ?? -1;
      try {
        return readShardEvent(await client.fetchQuery(storeShardQueryOptions(source.url, source.index, shard)), position, event.id);
      } catch (error) {
        return { failed: describeFault(error) };
      }
    },
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

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
    queryFn: ({ signal, client }) => fetchStore(url, signal, FETCH_TIMEOUT_MS, client, true),
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
