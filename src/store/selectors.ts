/**
 * W3C Web Annotation selectors for a quote in an article: TextQuoteSelector (exact, prefix,
 * suffix) and TextPositionSelector (start, end as UTF-16 offsets, as JavaScript indexes strings).
 */

export const CONTEXT_LENGTH = 32;

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export type SelectorResult =
  { ok: true; selector: QuoteSelector } | { ok: false; reason: 'empty' | 'not-found' | 'ambiguous'; occurrences: number };

export function selectQuote(text: string, exact: string): SelectorResult {
  if (exact.length === 0) return { ok: false, reason: 'empty', occurrences: 0 };
  const start = text.indexOf(exact);
  if (start === -1) return { ok: false, reason: 'not-found', occurrences: 0 };
  const occurrences = countOccurrences(text, exact);
  if (occurrences > 1) return { ok: false, reason: 'ambiguous', occurrences };
  const end = start + exact.length;
  return {
    ok: true,
    selector: {
      exact,
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
      start,
      end,
    },
  };
}

function countOccurrences(text: string, exact: string): number {
  let count = 0;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) count += 1;
  return count;
}

/** True when the selector's offsets and context still describe this text. */
export function selectorMatches(text: string, selector: QuoteSelector): boolean {
  const { start, end, exact, prefix, suffix } = selector;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    return false;
  }
  return (
    text.slice(start, end) === exact &&
    text.slice(Math.max(0, start - CONTEXT_LENGTH), start) === prefix &&
    text.slice(end, end + CONTEXT_LENGTH) === suffix
  );
}
