/**
 * French and English typography of the store's own prose (titles, short labels, summaries, date
 * bases, notes, labels), never of quoted article text: a quote's `exact` stays byte-identical to
 * its article. `frenchTypography` is the one place the French rules live; the builder checks that
 * every French string already follows them, and `npm run typeset` applies them to data/.
 */

/** U+202F, before ; ! ? and inside « ». */
export const NARROW_NBSP = '\u202f';
/** U+00A0, before : */
export const NBSP = '\u00a0';

/** Spaces that may stand where a no-break space belongs: typed by hand, or the wrong one of the two. */
const SPACES = '[ \\u00a0\\u202f\\u2009]';

/**
 * Applies the French rules: a narrow no-break space before ; ! ? and inside « », a no-break space
 * before : (not in a time such as 10:30 or an address such as https://), and no space before
 * . or , (« coordonnées . »). Idempotent: applying it twice changes nothing more.
 */
export function frenchTypography(text: string): string {
  return (
    text
      // « text » — whatever space was typed inside the guillemets (or none) becomes U+202F.
      .replace(new RegExp(`«${SPACES}*`, 'g'), `«${NARROW_NBSP}`)
      .replace(new RegExp(`${SPACES}*»`, 'g'), `${NARROW_NBSP}»`)
      // A ; ! or ? after a word or a closing sign; none between two of them (« ?! »), none in a
      // word or an address (a?b=1): a sign typed without a space must end the word to be punctuation.
      // Lookarounds, not groups, so that a sign is never consumed before the next one is seen.
      .replace(
        new RegExp(`(?<=[^\\s;!?«])(${SPACES}*)([;!?])(?=(.?))`, 'gu'),
        (match: string, space: string, sign: string, next: string) =>
          space === '' && next !== '' && !/[\s»)\]!?;:.,]/u.test(next) ? match : `${NARROW_NBSP}${sign}`,
      )
      // A colon after a word, unless it is part of a time (10:30), an address (https://) or a word (a:b).
      .replace(new RegExp(`(?<=[^\\s:«])(${SPACES}*):(?=(.?))`, 'gu'), (match: string, space: string, next: string) =>
        space === '' && next !== '' && !/[\s»)\]]/u.test(next) ? match : `${NBSP}:`,
      )
      // A stray space before a full stop or a comma.
      .replace(new RegExp(`(?<=\\S)${SPACES}+(?=[.,](?!\\d))`, 'g'), '')
  );
}

export interface TypographyFault {
  /** What the rule asks for, in English (the builder's messages are English). */
  rule: string;
  /** A few characters around the first place that breaks it. */
  near: string;
}

/** The first place where a French string breaks the rules, or undefined when it follows them. */
export function frenchTypographyFault(text: string): TypographyFault | undefined {
  const fixed = frenchTypography(text);
  if (fixed === text) return undefined;
  let at = 0;
  while (at < text.length && text[at] === fixed[at]) at += 1;
  const isSign = (char: string) => ';!?:«».,'.includes(char);
  // The sign that follows the change (a space before « : »), else the one before it (« followed by a space).
  const sign = [...fixed.slice(at, at + 2)].find(isSign) ?? [...fixed.slice(Math.max(0, at - 1), at)].find(isSign) ?? '';
  const rule =
    sign === ':'
      ? 'a no-break space (U+00A0) goes before « : »'
      : sign === '.' || sign === ','
        ? `no space goes before « ${sign} »`
        : sign === '«' || sign === '»'
          ? 'a narrow no-break space (U+202F) goes inside « »'
          : `a narrow no-break space (U+202F) goes before « ${sign} »`;
  return { rule, near: text.slice(Math.max(0, at - 12), at + 12) };
}

/** English prose uses ’ and “ ”: a straight quote or a guillemet is the fault found, or undefined. */
export function englishTypographyFault(text: string): TypographyFault | undefined {
  const at = text.search(/['"«»]/);
  if (at < 0) return undefined;
  const rule = text[at] === "'" ? 'English uses ’ for an apostrophe' : 'English quotes use “ ” (no straight quotes, no « »)';
  return { rule, near: text.slice(Math.max(0, at - 12), at + 12) };
}
