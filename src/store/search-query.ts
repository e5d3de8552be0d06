/**
 * A search query compiled against a store's names: its words and "quoted phrases", normalized,
 * each with the other spellings of the same name (Kiev/Kyiv), and where it occurs in a text.
 */
import type { Entities } from './schema';
import { normalizeMapped, normalizeForSearch, type MappedText } from './search-normalize';

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

/**
 * Makes what compiling a query reads of the store's names ahead (the table of spellings), so that
 * the first keystroke does not pay it: some 20 ms at 100,000 synthetic events' entities.
 */
export function prepareQueries(entities: Entities): void {
  variantTable(entities);
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

export function matchesInMapped(mapped: MappedText, query: CompiledQuery): TextRange[] {
  const ranges: TextRange[] = [];
  occurrences(mapped.text, query, (start, end) => ranges.push({ start: mapped.starts[start]!, end: mapped.ends[end - 1]! }));
  return mergeRanges(ranges);
}

/** Every occurrence of every alternative of every term in `text`, merged, sorted, in original offsets. */
export function findMatches(text: string, query: CompiledQuery): TextRange[] {
  return matchesInMapped(normalizeMapped(text), query);
}
