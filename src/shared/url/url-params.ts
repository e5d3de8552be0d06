/**
 * Every URL parameter of the app, once: how it is read and written, where it travels, and whether
 * it changes the first (pre-rendered) view. `url-state.ts` parses and writes the whole state from
 * this table; links, the share dialog, the embed and the pre-rendered view read its flags.
 * Adding a parameter is one entry here (the mapped type makes a missing entry a type error) plus
 * the code that uses it. docs/architecture.md shows an example.
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

/** What a parameter's reader gets: the query string, the state read so far (in table order), and a way to report a bad value. */
export interface ReadContext {
  params: URLSearchParams;
  state: Partial<UrlState>;
  reject: (name: string) => void;
}

export interface UrlParam<K extends keyof UrlState> {
  /** The query-string names this state field is written under. */
  names: readonly string[];
  empty: UrlState[K];
  read: (context: ReadContext) => UrlState[K];
  write: (value: UrlState[K], params: URLSearchParams, state: UrlState) => void;
  /** Kept in the app's own links (event, article and home links). */
  inLinks: boolean;
  /** Kept in the link and embed code the share dialog writes. */
  inShare: boolean;
  /** Understood by the embed page. */
  inEmbed: boolean;
  /** A value other than `empty` shows something else than the pre-rendered first view. */
  changesFirstView: boolean;
  /** Its row in the README's table (`npm run docs:url` writes it): how it is spelled, what it does. */
  doc: ParamDoc;
}

/** Markdown, in English (the README's language). */
export interface ParamDoc {
  syntax: string;
  meaning: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PASSAGE = /^(\d{1,9})-(\d{1,9})$/;
const MAX_QUERY = 200;
const MAX_LIST = 50;
const MAX_ID = 200;

const isId = (value: string) => ID.test(value) && value.length <= MAX_ID;

function readId(name: string) {
  return ({ params, reject }: ReadContext): string | null => {
    const value = params.get(name);
    if (value === null || value === '') return null;
    if (isId(value)) return value;
    reject(name);
    return null;
  };
}

function readOneOf<T extends string>(name: string, options: readonly T[]) {
  return ({ params, reject }: ReadContext): T | null => {
    const raw = params.get(name);
    if (raw === null) return null;
    if ((options as readonly string[]).includes(raw)) return raw as T;
    reject(name);
    return null;
  };
}

/** A comma-separated list; values that fail `accept` are dropped and reported. */
function readList<T>({ params, reject }: ReadContext, name: string, accept: (value: string) => T | undefined): T[] {
  const raw = params.get(name);
  if (raw === null || raw === '') return [];
  const values: T[] = [];
  for (const part of raw.split(',').slice(0, MAX_LIST)) {
    const value = accept(part.trim());
    if (value === undefined) reject(name);
    else if (!values.includes(value)) values.push(value);
  }
  return values;
}

const member =
  <T extends string>(options: readonly T[]) =>
  (value: string) =>
    (options as readonly string[]).includes(value) ? (value as T) : undefined;
const entityId = (value: string) => (isId(value) ? value : undefined);
const year = (value: string) => (/^\d{4}$/.test(value) ? Number(value) : undefined);

const setIf = (params: URLSearchParams, name: string, value: string | null) => {
  if (value) params.set(name, value);
};

/** Filter state field → its query-string name, in the order they are written. */
const FILTER_NAMES = { actors: 'actors', places: 'places', themes: 'themes', kinds: 'kinds', dateFrom: 'dates', years: 'years' } as const;

/** The table, in the order parameters are read and written. */
export const URL_PARAMS: { [K in keyof UrlState]: UrlParam<K> } = {
  data: {
    names: ['data'],
    empty: null,
    read: ({ params }) => params.get('data') || null,
    write: (value, params) => setIf(params, 'data', value),
    inLinks: true,
    inShare: false,
    inEmbed: false,
    changesFirstView: true,
    doc: {
      syntax: '`data=<path>`',
      meaning: 'load another store, one JSON file or a split store’s index (same-origin paths, or origins allowed at build time)',
    },
  },
  article: {
    names: ['article'],
    empty: null,
    read: readId('article'),
    write: (value, params) => setIf(params, 'article', value),
    inLinks: true,
    inShare: false,
    inEmbed: false,
    changesFirstView: true,
    doc: { syntax: '`article=<id>`', meaning: 'the article reader, open on that article' },
  },
  passage: {
    names: ['passage'],
    empty: null,
    read: ({ params, state, reject }) => {
      const raw = params.get('passage');
      if (raw === null) return null;
      const match = PASSAGE.exec(raw);
      const start = Number(match?.[1]);
      const end = Number(match?.[2]);
      if (match && state.article && start < end) return { start, end };
      reject('passage');
      return null;
    },
    write: (value, params, state) => {
      if (value && state.article) params.set('passage', `${value.start}-${value.end}`);
    },
    inLinks: true,
    inShare: false,
    inEmbed: false,
    changesFirstView: true,
    doc: { syntax: '`passage=<start>-<end>`', meaning: 'with `article`: the passage the reader opens at (UTF-16 offsets)' },
  },
  event: {
    names: ['event'],
    empty: null,
    read: readId('event'),
    write: (value, params) => setIf(params, 'event', value),
    inLinks: true,
    inShare: true,
    inEmbed: true,
    changesFirstView: true,
    doc: { syntax: '`event=<id>`', meaning: 'selected event (detail panel open)' },
  },
  query: {
    names: ['q'],
    empty: '',
    read: ({ params, reject }) => {
      const query = params.get('q') ?? '';
      if (query.length <= MAX_QUERY) return query;
      reject('q');
      return query.slice(0, MAX_QUERY);
    },
    write: (value, params) => {
      if (value.trim()) params.set('q', value);
    },
    inLinks: true,
    inShare: true,
    inEmbed: true,
    changesFirstView: true,
    doc: { syntax: '`q=<text>`', meaning: 'search' },
  },
  filters: {
    names: Object.values(FILTER_NAMES),
    empty: EMPTY_FILTERS,
    read: (context) => ({
      actors: readList(context, FILTER_NAMES.actors, entityId),
      places: readList(context, FILTER_NAMES.places, entityId),
      themes: readList(context, FILTER_NAMES.themes, entityId),
      kinds: readList(context, FILTER_NAMES.kinds, member(KIND_VALUES)),
      dateFrom: readList(context, FILTER_NAMES.dateFrom, member(DATE_FROM_VALUES)),
      years: readList(context, FILTER_NAMES.years, year),
    }),
    write: (filters, params) => {
      for (const [field, name] of Object.entries(FILTER_NAMES) as [keyof Filters, string][]) {
        const values: readonly (string | number)[] = filters[field];
        if (values.length > 0) params.set(name, values.join(','));
      }
    },
    inLinks: true,
    inShare: true,
    inEmbed: true,
    changesFirstView: true,
    doc: {
      syntax: '`actors`, `places`, `themes`, `kinds`, `dates`, `years`',
      meaning: 'filters, comma-separated ids (`dates`: `article`, `weekday`, `outside`)',
    },
  },
  range: {
    names: ['range'],
    empty: null,
    read: ({ params, reject }) => {
      const raw = params.get('range');
      if (raw === null) return null;
      const [from, to] = raw.split('..');
      if (from && to && isIsoDay(from) && isIsoDay(to) && from < to) return { start: isoDayToTime(from), end: isoDayToTime(to) };
      reject('range');
      return null;
    },
    write: (value, params) => {
      if (value) params.set('range', `${timeToIsoDay(value.start)}..${timeToIsoDay(value.end)}`);
    },
    // Links stay the same while the timeline pans, so list rows need not re-render.
    inLinks: false,
    inShare: false,
    inEmbed: true,
    changesFirstView: false,
    doc: { syntax: '`range=<YYYY-MM-DD>..<YYYY-MM-DD>`', meaning: 'the timeline’s visible window' },
  },
  lang: {
    names: ['lang'],
    empty: null,
    read: readOneOf('lang', LANGUAGES),
    write: (value, params) => setIf(params, 'lang', value),
    inLinks: true,
    inShare: true,
    inEmbed: true,
    // Which language the first view is in is the pre-rendered view's own question (it knows the browser's).
    changesFirstView: false,
    doc: { syntax: '`lang=fr\\|en`', meaning: 'interface language (default: the browser’s)' },
  },
  scheme: {
    names: ['scheme'],
    empty: null,
    read: readOneOf('scheme', ['light', 'dark'] as const),
    write: (value, params) => setIf(params, 'scheme', value),
    inLinks: true,
    inShare: true,
    inEmbed: true,
    changesFirstView: false,
    doc: { syntax: '`scheme=light\\|dark`', meaning: 'colour scheme (default: the system’s)' },
  },
  slide: {
    names: ['slide'],
    empty: null,
    read: ({ params, reject }) => {
      const raw = params.get('slide');
      if (raw === null) return null;
      if (/^\d{1,6}$/.test(raw) && Number(raw) >= 1) return Number(raw);
      reject('slide');
      return null;
    },
    write: (value, params) => {
      if (value !== null) params.set('slide', String(value));
    },
    inLinks: false,
    inShare: false,
    inEmbed: false,
    changesFirstView: true,
    doc: { syntax: '`slide=<n>`', meaning: 'presentation mode at slide n' },
  },
  presenter: {
    names: ['presenter'],
    empty: false,
    read: ({ params, state }) => state.slide != null && params.get('presenter') === '1',
    write: (value, params, state) => {
      if (value && state.slide !== null) params.set('presenter', '1');
    },
    inLinks: false,
    inShare: false,
    inEmbed: false,
    changesFirstView: true,
    doc: { syntax: '`presenter=1`', meaning: 'with `slide`: the presenter’s view, with its notes' },
  },
};
