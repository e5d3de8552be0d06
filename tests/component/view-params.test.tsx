import { render, screen } from '@testing-library/react';
import { memo } from 'react';
import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE, type UrlState } from '../../src/shared/url/url-state';
import { useViewParam, ViewParamsProvider } from '../../src/shared/url/view-params';

let searchRenders = 0;
function SearchShown() {
  searchRenders += 1;
  return <p>{useViewParam('query') || '(none)'}</p>;
}

// As features are: memoized, so that only what they read makes them render again.
const MemoSearchShown = memo(SearchShown);

const view = (state: Partial<UrlState>) => (
  <ViewParamsProvider state={{ ...EMPTY_URL_STATE, ...state }}>
    <MemoSearchShown />
  </ViewParamsProvider>
);

describe('useViewParam', () => {
  it('gives a feature the parameter of the view it is in, and follows it', () => {
    const { rerender } = render(view({ query: 'Rubio' }));
    expect(screen.getByText('Rubio')).toBeInTheDocument();
    rerender(view({ query: 'Macron' }));
    expect(screen.getByText('Macron')).toBeInTheDocument();
  });

  it('does not render a feature again when another parameter changes (a pan changes only range)', () => {
    const filters = EMPTY_URL_STATE.filters;
    const { rerender } = render(view({ query: 'Rubio', filters }));
    const before = searchRenders;
    rerender(view({ query: 'Rubio', filters, range: { start: 0, end: 86_400_000 } }));
    expect(searchRenders).toBe(before);
    rerender(view({ query: 'Macron', filters, range: { start: 0, end: 86_400_000 } }));
    expect(searchRenders).toBe(before + 1);
    expect(screen.getByText('Macron')).toBeInTheDocument();
  });

  it('is the table’s empty value outside any provider', () => {
    render(<SearchShown />);
    expect(screen.getByText('(none)')).toBeInTheDocument();
  });
});
