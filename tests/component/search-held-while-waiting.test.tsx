/**
 * The list while a search's first answer is on its way: it keeps what it showed for a moment
 * (no blank flash when the answer comes a few milliseconds later), then says it is searching.
 */
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOLD_WHILE_WAITING_MS, useHeldWhileWaiting } from '../../src/app/selection/use-held-while-waiting';

const WAITING = 'nothing yet';
const store = { name: 'a store' };

const render = (initial: { shown: string; owner?: object }) =>
  renderHook(({ shown, owner = store }: { shown: string; owner?: object }) => useHeldWhileWaiting(shown, shown === WAITING, owner), {
    initialProps: initial,
  });

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('what the list shows while a first answer is pending', () => {
  it('keeps what it showed until the hold ends, then shows that it is waiting', () => {
    const { result, rerender } = render({ shown: 'every event' });
    rerender({ shown: WAITING });
    expect(result.current).toBe('every event');
    act(() => vi.advanceTimersByTime(HOLD_WHILE_WAITING_MS - 1));
    expect(result.current).toBe('every event');
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(WAITING);
  });

  it('goes straight from what it showed to the answer when the answer comes in time', () => {
    const { result, rerender } = render({ shown: 'every event' });
    rerender({ shown: WAITING });
    act(() => vi.advanceTimersByTime(20));
    rerender({ shown: 'the matches' });
    expect(result.current).toBe('the matches');
    // The next wait is held afresh, from what was shown last.
    act(() => vi.advanceTimersByTime(HOLD_WHILE_WAITING_MS * 2));
    rerender({ shown: WAITING });
    expect(result.current).toBe('the matches');
  });

  it('holds nothing on a page that has shown nothing yet (a ?q= link), nor another store’s answer', () => {
    expect(render({ shown: WAITING }).result.current).toBe(WAITING);
    const { result, rerender } = render({ shown: 'every event' });
    rerender({ shown: WAITING, owner: { name: 'another store' } });
    expect(result.current).toBe(WAITING);
  });
});
