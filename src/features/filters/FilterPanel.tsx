import { useCallback, useMemo, useRef, useState, type JSX } from 'react';
import { useI18n } from '../../shared/i18n/language';
import { EMPTY_FILTERS, FACETS, activeFilterCount, type FacetCounts, type Filters } from '../../store/filters';
import type { Entities, StoreEvent } from '../../store/schema';
import { ActiveFilters } from './ActiveFilters';
import { FacetFieldset } from './FacetFieldset';
import { facetOptions, presentOptions, toggleOption, type FacetOption } from './facet-options';
import './filters.css';

export interface FilterPanelProps {
  /** All the events: their options are listed even when the counts rule them out. */
  events: readonly StoreEvent[];
  entities: Entities;
  filters: Filters;
  onChange: (filters: Filters) => void;
  /**
   * Per facet, per option, how many of the events the counts describe (those matching the search)
   * ticking it would show (countFacets); asked for only while the panel is unfolded or shows
   * active filters.
   */
  counts: () => FacetCounts;
}

/**
 * The filters: a disclosure "Filtres (n actifs)" holding one fieldset per facet, and, always in
 * view, the active filters with one button to clear them all.
 */
export function FilterPanel({ events, entities, filters, onChange, counts }: FilterPanelProps): JSX.Element {
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const summaryRef = useRef<HTMLElement>(null);
  const active = activeFilterCount(filters);
  // Folded with nothing selected, the panel shows no option: it lists none (at 100,000 events,
  // listing and counting them is a few hundred milliseconds).
  const listsOptions = open || active > 0;
  const present = useMemo(() => (listsOptions ? presentOptions(events) : null), [events, listsOptions]);

  const options = present
    ? FACETS.map((facet) => ({
        facet,
        options: facetOptions(facet, present[facet], filters, counts(), entities, t, language),
      }))
    : [];
  const selected = options.flatMap((facet) => facet.options.filter((option) => option.selected));

  const toggle = (option: FacetOption) => onChange(toggleOption(filters, option.facet, option.value));
  const focusSummary = useCallback(() => summaryRef.current?.focus(), []);

  return (
    <section className="filters" aria-label={t.filters.panelTitle(0)} data-active-filters={active}>
      <details className="filters-details" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary ref={summaryRef} className="filters-summary">
          {t.filters.panelTitle(active)}
        </summary>
        <div className="filters-facets">
          {options
            .filter(({ options: facetOptions }) => facetOptions.length > 0)
            .map(({ facet, options: facetOptions }) => (
              <FacetFieldset key={facet} facet={facet} options={facetOptions} onToggle={toggle} />
            ))}
        </div>
      </details>
      <ActiveFilters selected={selected} onRemove={toggle} onClear={() => onChange(EMPTY_FILTERS)} focusWhenEmpty={focusSummary} />
    </section>
  );
}
