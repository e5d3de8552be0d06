/**
 * RFC 5545 §3.1 content lines: CRLF endings, at most 75 octets per line, longer lines folded
 * onto continuation lines that start with a space. The `ics` package folds at 75 characters,
 * which overflows as soon as a line holds accented letters, so its output is refolded here.
 */

const MAX_OCTETS = 75;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Folds one unfolded content line; iterating by code point never splits a UTF-8 sequence. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1; // the continuation line's leading space is one of its 75 octets
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function unfoldLines(text: string): string[] {
  return text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter((line) => line !== '');
}

/** Any iCalendar text, unfolded then folded by octets, with CRLF after every line. */
export function refold(text: string): string {
  return unfoldLines(text)
    .map((line) => `${foldLine(line)}\r\n`)
    .join('');
}
