/**
 * From an article and the events citing it to what the reader shows: the passages to highlight
 * (only those whose offsets still read their quote) and the text cut into blocks. Pure.
 */
import { groupRanges, splitLines, type RangeGroup, type Span } from '../../store/highlights';
import { passagesCitingArticle } from '../../store/lookup';
import type { Article, Note, StoreEvent } from '../../store/schema';

export type PassageSource =
  { kind: 'evidence'; eventId: string } | { kind: 'note'; eventId: string; note: Note } | { kind: 'article-note'; note: Note };

export interface CitedPassage extends Span {
  exact: string;
  source: PassageSource;
}

/** Everything in the store that points at a passage of this article: events' evidence and notes, the article's own notes. */
export function citedPassages(article: Article, events: readonly StoreEvent[]): CitedPassage[] {
  const fromEvents = passagesCitingArticle(events, article.id).map((passage): CitedPassage => ({
    start: passage.quote.start,
    end: passage.quote.end,
    exact: passage.quote.exact,
    source:
      passage.role === 'note'
        ? { kind: 'note', eventId: passage.eventId, note: passage.note }
        : { kind: 'evidence', eventId: passage.eventId },
  }));
  const fromArticle = (article.notes ?? []).flatMap((note) =>
    note.evidence && note.evidence.article === article.id
      ? [
          {
            start: note.evidence.start,
            end: note.evidence.end,
            exact: note.evidence.exact,
            source: { kind: 'article-note', note },
          } satisfies CitedPassage,
        ]
      : [],
  );
  return [...fromEvents, ...fromArticle].filter((passage) => readsItsQuote(article.text, passage));
}

/** Offsets that do not give back the quote would highlight the wrong words: such passages are not shown. */
export function readsItsQuote(text: string, passage: CitedPassage): boolean {
  return passage.start < passage.end && passage.end <= text.length && text.slice(passage.start, passage.end) === passage.exact;
}

export interface Highlight extends RangeGroup<CitedPassage> {
  /** 1-based, in reading order: the number shown next to the passage and in the list of passages. */
  number: number;
  correction: boolean;
}

export function highlightsOf(passages: readonly CitedPassage[]): Highlight[] {
  return groupRanges(passages).map((group, index) => ({
    ...group,
    number: index + 1,
    correction: group.items.some((item) => item.source.kind !== 'evidence'),
  }));
}

export interface Block extends Span {
  kind: 'paragraph' | 'heading';
}

const HEADING = /^(\s*\*\*)(.+?)(\*\*\s*)$/;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * The article text as paragraphs and subheadings (`**Heading**` lines, without the asterisks).
 * Blank lines are dropped; the first non-blank line, which repeats the title, is dropped too
 * unless a passage is cited in it (then it stays: a cited passage is never hidden). When that
 * line only starts with the title, the rest of it is a paragraph.
 */
export function articleBlocks(text: string, title: string, passages: readonly Span[]): Block[] {
  const blocks: Block[] = [];
  let titleSeen = false;
  for (const line of splitLines(text, passages)) {
    const content = trimSpan(text, line, passages);
    if (content.start === content.end) continue;
    if (!titleSeen) {
      titleSeen = true;
      const rest = afterTitle(text, content, title, passages);
      if (rest === null) continue;
      if (rest !== content) {
        blocks.push({ kind: 'paragraph', ...rest });
        continue;
      }
    }
    blocks.push(classify(text, content, passages));
  }
  return blocks;
}

/** What remains of the first line once its title is taken out: null if nothing, the whole line if the title cannot go. */
function afterTitle(text: string, line: Span, title: string, passages: readonly Span[]): Span | null {
  const titleSpan = { start: line.start, end: line.start + title.length };
  const startsWithTitle = title.length > 0 && text.startsWith(title, line.start) && titleSpan.end <= line.end;
  if (!startsWithTitle || passages.some((passage) => overlaps(passage, titleSpan))) return line;
  const rest = trimSpan(text, { start: titleSpan.end, end: line.end }, passages);
  return rest.start === rest.end ? null : rest;
}

function classify(text: string, line: Span, passages: readonly Span[]): Block {
  const match = HEADING.exec(text.slice(line.start, line.end));
  if (match) {
    const inner = { start: line.start + match[1]!.length, end: line.end - match[3]!.length };
    const cutsAPassage = passages.some((passage) => overlaps(passage, line) && !(inner.start <= passage.start && passage.end <= inner.end));
    if (!cutsAPassage) return { kind: 'heading', ...inner };
  }
  return { kind: 'paragraph', ...line };
}

/** The span without its outer white space, except white space that belongs to a passage. */
function trimSpan(text: string, span: Span, passages: readonly Span[]): Span {
  const cited = (at: number) => passages.some((passage) => passage.start <= at && at < passage.end);
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!) && !cited(start)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!) && !cited(end - 1)) end -= 1;
  return { start, end };
}
