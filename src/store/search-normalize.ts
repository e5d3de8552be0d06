/**
 * The form in which texts and queries are compared (`normalizeForSearch`): lower case, no
 * diacritics, one apostrophe, one quotation mark, one dash, collapsed whitespace. The search
 * index file records NORMALIZER_VERSION in its fingerprint: change it whenever the output of this
 * module changes, so that an index file made by the old normaliser is rejected by itself.
 */

/** Bump when any normalized output changes (a new substitute, another fold). */
export const NORMALIZER_VERSION = 1;

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
export function decode(units: Uint16Array, length: number): string {
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
export function reserve(used: number, more: number): void {
  if (buffer.length >= used + more + 16) return;
  const larger = new Uint16Array(Math.max(used + more + 16, buffer.length * 2));
  larger.set(buffer.subarray(0, used));
  buffer = larger;
}

/**
 * Writes the normalized text into `buffer` from offset `from` (`buffer` may be replaced by a larger
 * copy); returns where the text ends.
 */
export function normalizeIntoBuffer(text: string, from: number): number {
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
export function normalizeMapped(original: string): MappedText {
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

/** The buffer the last normalization wrote into (it may be replaced by a larger one as it grows). */
export const normalizationBuffer = (): Uint16Array => buffer;

/** Appends a field to the normalized text in `buffer`, after a line break unless it is the first. */
export function appendField(text: string, out: number): number {
  if (out > 0) {
    reserve(out, 1);
    buffer[out++] = 0x0a;
  }
  return normalizeIntoBuffer(text, out);
}
