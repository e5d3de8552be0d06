/** The options each facet offers, labelled in the interface language. Pure: no React. */
import type { Dictionary, Language } from '../../shared/i18n/dictionary';
import { optionsOf, type Facet, type FacetCounts, type Filters } from '../../store/filters';
import type { Entities, StoreEvent } from '../../store/schema';
import { DATE_FROM_VALUES } from '../../store/vocabulary';

export interface FacetOption {
  facet: Facet;
  value: Filters[Facet][number];
  /** The value as text: a stable hook (data-option) and React key. */
  key: string;
  label: string;
  count: number;
  selected: boolean;
}

/** Every option any of the events has, per facet (so options stay put while the counts change). */
export function presentOptions(events: readonly StoreEvent[]): { [F in Facet]: Set<Filters[F][number]> } {
  const present = {
    actors: new Set<string>(),
    places: new Set<string>(),
    themes: new Set<string>(),
    kinds: new Set<Filters['kinds'][number]>(),
    dateFrom: new Set<Filters['dateFrom'][number]>(),
    years: new Set<number>(),
  };
  for (const event of events) {
    for (const id of event.actors) present.actors.add(id);
    for (const id of event.places) present.places.add(id);
    for (const id of event.themes) present.themes.add(id);
    present.kinds.add(event.kind);
    present.dateFrom.add(event.date.from);
    for (const year of optionsOf(event, 'years')) present.years.add(year);
  }
  return present;
}

export function optionLabel(facet: Facet, value: Filters[Facet][number], entities: Entities, t: Dictionary, language: Language): string {
  switch (facet) {
    case 'actors':
    case 'places':
    case 'themes':
      return entities[facet].find((entity) => entity.id === value)?.label[language] ?? String(value);
    case 'kinds':
      return t.event.kinds[value as Filters['kinds'][number]] ?? String(value);
    case 'dateFrom':
      return t.event.dateFrom[value as Filters['dateFrom'][number]] ?? String(value);
    case 'years':
      return String(value);
  }
}

/**
 * A facet's options: those present in the events, counted, plus any selected one. Entities and
 * kinds come most frequent first (so a folded facet shows what would match, not empty options),
 * then alphabetically; date certainty from the surest; years in order. A facet's own counts do
 * not depend on its own selection, so ticking an option never moves the options around it.
 */
export function facetOptions(
  facet: Facet,
  present: ReadonlySet<Filters[Facet][number]>,
  filters: Filters,
  counts: FacetCounts,
  entities: Entities,
  t: Dictionary,
  language: Language,
): FacetOption[] {
  const selected = new Set<Filters[Facet][number]>(filters[facet]);
  const facetCounts = counts[facet] as Map<Filters[Facet][number], number>;
  const values = new Set<Filters[Facet][number]>([...present, ...facetCounts.keys(), ...selected]);
  const options = [...values].map((value) => ({
    facet,
    value,
    key: String(value),
    label: optionLabel(facet, value, entities, t, language),
    count: facetCounts.get(value) ?? 0,
    selected: selected.has(value),
  }));
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const certainty = (value: Filters[Facet][number]) => DATE_FROM_VALUES.indexOf(value as Filters['dateFrom'][number]);
  return options.sort((a, b) => {
    if (facet === 'years') return Number(a.value) - Number(b.value);
    if (facet === 'dateFrom') return certainty(a.value) - certainty(b.value);
    return b.count - a.count || collator.compare(a.label, b.label);
  });
}

/** The filters with one option added or removed. */
export function toggleOption(filters: Filters, facet: Facet, value: Filters[Facet][number]): Filters {
  const current = filters[facet] as Filters[Facet][number][];
  const next = current.includes(value) ? current.filter((option) => option !== value) : [...current, value];
  return { ...filters, [facet]: next };
}
