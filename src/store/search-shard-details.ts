/**
 * The search worker's side of a split store (split-store.ts): the page posts the index's head
 * events, whose summaries, quotes and notes are empty, and its articles without their text; the
 * worker fills them in from the shards before it makes the index, so that a split store is
 * searched as its single file is, and the page pays nothing for it. Pure TypeScript.
 *
 * A shard is untrusted JSON: a value of the wrong type is ignored (the field keeps what the page
 * posted), an entry for an event the shard does not hold is ignored, nothing throws. A shard that
 * fails to load, or is not the shard expected at its position, fills nothing: its events stay
 * searchable by their head fields only (title, actors, places, themes), not by summary or quote.
 */
import type { Localized } from './schema';
import { SHARD_FORMAT } from './split-store';

/** What the index reads of an event that a shard holds (the rest comes with the index). */
export interface SearchedDetails {
  id: string;
  summary: Localized;
  evidence: { exact: string }[];
  notes: { fr: string; en: string; evidence?: { exact: string } }[];
}

/** At most this many shards are loaded at once (what a browser fetches at once from one host over HTTP/1.1). */
export const SHARD_LOADS_AT_ONCE = 6;

export interface ShardedSearch {
  /** The shard files, by position. */
  urls: readonly string[];
  /** Filled in place. */
  events: SearchedDetails[];
  /** `eventShards[i]`: the position in `urls` of the shard holding `events[i]`'s details. */
  eventShards: readonly number[];
  /** Those posted with an empty text are filled in place, from the first shard that arrives with them. */
  articles: { id: string; text: string }[];
}

/**
 * Loads every shard that holds something still wanted and fills `search`'s events and articles
 * from it. Stops loading once `stillWanted()` is false (a newer store came): what has not been
 * applied by then never is.
 */
export async function fillFromShards(
  search: ShardedSearch,
  loadFile: (url: string) => Promise<unknown>,
  stillWanted: () => boolean,
): Promise<void> {
  const { urls, events, eventShards, articles } = search;
  const wantedByShard = urls.map(() => new Map<string, SearchedDetails>());
  events.forEach((event, at) => {
    const shard = eventShards[at];
    if (shard !== undefined && Number.isSafeInteger(shard) && shard >= 0 && shard < urls.length) wantedByShard[shard]!.set(event.id, event);
  });
  const withoutText = new Map(articles.filter((article) => article.text === '').map((article) => [article.id, article]));

  let next = 0;
  const loadInTurn = async () => {
    while (next < urls.length && stillWanted()) {
      const position = next++;
      const wanted = wantedByShard[position]!;
      if (wanted.size === 0 && withoutText.size === 0) continue;
      const json = await loadFile(urls[position]!).catch(() => null);
      if (!stillWanted()) return;
      applyShard(json, position, wanted, withoutText);
    }
  };
  await Promise.all(Array.from({ length: Math.min(SHARD_LOADS_AT_ONCE, urls.length) }, loadInTurn));
}

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function applyShard(
  json: unknown,
  position: number,
  wanted: Map<string, SearchedDetails>,
  withoutText: Map<string, { text: string }>,
): void {
  // Not a shard, or another position's file served under this one's name (as the page refuses it).
  if (!isObject(json) || json.format !== SHARD_FORMAT || json.shard !== position) return;
  if (Array.isArray(json.events))
    for (const entry of json.events) {
      if (!isObject(entry) || typeof entry.id !== 'string') continue;
      const event = wanted.get(entry.id);
      if (!event) continue;
      wanted.delete(entry.id);
      fillEvent(event, entry);
    }
  if (Array.isArray(json.articles))
    for (const entry of json.articles) {
      if (!isObject(entry) || typeof entry.id !== 'string' || typeof entry.text !== 'string') continue;
      const article = withoutText.get(entry.id);
      if (!article) continue;
      withoutText.delete(entry.id);
      article.text = entry.text;
    }
}

function fillEvent(event: SearchedDetails, entry: JsonObject): void {
  const summary = localizedOf(entry.summary);
  if (summary) event.summary = summary;
  const evidence = listOf(entry.evidence, quoteOf);
  if (evidence) event.evidence = evidence;
  const notes = listOf(entry.notes, noteOf);
  if (notes) event.notes = notes;
}

const localizedOf = (value: unknown): Localized | null =>
  isObject(value) && typeof value.fr === 'string' && typeof value.en === 'string' ? { fr: value.fr, en: value.en } : null;

const quoteOf = (value: unknown): { exact: string } | null =>
  isObject(value) && typeof value.exact === 'string' ? { exact: value.exact } : null;

function noteOf(value: unknown): SearchedDetails['notes'][number] | null {
  const text = localizedOf(value);
  if (!text || !isObject(value)) return null;
  const evidence = quoteOf(value.evidence);
  return evidence ? { ...text, evidence } : text;
}

/** The items of a list that read as `T` (the others left out); null when it is not a list. */
function listOf<T>(value: unknown, read: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  const items: T[] = [];
  for (const item of value) {
    const parsed = read(item);
    if (parsed !== null) items.push(parsed);
  }
  return items;
}
