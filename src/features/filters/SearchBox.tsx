import { useId, type JSX, type KeyboardEvent } from 'react';
import { useI18n } from '../../shared/i18n/language';
import './filters.css';

export interface SearchBoxProps {
  /** The search as typed; the parent owns it (it lives in the URL). */
  value: string;
  onChange: (value: string) => void;
  /** How many events match, or null when there is no search. */
  resultCount: number | null;
  /**
   * The search has no answer yet, said instead of a count: its index is being prepared
   * ('preparing'), or it is being run ('searching').
   */
  pending?: false | 'preparing' | 'searching';
  /** The count is of a partial answer (the index not ready yet): said as « so far ». */
  partial?: boolean;
  /** Where the answer was computed (a data attribute, for tests and the curious). */
  searchBy?: 'worker' | 'main';
}

/** The search field: a visible label, a hint, Escape to clear, and the result count announced politely. */
export function SearchBox({ value, onChange, resultCount, pending = false, partial = false, searchBy }: SearchBoxProps): JSX.Element {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const countIsPartial = resultCount !== null && partial;

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape' || value === '') return;
    event.preventDefault();
    event.stopPropagation();
    onChange('');
  };

  return (
    <div role="search" className="search-box">
      <label htmlFor={inputId} className="search-box-label visually-hidden">
        {t.filters.searchLabel}
      </label>
      <input
        id={inputId}
        type="search"
        className="search-box-input"
        placeholder={t.filters.searchLabel}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={handleKeyDown}
        aria-describedby={hintId}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
      />
      <p id={hintId} className="visually-hidden">
        {t.filters.searchHint}
      </p>
      <p
        role="status"
        className="search-box-count"
        data-result-count={resultCount ?? undefined}
        data-pending={pending || undefined}
        data-partial={countIsPartial || undefined}
        // A partial count changes every quarter of a second: screen readers wait for the complete one.
        aria-busy={countIsPartial || undefined}
        data-search-by={resultCount === null ? undefined : searchBy}
      >
        {pending === 'searching'
          ? t.filters.searching
          : pending
            ? t.filters.searchPending
            : resultCount === null
              ? ''
              : partial
                ? t.filters.resultCountSoFar(resultCount)
                : t.filters.resultCount(resultCount)}
      </p>
    </div>
  );
}
