import { useId, useState, type JSX } from 'react';
import { useI18n } from '../../shared/i18n/language';
import type { Facet } from '../../store/filters';
import type { FacetOption } from './facet-options';

/** A facet longer than this shows its first options only, until asked for all of them. */
const COLLAPSE_ABOVE = 8;
const SHOWN_COLLAPSED = 6;

export interface FacetFieldsetProps {
  facet: Facet;
  options: readonly FacetOption[];
  onToggle: (option: FacetOption) => void;
}

/** One facet: a fieldset of checkboxes "label (count)"; an option no event would match is disabled unless ticked. */
export function FacetFieldset({ facet, options, onToggle }: FacetFieldsetProps): JSX.Element {
  const { t } = useI18n();
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  const collapsible = options.length > COLLAPSE_ABOVE;
  const visible = collapsible && !expanded ? options.filter((option, index) => index < SHOWN_COLLAPSED || option.selected) : options;

  return (
    <fieldset className="filter-facet" data-facet={facet}>
      <legend>{t.filters.facets[facet]}</legend>
      <ul id={listId} className="filter-options">
        {visible.map((option) => (
          <li key={option.key}>
            <label className="filter-option">
              <input
                type="checkbox"
                value={option.key}
                data-option={option.key}
                checked={option.selected}
                disabled={option.count === 0 && !option.selected}
                onChange={() => onToggle(option)}
              />
              <span>{t.filters.option(option.label, option.count)}</span>
            </label>
          </li>
        ))}
      </ul>
      {collapsible && (
        <button
          type="button"
          className="filter-more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t.filters.showFewer : t.filters.showAll(options.length)}
        </button>
      )}
    </fieldset>
  );
}
