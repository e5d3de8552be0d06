/**
 * Full-text search over a store, insensitive to case, accents, apostrophe and quote styles, and
 * to spelling variants of names (Kiev/Kyiv): `compileQuery` (search-query.ts) makes the query,
 * `buildSearchIndex` (search-index.ts) the index, and `searchStore` answers with the events found
 * and where the query occurs in the articles. Pure TypeScript.
 */
import { SCAN_BELOW, type SearchIndex, type WordIndex } from './search-index';
import { matchesInMapped, type CompiledQuery, type TextRange } from './search-query';

export interface SearchResult {
  /** 1 for each event (by its position in the store) where every term occurs, else 0. */
  matches: Uint8Array;
  /** How many 1s `matches` holds. */
  count: number;
  /** The same events by id (made on first use: at 100k events a set of ids is not free). */
  readonly eventIds: ReadonlySet<string>;
  /** Where the query occurs in the articles' text (articles where every term occurs), made on first use. */
  readonly articleHits: { articleId: string; ranges: TextRange[] }[];
}

/** The word of the vocabulary that holds `offset`. */
function wordAt(wordStarts: Uint32Array, offset: number): number {
  let low = 0;
  let high = wordStarts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (wordStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Calls `each` with every event that has a word containing `fragment` (an event may come more than once). */
function eventsWithWordContaining(words: WordIndex, fragment: string, each: (event: number) => void): void {
  const { vocabulary, wordStarts, postingStarts, postings } = words;
  for (let at = vocabulary.indexOf(fragment); at !== -1;) {
    const word = wordAt(wordStarts, at);
    for (let posting = postingStarts[word]!; posting < postingStarts[word + 1]!; posting += 1) each(postings[posting]!);
    at = vocabulary.indexOf(fragment, wordStarts[word + 1]!);
  }
}

/** Calls `each` with every event whose text contains `fragment`, by reading the texts themselves. */
function eventsContaining(index: SearchIndex, fragment: string, each: (event: number) => void): void {
  const { texts } = index;
  for (let event = 0; event < texts.length; event += 1) if (texts[event]!.includes(fragment)) each(event);
}

/**
 * The events where every term occurs (any of its alternatives), and where the query occurs in the articles.
 * `scanOnly`: read the texts themselves, not the vocabulary (an index still being made has none yet).
 */
export function searchStore(index: SearchIndex, query: CompiledQuery, { scanOnly = false } = {}): SearchResult {
  const { texts, eventIds, words } = index;
  const count = eventIds.length;
  const termsMatched = new Uint16Array(count);
  /** The last term that matched each event, and the last alternative that read it: nothing is done twice. */
  const lastTerm = new Int32Array(count).fill(-1);
  const lastCandidate = new Int32Array(count).fill(-1);
  let alternatives = 0;

  query.terms.forEach((term, termIndex) => {
    const mark = (event: number) => {
      if (lastTerm[event] === termIndex) return;
      lastTerm[event] = termIndex;
      termsMatched[event] = termsMatched[event]! + 1;
    };
    for (const alternative of term) {
      if (alternative.length === 0) continue;
      alternatives += 1;
      const longest = alternative.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
      if (scanOnly || longest.length < SCAN_BELOW) {
        eventsContaining(index, alternative, mark);
      } else if (longest === alternative) {
        eventsWithWordContaining(words, alternative, mark);
      } else {
        // Several words: the events with a word containing the longest are candidates, each then read.
        const candidate = alternatives;
        eventsWithWordContaining(words, longest, (event) => {
          if (lastCandidate[event] === candidate || lastTerm[event] === termIndex) return;
          lastCandidate[event] = candidate;
          if (texts[event]!.includes(alternative)) mark(event);
        });
      }
      for (const entity of index.entities) {
        if (entity.names.includes(alternative)) for (const event of entity.events) mark(event);
      }
    }
  });

  const matches = new Uint8Array(count);
  const needed = query.terms.length;
  let found = 0;
  for (let event = 0; event < count; event += 1) {
    if (termsMatched[event] === needed) {
      matches[event] = 1;
      found += 1;
    }
  }
  let ids: Set<string> | undefined;
  let hits: SearchResult['articleHits'] | undefined;

  return {
    matches,
    count: found,
    get eventIds() {
      ids ??= new Set(eventIds.filter((_, event) => matches[event] === 1));
      return ids;
    },
    // Made when read: the worker never sends them (1–3 ms of each search on a 400-article synthetic store).
    get articleHits() {
      hits ??= index.articles.flatMap(({ id, mapped }) => {
        const everyTerm = query.terms.every((term) =>
          term.some((alternative) => alternative.length > 0 && mapped.text.includes(alternative)),
        );
        return everyTerm ? [{ articleId: id, ranges: matchesInMapped(mapped, query) }] : [];
      });
      return hits;
    },
  };
}
