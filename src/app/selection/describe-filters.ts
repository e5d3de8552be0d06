import type { Dictionary, Language } from '../../shared/i18n/dictionary';
import { entityById } from '../../store/lookup';
import type { Filters } from '../../store/filters';
import type { Store } from '../../store/schema';

/** The active filters in words, e.g. « Acteurs : Marco Rubio ; Années : 2025 » (empty when none). */
export function describeFilters(filters: Filters, store: Store, t: Dictionary, language: Language): string {
  const label = (group: 'actors' | 'places' | 'themes') => (id: string) => entityById(store.entities, group, id)?.label[language] ?? id;
  const parts: [keyof Filters, string[]][] = [
    ['actors', filters.actors.map(label('actors'))],
    ['places', filters.places.map(label('places'))],
    ['themes', filters.themes.map(label('themes'))],
    ['kinds', filters.kinds.map((kind) => t.event.kinds[kind])],
    ['dateFrom', filters.dateFrom.map((from) => t.event.dateFrom[from])],
    ['years', filters.years.map(String)],
  ];
  const separator = language === 'fr' ? ' : ' : ': ';
  return parts
    .filter(([, values]) => values.length > 0)
    .map(([facet, values]) => `${t.filters.facets[facet]}${separator}${values.join(', ')}`)
    .join(' ; ');
}
