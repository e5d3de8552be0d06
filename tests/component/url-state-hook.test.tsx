/**
 * The view state kept in the URL: a pan rewrites the range only, and what did not change keeps its
 * identity, so the search and filters (memoized on it) are not recomputed at every pan.
 */
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useUrlState } from '../../src/app/url/use-url-state';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('useUrlState', () => {
  it('keeps the filters object when only the range changes, and makes a new one when a filter changes', () => {
    window.history.replaceState(null, '', '/?q=otan&actors=mark-rutte&years=2025');
    const { result } = renderHook(() => useUrlState());
    const filters = result.current.state.filters;
    expect(filters.actors).toEqual(['mark-rutte']);
    expect(filters.years).toEqual([2025]);

    act(() => result.current.update({ range: { start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 5, 1) } }, { replace: true }));
    expect(window.location.search).toContain('range=');
    expect(result.current.state.range).toEqual({ start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 5, 1) });
    expect(result.current.state.filters).toBe(filters);

    act(() => result.current.update({ filters: { ...filters, actors: [] } }));
    expect(result.current.state.filters).not.toBe(filters);
    expect(result.current.state.filters.actors).toEqual([]);
    expect(result.current.state.query).toBe('otan');
  });
});
