/**
 * Faceted filters over events: OR within a facet, AND across facets. The filters' shape and each
 * event's options; facet-index.ts applies and counts them over typed arrays. Pure TypeScript.
 */
import type { DateFrom, Kind, StoreEvent } from './schema';

export interface Filters {
  actors: string[];
  places: string[];
  themes: string[];
  kinds: Kind[];
  dateFrom: DateFrom[];
  years: number[];
}

export type Facet = keyof Filters;

/** In the order the interface shows them. */
export const FACETS: readonly Facet[] = ['actors', 'places', 'themes', 'kinds', 'dateFrom', 'years'];

export const EMPTY_FILTERS: Filters = Object.freeze({ actors: [], places: [], themes: [], kinds: [], dateFrom: [], years: [] });

export function isEmptyFilters(filters: Filters): boolean {
  return FACETS.every((facet) => filters[facet].length === 0);
}

/** How many options are selected, all facets together. */
export function activeFilterCount(filters: Filters): number {
  return FACETS.reduce((sum, facet) => sum + filters[facet].length, 0);
}

/** The year of an ISO day, without allocating (this runs for every event on every change). */
function yearOfDay(day: string): number {
  return (day.charCodeAt(0) - 48) * 1000 + (day.charCodeAt(1) - 48) * 100 + (day.charCodeAt(2) - 48) * 10 + (day.charCodeAt(3) - 48);
}

const firstYear = (event: StoreEvent) => yearOfDay(event.date.start);
const lastYear = (event: StoreEvent) => yearOfDay(event.date.end ?? event.date.start);

/** Every calendar year the event's [start, end] touches. */
export function yearsOf(event: StoreEvent): number[] {
  const years: number[] = [];
  for (let year = firstYear(event), last = lastYear(event); year <= last; year += 1) years.push(year);
  return years;
}

/** The event's options in one facet. */
export function optionsOf<F extends Facet>(event: StoreEvent, facet: F): readonly Filters[F][number][] {
  switch (facet) {
    case 'actors':
    case 'places':
    case 'themes':
      return event[facet as 'actors' | 'places' | 'themes'] as readonly Filters[F][number][];
    case 'kinds':
      return [event.kind] as readonly Filters[F][number][];
    case 'dateFrom':
      return [event.date.from] as readonly Filters[F][number][];
    default:
      return yearsOf(event) as readonly Filters[F][number][];
  }
}

export type FacetCounts = { [K in keyof Filters]: Map<Filters[K][number], number> };
