/**
 * What the URL says about the view. Every parameter is parsed defensively: an unknown or malformed
 * value falls back to the default and is reported, never thrown.
 *   ?event=<id>                      the selected event (detail panel open)
 *   ?article=<id>[&passage=<s>-<e>]  the article reader, opened at a passage (UTF-16 offsets)
 *   &lang=fr|en                      the interface language
 */
import { LANGUAGES, type Language } from '../shared/i18n/dictionary';

export interface UrlState {
  event: string | null;
  article: string | null;
  passage: { start: number; end: number } | null;
  lang: Language | null;
}

export const EMPTY_URL_STATE: UrlState = { event: null, article: null, passage: null, lang: null };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PASSAGE = /^(\d{1,9})-(\d{1,9})$/;

export interface ParsedUrlState {
  state: UrlState;
  /** Parameters that were present but unusable, by name. */
  rejected: string[];
}

export function parseUrlState(search: string): ParsedUrlState {
  const params = new URLSearchParams(search);
  const rejected: string[] = [];
  const id = (name: string) => {
    const value = params.get(name);
    if (value === null || value === '') return null;
    if (ID.test(value) && value.length <= 200) return value;
    rejected.push(name);
    return null;
  };

  const event = id('event');
  const article = id('article');

  let passage: UrlState['passage'] = null;
  const rawPassage = params.get('passage');
  if (rawPassage !== null) {
    const match = PASSAGE.exec(rawPassage);
    const start = Number(match?.[1]);
    const end = Number(match?.[2]);
    if (match && article && start < end) passage = { start, end };
    else rejected.push('passage');
  }

  let lang: Language | null = null;
  const rawLang = params.get('lang');
  if (rawLang !== null) {
    if ((LANGUAGES as readonly string[]).includes(rawLang)) lang = rawLang as Language;
    else rejected.push('lang');
  }
  return { state: { event, article, passage, lang }, rejected };
}

export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.article) {
    params.set('article', state.article);
    if (state.passage) params.set('passage', `${state.passage.start}-${state.passage.end}`);
  }
  if (state.event) params.set('event', state.event);
  if (state.lang) params.set('lang', state.lang);
  const search = params.toString();
  return search ? `?${search}` : '?';
}
