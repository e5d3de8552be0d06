/**
 * Laying out highlighted passages over a text, as a tree that HTML can render: passages may
 * overlap (evidence and a correction on the same words, one quote inside another, or two quotes
 * that cross). Pure TypeScript; offsets are UTF-16 code units, as in the store.
 *
 * - Passages with the same range become one highlight (`groupRanges`).
 * - `layoutHighlights` nests them: a highlight inside another becomes a child mark; two that
 *   cross cannot both be whole, so the later one (shorter, or not the priority) is cut into
 *   pieces at the other's boundaries. The priority highlight is never cut.
 * - `splitLines` cuts a text into lines without ever cutting through a passage.
 */

export interface Span {
  start: number;
  end: number;
}

export interface RangeGroup<T> extends Span {
  items: T[];
}

export type LayoutNode =
  | { kind: 'text'; start: number; end: number }
  | {
      kind: 'mark';
      start: number;
      end: number;
      /** Index of the highlight (in the array given to layoutHighlights) this mark shows. */
      highlight: number;
      /** Which piece of that highlight this is (0-based), and how many pieces it was cut into. */
      piece: number;
      pieces: number;
      children: LayoutNode[];
    };

export type MarkNode = Extract<LayoutNode, { kind: 'mark' }>;

const isValid = (span: Span, within: Span) =>
  Number.isInteger(span.start) &&
  Number.isInteger(span.end) &&
  span.start < span.end &&
  span.start >= within.start &&
  span.end <= within.end;

/** Passages with exactly the same range, grouped; sorted by start, then longer first. */
export function groupRanges<T extends Span>(passages: readonly T[]): RangeGroup<T>[] {
  const groups = new Map<string, RangeGroup<T>>();
  for (const passage of passages) {
    const key = `${passage.start}:${passage.end}`;
    const group = groups.get(key);
    if (group) group.items.push(passage);
    else groups.set(key, { start: passage.start, end: passage.end, items: [passage] });
  }
  return [...groups.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

interface Piece extends Span {
  highlight: number;
  piece: number;
  pieces: number;
  rank: number;
}

const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;
const crosses = (a: Span, b: Span) => a.start < b.end && b.start < a.end && !contains(a, b) && !contains(b, a);

/**
 * The highlights within `span` as a tree of marks and text. Reading the text leaves in order gives
 * back every offset of `span` exactly once; each valid highlight is covered by its mark pieces
 * exactly. Highlights that are empty or outside `span` are left out.
 */
export function layoutHighlights(span: Span, highlights: readonly Span[], priority?: number): LayoutNode[] {
  const order = highlights
    .map((highlight, index) => ({ ...highlight, index }))
    .filter((highlight) => isValid(highlight, span))
    .sort(
      (a, b) =>
        Number(b.index === priority) - Number(a.index === priority) ||
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start ||
        a.index - b.index,
    );

  const accepted: Piece[] = [];
  for (const highlight of order) {
    const cuts = new Set<number>();
    for (const other of accepted) {
      if (!crosses(highlight, other)) continue;
      if (other.start > highlight.start && other.start < highlight.end) cuts.add(other.start);
      if (other.end > highlight.start && other.end < highlight.end) cuts.add(other.end);
    }
    const points = [highlight.start, ...[...cuts].sort((a, b) => a - b), highlight.end];
    const pieces = points.length - 1;
    for (let piece = 0; piece < pieces; piece += 1) {
      accepted.push({ start: points[piece]!, end: points[piece + 1]!, highlight: highlight.index, piece, pieces, rank: accepted.length });
    }
  }

  return buildTree(span, accepted);
}

interface Draft {
  piece: Piece;
  children: Draft[];
}

/** A laminar family of pieces (any two are disjoint or nested) as a tree, text filling the gaps. */
function buildTree(span: Span, pieces: Piece[]): LayoutNode[] {
  const sorted = [...pieces].sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const root: Draft[] = [];
  const stack: Draft[] = [];
  for (const piece of sorted) {
    while (stack.length > 0 && !contains(stack[stack.length - 1]!.piece, piece)) stack.pop();
    const draft: Draft = { piece, children: [] };
    (stack.length > 0 ? stack[stack.length - 1]!.children : root).push(draft);
    stack.push(draft);
  }
  return fillText(span, root);
}

function fillText(span: Span, drafts: readonly Draft[]): LayoutNode[] {
  const nodes: LayoutNode[] = [];
  let at = span.start;
  for (const { piece, children } of drafts) {
    if (piece.start > at) nodes.push({ kind: 'text', start: at, end: piece.start });
    nodes.push({
      kind: 'mark',
      start: piece.start,
      end: piece.end,
      highlight: piece.highlight,
      piece: piece.piece,
      pieces: piece.pieces,
      children: fillText(piece, children),
    });
    at = piece.end;
  }
  if (at < span.end) nodes.push({ kind: 'text', start: at, end: span.end });
  return nodes;
}

/** The text leaves of a layout, in order. */
export function textLeaves(nodes: readonly LayoutNode[]): Span[] {
  return nodes.flatMap((node) => (node.kind === 'text' ? [{ start: node.start, end: node.end }] : textLeaves(node.children)));
}

/** Every mark of a layout, outer before inner, in document order. */
export function allMarks(nodes: readonly LayoutNode[]): MarkNode[] {
  return nodes.flatMap((node) => (node.kind === 'mark' ? [node, ...allMarks(node.children)] : []));
}

/**
 * The lines of a text (without their line breaks), except that a line break inside a passage
 * does not end a line: no passage is ever cut in two. Empty lines are kept (as empty spans).
 */
export function splitLines(text: string, passages: readonly Span[]): Span[] {
  const lines: Span[] = [];
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    const insidePassage = passages.some((passage) => passage.start <= at && at < passage.end);
    if (insidePassage) continue;
    lines.push({ start: lineStart, end: at });
    lineStart = at + 1;
  }
  lines.push({ start: lineStart, end: text.length });
  return lines;
}
