import { useCallback, useEffect, useRef, useState } from 'react';
import type { Store } from '../../store/schema';
import type { CompiledQuery } from '../../store/search-query';
import {
  SearchAnswerGate,
  storeMessages,
  type FromSearchWorker,
  type SearchAnswer,
  type StoreShards,
  type ToSearchWorker,
} from '../../store/search-worker-protocol';
import { makeSearchWorker, takeStartedWorker } from './search-worker-handoff';
import { whenIdle, type IndexFile } from './use-search-index';

/** What the search worker has said about the current store and query. */
export interface WorkerSearch {
  /** The answer to the current query (null: none yet, or no query). */
  answer: SearchAnswer | null;
  /** The latest answer for this store, to an earlier query: what the list keeps showing while the next one runs. */
  previous: SearchAnswer | null;
  /** The worker has the store's index: a query now waits milliseconds, not the index. */
  indexReady: boolean;
  /**
   * Sends a query at once, from the keystroke's own handler, before the page renders it: the
   * worker searches while React renders the keystroke (some 20 ms at 100,000 events). When the
   * same compiled query then comes in, it is not sent again.
   */
  searchNow: (compiled: CompiledQuery) => void;
}

/** A slice of the store's events per message (a few milliseconds of structured clone each)… */
const EVENTS_PER_MESSAGE = 250;
/** …and messages posted until this much time has gone, then the rest later (when idle, or at once when a search waits). */
const POST_SLICE_MS = 8;

interface Posted {
  store: Store;
  shards: StoreShards | null;
  generation: number;
}

interface Answered {
  generation: number;
  /** The query it answers: the latest one sent, since the gate drops answers to earlier ones. */
  compiled: CompiledQuery;
  answer: SearchAnswer;
}

/**
 * Search in a Web Worker that owns the store's index (see search-worker-protocol.ts). The store is
 * sent once a search needs it or the first view is shown (`indexFile.now`), with the URL of its
 * index file, if it has one, its events a slice at a time (no long task at 100,000 events), and,
 * for a split store whose events are the index's heads, its `shards` (the worker loads them and
 * fills the details in before it makes the index); every query is sent as it is typed and never
 * waits. Stale answers are dropped. Null when there is no worker (no `Worker`, as in jsdom) or when
 * it failed: the caller then searches on the main thread.
 *
 * Like `store`, `shards` is compared by identity: a new object reposts the store (keep it memoized).
 */
export function useWorkerSearch(
  store: Store,
  compiled: CompiledQuery | null,
  indexFile: IndexFile,
  shards: StoreShards | null = null,
): WorkerSearch | null {
  const [worker, setWorker] = useState<Worker | null>(null);
  const [failed, setFailed] = useState(typeof Worker === 'undefined');
  const gate = useRef(new SearchAnswerGate());
  /** The store (with its shards) whose slices have all been posted (or are being posted), and its generation. */
  const posting = useRef<Posted | null>(null);
  const [sent, setSent] = useState<Posted | null>(null);
  const [ready, setReady] = useState(0);
  const [answered, setAnswered] = useState<Answered | null>(null);
  /**
   * The latest query sent. A ref, not state: as state, every keystroke rendered the whole page a
   * second time, from the effect that sends it, while the worker was already answering.
   */
  const lastSent = useRef<CompiledQuery | null>(null);

  /** The store whose split index text the worker was handed before the app mounted (null: none, or adopted already). */
  const handedFor = useRef<Store | null>(null);
  const latestStore = useRef(store);
  latestStore.current = store;

  useEffect(() => {
    if (failed) return;
    const taken = takeStartedWorker(latestStore.current);
    handedFor.current = taken?.handed ? latestStore.current : null;
    const created = taken?.worker ?? makeSearchWorker();
    if (!created) {
      setFailed(true);
      return;
    }
    created.onmessage = (event: MessageEvent<FromSearchWorker>) => {
      const message = event.data;
      if (!gate.current.accepts(message)) return;
      if (message.type === 'ready') setReady(message.generation);
      else if (message.type === 'failed') setFailed(true);
      else if (lastSent.current !== null) setAnswered({ generation: message.generation, compiled: lastSent.current, answer: message });
    };
    created.onerror = () => setFailed(true);
    setWorker(created);
    return () => {
      created.terminate();
      posting.current = null;
      setWorker(null);
      setSent(null);
    };
  }, [failed]);

  const wanted = compiled !== null || indexFile.now !== false;
  const urgent = useRef(compiled !== null);
  urgent.current = compiled !== null;
  useEffect(() => {
    if (!worker || !wanted || (posting.current?.store === store && posting.current.shards === shards)) return;
    const generation = gate.current.nextStore();
    const posted = { store, shards, generation };
    posting.current = posted;
    const split = shards?.source;
    if (split !== undefined && store === handedFor.current) {
      // The worker was handed this store's index: it needs no event of it, only which heads the page kept.
      handedFor.current = null;
      worker.postMessage({
        type: 'adopt',
        generation,
        url: split.url,
        eventCount: store.events.length,
        positions: split.positions.length === split.rows ? null : [...split.positions],
        indexUrl: indexFile.url,
      } satisfies ToSearchWorker);
      setSent(posted);
      return;
    }
    const messages = storeMessages(store, generation, indexFile.url, EVENTS_PER_MESSAGE, shards ?? undefined);
    let cancel: (() => void) | null = null;
    const postSome = () => {
      const until = performance.now() + POST_SLICE_MS;
      for (let next = messages.next(); !next.done; next = messages.next()) {
        worker.postMessage(next.value);
        if (performance.now() >= until) {
          cancel = whenIdle(postSome, () => urgent.current);
          return;
        }
      }
      cancel = null;
    };
    postSome();
    setSent(posted);
    return () => {
      // Stopped half-way (another store, or the worker went): the next time starts afresh.
      if (cancel) {
        cancel();
        if (posting.current === posted) posting.current = null;
      }
    };
  }, [worker, wanted, store, shards, indexFile.url]);

  const generation = sent?.store === store && sent.shards === shards ? sent.generation : null;
  /** A query sent by searchNow, not yet rendered. */
  const sentEarly = useRef<{ generation: number; compiled: CompiledQuery } | null>(null);
  const rendered = useRef(compiled);
  rendered.current = compiled;
  const searchNow = useCallback(
    (early: CompiledQuery) => {
      // The query shown already (the same text again): no render will follow to take its answer.
      if (!worker || generation === null || early === rendered.current) return;
      const numbered = gate.current.nextQuery();
      worker.postMessage({ type: 'search', ...numbered, compiled: early } satisfies ToSearchWorker);
      lastSent.current = early;
      sentEarly.current = { generation: numbered.generation, compiled: early };
    },
    [worker, generation],
  );
  useEffect(() => {
    // A search cleared: the next one starts afresh, with nothing of this one's to show meanwhile.
    if (compiled === null) setAnswered(null);
    const early = sentEarly.current;
    sentEarly.current = null;
    if (!worker || generation === null || compiled === null) return;
    if (early !== null && early.compiled === compiled && early.generation === generation) return;
    const numbered = gate.current.nextQuery();
    worker.postMessage({ type: 'search', ...numbered, compiled } satisfies ToSearchWorker);
    lastSent.current = compiled;
  }, [worker, generation, compiled]);

  if (failed) return null;
  const forStore = answered !== null && answered.generation === generation ? answered : null;
  const isCurrent = forStore !== null && forStore.compiled === compiled;
  return {
    answer: isCurrent ? forStore.answer : null,
    previous: forStore && compiled !== null ? forStore.answer : null,
    indexReady: generation !== null && ready === generation,
    searchNow,
  };
}
