/**
 * The search worker's message protocol and the page's side of it (search-worker-core.ts is the
 * worker's), kept apart from the Worker so that it is tested in Node.
 *
 * The page sends the worker a store (numbered by a generation; its events in slices) and then
 * searches (numbered within it); the worker owns the store's index (loaded from the build-time file when the store has one
 * and the file fits it, else built) and answers each search with the same mask `searchStore` gives
 * on the main thread. Answers can arrive late: the page keeps only the answer to its latest query
 * for its latest store (`SearchAnswerGate`), and the worker skips a search that a newer one has
 * already replaced while the index was being made. A split store's events come as the index has
 * them, without summaries, quotes or notes (or the worker reads them from the index's text, handed
 * over as the page received it: search-split-index.ts): the worker loads its shards and fills
 * those in before it makes the index (search-shard-details.ts). Pure TypeScript.
 */
import type { Store, StoreEvent } from './schema';
import type { SearchResult } from './search';
import type { CompiledQuery } from './search-query';
import type { SearchedDetails } from './search-shard-details';

/**
 * What the index (and its file's fingerprint) reads of an event: posted instead of the whole
 * event, a third less to copy. Stores are posted in slices of events, so that no structured clone
 * holds the page for long (100,000 events at once: 5 s in one task; in slices: about 1.5 s in all).
 */
export type SearchedEvent = Pick<StoreEvent, 'id' | 'title' | 'actors' | 'places' | 'themes'> & SearchedDetails;

/** A split store's shards: their URLs, in the index's order, and each event's shard by its position in the store. */
export interface StoreShards {
  /**
   * The split index's URL and the index position of each event: a worker handed its text (a
   * 'split-index' message) adopts it instead of being sent the events.
   */
  source?: { url: string; positions: readonly number[]; rows: number };
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
  | { type: 'search'; generation: number; query: number; compiled: CompiledQuery }
  /**
   * The text of a split index the page is loading, handed over as it came, before the page reads
   * it: the worker parses it meanwhile (search-split-index.ts), and reads and searches its heads
   * once an 'adopt' names it. Until then nothing is answered and no shard is loaded.
   */
  | { type: 'split-index'; url: string; text: string }
  /**
   * Search the split index handed over from `url` as this generation's store: no 'events' follow.
   * Its events are the heads at `positions` in the index (null: every head, the page refused none);
   * `eventCount` is the page's count of them, checked against the worker's.
   */
  | {
      type: 'adopt';
      generation: number;
      url: string;
      eventCount: number;
      positions: number[] | null;
      indexUrl: string | null;
    };

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
