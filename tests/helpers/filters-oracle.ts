/**
 * The plain definition of the filters, one event at a time: what facet-index.ts computes over
 * typed arrays must give the same answers (tests compare them). OR within a facet, AND across
 * facets; faceted-search counts.
 */
import { FACETS, isEmptyFilters, yearsOf, type Facet, type FacetCounts, type Filters } from '../../src/store/filters';
import type { DateFrom, Kind, StoreEvent } from '../../src/store/schema';

type Selections = { [F in Facet]: ReadonlySet<Filters[F][number]> | null };

/** Each facet's selection as a set, or null when nothing is selected in it (it lets everything through). */
function selections(filters: Filters): Selections {
  const set = <T>(values: readonly T[]) => (values.length > 0 ? new Set(values) : null);
  return {
    actors: set(filters.actors),
    places: set(filters.places),
    themes: set(filters.themes),
    kinds: set(filters.kinds),
    dateFrom: set(filters.dateFrom),
    years: set(filters.years),
  };
}

function someSelected(options: readonly string[], selected: ReadonlySet<string>): boolean {
  for (const option of options) if (selected.has(option)) return true;
  return false;
}

function passes(event: StoreEvent, facet: Facet, selected: Selections): boolean {
  switch (facet) {
    case 'actors':
    case 'places':
    case 'themes': {
      const chosen = selected[facet];
      return chosen === null || someSelected(event[facet], chosen);
    }
    case 'kinds':
      return selected.kinds === null || selected.kinds.has(event.kind);
    case 'dateFrom':
      return selected.dateFrom === null || selected.dateFrom.has(event.date.from);
    case 'years': {
      const chosen = selected.years;
      return chosen === null || yearsOf(event).some((year) => chosen.has(year));
    }
  }
}

export function applyFilters(events: readonly StoreEvent[], filters: Filters): StoreEvent[] {
  if (isEmptyFilters(filters)) return [...events];
  const selected = selections(filters);
  return events.filter((event) => FACETS.every((facet) => passes(event, facet, selected)));
}

/** Counts per option: one Map lookup per option seen (ids), the counts in a plain array. */
class Tally<T> {
  private readonly ids = new Map<T, number>();
  private readonly counts: number[] = [];

  add(option: T, step: 0 | 1): void {
    const id = this.ids.get(option);
    if (id !== undefined) this.counts[id] = this.counts[id]! + step;
    else {
      this.ids.set(option, this.counts.length);
      this.counts.push(step);
    }
  }

  addEach(options: readonly T[], step: 0 | 1): void {
    for (let index = 0; index < options.length; index += 1) {
      const option = options[index]!;
      // An id listed twice in one event still counts that event once.
      if (index === 0 || options.indexOf(option) === index) this.add(option, step);
    }
  }

  toMap(): Map<T, number> {
    return new Map([...this.ids].map(([option, id]) => [option, this.counts[id]!]));
  }
}

const ALL_FACETS = (1 << FACETS.length) - 1;

/** 1 when the facets passed (a bit mask) include every facet but, perhaps, this one. */
const stepFor = (passed: number, bit: number): 0 | 1 => ((passed | (1 << bit)) === ALL_FACETS ? 1 : 0);

/**
 * For each option of each facet, how many events have that option and pass the OTHER facets'
 * selections (standard faceted-search counts: with nothing selected in a facet, it is the number
 * of results ticking that option would give). Every option present in the events is listed (0 if
 * the other facets rule it out), and so is every selected option.
 */
export function facetCounts(events: readonly StoreEvent[], filters: Filters): FacetCounts {
  const selected = selections(filters);
  const tallies = {
    actors: new Tally<string>(),
    places: new Tally<string>(),
    themes: new Tally<string>(),
    kinds: new Tally<Kind>(),
    dateFrom: new Tally<DateFrom>(),
    years: new Tally<number>(),
  };
  for (const event of events) {
    let passed = 0;
    for (let bit = 0; bit < FACETS.length; bit += 1) if (passes(event, FACETS[bit]!, selected)) passed |= 1 << bit;
    // An event counts for a facet's options when it passes every OTHER facet.
    tallies.actors.addEach(event.actors, stepFor(passed, 0));
    tallies.places.addEach(event.places, stepFor(passed, 1));
    tallies.themes.addEach(event.themes, stepFor(passed, 2));
    tallies.kinds.add(event.kind, stepFor(passed, 3));
    tallies.dateFrom.add(event.date.from, stepFor(passed, 4));
    const years = stepFor(passed, 5);
    for (const year of yearsOf(event)) tallies.years.add(year, years);
  }
  const counts: FacetCounts = {
    actors: tallies.actors.toMap(),
    places: tallies.places.toMap(),
    themes: tallies.themes.toMap(),
    kinds: tallies.kinds.toMap(),
    dateFrom: tallies.dateFrom.toMap(),
    years: tallies.years.toMap(),
  };
  for (const facet of FACETS) {
    const map = counts[facet] as Map<unknown, number>;
    for (const option of filters[facet]) if (!map.has(option)) map.set(option, 0);
  }
  return counts;
}
