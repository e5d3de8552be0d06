/**
 * The search index as a JSON file, written by `npm run build:store` next to the built-in store so
 * that the app loads it instead of building it. The file names the store it indexes by a
 * fingerprint of everything the index reads; an index for another store (a stale cache, another
 * deployment) is refused and the app builds its own. Pure TypeScript.
 */
import { FNV_OFFSET, fnvStep } from './fnv';
import type { Store } from './schema';
import { NORMALIZER_VERSION } from './search-normalize';
import type { SearchIndex } from './search-index';

export const SEARCH_INDEX_FILE_VERSION = 1;

export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_FILE_VERSION;
  fingerprint: string;
  eventIds: string[];
  texts: string[];
  vocabulary: string;
  wordStarts: number[];
  postingStarts: number[];
  postings: number[];
  entities: { names: string; events: number[] }[];
  /** The articles' offset maps as runs (see `toRuns`): mostly one run per stretch of unaccented text. */
  articles: { id: string; text: string; starts: number[]; ends: number[] }[];
}

/** [first, length, first, length…]: each run counts up by one from its first value. */
export function toRuns(values: ArrayLike<number>): number[] {
  const runs: number[] = [];
  for (let at = 0; at < values.length;) {
    let end = at + 1;
    while (end < values.length && values[end] === values[end - 1]! + 1) end += 1;
    runs.push(values[at]!, end - at);
    at = end;
  }
  return runs;
}

export function fromRuns(runs: Uint32Array): Uint32Array | null {
  let length = 0;
  for (let at = 1; at < runs.length; at += 2) length += runs[at]!;
  if (runs.length % 2 !== 0 || length > 0x10000000) return null;
  const values = new Uint32Array(length);
  let out = 0;
  for (let at = 0; at < runs.length; at += 2) for (let step = 0; step < runs[at + 1]!; step += 1) values[out++] = runs[at]! + step;
  return values;
}

/**
 * FNV-1a over the normaliser's version and every text and id the index is made from, in a fixed
 * order (not the JSON's key order): an index made by another normaliser, or of another store, differs.
 */
export function storeFingerprint(store: Store, normalizerVersion = NORMALIZER_VERSION): string {
  let hash = FNV_OFFSET;
  const add = (text: string) => {
    for (let at = 0; at < text.length; at += 1) hash = fnvStep(hash, text.charCodeAt(at));
    hash = fnvStep(hash, 0xffff);
  };
  add(`normaliser ${normalizerVersion}`);
  for (const event of store.events) {
    add(event.id);
    add(event.title.fr);
    add(event.title.en);
    add(event.summary.fr);
    add(event.summary.en);
    for (const quote of event.evidence) add(quote.exact);
    for (const note of event.notes) {
      add(note.fr);
      add(note.en);
      add(note.evidence?.exact ?? '');
    }
    for (const id of [...event.actors, ...event.places, ...event.themes]) add(id);
    add('');
  }
  for (const entity of [...store.entities.actors, ...store.entities.places, ...store.entities.themes]) {
    add(entity.id);
    add(entity.label.fr);
    add(entity.label.en);
    for (const alias of entity.aliases ?? []) add(alias);
    add('');
  }
  for (const article of store.articles) {
    add(article.id);
    add(article.text);
  }
  return `${store.events.length}-${(hash >>> 0).toString(16)}`;
}

export function toSearchIndexFile(index: SearchIndex, store: Store): SearchIndexFile {
  return {
    version: SEARCH_INDEX_FILE_VERSION,
    fingerprint: storeFingerprint(store),
    eventIds: [...index.eventIds],
    texts: [...index.texts],
    vocabulary: index.words.vocabulary,
    wordStarts: [...index.words.wordStarts],
    postingStarts: [...index.words.postingStarts],
    postings: [...index.words.postings],
    entities: index.entities.map((entity) => ({ names: entity.names, events: [...entity.events] })),
    articles: index.articles.map(({ id, mapped }) => ({ id, text: mapped.text, starts: toRuns(mapped.starts), ends: toRuns(mapped.ends) })),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const numbers = (value: unknown): Uint32Array | null =>
  Array.isArray(value) && value.every((item) => Number.isInteger(item) && item >= 0 && item <= 0xffffffff)
    ? Uint32Array.from(value as number[])
    : null;

const runsOf = (value: unknown): Uint32Array | null => {
  const runs = numbers(value);
  return runs && fromRuns(runs);
};

/** The index in `json` when it is an index of exactly this store; null otherwise (then build one). */
export function fromSearchIndexFile(json: unknown, store: Store): SearchIndex | null {
  if (!isRecord(json) || json.version !== SEARCH_INDEX_FILE_VERSION || json.fingerprint !== storeFingerprint(store)) return null;
  const { eventIds, texts, vocabulary, entities, articles } = json;
  const wordStarts = numbers(json.wordStarts);
  const postingStarts = numbers(json.postingStarts);
  const postings = numbers(json.postings);
  if (!Array.isArray(eventIds) || eventIds.length !== store.events.length || eventIds.some((id, at) => id !== store.events[at]!.id))
    return null;
  if (!Array.isArray(texts) || texts.length !== eventIds.length || texts.some((text) => typeof text !== 'string')) return null;
  if (typeof vocabulary !== 'string' || !wordStarts || !postingStarts || !postings) return null;
  if (!Array.isArray(entities) || !Array.isArray(articles)) return null;
  const entityList = entities.map((entity: unknown) =>
    isRecord(entity) && typeof entity.names === 'string' ? { names: entity.names, events: numbers(entity.events) } : null,
  );
  const articleList = articles.map((article: unknown) =>
    isRecord(article) && typeof article.id === 'string' && typeof article.text === 'string'
      ? { id: article.id, mapped: { text: article.text, starts: runsOf(article.starts), ends: runsOf(article.ends) } }
      : null,
  );
  const mapsFit = (article: (typeof articleList)[number]) =>
    article?.mapped.starts?.length === article?.mapped.text.length && article?.mapped.ends?.length === article?.mapped.text.length;
  if (entityList.some((entity) => !entity?.events) || !articleList.every(mapsFit)) return null;
  return {
    eventIds: eventIds as string[],
    texts: texts as string[],
    words: { vocabulary, wordStarts, postingStarts, postings },
    entities: entityList as { names: string; events: Uint32Array }[],
    articles: articleList as SearchIndex['articles'][number][],
  };
}
