/**
 * The search worker's message protocol and the logic on both of its sides, kept here so that it is
 * tested in Node without a real Worker (src/app/data/search.worker.ts only wires it to `self`).
 *
 * The page sends the worker a store (numbered by a generation; its events in slices) and then
 * searches (numbered within it); the worker owns the store's index (loaded from the build-time file when the store has one
 * and the file fits it, else built) and answers each search with the same mask `searchStore` gives
 * on the main thread. Answers can arrive late: the page keeps only the answer to its latest query
 * for its latest store (`SearchAnswerGate`), and the worker skips a search that a newer one has
 * already replaced while the index was being made. A split store's events come as the index has
 * them, without summaries, quotes or notes: the worker loads its shards and fills those in before
 * it makes the index (search-shard-details.ts). Pure TypeScript.
 */
import type { Store, StoreEvent } from './schema';
import { searchStore, type SearchResult } from './search';
import { SearchIndexBuilder, type SearchIndex } from './search-index';
import { fromSearchIndexFile } from './search-index-file';
import { compileQuery, type CompiledQuery } from './search-query';
import { fillFromShards, type SearchedDetails } from './search-shard-details';

/**
 * What the index (and its file's fingerprint) reads of an event: posted instead of the whole
 * event, a third less to copy. Stores are posted in slices of events, so that no structured clone
 * holds the page for long (100,000 events at once: 5 s in one task; in slices: about 1.5 s in all).
 */
export type SearchedEvent = Pick<StoreEvent, 'id' | 'title' | 'actors' | 'places' | 'themes'> & SearchedDetails;

/** A split store's shards: their URLs, in the index's order, and each event's shard by its position in the store. */
export interface StoreShards {
  urls: readonly string[];
  /** `eventShards[i]`: the position in `urls` of the shard holding `store.events[i]`'s details. */
  eventShards: readonly number[];
}

export const searchedFields = (event: StoreEvent): SearchedEvent => ({
  id: event.id,
  title: event.title,
  summary: event.summary,
  evidence: event.evidence.map((quote) => ({ exact: quote.exact })),
  notes: event.notes.map((note) =>
    note.evidence ? { fr: note.fr, en: note.en, evidence: { exact: note.evidence.exact } } : { fr: note.fr, en: note.en },
  ),
  actors: event.actors,
  places: event.places,
  themes: event.themes,
});

export type ToSearchWorker =
  /**
   * A new store to search, whose `eventCount` events follow in 'events' messages, in order: the
   * index is made once they are all there (from `indexUrl` when the file fits the store). With
   * `shards` (a split store, whose events and articles come without their details), the shards
   * are loaded and the details filled in first.
   */
  | {
      type: 'store';
      generation: number;
      indexUrl: string | null;
      eventCount: number;
      entities: Store['entities'];
      articles: Pick<Store['articles'][number], 'id' | 'text'>[];
      shards?: { urls: string[] };
    }
  /** `eventShards` (with a split store): the position in the store's `shards.urls` of each event's shard. */
  | { type: 'events'; generation: number; events: SearchedEvent[]; eventShards?: number[] }
  | { type: 'search'; generation: number; query: number; compiled: CompiledQuery };

/** The messages that send `store` to the worker: the store, then its events `slice` at a time (with their shards, when it has some). */
export function* storeMessages(
  store: Store,
  generation: number,
  indexUrl: string | null,
  slice: number,
  shards?: StoreShards,
): Generator<ToSearchWorker> {
  const articles = store.articles.map((article) => ({ id: article.id, text: article.text }));
  const head: Extract<ToSearchWorker, { type: 'store' }> = {
    type: 'store',
    generation,
    indexUrl,
    eventCount: store.events.length,
    entities: store.entities,
    articles,
  };
  yield shards ? { ...head, shards: { urls: [...shards.urls] } } : head;
  for (let at = 0; at < store.events.length; at += slice) {
    const events = store.events.slice(at, at + slice).map(searchedFields);
    yield shards
      ? { type: 'events', generation, events, eventShards: shards.eventShards.slice(at, at + slice) }
      : { type: 'events', generation, events };
  }
}

export type FromSearchWorker =
  /** The index of that store is ready: searches are answered in milliseconds from now on. */
  | { type: 'ready'; generation: number; from: 'file' | 'built' }
  | ({ type: 'answer'; generation: number; query: number } & SearchAnswer)
  /** The worker could not search that store: the page searches on its main thread. */
  | { type: 'failed'; generation: number; reason: string };

/**
 * What a search answer carries: a transferable mask over the store's events and its count. Not the
 * article hits (the app does not read them; at 100,000 events a short term's would take the page
 * 40 ms to receive): highlights are made on the page from the compiled query, as before.
 *
 * `complete` is false for an answer given before the index was ready, from what the worker had
 * then: the events that had come so far, or a split store's heads before its shards. The complete
 * answer to the same query follows once the index is ready.
 */
export type SearchAnswer = Pick<SearchResult, 'matches' | 'count'> & { complete: boolean };

/** The answer `searchStore` gives, in the form the worker posts. */
const answerOf = (index: SearchIndex, compiled: CompiledQuery, complete: boolean, scanOnly = false): SearchAnswer => {
  const { matches, count } = searchStore(index, compiled, { scanOnly });
  return { matches, count, complete };
};

/** Work on the index goes this long at a time, then lets the searches that came meanwhile be answered. */
const BUILD_SLICE_MS = 12;

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

  receive(message: ToSearchWorker): void {
    if (message.type === 'store') {
      let complete: (store: Store) => void = noop;
      const events: SearchedEvent[] = [];
      const eventShards: number[] = [];
      const whole = new Promise<Store>((resolve) => (complete = resolve));
      const { generation, indexUrl, eventCount, entities, articles, shards } = message;
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
      this.current = current;
      current.add([], undefined);
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
      return;
    }
    if (message.type === 'events') {
      if (this.current?.generation === message.generation) this.current.add(message.events, message.eventShards);
      return;
    }
    const current = this.current;
    // A search for a store the worker no longer has: the page has moved on, nobody waits for it.
    if (!current || current.generation !== message.generation) return;
    // An older search that came late is not answered: the page waits for the latest only.
    if (message.query < current.latestQuery) return;
    current.latestQuery = message.query;
    current.pending = { query: message.query, compiled: message.compiled, eventsRead: -1, answeredAt: -Infinity };
    this.answerPending(current, true);
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

/**
 * The page's side: numbers stores and queries, and keeps only the answer to the latest query for
 * the latest store (an answer to an older query, or for an older store, is stale and dropped).
 */
export class SearchAnswerGate {
  private generation = 0;
  private query = 0;

  /** A new store is sent: every answer for the previous one is stale from now on. */
  nextStore(): number {
    this.generation += 1;
    this.query = 0;
    return this.generation;
  }

  /** A new query is sent: every answer to an earlier one is stale from now on. */
  nextQuery(): { generation: number; query: number } {
    this.query += 1;
    return { generation: this.generation, query: this.query };
  }

  /** Whether a message from the worker is about the current store (and, for an answer, the current query). */
  accepts(message: FromSearchWorker): boolean {
    if (message.generation !== this.generation) return false;
    return message.type !== 'answer' || message.query === this.query;
  }
}
