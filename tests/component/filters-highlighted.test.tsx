import { render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Highlighted } from '../../src/shared/Highlighted';
import { compileQuery, findMatches } from '../../src/store/search-query';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();
const marks = (container: HTMLElement) => [...container.querySelectorAll('mark')].map((mark) => mark.textContent);

describe('Highlighted', () => {
  it('marks the matches of a search in the original text, accents and apostrophes included', () => {
    const text = 'Emmanuel Macron reçoit Mark Rutte à l’Élysée, siège de l’OTAN.';
    const query = compileQuery("elysee l'otan", store.entities)!;
    const { container } = render(<Highlighted text={text} ranges={findMatches(text, query)} />);
    expect(container).toHaveTextContent(text, { normalizeWhitespace: false });
    expect(marks(container)).toEqual(['Élysée', 'l’OTAN']);
    for (const mark of container.querySelectorAll('mark')) expect(mark).toHaveClass('search-hit');
  });

  it('shows the text whole whatever the ranges: unsorted, overlapping, empty or out of bounds', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.array(fc.record({ start: fc.integer({ min: -5, max: 40 }), end: fc.integer({ min: -5, max: 40 }) }), { maxLength: 6 }),
        (text, ranges) => {
          const { container, unmount } = render(<Highlighted text={text} ranges={ranges} />);
          expect(container.textContent).toBe(text);
          const marked = [...container.querySelectorAll('mark')];
          for (const mark of marked) expect(mark.textContent).not.toBe('');
          const covered = new Set(
            ranges.flatMap(({ start, end }) =>
              Array.from(
                { length: Math.max(0, Math.min(end, text.length) - Math.max(start, 0)) },
                (_, index) => Math.max(start, 0) + index,
              ),
            ),
          );
          expect(marked.reduce((sum, mark) => sum + mark.textContent!.length, 0)).toBe(covered.size);
          unmount();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('renders markup in the text as text', () => {
    const text = '<img src=x onerror="alert(1)"> Rutte';
    const { container } = render(<Highlighted text={text} ranges={[{ start: 0, end: 4 }]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe(text);
    expect(marks(container)).toEqual(['<img']);
  });
});
