import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMarks, groupRanges, layoutHighlights, splitLines, textLeaves, type LayoutNode, type Span } from '../../src/store/highlights';

const valid = (highlight: Span, span: Span) =>
  highlight.start < highlight.end && highlight.start >= span.start && highlight.end <= span.end;
const crosses = (a: Span, b: Span) =>
  a.start < b.end && b.start < a.end && !(a.start <= b.start && b.end <= a.end) && !(b.start <= a.start && a.end <= b.end);

/** A text, a span of it, highlights anywhere (some empty, reversed or outside), maybe a priority. */
const scenario = fc.string({ unit: 'grapheme-composite', maxLength: 60 }).chain((text) => {
  const n = text.length;
  const offset = fc.integer({ min: 0, max: n });
  return fc.record({
    text: fc.constant(text),
    span: fc.tuple(offset, offset).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
    highlights: fc.array(
      fc.tuple(fc.integer({ min: -2, max: n + 2 }), fc.integer({ min: -2, max: n + 2 })).map(([start, end]) => ({ start, end })),
      {
        maxLength: 12,
      },
    ),
    priority: fc.option(fc.nat({ max: 11 }), { nil: undefined }),
  });
});

function checkCoverage(nodes: readonly LayoutNode[], parent: Span) {
  let at = parent.start;
  for (const node of nodes) {
    expect(node.start).toBe(at);
    expect(node.end).toBeGreaterThan(node.start);
    if (node.kind === 'mark') checkCoverage(node.children, node);
    at = node.end;
  }
  expect(at).toBe(parent.end);
}

describe('layoutHighlights', () => {
  it('gives back the text exactly: its text leaves, in order, are the span', () => {
    fc.assert(
      fc.property(scenario, ({ text, span, highlights, priority }) => {
        const nodes = layoutHighlights(span, highlights, priority);
        const rebuilt = textLeaves(nodes)
          .map((leaf) => text.slice(leaf.start, leaf.end))
          .join('');
        expect(rebuilt).toBe(text.slice(span.start, span.end));
        checkCoverage(nodes, span);
      }),
      { numRuns: 500 },
    );
  });

  it('covers every valid highlight exactly with its pieces, and leaves out the others', () => {
    fc.assert(
      fc.property(scenario, ({ span, highlights, priority }) => {
        const marks = allMarks(layoutHighlights(span, highlights, priority));
        highlights.forEach((highlight, index) => {
          const pieces = marks.filter((mark) => mark.highlight === index).sort((a, b) => a.start - b.start);
          if (!valid(highlight, span)) {
            expect(pieces).toEqual([]);
            return;
          }
          expect(pieces.length).toBeGreaterThan(0);
          expect(pieces[0]!.start).toBe(highlight.start);
          expect(pieces.at(-1)!.end).toBe(highlight.end);
          pieces.forEach((piece, at) => {
            expect(piece.piece).toBe(at);
            expect(piece.pieces).toBe(pieces.length);
            if (at > 0) expect(piece.start).toBe(pieces[at - 1]!.end);
          });
        });
      }),
      { numRuns: 500 },
    );
  });

  it('never cuts the priority highlight, nor one that crosses no other', () => {
    fc.assert(
      fc.property(scenario, ({ span, highlights, priority }) => {
        const marks = allMarks(layoutHighlights(span, highlights, priority));
        const usable = highlights.filter((highlight) => valid(highlight, span));
        highlights.forEach((highlight, index) => {
          if (!valid(highlight, span)) return;
          const isPriority = index === priority;
          const free = !usable.some((other) => crosses(highlight, other));
          if (!isPriority && !free) return;
          const pieces = marks.filter((mark) => mark.highlight === index);
          expect(pieces).toHaveLength(1);
          expect(pieces[0]).toMatchObject({ start: highlight.start, end: highlight.end });
        });
      }),
      { numRuns: 500 },
    );
  });

  it('nests a passage inside the one that contains it, and cuts the later of two crossing ones', () => {
    // "abcdefghij": [0,6) contains [2,4); [5,9) crosses [0,6).
    const nodes = layoutHighlights({ start: 0, end: 10 }, [
      { start: 0, end: 6 },
      { start: 2, end: 4 },
      { start: 5, end: 9 },
    ]);
    expect(nodes.map((node) => [node.kind, node.start, node.end])).toEqual([
      ['mark', 0, 6],
      ['mark', 6, 9],
      ['text', 9, 10],
    ]);
    const outer = nodes[0]!;
    if (outer.kind !== 'mark') throw new Error('expected a mark');
    expect(outer.children.map((node) => [node.kind, node.start, node.end])).toEqual([
      ['text', 0, 2],
      ['mark', 2, 4],
      ['text', 4, 5],
      ['mark', 5, 6],
    ]);
    // With the crossing passage as the priority, it stays whole and the other is cut instead.
    const focused = layoutHighlights(
      { start: 0, end: 10 },
      [
        { start: 0, end: 6 },
        { start: 5, end: 9 },
      ],
      1,
    );
    expect(allMarks(focused).filter((mark) => mark.highlight === 1)).toMatchObject([{ start: 5, end: 9, pieces: 1 }]);
    expect(allMarks(focused).filter((mark) => mark.highlight === 0)).toMatchObject([
      { start: 0, end: 5, piece: 0, pieces: 2 },
      { start: 5, end: 6, piece: 1, pieces: 2 },
    ]);
  });

  it('keeps a priority passage whole inside a longer one that contains it', () => {
    const nodes = layoutHighlights(
      { start: 0, end: 10 },
      [
        { start: 0, end: 10 },
        { start: 3, end: 5 },
      ],
      1,
    );
    expect(nodes).toHaveLength(1);
    expect(allMarks(nodes).map((mark) => [mark.highlight, mark.start, mark.end])).toEqual([
      [0, 0, 10],
      [1, 3, 5],
    ]);
  });
});

describe('groupRanges', () => {
  it('puts passages with the same range in one group, in reading order', () => {
    const groups = groupRanges([
      { start: 5, end: 9, id: 'a' },
      { start: 1, end: 3, id: 'b' },
      { start: 5, end: 9, id: 'c' },
      { start: 1, end: 8, id: 'd' },
    ]);
    expect(groups.map((group) => [group.start, group.end, group.items.map((item) => item.id)])).toEqual([
      [1, 8, ['d']],
      [1, 3, ['b']],
      [5, 9, ['a', 'c']],
    ]);
  });
});

describe('splitLines', () => {
  it('gives back the text when joined with line breaks, and never cuts a passage', () => {
    const arbitrary = fc
      .array(fc.constantFrom('a', 'é', ' ', '\n', '🇫🇷'), { maxLength: 40 })
      .map((chars) => chars.join(''))
      .chain((text) =>
        fc.record({
          text: fc.constant(text),
          passages: fc.array(
            fc
              .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
              .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
            { maxLength: 6 },
          ),
        }),
      );
    fc.assert(
      fc.property(arbitrary, ({ text, passages }) => {
        const lines = splitLines(text, passages);
        expect(lines.map((line) => text.slice(line.start, line.end)).join('\n')).toBe(text);
        for (const passage of passages) {
          if (passage.start === passage.end) continue;
          expect(lines.some((line) => line.start <= passage.start && passage.end <= line.end)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
