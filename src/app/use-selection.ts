import { useMemo } from 'react';
import { applyFilters, facetCounts, type Filters } from '../store/filters';
import { buildSearchIndex, compileQuery, findMatches, searchStore, type TextRange } from '../store/search';
import type { Store, StoreEvent } from '../store/schema';

export interface Selection {
  /** Events that pass the filters: what the timeline shows. */
  filtered: StoreEvent[];
  /** Events that pass the filters and match the search: what the list shows. */
  matching: StoreEvent[];
  /** On the timeline, filtered events that do not match the search. */
  dimmedIds: ReadonlySet<string> | undefined;
  counts: ReturnType<typeof facetCounts>;
  /** Number of matching events when there is a search, null otherwise. */
  resultCount: number | null;
  highlight: ((text: string) => readonly TextRange[]) | undefined;
  /** The filters with ids this store does not know removed. */
  knownFilters: Filters;
  unknownFilterIds: string[];
}

const NO_DIMMING = undefined;

/** Search and filters applied to a store; the search index is built once per store. */
export function useSelection(store: Store, query: string, filters: Filters): Selection {
  const index = useMemo(() => buildSearchIndex(store), [store]);
  const compiled = useMemo(() => compileQuery(query, store.entities), [query, store.entities]);

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

  return useMemo(() => {
    const result = compiled ? searchStore(index, compiled) : null;
    const searched = result ? store.events.filter((event) => result.eventIds.has(event.id)) : store.events;
    const filtered = applyFilters(store.events, knownFilters);
    const matching = result ? filtered.filter((event) => result.eventIds.has(event.id)) : filtered;
    return {
      filtered,
      matching,
      dimmedIds: result ? new Set(filtered.filter((event) => !result.eventIds.has(event.id)).map((event) => event.id)) : NO_DIMMING,
      counts: facetCounts(searched, knownFilters),
      resultCount: result ? matching.length : null,
      highlight: compiled ? (text: string) => findMatches(text, compiled) : undefined,
      knownFilters,
      unknownFilterIds,
    };
  }, [compiled, index, store.events, knownFilters, unknownFilterIds]);
}
