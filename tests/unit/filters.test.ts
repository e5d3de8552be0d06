import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  FACETS,
  activeFilterCount,
  isEmptyFilters,
  optionsOf,
  yearsOf,
  type Facet,
  type Filters,
} from '../../src/store/filters';
import { applyFilters, facetCounts } from '../helpers/filters-oracle';
import { countFacets, facetIndexOf, failedFacets } from '../../src/store/facet-index';
import type { StoreEvent } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();
const events = store.events;
const ids = (list: readonly StoreEvent[]) => list.map((event) => event.id);
const having = (facet: Facet, option: string | number) =>
  events.filter((event) => (optionsOf(event, facet) as readonly (string | number)[]).includes(option));
const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });

function withDates(start: string, end?: string): StoreEvent {
  return { ...events[0]!, date: { ...events[0]!.date, start, end } };
}

describe('yearsOf', () => {
  it('is the year of a one-day event, and every year a range touches', () => {
    expect(yearsOf(withDates('2025-03-13'))).toEqual([2025]);
    expect(yearsOf(withDates('2024-07-09', '2024-12-18'))).toEqual([2024]);
    expect(yearsOf(withDates('2024-12-30', '2026-01-02'))).toEqual([2024, 2025, 2026]);
  });
});

describe('applyFilters on the real store', () => {
  it('lets everything through when nothing is selected', () => {
    expect(isEmptyFilters(EMPTY_FILTERS)).toBe(true);
    expect(ids(applyFilters(events, EMPTY_FILTERS))).toEqual(ids(events));
  });

  it('filtering by an actor leaves only, and all, that actor’s events', () => {
    const trump = applyFilters(events, filters({ actors: ['donald-trump'] }));
    expect(trump.length).toBeGreaterThan(0);
    expect(trump.length).toBeLessThan(events.length);
    expect(trump.every((event) => event.actors.includes('donald-trump'))).toBe(true);
    expect(ids(trump)).toEqual(ids(having('actors', 'donald-trump')));
  });

  it('ORs the options of a facet and ANDs the facets', () => {
    const macronOrTrump = applyFilters(events, filters({ actors: ['emmanuel-macron', 'donald-trump'] }));
    expect(ids(macronOrTrump)).toEqual(
      ids(events.filter((event) => event.actors.includes('emmanuel-macron') || event.actors.includes('donald-trump'))),
    );

    const rutteInWashington = applyFilters(events, filters({ actors: ['mark-rutte'], places: ['washington'] }));
    expect(rutteInWashington.length).toBeGreaterThan(0);
    expect(ids(rutteInWashington)).toEqual(
      ids(events.filter((event) => event.actors.includes('mark-rutte') && event.places.includes('washington'))),
    );

    expect(applyFilters(events, filters({ kinds: ['summit'], years: [2024] }))).toEqual([]);
  });

  it('filters by kind, by how the date was fixed, and by the years an event touches', () => {
    expect(ids(applyFilters(events, filters({ kinds: ['summit'] })))).toEqual(ids(having('kinds', 'summit')));
    expect(ids(applyFilters(events, filters({ dateFrom: ['weekday'] })))).toEqual(
      ids(events.filter((event) => event.date.from === 'weekday')),
    );
    const in2024 = applyFilters(events, filters({ years: [2024] }));
    expect(ids(in2024)).toContain('otan-coordination-aide-ukraine');
    expect(in2024.every((event) => event.date.start <= '2024-12-31' && (event.date.end ?? event.date.start) >= '2024-01-01')).toBe(true);
    const spanning = [withDates('2024-12-30', '2025-01-02')];
    expect(applyFilters(spanning, filters({ years: [2025] }))).toHaveLength(1);
    expect(applyFilters(spanning, filters({ years: [2023, 2026] }))).toHaveLength(0);
  });
});

/** Any combination of options that occur in the real store. */
const anyFilters = (() => {
  const present = <F extends Facet>(facet: F) => [...new Set(events.flatMap((event) => optionsOf(event, facet) as Filters[F][number][]))];
  const some = <T>(options: readonly T[]) => fc.subarray([...options], { maxLength: 2 });
  return fc.record({
    actors: some(present('actors')),
    places: some(present('places')),
    themes: some(present('themes')),
    kinds: some(present('kinds')),
    dateFrom: some(present('dateFrom')),
    years: some(present('years')),
  });
})();

describe('facetCounts on the real store', () => {
  it('with nothing selected, counts the events that have each option, and lists every option present', () => {
    const counts = facetCounts(events, EMPTY_FILTERS);
    for (const facet of FACETS) {
      const present = new Set(events.flatMap((event) => optionsOf(event, facet) as (string | number)[]));
      expect(new Set((counts[facet] as Map<string | number, number>).keys()), facet).toEqual(present);
      for (const option of present)
        expect((counts[facet] as Map<string | number, number>).get(option), `${facet} ${option}`).toBe(having(facet, option).length);
    }
    expect(counts.actors.get('mark-rutte')).toBe(having('actors', 'mark-rutte').length);
  });

  it('counts, for each option, the events it would show next to the other facets’ selections', () => {
    fc.assert(
      fc.property(anyFilters, (current) => {
        const counts = facetCounts(events, current);
        for (const facet of FACETS) {
          const map = counts[facet] as Map<string | number, number>;
          for (const option of current[facet] as (string | number)[]) expect(map.has(option)).toBe(true);
          for (const [option, count] of map) {
            const alone = applyFilters(events, { ...current, [facet]: [option] });
            expect(count, `${facet} ${option}`).toBe(alone.length);
            // With nothing ticked in that facet yet, it is the number of results ticking the option gives.
            if (current[facet].length === 0)
              expect(count).toBe(applyFilters(events, { ...current, [facet]: [...current[facet], option] }).length);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('shows 0 for an option the other facets rule out, and keeps a selected option that no event has', () => {
    const counts = facetCounts(events, filters({ kinds: ['summit'], actors: ['nobody'] }));
    expect(counts.actors.get('nobody')).toBe(0);
    const summits = having('kinds', 'summit');
    expect(summits.filter((event) => event.actors.includes('otan')).length).toBeGreaterThan(0);
    expect(counts.actors.get('otan')).toBe(summits.filter((event) => event.actors.includes('otan')).length);
    expect(counts.actors.get('donald-trump')).toBe(0);
    expect(counts.kinds.get('summit')).toBe(0);
  });

  it('counts the active options', () => {
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
    expect(activeFilterCount(filters({ actors: ['a', 'b'], years: [2025] }))).toBe(3);
    expect(isEmptyFilters(filters({ years: [2025] }))).toBe(false);
  });
});

describe('the facet index (filters and counts as typed arrays, for big stores)', () => {
  it('lets through exactly what applyFilters does, and counts exactly as facetCounts over the events a search kept', () => {
    const index = facetIndexOf(events);
    fc.assert(
      fc.property(anyFilters, fc.array(fc.boolean(), { minLength: events.length, maxLength: events.length }), (current, kept) => {
        const failed = failedFacets(index, current);
        expect(ids(events.filter((_, at) => failed[at] === 0))).toEqual(ids(applyFilters(events, current)));
        const among = Uint8Array.from(kept, (keep) => (keep ? 1 : 0));
        expect(countFacets(index, current, failed, among)).toEqual(
          facetCounts(
            events.filter((_, at) => kept[at]),
            current,
          ),
        );
        expect(countFacets(index, current, failed, null)).toEqual(facetCounts(events, current));
      }),
      { numRuns: 150 },
    );
  });

  it('counts an option listed twice in one event once', () => {
    const twice = [{ ...events[0]!, actors: [events[0]!.actors[0]!, events[0]!.actors[0]!] }];
    const index = facetIndexOf(twice);
    expect(countFacets(index, EMPTY_FILTERS, failedFacets(index, EMPTY_FILTERS), null).actors.get(events[0]!.actors[0]!)).toBe(1);
  });
});
