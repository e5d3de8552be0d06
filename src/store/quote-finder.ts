/**
 * What `npm run quote` says about a passage: its evidence entry when it occurs exactly once, or
 * why it cannot be evidence. Absent texts get the nearest spelling, found by comparing with
 * apostrophes, quotation marks, spaces and case folded (a quote must still be copied verbatim).
 */
import type { Evidence } from './schema';
import { CONTEXT_LENGTH, selectQuote } from './selectors';

export type QuoteReport =
  { ok: true; evidence: Evidence } | { ok: false; reason: 'empty' | 'absent' | 'ambiguous'; message: string; occurrences: number[] };

const FOLDED: Record<string, string> = {
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\t': ' ',
  '\n': ' ',
  '\r': ' ',
};

/** One character for one: offsets in the folded text are offsets in the original. */
function fold(text: string): string {
  let folded = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    const lower = char.toLowerCase();
    folded += FOLDED[char] ?? (lower.length === 1 ? lower : char);
  }
  return folded;
}

function offsetsOf(text: string, exact: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) offsets.push(at);
  return offsets;
}

const inContext = (text: string, start: number, length: number) =>
  `…${text.slice(Math.max(0, start - CONTEXT_LENGTH), start)}[${text.slice(start, start + length)}]${text.slice(start + length, start + length + CONTEXT_LENGTH)}…`.replace(
    /\s+/g,
    ' ',
  );

/** `{file}` in a message stands for the article file, which the caller names. */
export function describeQuote(articleId: string, text: string, exact: string): QuoteReport {
  const found = selectQuote(text, exact);
  if (found.ok) return { ok: true, evidence: { article: articleId, ...found.selector } };
  if (found.reason === 'empty') return { ok: false, reason: 'empty', message: 'the text to find is empty', occurrences: [] };
  if (found.reason === 'ambiguous') {
    const occurrences = offsetsOf(text, exact);
    const where = occurrences.map((start) => `  at ${start}: ${inContext(text, start, exact.length)}`).join('\n');
    return {
      ok: false,
      reason: 'ambiguous',
      message: `«${exact}» occurs ${occurrences.length} times in {file}; lengthen it until it is unique:\n${where}`,
      occurrences,
    };
  }
  const near = offsetsOf(fold(text), fold(exact));
  const hint =
    near.length === 0
      ? ''
      : `\nthe article has it with other apostrophes, quotation marks, spaces or case; copy it exactly as written:\n${near
          .map((start) => `  at ${start}: «${text.slice(start, start + exact.length)}»`)
          .join('\n')}`;
  return { ok: false, reason: 'absent', message: `«${exact}» is not in {file} (quotes must be verbatim)${hint}`, occurrences: [] };
}
