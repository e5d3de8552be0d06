/**
 * The search worker's side of its protocol (search-worker-protocol.ts has the messages and the
 * page's side): owns the current store's index and answers searches on it. Kept apart from the
 * Worker so that it is tested in Node (src/app/data/search.worker.ts only wires it to `self`).
 * Pure TypeScript.
 */
import type { Store } from './schema';
import { searchStore } from './search';
import { SearchIndexBuilder, type SearchIndex } from './search-index';
import { fromSearchIndexFile } from './search-index-file';
import { compileQuery, type CompiledQuery } from './search-query';
import { fillFromShards } from './search-shard-details';
import { splitSearchSource, type SplitSearchSource } from './search-split-index';
import type { FromSearchWorker, SearchAnswer, SearchedEvent, ToSearchWorker } from './search-worker-protocol';

/** The answer `searchStore` gives, in the form the worker posts. */
const answerOf = (index: SearchIndex, compiled: CompiledQuery, complete: boolean, scanOnly = false): SearchAnswer => {
  const { matches, count } = searchStore(index, compiled, { scanOnly });
  return { matches, count, complete };
};

/** Work on the index goes this long at a time, then lets the searches that came meanwhile be answered. */
const BUILD_SLICE_MS = 12;
/** An adopted split index's heads are added to its store this many at a time (a millisecond or two each). */
const HEADS_PER_ADD = 500;

/** Resolves once the messages that came meanwhile have been received (a macrotask later). */
export type YieldToMessages = () => Promise<void>;

const afterTimeout: YieldToMessages = () => new Promise((resolve) => setTimeout(resolve, 0));

interface CurrentStore {
  generation: number;
  eventCount: number;
  add: (events: SearchedEvent[], eventShards: number[] | undefined) => void;
  /**
   * Reads the events as they come: what a search asks before the index is ready is answered from
   * it. A split store's events are its heads until the shards are in: its answers are then partial.
   * Null once the index is ready: a builder holds every (word, event) pair it has read, hundreds of
   * megabytes at 100,000 events, which the index no longer needs.
   */
  early: SearchIndexBuilder | null;
  split: boolean;
  index: Promise<SearchIndex>;
  ready: SearchIndex | null;
  latestQuery: number;
  /** The latest search, while it has had no complete answer: answered again as more events are read, and once the index is ready. */
  pending: { query: number; compiled: CompiledQuery; eventsRead: number; answeredAt: number } | null;
}

/** A search waiting for the index is answered again, from the events read since, at most this often (each answer costs the page a render). */
const PARTIAL_EVERY_MS = 250;

/**
 * The worker's side: owns the current store's index and answers searches on it. A search that
 * comes before the index is ready is answered at once from the events read so far (none read:
 * once some are), again as more are read (every PARTIAL_EVERY_MS at most), and complete once every
 * event is read (a split store: once its shards are in and its index is ready).
 */
export class SearchWorkerCore {
  private current: CurrentStore | null = null;

  constructor(
    /**
     * Reads a file as JSON (fetch, in the worker): an index file, whose rejection means: build the
     * index; or a shard, whose rejection leaves its events searchable by their head fields only.
     */
    private readonly loadFile: (url: string) => Promise<unknown>,
    private readonly post: (message: FromSearchWorker, transfer: Transferable[]) => void,
    private readonly yieldToMessages: YieldToMessages = afterTimeout,
  ) {}

  /** A split index handed over ahead of its store (null: none, or it could not be read). */
  private prepared: { url: string; source: SplitSearchSource | null } | null = null;

  receive(message: ToSearchWorker): void {
    switch (message.type) {
      case 'store': {
        this.prepared = null;
        const current = this.startStore(message);
        this.current = current;
        current.add([], undefined);
        return;
      }
      case 'split-index':
        this.prepare(message.url, message.text);
        return;
      case 'adopt':
        this.adopt(message);
        return;
      case 'events':
        if (this.current?.generation === message.generation) this.current.add(message.events, message.eventShards);
        return;
      case 'search':
        this.search(message);
    }
  }

  private search(message: Extract<ToSearchWorker, { type: 'search' }>): void {
    const current = this.current;
    // A search for a store the worker no longer has: the page has moved on, nobody waits for it.
    if (!current || current.generation !== message.generation) return;
    // An older search that came late is not answered: the page waits for the latest only.
    if (message.query < current.latestQuery) return;
    current.latestQuery = message.query;
    current.pending = { query: message.query, compiled: message.compiled, eventsRead: -1, answeredAt: -Infinity };
    this.answerPending(current, true);
  }

  /** A store whose events are added as they come; its index is made once they are all there. */
  private startStore({
    generation,
    indexUrl,
    eventCount,
    entities,
    articles,
    shards,
  }: Omit<Extract<ToSearchWorker, { type: 'store' }>, 'type'>): CurrentStore {
    let complete: (store: Store) => void = noop;
    const events: SearchedEvent[] = [];
    const eventShards: number[] = [];
    const whole = new Promise<Store>((resolve) => (complete = resolve));
    const isCurrent = () => this.current === current;
    // Only the fields the index reads are there: typed as a Store for the index's sake.
    const store = { events, entities, articles } as unknown as Store;
    const current: CurrentStore = {
      generation,
      eventCount,
      add: (slice: SearchedEvent[], sliceShards: number[] | undefined) => {
        for (const [at, event] of slice.entries()) {
          events.push(event);
          if (shards) eventShards.push(sliceShards?.[at] ?? -1);
        }
        current.early?.addThrough(events.length);
        if (events.length >= eventCount) complete(store);
        this.answerPending(current);
      },
      early: new SearchIndexBuilder(store),
      split: shards !== undefined,
      index: whole.then(async () => {
        if (!shards) return this.indexFor(store, indexUrl, current.early ?? new SearchIndexBuilder(store), isCurrent);
        await fillFromShards({ urls: shards.urls, events, eventShards, articles }, this.loadFile, isCurrent);
        // Replaced while its shards were loading: no index is made for a store nobody will search.
        if (!isCurrent()) throw new Error('replaced by a newer store');
        // The details are in: the heads read so far are read again, with them.
        return this.indexFor(store, indexUrl, new SearchIndexBuilder(store), isCurrent);
      }),
      ready: null,
      latestQuery: -1,
      pending: null,
    };
    current.index.then(
      (index) => {
        if (this.current !== current) return;
        current.ready = index;
        current.early = null;
        this.post({ type: 'ready', generation: current.generation, from: fromFile.has(index) ? 'file' : 'built' }, []);
        this.answerPending(current);
        warmUp(index, entities);
      },
      (error: unknown) =>
        this.current === current && this.post({ type: 'failed', generation: current.generation, reason: String(error) }, []),
    );
    return current;
  }

  /**
   * Parses a split index handed over ahead of its store, for 'adopt' to search its heads. Its heads
   * are read only once adopted: read ahead, they took a core from the page while it drew (this
   * machine has two), and its timeline was ready some 200 ms later.
   */
  private prepare(url: string, text: string): void {
    this.prepared = { url, source: splitSearchSource(url, text) };
  }

  /**
   * The page's store is the split index handed over from `url`, of the heads at `positions` (null:
   * every one): searched from now on, its heads read a slice at a time (a search is answered from
   * those read so far), its shards loaded.
   */
  private adopt({ generation, url, eventCount, indexUrl, positions }: Extract<ToSearchWorker, { type: 'adopt' }>): void {
    const prepared = this.prepared;
    this.prepared = null;
    const source = prepared?.url === url ? prepared.source : null;
    const rows = source?.rows ?? 0;
    const inIndex = (position: number) => Number.isSafeInteger(position) && position >= 0 && position < rows;
    if (!source) return this.fail(generation, `no readable split index from ${url}`);
    if ((positions?.length ?? rows) !== eventCount || (positions && !positions.every(inIndex)))
      return this.fail(generation, `the index has ${rows} events, the page ${eventCount}`);
    const { entities, articles, shardUrls } = source;
    const store = this.startStore({ generation, indexUrl, eventCount, entities, articles, shards: { urls: shardUrls } });
    this.current = store;
    void (async () => {
      for (let at = 0; at < eventCount && this.current === store; await this.yieldToMessages()) {
        const until = performance.now() + BUILD_SLICE_MS;
        do {
          const heads: SearchedEvent[] = [];
          const shards: number[] = [];
          for (const end = Math.min(at + HEADS_PER_ADD, eventCount); at < end; at += 1) {
            const position = positions ? positions[at]! : at;
            const head = source.headAt(position);
            // A head the page could not have kept: this store is not the page's.
            if (!head) return this.fail(generation, `the head at ${position} names no entity`);
            heads.push(head);
            shards.push(source.shardAt(position));
          }
          store.add(heads, shards);
        } while (at < eventCount && performance.now() < until);
      }
    })();
    if (eventCount === 0) store.add([], []);
  }

  /** The worker cannot search the page's store: it says so, and the page searches on its own. */
  private fail(generation: number, reason: string): void {
    this.current = null;
    this.post({ type: 'failed', generation, reason }, []);
  }

  /**
   * Answers the pending search: from the index once it is ready; before, from the events read so
   * far, if more have been read since its last answer and (`now`, or) long enough ago.
   */
  private answerPending(current: CurrentStore, now = false): void {
    const { pending, early, eventCount, split, ready } = current;
    if (!pending || this.current !== current) return;
    const post = (found: SearchAnswer) =>
      this.post({ type: 'answer', generation: current.generation, query: pending.query, ...found }, [found.matches.buffer as ArrayBuffer]);
    if (ready) {
      post(answerOf(ready, pending.compiled, true));
      current.pending = null;
      return;
    }
    // The builder is dropped only once the index is ready.
    if (!early) return;
    const read = early.eventsRead;
    const inFull = !split && read === eventCount;
    const grown = read > pending.eventsRead && (read > 0 || eventCount === 0);
    const due = now || inFull || performance.now() - pending.answeredAt >= PARTIAL_EVERY_MS;
    if (!grown || !due) return;
    post(answerOf(early.partialIndex(eventCount), pending.compiled, inFull, true));
    current.pending = inFull ? null : { ...pending, eventsRead: read, answeredAt: performance.now() };
  }

  /**
   * The store's index: from its file when it fits, else finished by `builder`, a slice at a time,
   * so that searches that come meanwhile are answered (from what `early` has read).
   */
  private async indexFor(
    store: Store,
    indexUrl: string | null,
    builder: SearchIndexBuilder,
    isCurrent: () => boolean,
  ): Promise<SearchIndex> {
    if (indexUrl !== null) {
      const json = await this.loadFile(indexUrl).catch(() => null);
      const loaded = json === null ? null : fromSearchIndexFile(json, store);
      if (loaded) {
        fromFile.add(loaded);
        return loaded;
      }
    }
    for (;;) {
      const until = performance.now() + BUILD_SLICE_MS;
      const index = builder.step(() => performance.now() >= until);
      if (index) return index;
      await this.yieldToMessages();
      if (!isCurrent()) throw new Error('replaced by a newer store');
    }
  }
}

const noop = () => {};

/**
 * One search nobody asked for, by word and by phrase, as soon as the index is ready: the first
 * search on a fresh index took 60 ms at 100,000 events, the next ones 12 ms (code not yet
 * optimized, memory not yet touched); it is then not the reader's first search that pays.
 */
function warmUp(index: SearchIndex, entities: Store['entities']): void {
  const query = compileQuery('"chronique du jour" chronique', entities);
  if (query) searchStore(index, query);
}

const fromFile = new WeakSet<SearchIndex>();
