/**
 * The search index of a store (see search.ts for the search itself), insensitive to case, accents, apostrophe and quote styles, and
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
import { FNV_OFFSET, fnvStep } from './fnv';
import type { Store, StoreEvent } from './schema';
import { appendField, decode, normalizationBuffer, normalizeForSearch, normalizeMapped, type MappedText } from './search-normalize';

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
const SPACE = 0x20;
const NEWLINE = 0x0a;

/**
 * Fragments this short are in most words: walking their words' events would cost more than
 * reading the text, where each event is left at its first occurrence.
 */
export const SCAN_BELOW = 3;

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
    let hash = FNV_OFFSET;
    for (let at = 0; at <= length; at += 1) {
      const code = at < length ? units[at]! : SPACE;
      if (code !== SPACE && code !== NEWLINE) {
        hash = fnvStep(hash, code);
        continue;
      }
      // Shorter words are never looked up: fragments that short are found by scanning the text.
      if (at - start >= SCAN_BELOW) this.addWord(units, start, at, hash, event);
      start = at + 1;
      hash = FNV_OFFSET;
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
 *
 * The store's `events` may still be arriving (the search worker gets them in slices): `addThrough`
 * reads those there are so far, and `partialIndex` searches them before the index is complete.
 */
export class SearchIndexBuilder {
  private readonly events: readonly StoreEvent[];
  private readonly parts: string[] = [];
  private readonly eventsByEntity = {
    actors: new Map<string, number[]>(),
    places: new Map<string, number[]>(),
    themes: new Map<string, number[]>(),
  };
  private readonly words = new WordIndexBuilder();
  private next = 0;
  private index: SearchIndex | null = null;
  private readonly work = this.run();
  private entityNames: string[] | null = null;

  constructor(private readonly store: Store) {
    this.events = store.events;
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

  /** Reads the events up to `count` (those of the store's events that have come so far), at once. */
  addThrough(count: number): void {
    while (this.next < Math.min(count, this.events.length)) this.addEvent(this.next);
  }

  /** How many events have been read so far. */
  get eventsRead(): number {
    return this.next;
  }

  /**
   * An index of the events read so far, `eventCount` long, that `searchStore` reads as it reads the
   * whole one (with `{ scanOnly: true }`: it has no vocabulary yet). Events not read yet match nothing.
   */
  partialIndex(eventCount: number): SearchIndex {
    const { store, eventsByEntity } = this;
    this.entityNames ??= GROUPS.flatMap((group) =>
      store.entities[group].map((entity) =>
        [entity.label.fr, entity.label.en, ...(entity.aliases ?? [])].map(normalizeForSearch).join(SEPARATOR),
      ),
    );
    const names = this.entityNames;
    let at = 0;
    const entities = GROUPS.flatMap((group) =>
      store.entities[group].map((entity) => ({
        names: names[at++]!,
        // An event that names an entity twice is in its list twice: the search marks it once all the same.
        events: Uint32Array.from(eventsByEntity[group].get(entity.id) ?? []),
      })),
    );
    return {
      eventIds: new Array<string>(eventCount).fill(''),
      texts: this.parts.slice(0, this.next),
      words: EMPTY_WORDS,
      entities,
      articles: [],
    };
  }

  private addEvent(index: number): void {
    const event = this.events[index]!;
    const units = normalizeEventIntoBuffer(event);
    const buffer = normalizationBuffer();
    this.words.add(buffer, units, index);
    this.parts[index] = decode(buffer, units);
    for (const group of GROUPS) {
      for (const id of event[group]) {
        const list = this.eventsByEntity[group].get(id);
        if (list) list.push(index);
        else this.eventsByEntity[group].set(id, [index]);
      }
    }
    this.next = index + 1;
  }

  private *run(): Generator<void, SearchIndex> {
    const { store, events, parts, eventsByEntity } = this;
    while (this.next < events.length) {
      this.addEvent(this.next);
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

const EMPTY_WORDS: WordIndex = {
  vocabulary: '',
  wordStarts: new Uint32Array(1),
  postingStarts: new Uint32Array(1),
  postings: new Uint32Array(0),
};

/** Built once per store: search then never normalizes the store again. */
export function buildSearchIndex(store: Store): SearchIndex {
  return new SearchIndexBuilder(store).step()!;
}
