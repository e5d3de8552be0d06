import { useCallback, useEffect, useMemo, useRef } from 'react';
import { countFacets, facetIndexOf, failedFacets } from '../../store/facet-index';
import { isEmptyFilters, type FacetCounts, type Filters } from '../../store/filters';
import { MaskedIds, type IdSet } from '../../store/masked-ids';
import { searchStore } from '../../store/search';
import { compileQuery, findMatches, prepareQueries, type CompiledQuery, type TextRange } from '../../store/search-query';
import type { Store, StoreEvent } from '../../store/schema';
import { useSearchIndex, whenIdle, type IndexFile } from '../data/use-search-index';
import { useWorkerSearch } from '../data/use-worker-search';
import type { StoreShards } from '../../store/search-worker-protocol';
import { useHeldWhileWaiting } from './use-held-while-waiting';

export interface Selection {
  /** Events that pass the filters: what the timeline shows. */
  filtered: StoreEvent[];
  /** Events that pass the filters and match the search: what the list shows. */
  matching: StoreEvent[];
  /** On the timeline, filtered events that do not match the search. */
  dimmedIds: IdSet | undefined;
  /**
   * The facet counts of the matching events, made when first asked for (by an unfolded filter
   * panel, or one showing active filters): at 100,000 events the facet index takes a few hundred
   * milliseconds that a folded panel does not need.
   */
  counts: () => FacetCounts;
  /** Number of matching events when there is a search, null otherwise (and while it is pending). */
  resultCount: number | null;
  /**
   * A search is typed and its answer has not come yet: 'preparing' while the index is not ready,
   * 'searching' while the worker runs it (milliseconds); false otherwise. Meanwhile the list shows
   * the previous answer's events if this store has one, else none: never every event.
   */
  searchPending: false | 'preparing' | 'searching';
  /**
   * The answer shown is partial: the worker gave it before its index was ready, from the events it
   * had read so far (or a split store's titles and names, before its shards). The complete answer follows.
   */
  searchPartial: boolean;
  /** Where the shown answer was computed: the search worker, or the main thread (no worker, or it failed). */
  searchBy: 'worker' | 'main';
  highlight: ((text: string) => readonly TextRange[]) | undefined;
  /** The filters with ids this store does not know removed. */
  knownFilters: Filters;
  unknownFilterIds: string[];
  /** Starts the search of a query from the keystroke's handler, before the page renders it (see WorkerSearch.searchNow). */
  searchNow: (query: string) => void;
}

const NO_DIMMING = undefined;
/** While a first answer is pending: no event matches yet (the list shows none rather than all). */
const NO_MATCHES = { matches: new Uint8Array(0) };
const NO_EVENTS: StoreEvent[] = [];

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

interface Positions {
  ids: string[];
  positions: Map<string, number>;
  /** Events read so far (the map is made a slice at a time while the page is idle). */
  read: number;
}

const positionsByEvents = new WeakMap<readonly StoreEvent[], Positions>();

/**
 * Every event's id and position, once per store: until `deadline` (performance.now()), then null
 * if some are still to be read; without a deadline, all of them.
 */
function readPositions(events: readonly StoreEvent[], deadline = Infinity): Positions | null {
  let found = positionsByEvents.get(events);
  if (!found) {
    found = { ids: new Array<string>(events.length), positions: new Map(), read: 0 };
    positionsByEvents.set(events, found);
  }
  const { ids, positions } = found;
  while (found.read < events.length) {
    const at = found.read;
    const id = events[at]!.id;
    ids[at] = id;
    positions.set(id, at);
    found.read = at + 1;
    if ((found.read & 1023) === 0 && performance.now() >= deadline) return null;
  }
  return found;
}

const positionsOf = (events: readonly StoreEvent[]) => readPositions(events)!;

/**
 * Makes the positions and the query compiler's table of names while the page is idle, a slice at
 * a time: made by the first search instead, they held its answer back (at 100,000 events, 40–80 ms
 * and some 20 ms, on the first search only).
 */
function useFirstSearchAhead({ events, entities }: Store) {
  useEffect(() => {
    const cancelNames = whenIdle(
      () => prepareQueries(entities),
      () => false,
    );
    let cancel = () => {};
    const slice = (deadline: number) => {
      if (readPositions(events, deadline) === null) cancel = whenIdle(slice, () => false);
    };
    cancel = whenIdle(slice, () => false);
    return () => {
      cancelNames();
      cancel();
    };
  }, [events, entities]);
}

/**
 * Search and filters applied to a store. The search index is made once per store without blocking
 * the page (see useSearchIndex). Filters and search are masks over the store's events, so the
 * timeline's events keep their identity while only the search changes. (No useDeferredValue: its
 * background render left the count of the previous query on screen while the next one ran.)
 */
/**
 * `indexFile`: the store's search-index file, if it has one, and whether it may be fetched before
 * a search asks for it (not while the first view is still loading: its bytes come first).
 */
export function useSelection(
  store: Store,
  query: string,
  filters: Filters,
  indexFile: IndexFile,
  shards: StoreShards | null = null,
): Selection {
  /** The last query compiled (by `searchNow` or by the render), so that both give the same object. */
  const lastCompiled = useRef<{ query: string; entities: Store['entities']; compiled: CompiledQuery | null } | null>(null);
  const compile = useCallback(
    (text: string) => {
      const last = lastCompiled.current;
      if (last?.query === text && last.entities === store.entities) return last.compiled;
      const compiled = compileQuery(text, store.entities);
      lastCompiled.current = { query: text, entities: store.entities, compiled };
      return compiled;
    },
    [store.entities],
  );
  const compiled = useMemo(() => compile(query), [compile, query]);
  const worker = useWorkerSearch(store, compiled, indexFile, shards);
  const workerSearchNow = worker?.searchNow;
  const searchNow = useCallback(
    (text: string) => {
      const early = compile(text);
      if (early !== null) workerSearchNow?.(early);
    },
    [compile, workerSearchNow],
  );
  useFirstSearchAhead(store);
  const index = useSearchIndex(store, compiled !== null, indexFile, worker === null);

  const { knownFilters, unknownFilterIds } = useMemo(() => {
    const unknown: string[] = [];
    const keep = (group: 'actors' | 'places' | 'themes') => {
      const known = new Set(store.entities[group].map((entity) => entity.id));
      return filters[group].filter((id) => known.has(id) || (unknown.push(id), false));
    };
    return {
      knownFilters: { ...filters, actors: keep('actors'), places: keep('places'), themes: keep('themes') },
      unknownFilterIds: unknown,
    };
  }, [filters, store.entities]);

  /** failed: per event, the facets it fails (a bit each); null when no filter is set. */
  const { filtered, failed } = useMemo(() => {
    if (isEmptyFilters(knownFilters)) return { filtered: store.events as StoreEvent[], failed: null };
    const failed = failedFacets(facetIndexOf(store.events), knownFilters);
    return { filtered: store.events.filter((_, at) => failed[at] === 0), failed };
  }, [store.events, knownFilters]);

  const onMain = useMemo(() => (worker === null && compiled && index ? searchStore(index, compiled) : null), [worker, compiled, index]);
  const answer = worker ? worker.answer : onMain;
  const searchBy = worker ? 'worker' : 'main';
  const searchPending =
    compiled === null || answer !== null ? false : (worker ? worker.indexReady : index !== null) ? 'searching' : 'preparing';
  /** What the list shows: the answer, else while one is pending the previous one (or no event at all). */
  const pendingShown = answer ?? (compiled === null ? null : (worker?.previous ?? NO_MATCHES));
  const shown = useHeldWhileWaiting(pendingShown, pendingShown === NO_MATCHES, store.events);

  // Keyed on the answer shown, not on the query: keystrokes while an answer is pending cost nothing here.
  const { matching, dimmedIds } = useMemo(() => {
    const events = store.events;
    if (shown === null) return { matching: filtered, dimmedIds: NO_DIMMING };
    // No answer yet for this store: no event is listed, and the timeline is left as it is.
    if (shown === NO_MATCHES) return { matching: NO_EVENTS, dimmedIds: NO_DIMMING };
    const { matches } = shown;
    const matching: StoreEvent[] = [];
    const dimmed = new Uint8Array(events.length);
    for (let at = 0; at < events.length; at += 1) {
      if (failed !== null && failed[at] !== 0) continue;
      if (matches[at] === 1) matching.push(events[at]!);
      else dimmed[at] = 1;
    }
    return { matching, dimmedIds: new MaskedIds(() => positionsOf(events), dimmed) as IdSet | undefined };
  }, [shown, filtered, failed, store.events]);

  return useMemo(() => {
    const events = store.events;
    return {
      filtered,
      matching,
      dimmedIds,
      counts: once(() =>
        countFacets(facetIndexOf(events), knownFilters, failed ?? new Uint8Array(events.length), shown ? shown.matches : null),
      ),
      resultCount: answer ? matching.length : null,
      searchPending,
      searchPartial: worker?.answer?.complete === false,
      searchBy,
      highlight: shown && compiled ? (text: string) => findMatches(text, compiled) : undefined,
      knownFilters,
      unknownFilterIds,
      searchNow,
    };
  }, [
    matching,
    dimmedIds,
    shown,
    answer,
    compiled,
    filtered,
    failed,
    store.events,
    knownFilters,
    unknownFilterIds,
    searchPending,
    searchBy,
    searchNow,
    worker?.answer,
  ]);
}
