/**
 * Full-text search over a store, insensitive to case, accents, apostrophe and quote styles, and
 * to spelling variants of names (Kiev/Kyiv). Pure TypeScript.
 *
 * Everything is compared in a normalized form (`normalizeForSearch`), computed once per store by
 * `buildSearchIndex` (or `SearchIndexBuilder`, a slice at a time): each event's normalized text
 * (fields separated by "\n", which normalized text never contains) and the vocabulary, each
 * distinct word once with the events that contain it. A search term is then a native `indexOf`
 * scan of the vocabulary (a small fraction of the text) and a walk through typed arrays; only a
 * phrase re-reads its candidate events, and a one- or two-letter term the texts themselves. No
 * regular expression, no per-event work in JavaScript beyond marking the events found. The result
 * is a mask over the store's events, one byte each.
 */
import type { Entities, Store, StoreEvent } from './schema';

/** UTF-16 offsets in the ORIGINAL text, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** AND of terms; each term is a list of normalized alternatives (spelling variants). */
export interface CompiledQuery {
  raw: string;
  terms: string[][];
}

// --- normalization -------------------------------------------------------------------------------

const SUBSTITUTES: Readonly<Record<string, string>> = {
  // apostrophes and primes
  '\u2019': "'",
  '\u2018': "'",
  '\u201B': "'",
  '\u02BC': "'",
  '\u02B9': "'",
  '\u2032': "'",
  '`': "'",
  '\u00B4': "'",
  // quotation marks
  '\u00AB': '"',
  '\u00BB': '"',
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u2039': '"',
  '\u203A': '"',
  // hyphens, dashes, minus
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\uFE58': '-',
  '\uFE63': '-',
  '\uFF0D': '-',
  // letters that do not decompose
  '\u0153': 'oe',
  '\u0152': 'oe',
  '\u00E6': 'ae',
  '\u00C6': 'ae',
  '\u00DF': 'ss',
  '\u1E9E': 'ss',
  '\u00F8': 'o',
  '\u00D8': 'o',
  '\u0111': 'd',
  '\u0110': 'd',
  '\u0142': 'l',
  '\u0141': 'l',
  '\u0131': 'i',
};

const WHITESPACE = /^\s$/u;
/** Combining marks (accents once decomposed) and invisible format characters (soft hyphen, zero-width space…). */
const DROPPED = /^[\p{M}\p{Cf}]$/u;

function foldOnce(text: string): string {
  let result = '';
  for (const char of text) {
    const substitute = SUBSTITUTES[char];
    if (substitute !== undefined) result += substitute;
    else if (WHITESPACE.test(char)) result += ' ';
    else if (DROPPED.test(char)) continue;
    else {
      const decomposed = char.normalize('NFKD');
      result += decomposed !== char ? decomposed : char.toLowerCase();
    }
  }
  return result;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

const bmpFolds: (string | undefined)[] = new Array(0x10000);
const astralFolds = new Map<string, string>();

/** What one code point becomes: folded until nothing changes (é → e + ◌́ → e; İ → i + ◌̇ → i). */
function foldCodePoint(char: string): string {
  const code = char.charCodeAt(0);
  const cached = char.length === 1 ? bmpFolds[code] : astralFolds.get(char);
  if (cached !== undefined) return cached;
  let folded = char;
  for (let round = 0; round < 6; round += 1) {
    const next = foldOnce(folded);
    if (next === folded) break;
    folded = next;
  }
  if (char.length === 1) bmpFolds[code] = folded;
  else astralFolds.set(char, folded);
  return folded;
}

/** What each ASCII character becomes (as a code): already folded except A–Z, ` and whitespace. */
const ASCII_FOLDS = Uint16Array.from({ length: 128 }, (_, code) => foldCodePoint(String.fromCharCode(code)).charCodeAt(0));
const SPACE = 0x20;

let buffer = new Uint16Array(4096);

/** Code units to a string, in slices small enough for `apply`; one-byte text gives a compact one-byte string. */
function decode(units: Uint16Array, length: number): string {
  const chunk = 8192;
  if (length <= chunk) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let at = 0; at < length; at += chunk) {
    parts.push(String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + chunk)) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * The form in which texts and queries are compared: lower case, no diacritics (œ → oe, ß → ss …),
 * every apostrophe ' , every quotation mark " , every dash -, whitespace collapsed to one space.
 * Idempotent. A plain loop over a reused buffer: it runs over every event of the store.
 */
export function normalizeForSearch(text: string): string {
  return decode(buffer, normalizeIntoBuffer(text, 0));
}

/** Makes room in `buffer` for `more` code units after the first `used` (keeping those). */
function reserve(used: number, more: number): void {
  if (buffer.length >= used + more + 16) return;
  const larger = new Uint16Array(Math.max(used + more + 16, buffer.length * 2));
  larger.set(buffer.subarray(0, used));
  buffer = larger;
}

/**
 * Writes the normalized text into `buffer` from offset `from` (`buffer` may be replaced by a larger
 * copy); returns where the text ends.
 */
function normalizeIntoBuffer(text: string, from: number): number {
  const length = text.length;
  reserve(from, length);
  let out = from;
  let lastWasSpace = false;
  for (let at = 0; at < length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 128) {
      const folded = ASCII_FOLDS[code]!;
      if (folded === SPACE) {
        if (!lastWasSpace) buffer[out++] = SPACE;
        lastWasSpace = true;
      } else {
        buffer[out++] = folded;
        lastWasSpace = false;
      }
      continue;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && at + 1 < length && isLowSurrogate(text.charCodeAt(at + 1));
    const folded = foldCodePoint(pair ? text.slice(at, at + 2) : text[at]!);
    if (pair) at += 1;
    reserve(out, folded.length + (length - at));
    for (let index = 0; index < folded.length; index += 1) {
      const unit = folded.charCodeAt(index);
      if (unit === SPACE) {
        if (!lastWasSpace) buffer[out++] = SPACE;
        lastWasSpace = true;
      } else {
        buffer[out++] = unit;
        lastWasSpace = false;
      }
    }
  }
  return out;
}

/** A normalized text and, for each of its code units, the range of the original it came from. */
export interface MappedText {
  text: string;
  starts: Uint32Array;
  ends: Uint32Array;
}

/** `normalizeForSearch`, keeping the way back to the original offsets (lengths change: é, œ, "  "). */
function normalizeMapped(original: string): MappedText {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  let lastWasSpace = false;
  for (let at = 0; at < original.length;) {
    const code = original.charCodeAt(at);
    const width = code >= 0xd800 && code <= 0xdbff && at + 1 < original.length && isLowSurrogate(original.charCodeAt(at + 1)) ? 2 : 1;
    const folded = foldCodePoint(original.slice(at, at + width));
    const next = at + width;
    if (folded.length === 0 && ends.length > 0) ends[ends.length - 1] = next;
    for (let index = 0; index < folded.length; index += 1) {
      const unit = folded[index]!;
      if (unit === ' ' && lastWasSpace) {
        ends[ends.length - 1] = next;
        continue;
      }
      lastWasSpace = unit === ' ';
      text += unit;
      starts.push(at);
      ends.push(next);
    }
    at = next;
  }
  return { text, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

// --- queries ----------------------------------------------------------------------------------------

/** Spellings of names that the entities of a store may not list (transliterations from Ukrainian and Russian). */
const BUILT_IN_VARIANTS: readonly (readonly string[])[] = [
  ['kiev', 'kyiv'],
  ['kharkiv', 'kharkov'],
  ['odessa', 'odesa'],
  ['lviv', 'lvov'],
  ['zaporijia', 'zaporizhzhia', 'zaporozhye'],
  ['tchernihiv', 'chernihiv'],
  ['zelensky', 'zelenskyy', 'zelenskiy', 'zelenski'],
  ['poutine', 'putin'],
  ['otan', 'nato'],
];

/**
 * A variant shorter than this is only used when typed: short acronyms (UE, EU, US) would match
 * inside ordinary words ("que", "peut", "plus") if a longer name brought them in.
 */
const MIN_VARIANT_LENGTH = 4;

const variantTables = new WeakMap<Entities, Map<string, string[]>>();

/** For each normalized name: every spelling of the same thing (itself included). */
function variantTable(entities: Entities): Map<string, string[]> {
  const cached = variantTables.get(entities);
  if (cached) return cached;
  const groups: string[][] = BUILT_IN_VARIANTS.map((group) => [...group]);
  for (const entity of [...entities.actors, ...entities.places, ...entities.themes]) {
    const names = [entity.label.fr, entity.label.en, ...(entity.aliases ?? [])].map((name) => normalizeForSearch(name).trim());
    groups.push([...new Set(names)].filter((name) => name.length > 0));
  }
  const table = new Map<string, string[]>();
  for (const group of groups) {
    for (const name of group) table.set(name, [...(table.get(name) ?? []), ...group]);
  }
  variantTables.set(entities, table);
  return table;
}

const EDGE_PUNCTUATION = /^[.,;:!?()[\]{}'"]+|[.,;:!?()[\]{}'"]+$/g;

/** The words and "quoted phrases" of a normalized query. */
function tokenize(normalized: string): string[] {
  const tokens: string[] = [];
  let at = 0;
  while (at < normalized.length) {
    if (normalized[at] === ' ') {
      at += 1;
    } else if (normalized[at] === '"') {
      const close = normalized.indexOf('"', at + 1);
      const end = close === -1 ? normalized.length : close;
      tokens.push(normalized.slice(at + 1, end).trim());
      at = end + 1;
    } else {
      let end = at;
      while (end < normalized.length && normalized[end] !== ' ' && normalized[end] !== '"') end += 1;
      tokens.push(normalized.slice(at, end).replace(EDGE_PUNCTUATION, ''));
      at = end;
    }
  }
  return tokens.filter((token) => token.length > 0);
}

/**
 * The terms of a query (null when there is nothing to search). Words are ANDed; a "quoted phrase"
 * is one term; a term that is a name of an entity (or a known transliteration) also matches every
 * other spelling of it.
 */
export function compileQuery(raw: string, entities: Entities): CompiledQuery | null {
  const tokens = [...new Set(tokenize(normalizeForSearch(raw)))];
  if (tokens.length === 0) return null;
  const table = variantTable(entities);
  const terms = tokens.map((token) => {
    const variants = (table.get(token) ?? []).filter((variant) => variant.length >= MIN_VARIANT_LENGTH);
    return [...new Set([token, ...variants])];
  });
  return { raw, terms };
}

// --- matching a text ------------------------------------------------------------------------------

function occurrences(haystack: string, query: CompiledQuery, each: (start: number, end: number) => void): void {
  for (const term of query.terms) {
    for (const alternative of term) {
      if (alternative.length === 0) continue;
      for (let at = haystack.indexOf(alternative); at !== -1; at = haystack.indexOf(alternative, at + 1)) {
        each(at, at + alternative.length);
      }
    }
  }
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

function matchesInMapped(mapped: MappedText, query: CompiledQuery): TextRange[] {
  const ranges: TextRange[] = [];
  occurrences(mapped.text, query, (start, end) => ranges.push({ start: mapped.starts[start]!, end: mapped.ends[end - 1]! }));
  return mergeRanges(ranges);
}

/** Every occurrence of every alternative of every term in `text`, merged, sorted, in original offsets. */
export function findMatches(text: string, query: CompiledQuery): TextRange[] {
  return matchesInMapped(normalizeMapped(text), query);
}

// --- the index ------------------------------------------------------------------------------------

/**
 * Where the words of the events are: every distinct word (text between spaces) once, and for each
 * the events that contain it. A term without a space occurs in an event exactly when it occurs in
 * one of its words, so a search scans the vocabulary, not the events' text.
 */
export interface WordIndex {
  /** The distinct words, in id order, separated by "\n". */
  vocabulary: string;
  /** Where word w starts in `vocabulary`; at the number of words, its length + 1. */
  wordStarts: Uint32Array;
  /** The events (indexes, ascending) of word w are postings[postingStarts[w] … postingStarts[w + 1]). */
  postingStarts: Uint32Array;
  postings: Uint32Array;
}

export interface SearchIndex {
  readonly eventIds: readonly string[];
  /** Each event's normalized fields, separated by "\n" (one string per event, not one for all: no 100 MB string to make in one go). */
  readonly texts: readonly string[];
  readonly words: WordIndex;
  /** Each entity's normalized labels and aliases, and the events (indexes) that name it. */
  readonly entities: readonly { names: string; events: Uint32Array }[];
  readonly articles: readonly { id: string; mapped: MappedText }[];
}

const SEPARATOR = '\n';
const NEWLINE = 0x0a;

/**
 * Fragments this short are in most words: walking their words' events would cost more than
 * reading the text, where each event is left at its first occurrence.
 */
const SCAN_BELOW = 3;

const grow = <T extends Uint32Array | Int32Array>(array: T, size: number): T => {
  if (size <= array.length) return array;
  const larger = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  larger.set(array);
  return larger;
};

function sameUnits(word: string, units: Uint16Array, start: number): boolean {
  for (let index = 0; index < word.length; index += 1) if (word.charCodeAt(index) !== units[start + index]) return false;
  return true;
}

/** Mask: the postings are sorted in runs of 2^18 pairs between yields. */
const PAIRS_PER_YIELD = (1 << 18) - 1;

/**
 * Collects the words of each event, read straight from the normalization buffer. Its own hash
 * table, so that no string is made for a word already seen (millions of them at 100k events).
 */
class WordIndexBuilder {
  private readonly words: string[] = [];
  private hashes = new Int32Array(1024);
  private lastEvent = new Int32Array(1024);
  /** Word id + 1 per slot; 0 = empty. */
  private slots = new Int32Array(4096);
  /** (word, event) pairs, in event order. */
  private pairWords = new Uint32Array(1 << 16);
  private pairEvents = new Uint32Array(1 << 16);
  private pairs = 0;

  /** Reads the words of `units[0 … length)` (normalized text) as the words of `event`. */
  add(units: Uint16Array, length: number, event: number): void {
    let start = 0;
    let hash = 0x811c9dc5;
    for (let at = 0; at <= length; at += 1) {
      const code = at < length ? units[at]! : SPACE;
      if (code !== SPACE && code !== NEWLINE) {
        hash = Math.imul(hash ^ code, 0x01000193);
        continue;
      }
      // Shorter words are never looked up: fragments that short are found by scanning the text.
      if (at - start >= SCAN_BELOW) this.addWord(units, start, at, hash, event);
      start = at + 1;
      hash = 0x811c9dc5;
    }
  }

  private addWord(units: Uint16Array, start: number, end: number, hash: number, event: number): void {
    const id = this.idOf(units, start, end, hash);
    if (this.lastEvent[id] === event) return;
    this.lastEvent[id] = event;
    if (this.pairs === this.pairWords.length) {
      this.pairWords = grow(this.pairWords, this.pairs + 1);
      this.pairEvents = grow(this.pairEvents, this.pairs + 1);
    }
    this.pairWords[this.pairs] = id;
    this.pairEvents[this.pairs] = event;
    this.pairs += 1;
  }

  private idOf(units: Uint16Array, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) break;
      const id = entry - 1;
      const word = this.words[id]!;
      if (this.hashes[id] === hash && word.length === length && sameUnits(word, units, start)) return id;
    }
    const id = this.words.length;
    this.words.push(decode(units.subarray(start, end), end - start));
    this.hashes = grow(this.hashes, id + 1);
    this.lastEvent = grow(this.lastEvent, id + 1);
    this.hashes[id] = hash;
    this.lastEvent[id] = -1;
    if ((id + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[id]! & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = id + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let id = 0; id < this.words.length; id += 1) this.place(id);
  }

  /** The index of the words seen; yields now and then, so that it can be made a slice at a time. */
  *build(): Generator<void, WordIndex> {
    const count = this.words.length;
    const wordStarts = new Uint32Array(count + 1);
    let characters = 0;
    for (let id = 0; id < count; id += 1) {
      wordStarts[id] = characters;
      characters += this.words[id]!.length + 1;
    }
    wordStarts[count] = characters;
    // Counting sort of the pairs by word; events stay in ascending order within a word.
    const postingStarts = new Uint32Array(count + 1);
    for (let pair = 0; pair < this.pairs; pair += 1) {
      const next = this.pairWords[pair]! + 1;
      postingStarts[next] = postingStarts[next]! + 1;
      if ((pair & PAIRS_PER_YIELD) === PAIRS_PER_YIELD) yield;
    }
    for (let id = 0; id < count; id += 1) postingStarts[id + 1] = postingStarts[id + 1]! + postingStarts[id]!;
    const cursor = postingStarts.slice(0, count);
    const postings = new Uint32Array(this.pairs);
    for (let pair = 0; pair < this.pairs; pair += 1) {
      const word = this.pairWords[pair]!;
      postings[cursor[word]!] = this.pairEvents[pair]!;
      cursor[word] = cursor[word]! + 1;
      if ((pair & PAIRS_PER_YIELD) === PAIRS_PER_YIELD) yield;
    }
    return { vocabulary: this.words.join(SEPARATOR), wordStarts, postingStarts, postings };
  }
}

/** Appends a field to the normalized text in `buffer`, after a line break unless it is the first. */
function appendField(text: string, out: number): number {
  if (out > 0) {
    reserve(out, 1);
    buffer[out++] = NEWLINE;
  }
  return normalizeIntoBuffer(text, out);
}

/**
 * What a search reads of an event, in both languages, normalized into `buffer`, one field a line
 * (so that a phrase never runs from one field into the next); returns its length.
 */
function normalizeEventIntoBuffer(event: StoreEvent): number {
  let out = appendField(event.title.fr, 0);
  out = appendField(event.title.en, out);
  out = appendField(event.summary.fr, out);
  out = appendField(event.summary.en, out);
  for (const quote of event.evidence) out = appendField(quote.exact, out);
  for (const note of event.notes) {
    out = appendField(note.fr, out);
    out = appendField(note.en, out);
    if (note.evidence) out = appendField(note.evidence.exact, out);
  }
  return out;
}

const GROUPS = ['actors', 'places', 'themes'] as const;

/**
 * Builds the index of a store a slice at a time, so that a big store's index (seconds at 100k
 * events) can be made between other work instead of blocking the page. `buildSearchIndex` is the
 * same builder run to the end in one go.
 */
export class SearchIndexBuilder {
  private readonly events: readonly StoreEvent[];
  private readonly parts: string[];
  private readonly eventsByEntity = {
    actors: new Map<string, number[]>(),
    places: new Map<string, number[]>(),
    themes: new Map<string, number[]>(),
  };
  private readonly words = new WordIndexBuilder();
  private next = 0;
  private index: SearchIndex | null = null;
  private readonly work = this.run();

  constructor(private readonly store: Store) {
    this.events = store.events;
    this.parts = new Array(store.events.length);
  }

  /**
   * Works until `stop()` says so (asked every few milliseconds' worth of work) or the index is
   * complete; returns it then, null before.
   */
  step(stop: () => boolean = () => false): SearchIndex | null {
    while (!this.index) {
      const next = this.work.next();
      if (next.done) this.index = next.value;
      else if (stop()) return null;
    }
    return this.index;
  }

  private *run(): Generator<void, SearchIndex> {
    const { store, events, parts, eventsByEntity } = this;
    for (let index = 0; index < events.length; index += 1) {
      const event = events[index]!;
      const units = normalizeEventIntoBuffer(event);
      this.words.add(buffer, units, index);
      parts[index] = decode(buffer, units);
      for (const group of GROUPS) {
        for (const id of event[group]) {
          const list = eventsByEntity[group].get(id);
          if (list) list.push(index);
          else eventsByEntity[group].set(id, [index]);
        }
      }
      this.next = index + 1;
      if (this.next % 64 === 0) yield;
    }
    const words = yield* this.words.build();
    // Flattened now rather than inside the first search that reads it.
    words.vocabulary.indexOf('\u0000');
    yield;
    const entities: SearchIndex['entities'][number][] = [];
    for (const group of GROUPS) {
      for (const entity of store.entities[group]) {
        entities.push({
          names: [entity.label.fr, entity.label.en, ...(entity.aliases ?? [])].map(normalizeForSearch).join(SEPARATOR),
          events: Uint32Array.from(new Set(eventsByEntity[group].get(entity.id) ?? [])),
        });
      }
      yield;
    }
    const articles: SearchIndex['articles'][number][] = [];
    for (const article of store.articles) {
      articles.push({ id: article.id, mapped: normalizeMapped(article.text) });
      yield;
    }
    return { eventIds: events.map((event) => event.id), texts: parts, words, entities, articles };
  }
}

/** Built once per store: search then never normalizes the store again. */
export function buildSearchIndex(store: Store): SearchIndex {
  return new SearchIndexBuilder(store).step()!;
}

export interface SearchResult {
  /** 1 for each event (by its position in the store) where every term occurs, else 0. */
  matches: Uint8Array;
  /** How many 1s `matches` holds. */
  count: number;
  /** The same events by id (made on first use: at 100k events a set of ids is not free). */
  readonly eventIds: ReadonlySet<string>;
  /** Where the query occurs in the articles' text (articles where every term occurs). */
  articleHits: { articleId: string; ranges: TextRange[] }[];
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

/** The events where every term occurs (any of its alternatives), and where the query occurs in the articles. */
export function searchStore(index: SearchIndex, query: CompiledQuery): SearchResult {
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
      if (longest.length < SCAN_BELOW) {
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

  const articleHits = index.articles.flatMap(({ id, mapped }) => {
    const everyTerm = query.terms.every((term) => term.some((alternative) => alternative.length > 0 && mapped.text.includes(alternative)));
    return everyTerm ? [{ articleId: id, ranges: matchesInMapped(mapped, query) }] : [];
  });

  return {
    matches,
    count: found,
    get eventIds() {
      ids ??= new Set(eventIds.filter((_, event) => matches[event] === 1));
      return ids;
    },
    articleHits,
  };
}
