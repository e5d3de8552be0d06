/**
 * The split form of a store (data/README.md, « The split store »): an index that the timeline and
 * the list can draw from (ids, dates, labels, facets, certainty, as column arrays), and shards
 * that hold the rest (summaries, date bases, passages, sources, notes, article texts). One shard
 * holds a group of events and every article they quote, so that it can be validated on its own,
 * with the very rules of the single file: joining a shard to its index rows makes an ordinary
 * store (`shardAsStore`), which goes through readCanonicalStore or parseStore like any other.
 *
 * Pure TypeScript and zod-free: the app loads it on the fast path (split-schema.ts has the zod
 * schemas from which the JSON Schemas are made).
 */
import { clipForMessage, type Reason, type ReasonMessage } from './reasons';
import type { Article, DateSpec, Entities, Localized, Store, StoreEvent } from './schema';
import { SCHEMA_VERSION } from './schema-rules';

export const SPLIT_FORMAT = 'chronique-split-index';
export const SHARD_FORMAT = 'chronique-split-shard';

/** At most this many events per shard: a few hundred kilobytes at 100,000 synthetic events, a few dozen gzipped. */
export const SHARD_MAX_EVENTS = 256;

type Facet = 'actors' | 'places' | 'themes';

/** The index's events, one array per field, in the store's order (what JSON.parse reads fastest). */
export interface IndexColumns {
  id: string[];
  start: string[];
  /** null: a single day, month or year. */
  end: (string | null)[];
  precision: DateSpec['precision'][];
  from: DateSpec['from'][];
  status: StoreEvent['status'][];
  kind: StoreEvent['kind'][];
  title: { fr: string[]; en: string[] };
  short: { fr: string[]; en: string[] };
  /** Positions in the index's `entities.actors` (places, themes). */
  actors: number[][];
  places: number[][];
  themes: number[][];
  /** Position of the event's shard in `shards`. */
  shard: number[];
}

/** An article as the index lists it: everything but its text and notes, and the shard that holds them. */
export type IndexArticle = Omit<Article, 'text' | 'notes'> & { shard: number };

export interface SplitIndex {
  format: typeof SPLIT_FORMAT;
  schemaVersion: typeof SCHEMA_VERSION;
  title: Localized;
  entities: Entities;
  articles: IndexArticle[];
  events: IndexColumns;
  /** Shard files, relative to the index file. */
  shards: string[];
}

/** What a shard adds to an event of the index. */
export interface ShardEvent {
  id: string;
  summary: Localized;
  date: Pick<DateSpec, 'edtf' | 'basis'>;
  evidence: StoreEvent['evidence'];
  corroboration: StoreEvent['corroboration'];
  notes: StoreEvent['notes'];
}

export interface Shard {
  format: typeof SHARD_FORMAT;
  schemaVersion: typeof SCHEMA_VERSION;
  /** Its own position in the index's `shards`: a file served under another name is refused. */
  shard: number;
  /** Every article its events quote (and, in some shard, those no event quotes), text and notes included. */
  articles: { id: string; text: string; notes?: Article['notes'] }[];
  events: ShardEvent[];
}

export interface SplitFiles {
  index: SplitIndex;
  /** In the order of `index.shards`. */
  shards: Shard[];
}

/** A shard's URL: its path in the index is relative to the index file (a path stays a path, a URL a URL). */
export const shardUrl = (indexUrl: string, shard: string) => {
  const base = new URL(indexUrl, 'http://relative.invalid/');
  const resolved = new URL(shard, base);
  return base.origin === 'http://relative.invalid' ? resolved.pathname + resolved.search : resolved.href;
};

export const shardFileName = (position: number) => `shards/${String(position).padStart(4, '0')}.json`;

/** The articles an event quotes, in a stable order: its group key. */
function quotedArticles(event: StoreEvent): string[] {
  const ids = new Set(event.evidence.map((quote) => quote.article));
  for (const note of event.notes) if (note.evidence) ids.add(note.evidence.article);
  return [...ids].sort();
}

/**
 * Events grouped by the articles they quote, each group cut into shards of at most `maxEvents`:
 * a shard then carries only the article texts its events need.
 */
export function splitStore(store: Store, maxEvents = SHARD_MAX_EVENTS): SplitFiles {
  const groups = new Map<string, number[]>();
  store.events.forEach((event, position) => {
    const key = quotedArticles(event).join(' ');
    const group = groups.get(key);
    if (group) group.push(position);
    else groups.set(key, [position]);
  });
  const shardEvents: number[][] = [];
  for (const positions of groups.values())
    for (let at = 0; at < positions.length; at += maxEvents) shardEvents.push(positions.slice(at, at + maxEvents));

  const articleById = new Map(store.articles.map((article) => [article.id, article]));
  const shardOfEvent = new Array<number>(store.events.length);
  const homeOfArticle = new Map<string, number>();
  const shards: Shard[] = shardEvents.map((positions, shard) => {
    const articleIds = new Set<string>();
    for (const position of positions) {
      shardOfEvent[position] = shard;
      for (const id of quotedArticles(store.events[position]!)) articleIds.add(id);
    }
    for (const id of articleIds) if (!homeOfArticle.has(id)) homeOfArticle.set(id, shard);
    return {
      format: SHARD_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      shard,
      articles: [...articleIds].flatMap((id) => {
        const article = articleById.get(id);
        return article ? [shardArticle(article)] : [];
      }),
      events: positions.map((position) => shardEvent(store.events[position]!)),
    };
  });
  const unquoted = store.articles.filter((article) => !homeOfArticle.has(article.id));
  if (unquoted.length > 0) {
    const shard = shards.length;
    for (const article of unquoted) homeOfArticle.set(article.id, shard);
    shards.push({ format: SHARD_FORMAT, schemaVersion: SCHEMA_VERSION, shard, articles: unquoted.map(shardArticle), events: [] });
  }

  const position = (facet: Facet) => new Map(store.entities[facet].map((entity, at) => [entity.id, at]));
  const positions = { actors: position('actors'), places: position('places'), themes: position('themes') };
  const column = <T>(read: (event: StoreEvent) => T) => store.events.map(read);
  const facetColumn = (facet: Facet) => column((event) => event[facet].map((id) => positions[facet].get(id) ?? -1));
  return {
    index: {
      format: SPLIT_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      title: store.title,
      entities: store.entities,
      articles: store.articles.map(({ text: _text, notes: _notes, ...article }) => ({ ...article, shard: homeOfArticle.get(article.id)! })),
      events: {
        id: column((event) => event.id),
        start: column((event) => event.date.start),
        end: column((event) => event.date.end ?? null),
        precision: column((event) => event.date.precision),
        from: column((event) => event.date.from),
        status: column((event) => event.status),
        kind: column((event) => event.kind),
        title: { fr: column((event) => event.title.fr), en: column((event) => event.title.en) },
        short: { fr: column((event) => event.short.fr), en: column((event) => event.short.en) },
        actors: facetColumn('actors'),
        places: facetColumn('places'),
        themes: facetColumn('themes'),
        shard: shardOfEvent,
      },
      shards: shards.map((_, at) => shardFileName(at)),
    },
    shards,
  };
}

function shardArticle(article: Article): Shard['articles'][number] {
  return { id: article.id, text: article.text, ...(article.notes ? { notes: article.notes } : {}) };
}

function shardEvent(event: StoreEvent): ShardEvent {
  return {
    id: event.id,
    summary: event.summary,
    date: { edtf: event.date.edtf, basis: event.date.basis },
    evidence: event.evidence,
    corroboration: event.corroboration,
    notes: event.notes,
  };
}

// --- reading ---------------------------------------------------------------------------------

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown, length: number) =>
  Array.isArray(value) && value.length === length && value.every((item) => typeof item === 'string');
const isPosition = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;

const SPLIT_INDEX_OPENING = new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${SPLIT_FORMAT}"`);

/**
 * Whether a text is likely a split index, before it is parsed: it opens with its `format`, as the
 * builder writes it. A guess, for starting work early (the search worker's): a wrong one costs a
 * parse, never a wrong answer, since only what passed `looksLikeSplitIndex` and the rules is used.
 */
export const startsLikeSplitIndex = (text: string): boolean => SPLIT_INDEX_OPENING.test(text.slice(0, 200));

/** Whether a JSON value says it is a split index (then it is read as one, or refused as a broken one). */
export const looksLikeSplitIndex = (json: unknown): boolean => isObject(json) && json.format === SPLIT_FORMAT;

/**
 * The index's own structure: column arrays of one length, positions that exist. What the values
 * say (ids, days, labels, vocabularies) is judged with the events, by the store's rules, when a
 * shard joins them (`shardAsStore`); the title and entities by `indexHeadAsStore`. A list of
 * faults, empty when the index can be read.
 */
export function splitIndexFaults(json: unknown): Reason[] {
  const fault = (path: string, message: ReasonMessage): Reason => ({ path, message });
  if (!isObject(json)) return [fault('(root)', { code: 'not-an-object' })];
  const faults: Reason[] = [];
  if (json.format !== SPLIT_FORMAT) faults.push(fault('format', { code: 'expected-value', value: SPLIT_FORMAT }));
  const shards = json.shards;
  if (!isStringArray(shards, Array.isArray(shards) ? shards.length : -1)) faults.push(fault('shards', { code: 'expected-file-names' }));
  const shardCount = Array.isArray(shards) ? shards.length : 0;
  if (Array.isArray(shards) && shards.some((name) => typeof name === 'string' && !isRelativeFile(name)))
    faults.push(fault('shards', { code: 'shard-path-not-relative' }));
  if (!Array.isArray(json.articles)) faults.push(fault('articles', { code: 'expected-list' }));
  else
    json.articles.forEach((article, at) => {
      if (!isObject(article) || !isPosition(article.shard) || (article.shard as number) >= shardCount)
        faults.push(fault(`articles[${at}].shard`, { code: 'expected-shard-position' }));
    });
  const events = json.events;
  if (!isObject(events)) return [...faults, fault('events', { code: 'expected-columns' })];
  const ids = events.id;
  if (!isStringArray(ids, Array.isArray(ids) ? ids.length : -1)) return [...faults, fault('events.id', { code: 'expected-strings' })];
  const count = (ids as string[]).length;
  const sameLength = (name: string, value: unknown, item: (value: unknown) => boolean) => {
    if (!Array.isArray(value) || value.length !== count || !value.every(item))
      faults.push(fault(`events.${name}`, { code: 'expected-column-length', count }));
  };
  const isString = (value: unknown) => typeof value === 'string';
  for (const name of ['start', 'precision', 'from', 'status', 'kind'] as const) sameLength(name, events[name], isString);
  sameLength('end', events.end, (value) => value === null || isString(value));
  for (const name of ['title', 'short'] as const) {
    const pair = events[name];
    if (!isObject(pair)) faults.push(fault(`events.${name}`, { code: 'expected-language-columns' }));
    else for (const language of ['fr', 'en'] as const) sameLength(`${name}.${language}`, pair[language], isString);
  }
  for (const facet of ['actors', 'places', 'themes'] as const)
    sameLength(facet, events[facet], (value) => Array.isArray(value) && value.every((item) => Number.isSafeInteger(item)));
  sameLength('shard', events.shard, (value) => isPosition(value) && (value as number) < shardCount);
  return faults.slice(0, 20);
}

const isRelativeFile = (name: string) =>
  /^[\w.-]+(?:\/[\w.-]+)*\.json$/.test(name) && !name.split('/').some((part) => part === '..' || part === '.');

/** Stands for an article's text, which is in its shard, while the rest of the article is judged. */
const TEXT_IN_SHARD = ' ';

/**
 * The index's title, entities and articles (their texts stood in for) as a store without events:
 * validated by the store's rules.
 */
export function indexHeadAsStore(index: SplitIndex): unknown {
  const articles = index.articles.map((article) => {
    if (!isObject(article)) return article;
    const { shard: _shard, ...meta } = article;
    return { ...meta, text: TEXT_IN_SHARD };
  });
  return { schemaVersion: index.schemaVersion, title: index.title, articles, events: [], entities: index.entities };
}

/** Which events of the index a shard holds, by position, in the index's order. */
export function shardEventPositions(index: SplitIndex, shard: number): number[] {
  const positions: number[] = [];
  index.events.shard.forEach((owner, position) => {
    if (owner === shard) positions.push(position);
  });
  return positions;
}

/** The event at `position` of the index without its shard's part: what the timeline and the list need. */
export function indexEvent(index: SplitIndex, position: number): JsonObject {
  const { events, entities } = index;
  const end = events.end[position];
  const facet = (name: Facet) => events[name][position]!.map((at) => entities[name][at]?.id ?? String(at));
  return {
    id: events.id[position],
    title: { fr: events.title.fr[position], en: events.title.en[position] },
    short: { fr: events.short.fr[position], en: events.short.en[position] },
    date: {
      start: events.start[position],
      ...(end === null || end === undefined ? {} : { end }),
      precision: events.precision[position],
      from: events.from[position],
    },
    status: events.status[position],
    kind: events.kind[position],
    actors: facet('actors'),
    places: facet('places'),
    themes: facet('themes'),
  };
}

export type ShardReading =
  | {
      ok: true;
      /** A store (as JSON) of the shard's articles and events, for the store's validators. */
      store: unknown;
      /** Index positions of `store.events`, in order. */
      positions: number[];
    }
  | { ok: false; reason: Reason };

/**
 * A shard joined to its index rows, as an ordinary store (still unvalidated). Refused when it is
 * not the shard the index expects: another format or version, another position, other events.
 */
export function shardAsStore(index: SplitIndex, shard: number, json: unknown): ShardReading {
  const refused = (message: ReasonMessage): ShardReading => ({ ok: false, reason: { path: '', message } });
  if (!isObject(json) || json.format !== SHARD_FORMAT) return refused({ code: 'not-a-shard', format: SHARD_FORMAT });
  if (json.schemaVersion !== index.schemaVersion) return refused({ code: 'shard-version-differs' });
  if (json.shard !== shard)
    return refused({ code: 'shard-position-differs', found: clipForMessage(String(json.shard), 40), expected: shard });
  const positions = shardEventPositions(index, shard);
  const { events, articles } = json;
  if (!Array.isArray(events) || !Array.isArray(articles)) return refused({ code: 'shard-lists-expected' });
  if (events.length !== positions.length || events.some((event, at) => !isObject(event) || event.id !== index.events.id[positions[at]!]))
    return refused({ code: 'shard-events-differ' });
  const listed = new Map(index.articles.map((article) => [article.id, article]));
  const joinedArticles = articles.map((article) => {
    if (!isObject(article)) return article;
    const { shard: _shard, ...meta } = listed.get(article.id as string) ?? { id: article.id };
    return { ...meta, ...article };
  });
  const joinedEvents = (events as JsonObject[]).map((event, at) => {
    const head = indexEvent(index, positions[at]!);
    const date = isObject(event.date) ? { ...(head.date as JsonObject), ...event.date } : event.date;
    return { ...head, ...event, date, id: head.id };
  });
  return {
    ok: true,
    store: {
      schemaVersion: index.schemaVersion,
      title: index.title,
      articles: joinedArticles,
      events: joinedEvents,
      entities: index.entities,
    },
    positions,
  };
}
