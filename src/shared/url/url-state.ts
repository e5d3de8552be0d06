/**
 * What the URL says about the view, so that a shared link reproduces it. Every parameter is parsed
 * defensively: an unknown or malformed value falls back to the default and is reported, never thrown.
 *   event=<id>                     the selected event (detail panel open)
 *   article=<id>&passage=<s>-<e>   the article reader, opened at a passage (UTF-16 offsets)
 *   q=<text>                       the search
 *   actors, places, themes, kinds, dates (how the date was fixed), years: filters, comma-separated
 *   range=<YYYY-MM-DD>..<YYYY-MM-DD>  the visible window of the timeline
 *   lang=fr|en, scheme=light|dark  interface language and colour scheme
 *   slide=<n>[&presenter=1]        presentation mode at slide n (1-based), or its presenter notes
 *   data=<url>                     another store; kept as is here, checked by data-source.ts
 */
import { LANGUAGES, type Language } from '../i18n/dictionary';
import { isIsoDay, isoDayToTime, timeToIsoDay } from '../../store/dates';
import { EMPTY_FILTERS, type Filters } from '../../store/filters';
import { DATE_FROM_VALUES, KIND_VALUES } from '../../store/vocabulary';

export type Scheme = 'light' | 'dark';

export interface UrlState {
  event: string | null;
  article: string | null;
  passage: { start: number; end: number } | null;
  query: string;
  filters: Filters;
  range: { start: number; end: number } | null;
  lang: Language | null;
  scheme: Scheme | null;
  /** 1-based slide of presentation mode; null when not presenting. */
  slide: number | null;
  presenter: boolean;
  /** The store's address when it is not the built-in one (validated by data-source.ts). */
  data: string | null;
}

export const EMPTY_URL_STATE: UrlState = {
  event: null,
  article: null,
  passage: null,
  query: '',
  filters: EMPTY_FILTERS,
  range: null,
  lang: null,
  scheme: null,
  slide: null,
  presenter: false,
  data: null,
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PASSAGE = /^(\d{1,9})-(\d{1,9})$/;
const MAX_QUERY = 200;
const MAX_LIST = 50;

export interface ParsedUrlState {
  state: UrlState;
  /** Parameters that were present but (partly) unusable, by name. */
  rejected: string[];
}

export function parseUrlState(search: string): ParsedUrlState {
  const params = new URLSearchParams(search);
  const rejected: string[] = [];
  const reject = (name: string) => {
    if (!rejected.includes(name)) rejected.push(name);
  };
  const id = (name: string) => {
    const value = params.get(name);
    if (value === null || value === '') return null;
    if (ID.test(value) && value.length <= 200) return value;
    reject(name);
    return null;
  };
  /** A comma-separated list; values that fail `accept` are dropped and reported. */
  const list = <T>(name: string, accept: (value: string) => T | undefined): T[] => {
    const raw = params.get(name);
    if (raw === null || raw === '') return [];
    const values: T[] = [];
    for (const part of raw.split(',').slice(0, MAX_LIST)) {
      const value = accept(part.trim());
      if (value === undefined) reject(name);
      else if (!values.includes(value)) values.push(value);
    }
    return values;
  };
  const oneOf =
    <T extends string>(options: readonly T[]) =>
    (value: string) =>
      (options as readonly string[]).includes(value) ? (value as T) : undefined;
  const entityId = (value: string) => (ID.test(value) && value.length <= 200 ? value : undefined);
  const year = (value: string) => (/^\d{4}$/.test(value) ? Number(value) : undefined);

  const event = id('event');
  const article = id('article');

  let passage: UrlState['passage'] = null;
  const rawPassage = params.get('passage');
  if (rawPassage !== null) {
    const match = PASSAGE.exec(rawPassage);
    const start = Number(match?.[1]);
    const end = Number(match?.[2]);
    if (match && article && start < end) passage = { start, end };
    else reject('passage');
  }

  let query = params.get('q') ?? '';
  if (query.length > MAX_QUERY) {
    query = query.slice(0, MAX_QUERY);
    reject('q');
  }

  const filters: Filters = {
    actors: list('actors', entityId),
    places: list('places', entityId),
    themes: list('themes', entityId),
    kinds: list('kinds', oneOf(KIND_VALUES)),
    dateFrom: list('dates', oneOf(DATE_FROM_VALUES)),
    years: list('years', year),
  };

  let range: UrlState['range'] = null;
  const rawRange = params.get('range');
  if (rawRange !== null) {
    const [from, to] = rawRange.split('..');
    if (from && to && isIsoDay(from) && isIsoDay(to) && from < to) range = { start: isoDayToTime(from), end: isoDayToTime(to) };
    else reject('range');
  }

  const optional = <T extends string>(name: string, options: readonly T[]): T | null => {
    const raw = params.get(name);
    if (raw === null) return null;
    const value = oneOf(options)(raw);
    if (value === undefined) reject(name);
    return value ?? null;
  };

  let slide: number | null = null;
  const rawSlide = params.get('slide');
  if (rawSlide !== null) {
    if (/^\d{1,6}$/.test(rawSlide) && Number(rawSlide) >= 1) slide = Number(rawSlide);
    else reject('slide');
  }

  return {
    state: {
      event,
      article,
      passage,
      query,
      filters,
      range,
      lang: optional('lang', LANGUAGES),
      scheme: optional('scheme', ['light', 'dark'] as const),
      slide,
      presenter: slide !== null && params.get('presenter') === '1',
      data: params.get('data') || null,
    },
    rejected,
  };
}

export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.data) params.set('data', state.data);
  if (state.article) {
    params.set('article', state.article);
    if (state.passage) params.set('passage', `${state.passage.start}-${state.passage.end}`);
  }
  if (state.event) params.set('event', state.event);
  if (state.query.trim()) params.set('q', state.query);
  const { actors, places, themes, kinds, dateFrom, years } = state.filters;
  const lists: [string, readonly (string | number)[]][] = [
    ['actors', actors],
    ['places', places],
    ['themes', themes],
    ['kinds', kinds],
    ['dates', dateFrom],
    ['years', years],
  ];
  for (const [name, values] of lists) if (values.length > 0) params.set(name, values.join(','));
  if (state.range) params.set('range', `${timeToIsoDay(state.range.start)}..${timeToIsoDay(state.range.end)}`);
  if (state.lang) params.set('lang', state.lang);
  if (state.scheme) params.set('scheme', state.scheme);
  if (state.slide !== null) {
    params.set('slide', String(state.slide));
    if (state.presenter) params.set('presenter', '1');
  }
  const search = params.toString().replaceAll('%2C', ',');
  return search ? `?${search}` : '?';
}
