import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Store } from '../../store/schema';
import { buildSearchIndex, SearchIndexBuilder, type SearchIndex } from '../../store/search-index';
import { fromSearchIndexFile } from '../../store/search-index-file';
import { BUILT_IN_STORE_URL } from './store-query';

/** Written by `npm run build:store` next to the built-in store. */
export const BUILT_IN_SEARCH_INDEX_URL = '/data/search-index.json';

/** Where a store's index file is (null: it has none), and whether it may be fetched before a search needs it. */
export interface IndexFile {
  url: string | null;
  now?: boolean;
}

/** Below this many events the index takes a few milliseconds: built at once, never pending. */
const BUILD_AT_ONCE_BELOW = 5_000;
/** Slice of index building while the page is idle (at least MIN, even when the browser says 0 ms are left). */
const IDLE_SLICE_MS = 12;
const MIN_IDLE_SLICE_MS = 4;
/** When a search waits for the index: a long task's worth, to have it sooner. */
const URGENT_SLICE_MS = 50;
/**
 * When the page has had no idle time for IDLE_TIMEOUT_MS (the reader is zooming or panning without
 * pause): a slice short enough not to hold a frame back, but the index still gets built.
 */
const BUSY_SLICE_MS = 8;
const IDLE_TIMEOUT_MS = 500;

/** The index file made at build time for the store at `storeUrl`: only the built-in store has one. */
export const searchIndexUrlFor = (storeUrl: string): string | null => (storeUrl === BUILT_IN_STORE_URL ? BUILT_IN_SEARCH_INDEX_URL : null);

/**
 * An index file, as JSON (checked against the store by fromSearchIndexFile). Never retried: when
 * it cannot be had, the app builds the index itself.
 */
export const searchIndexFileQueryOptions = (url: string) =>
  queryOptions({
    queryKey: ['search-index-file', url] as const,
    queryFn: async ({ signal }): Promise<unknown> => {
      const response = await fetch(url, {
        signal,
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    },
    staleTime: Infinity,
    retry: false,
    // Offline, the service worker has it: asked anyway, as the store is.
    networkMode: 'offlineFirst',
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

/**
 * Where the browser tells whether input is waiting (Chromium), an idle slice may use all the idle
 * time it is given (up to 50 ms) and still step aside as soon as the reader presses a key.
 */
const inputPending: (() => boolean) | undefined = (() => {
  if (typeof navigator === 'undefined') return undefined;
  const scheduling = (navigator as Navigator & { scheduling?: { isInputPending?: () => boolean } }).scheduling;
  const isInputPending = scheduling?.isInputPending;
  return isInputPending ? () => isInputPending.call(scheduling) : undefined;
})();
const idleSliceCap = inputPending ? Infinity : IDLE_SLICE_MS;

/** Runs `run` when the page is idle (or soon, when `urgent` says a search is waiting); returns a canceller. */
export function whenIdle(run: (deadline: number) => void, urgent: () => boolean): () => void {
  if (urgent() || typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(() => run(performance.now() + (urgent() ? URGENT_SLICE_MS : IDLE_SLICE_MS)), 0);
    return () => clearTimeout(timer);
  }
  // A busy page has no idle time: after a while a slice runs anyway, and it must do real work.
  const handle = requestIdleCallback(
    (idle) =>
      run(
        performance.now() + (idle.didTimeout ? BUSY_SLICE_MS : Math.max(MIN_IDLE_SLICE_MS, Math.min(idleSliceCap, idle.timeRemaining()))),
      ),
    { timeout: IDLE_TIMEOUT_MS },
  );
  return () => cancelIdleCallback(handle);
}

/**
 * The store's search index without blocking the page: the built-in store's is loaded from the
 * file made at build time; a big store's is built a slice at a time while the page is idle
 * (faster once `needed`, i.e. a search waits). A small store never makes a search wait: when a
 * search comes before its file (a link with ?q=, a presentation resuming at a slide), its index is
 * built at once, in milliseconds. The file (`file.url`, where the store was resolved; null: none)
 * is fetched when a search needs it or once `file.now` says the page's first view has what it
 * needs. Null until it is ready. With `active` false (the search worker has the index) it does nothing.
 */
export function useSearchIndex(store: Store, needed: boolean, indexFile: IndexFile, active = true): SearchIndex | null {
  const small = store.events.length < BUILD_AT_ONCE_BELOW;
  const [ready, setReady] = useState<{ store: Store; index: SearchIndex } | null>(null);
  const neededRef = useRef(needed);
  neededRef.current = needed;
  /** Reschedules the next slice at once (when a search starts waiting for the index). */
  const hurry = useRef<(() => void) | null>(null);
  const builtIn = indexFile.url !== null;
  const file = useQuery({ ...searchIndexFileQueryOptions(indexFile.url ?? ''), enabled: active && builtIn && (needed || indexFile.now !== false) });
  const loaded = useMemo(() => (file.data === undefined ? null : fromSearchIndexFile(file.data, store)), [file.data, store]);

  const builtAtOnce = useRef<{ store: Store; index: SearchIndex } | null>(null);
  if (active && small && needed && loaded === null && builtAtOnce.current?.store !== store)
    builtAtOnce.current = { store, index: buildSearchIndex(store) };
  /** A big store other than the built-in one, or a big built-in store whose file is missing, broken or for another store. */
  const mustBuild = active && !small && (!builtIn || file.isError || (file.isSuccess && loaded === null));

  const index = ready?.store === store ? ready.index : builtAtOnce.current?.store === store ? builtAtOnce.current.index : loaded;

  useEffect(() => {
    if (!mustBuild) return;
    const builder = new SearchIndexBuilder(store);
    let cancel = () => {};
    const slice = (deadline: number) => {
      const index = builder.step(() => performance.now() >= deadline || inputPending?.() === true);
      if (index) {
        hurry.current = null;
        setReady({ store, index });
      } else cancel = whenIdle(slice, () => neededRef.current);
    };
    cancel = whenIdle(slice, () => neededRef.current);
    hurry.current = () => {
      cancel();
      cancel = whenIdle(slice, () => true);
    };
    return () => {
      cancel();
      hurry.current = null;
    };
  }, [store, mustBuild]);

  useEffect(() => {
    if (needed) hurry.current?.();
  }, [needed]);

  return index;
}
