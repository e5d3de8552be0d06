import type { Language } from '../../shared/i18n/dictionary';
import { changesFirstView, parseUrlState } from '../../shared/url/url-state';

/** Marks the pre-rendered markup, so the client knows it is there. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/** The language index.html is pre-rendered in. */
export const PRERENDERED_LANGUAGE: Language = 'fr';

/**
 * Whether the app, at this address, shows what index.html was pre-rendered with: the built-in
 * store, in French, with no search, filter, selection, article, presentation or URL notice. Only
 * then may the pre-rendered markup stay on screen until the app replaces it with the same view;
 * otherwise the app's first render (its loading state) replaces it at once. The visible range and
 * the colour scheme do not change the list.
 */
export function showsPrerenderedView(search: string, browserLanguage: Language): boolean {
  const { state, rejected } = parseUrlState(search);
  return (
    rejected.length === 0 &&
    (state.lang ?? browserLanguage) === PRERENDERED_LANGUAGE &&
    new URLSearchParams(search).get('data') === null &&
    !changesFirstView(state)
  );
}
