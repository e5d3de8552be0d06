import { useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { StoreEvent } from '../../store/schema';
import { groupKey, startsGroup } from './month-groups';

const ESTIMATED_ROW_HEIGHT = 240;
/** Height of the sticky month label, px; the same as .chrono-sticky-label in chronology.css. */
export const STICKY_HEIGHT = 40;
const OVERSCAN = 4;

const prefersReducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * A row's height as laid out now. The virtualizer's own measure gives a row it has measured before
 * the height it cached for its key; but a row's height depends on its place (a month heading shows
 * over a month's first row only), so after a search or a filter that height was often stale, and
 * the rows moved again a frame later, when the resize observer told the truth.
 */
function measureRow(element: HTMLElement, entry: ResizeObserverEntry | undefined): number {
  const box = entry?.borderBoxSize[0];
  return box ? Math.round(box.blockSize) : element.offsetHeight;
}

interface FeedScrollOptions {
  events: readonly StoreEvent[];
  scrollRef: RefObject<HTMLDivElement | null>;
  rangeExtractor: (range: Range) => number[];
  onVisibleChange: ((visible: { firstId: string; lastId: string }) => void) | undefined;
}

/**
 * The virtualized scrolling of the feed: which rows to render, the month label over the top rows,
 * and which scrolls are the user's. Only those are reported (onVisibleChange), so that a scroll we
 * make because the timeline moved never moves the timeline back.
 */
export function useFeedScroll({ events, scrollRef, rangeExtractor, onVisibleChange }: FeedScrollOptions) {
  /** Set while our own scroll runs; cleared when it ends or the user touches the list. */
  const programmatic = useRef(false);
  const wasScrolling = useRef(false);

  // The virtualizer remeasures every row (100,000 at most) whenever getItemKey changes: keep it
  // the same function while the list is the same.
  const getItemKey = useCallback((index: number) => events[index]?.id ?? index, [events]);
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLElement>({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey,
    measureElement: measureRow,
    overscan: OVERSCAN,
    rangeExtractor,
    scrollPaddingStart: STICKY_HEIGHT,
    onChange: (instance) => {
      if (wasScrolling.current && !instance.isScrolling) programmatic.current = false;
      wasScrolling.current = instance.isScrolling;
    },
  });

  const latest = useRef({ events, onVisibleChange });
  useLayoutEffect(() => {
    latest.current = { events, onVisibleChange };
  });

  /** The group of the rows under the sticky label, unless a group heading shows there itself. */
  const [stickyKey, setStickyKey] = useState<string | null>(null);
  const updateSticky = useCallback(() => {
    const { events: current } = latest.current;
    const offset = virtualizer.scrollOffset ?? 0;
    const top = virtualizer.getVirtualItemForOffset(offset);
    const below = virtualizer.getVirtualItemForOffset(offset + STICKY_HEIGHT);
    const topEvent = top ? current[top.index] : undefined;
    const headingShows = top !== undefined && startsGroup(current, top.index) && offset - top.start < 1;
    const headingArrives = below !== undefined && below.index !== top?.index && startsGroup(current, below.index);
    setStickyKey(topEvent && !headingShows && !headingArrives ? groupKey(topEvent) : null);
  }, [virtualizer]);

  const lastReported = useRef<string | null>(null);
  const reportVisible = useCallback(() => {
    const { events: current, onVisibleChange: report } = latest.current;
    const offset = virtualizer.scrollOffset ?? 0;
    const height = virtualizer.scrollRect?.height ?? 0;
    // Rows wholly under the sticky label are not in view.
    const first = virtualizer.getVirtualItemForOffset(offset + Math.min(STICKY_HEIGHT, height / 2));
    const last = virtualizer.getVirtualItemForOffset(offset + Math.max(height - 1, 0));
    const firstId = first ? current[first.index]?.id : undefined;
    const lastId = last ? current[last.index]?.id : undefined;
    if (firstId === undefined || lastId === undefined) return;
    const key = `${firstId}\n${lastId}`;
    if (key === lastReported.current) return;
    lastReported.current = key;
    report?.({ firstId, lastId });
  }, [virtualizer]);

  // New rows (a search, a filter) can move the scroll position by themselves, a scroll that is
  // not the user's: for the next two frames, scrolls are not reported.
  const rowsChanged = useRef(false);
  const shownRows = useRef(events);
  useLayoutEffect(() => {
    if (shownRows.current === events) return;
    shownRows.current = events;
    rowsChanged.current = true;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        rowsChanged.current = false;
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [events]);

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    let frame = 0;
    let byUser = false;
    const onScroll = () => {
      if (!programmatic.current && !rowsChanged.current) byUser = true;
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        updateSticky();
        if (byUser) reportVisible();
        byUser = false;
      });
    };
    const onUserInput = () => {
      programmatic.current = false;
    };
    const inputs = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
    element.addEventListener('scroll', onScroll, { passive: true });
    for (const type of inputs) element.addEventListener(type, onUserInput, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', onScroll);
      for (const type of inputs) element.removeEventListener(type, onUserInput);
    };
  }, [scrollRef, updateSticky, reportVisible]);

  useEffect(updateSticky, [events, updateSticky]);

  /**
   * Scrolls this row to the top (below the sticky label), as our own scroll: not reported. With
   * `onlyIfHidden`, leaves a row that is already wholly in view where it is.
   */
  const scrollProgrammatically = useCallback(
    (index: number, { onlyIfHidden, smooth }: { onlyIfHidden: boolean; smooth: boolean }) => {
      if (onlyIfHidden && virtualizer.getOffsetForIndex(index, 'auto')?.[1] === 'auto') return;
      const target = virtualizer.getOffsetForIndex(index, 'start');
      // No move, no scroll event: the flag would outlive its scroll.
      if (!target || Math.abs(target[0] - (virtualizer.scrollOffset ?? 0)) < 1) return;
      programmatic.current = true;
      lastReported.current = null;
      virtualizer.scrollToIndex(index, { align: 'start', behavior: smooth && !prefersReducedMotion() ? 'smooth' : 'auto' });
    },
    [virtualizer],
  );

  return { virtualizer, stickyKey, scrollProgrammatically };
}
