/**
 * The events' facet options as numbers, made once per events array, so that filtering and
 * counting at 100,000 events are loops over typed arrays instead of Map and Set lookups of strings.
 * Same answers as the plain definition in tests/helpers/filters-oracle.ts (tests compare them). Pure TypeScript.
 */
import { FACETS, optionsOf, type Facet, type FacetCounts, type Filters } from './filters';
import type { StoreEvent } from './schema';

type Option = Filters[Facet][number];

/** One facet: its distinct options, and for event e the option numbers ids[starts[e] … starts[e + 1]), each once. */
interface FacetColumn {
  options: Option[];
  starts: Uint32Array;
  ids: Uint32Array;
}

export interface FacetIndex {
  readonly size: number;
  readonly columns: Readonly<Record<Facet, FacetColumn>>;
}

function column(events: readonly StoreEvent[], facet: Facet): FacetColumn {
  const numbers = new Map<Option, number>();
  const options: Option[] = [];
  const starts = new Uint32Array(events.length + 1);
  const ids: number[] = [];
  events.forEach((event, index) => {
    starts[index] = ids.length;
    for (const option of optionsOf(event, facet)) {
      let id = numbers.get(option);
      if (id === undefined) {
        id = options.length;
        numbers.set(option, id);
        options.push(option);
      }
      // An option listed twice in one event is still one option of it.
      let listed = false;
      for (let at = starts[index]!; at < ids.length && !listed; at += 1) listed = ids[at] === id;
      if (!listed) ids.push(id);
    }
  });
  starts[events.length] = ids.length;
  return { options, starts, ids: Uint32Array.from(ids) };
}

const indexes = new WeakMap<readonly StoreEvent[], FacetIndex>();

/** The facet index of these events (made on first use, then kept while the array lives). */
export function facetIndexOf(events: readonly StoreEvent[]): FacetIndex {
  let index = indexes.get(events);
  if (!index) {
    const columns = Object.fromEntries(FACETS.map((facet) => [facet, column(events, facet)])) as Record<Facet, FacetColumn>;
    index = { size: events.length, columns };
    indexes.set(events, index);
  }
  return index;
}

/** For each option number of the facet, 1 when it is selected; null when nothing is (the facet lets everything through). */
function selectedOptions(facetColumn: FacetColumn, selected: readonly Option[]): Uint8Array | null {
  if (selected.length === 0) return null;
  const chosen = new Set<Option>(selected);
  return Uint8Array.from(facetColumn.options, (option) => (chosen.has(option) ? 1 : 0));
}

/**
 * For each event, a bit per facet (in FACETS order) whose selection it does NOT pass; 0 = passes
 * every facet.
 */
export function failedFacets(index: FacetIndex, filters: Filters): Uint8Array {
  const failed = new Uint8Array(index.size);
  FACETS.forEach((facet, bit) => {
    const facetColumn = index.columns[facet];
    const chosen = selectedOptions(facetColumn, filters[facet]);
    if (!chosen) return;
    const { starts, ids } = facetColumn;
    for (let event = 0; event < index.size; event += 1) {
      let passes = false;
      for (let at = starts[event]!; at < starts[event + 1]! && !passes; at += 1) passes = chosen[ids[at]!] === 1;
      if (!passes) failed[event] = failed[event]! | (1 << bit);
    }
  });
  return failed;
}

/**
 * Faceted-search counts of the events whose `among` entry is 1 (all events when it is null): for each
 * option present in them, how many pass every OTHER facet; every selected option is listed too.
 */
export function countFacets(index: FacetIndex, filters: Filters, failed: Uint8Array, among: Uint8Array | null): FacetCounts {
  const counts = {} as Record<Facet, Map<Option, number>>;
  FACETS.forEach((facet, bit) => {
    const { options, starts, ids } = index.columns[facet];
    const tally = new Int32Array(options.length).fill(-1);
    const others = ~(1 << bit);
    for (let event = 0; event < index.size; event += 1) {
      if (among !== null && among[event] !== 1) continue;
      const step = (failed[event]! & others) === 0 ? 1 : 0;
      for (let at = starts[event]!; at < starts[event + 1]!; at += 1) {
        const id = ids[at]!;
        // -1: not seen in these events, so not listed.
        tally[id] = (tally[id] === -1 ? 0 : tally[id]!) + step;
      }
    }
    const map = new Map<Option, number>();
    for (let id = 0; id < options.length; id += 1) if (tally[id] !== -1) map.set(options[id]!, tally[id]!);
    for (const option of filters[facet]) if (!map.has(option)) map.set(option, 0);
    counts[facet] = map;
  });
  return counts as FacetCounts;
}
