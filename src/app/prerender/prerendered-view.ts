import type { Language } from '../../shared/i18n/dictionary';
import { changesFirstView, parseUrlState } from '../../shared/url/url-state';

/** Marks the pre-rendered markup, so the client knows it is there. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/**
 * index.html holds the default view in both languages; scripts/first-view-language.js (inlined) sets <html
 * lang> before the body is parsed (?lang=, else the browser's language), and prerendered.css shows
 * the copy in that language. Without that script the page stays French.
 */
export const PRERENDERED_LANGUAGES: readonly Language[] = ['fr', 'en'];

/**
 * Whether the app, at this address, shows what index.html was pre-rendered with: the built-in
 * store, in either language, with no search, filter, selection, article, presentation or URL notice. Only
 * then may the pre-rendered markup stay on screen until the app replaces it with the same view;
 * otherwise the app's first render (its loading state) replaces it at once. The visible range and
 * the colour scheme do not change the list.
 */
export function showsPrerenderedView(search: string, browserLanguage: Language): boolean {
  const { state, rejected } = parseUrlState(search);
  return (
    rejected.length === 0 &&
    PRERENDERED_LANGUAGES.includes(state.lang ?? browserLanguage) &&
    new URLSearchParams(search).get('data') === null &&
    !changesFirstView(state)
  );
}
