import { useEffect, useId, useRef, type JSX } from 'react';
import { useI18n } from '../../shared/i18n/language';
import type { FacetOption } from './facet-options';

export interface ActiveFiltersProps {
  /** The selected options, in panel order. */
  selected: readonly FacetOption[];
  onRemove: (option: FacetOption) => void;
  onClear: () => void;
  /** Where focus goes when the last filter is gone (the buttons that had it no longer exist). */
  focusWhenEmpty: () => void;
}

/** What is filtered, visible even when the panel is folded: one button per filter to remove it, one to clear them all. */
export function ActiveFilters({ selected, onRemove, onClear, focusWhenEmpty }: ActiveFiltersProps): JSX.Element | null {
  const { t } = useI18n();
  const titleId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  /** Index of the chip to focus once the filters have changed, after a chip removed itself. */
  const pendingFocus = useRef<number | 'empty' | null>(null);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (pending === null) return;
    pendingFocus.current = null;
    const chips = listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    if (pending === 'empty' || chips.length === 0) focusWhenEmpty();
    else chips[Math.min(pending, chips.length - 1)]?.focus();
  }, [selected, focusWhenEmpty]);

  if (selected.length === 0) return null;

  return (
    <div className="filters-active">
      <p id={titleId} className="filters-active-title">
        {t.filters.active}
      </p>
      <ul ref={listRef} aria-labelledby={titleId} className="filters-chips">
        {selected.map((option, index) => (
          <li key={`${option.facet}:${option.key}`}>
            <button
              type="button"
              className="filter-chip"
              data-facet={option.facet}
              data-option={option.key}
              aria-label={t.filters.remove(option.label)}
              onClick={() => {
                pendingFocus.current = index;
                onRemove(option);
              }}
            >
              {option.label}
              <span aria-hidden="true" className="filter-chip-x">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="filters-clear"
        onClick={() => {
          pendingFocus.current = 'empty';
          onClear();
        }}
      >
        {t.filters.clear}
      </button>
    </div>
  );
}
