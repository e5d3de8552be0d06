import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { useI18n } from '../../shared/i18n/language';
import type { AppLinks } from '../../shared/links';
import type { Store, StoreEvent } from '../../store/schema';
import { ChronologyRow, type Highlight } from './ChronologyRow';
import { feedMove } from './feed-keys';
import { focusOutside } from './focus-outside';
import { groupKey, groupLabel, startsGroup } from './month-groups';
import { useFeedScroll } from './use-feed-scroll';
import './chronology.css';

export interface ChronologyListHandle {
  /** Scrolls so that this event is at the top of the list; never reported as onVisibleChange. */
  scrollToEvent(eventId: string): void;
}

export interface ChronologyListProps {
  /** Already filtered and searched, chronological. */
  events: readonly StoreEvent[];
  /** Number of events before filtering. */
  totalCount: number;
  /** Article titles for the quotes' sources. */
  store: Store;
  selectedId: string | null;
  links: AppLinks;
  /** Search matches to mark in titles, summaries and quotes. Keep it stable (useMemo/useCallback): every row re-renders when it changes. */
  highlight?: Highlight;
  /** The user scrolled the list: the events now in view (at most once per animation frame). */
  onVisibleChange?: (visible: { firstId: string; lastId: string }) => void;
  ref?: Ref<ChronologyListHandle>;
}

/** An id no event has: its link shows what every event link carries besides the id. */
const PROBE_ID = '\u0000';

/**
 * The links the rows use, kept while their event links stay the same. The app's links change with
 * the open event (an article link keeps it), but an event link does not: without this, selecting
 * an event would re-render every row.
 */
function useRowLinks(links: AppLinks): AppLinks {
  const eventLinks = links.event(PROBE_ID);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on what an event link carries, on purpose
  return useMemo(() => links, [eventLinks]);
}

/** The rendered indexes, plus the focused one so that focus is never lost to virtualization. */
function withIndex(indexes: number[], index: number): number[] {
  if (index < 0 || indexes.includes(index)) return indexes;
  return [...indexes, index].sort((a, b) => a - b);
}

/**
 * Every event in date order, grouped by month: the main path for keyboard and screen-reader users
 * (WAI-ARIA feed pattern). Virtualized: only the rows in and near the view are in the DOM.
 */
export function ChronologyList({ events, totalCount, store, selectedId, links, highlight, onVisibleChange, ref }: ChronologyListProps) {
  const { t, language } = useI18n();
  const labelId = useId();
  const helpId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const feedRef = useRef<HTMLDivElement>(null);

  // Built on first use only: at 100,000 events a Map per search would cost more than the search.
  const indexOf = useMemo(() => {
    let byId: Map<string, number> | undefined;
    return (eventId: string) => (byId ??= new Map(events.map((event, index) => [event.id, index]))).get(eventId);
  }, [events]);
  const articles = useMemo(() => new Map(store.articles.map((article) => [article.id, article])), [store]);
  const rowLinks = useRowLinks(links);

  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusedIndex = focusedId === null ? -1 : (indexOf(focusedId) ?? -1);
  const rangeExtractor = useCallback((range: Range) => withIndex(defaultRangeExtractor(range), focusedIndex), [focusedIndex]);
  /** The event to focus once its row is rendered (Page Down, Page Up, Home, End). */
  const pendingFocus = useRef<string | null>(null);

  const { virtualizer, stickyKey, scrollProgrammatically } = useFeedScroll({
    events,
    scrollRef,
    rangeExtractor,
    onVisibleChange,
  });

  useImperativeHandle(
    ref,
    () => ({
      scrollToEvent(eventId) {
        const index = indexOf(eventId);
        if (index !== undefined) scrollProgrammatically(index, { onlyIfHidden: false, smooth: false });
      },
    }),
    [indexOf, scrollProgrammatically],
  );

  // The selection changed (the timeline, the detail panel's neighbours, the address): show its row.
  useEffect(() => {
    const selectedIndex = selectedId === null ? undefined : indexOf(selectedId);
    if (selectedIndex !== undefined) scrollProgrammatically(selectedIndex, { onlyIfHidden: true, smooth: true });
    // Only when the selection changes, not when the list is filtered around it.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [selectedId]);

  const focusArticle = (index: number) => {
    const event = events[index];
    if (!event) return;
    pendingFocus.current = event.id;
    setFocusedId(event.id);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const row = feedRef.current?.querySelector<HTMLElement>(`[data-chronology-event="${CSS.escape(id)}"]`);
    if (!row) return;
    pendingFocus.current = null;
    row.focus({ preventScroll: true });
  });

  const handleKeyDown = (keyboardEvent: KeyboardEvent<HTMLDivElement>) => {
    if (keyboardEvent.defaultPrevented) return;
    const row = (keyboardEvent.target as Element).closest<HTMLElement>('[data-chronology-event]');
    if (!row || !feedRef.current?.contains(row)) return;
    const move = feedMove(keyboardEvent, Number(row.dataset.index), events.length);
    if (!move) return;
    keyboardEvent.preventDefault();
    if (move.to === 'article') focusArticle(move.index);
    else if (feedRef.current) focusOutside(feedRef.current, move.to);
  };

  const handleFocus = (focusEvent: FocusEvent<HTMLDivElement>) => {
    const row = (focusEvent.target as Element).closest<HTMLElement>('[data-chronology-event]');
    const id = row?.dataset.chronologyEvent;
    if (id !== undefined) setFocusedId(id);
  };

  return (
    <div className="chrono">
      <div className="chrono-header">
        <h2 id={labelId} className="chrono-heading">
          {t.chronology.label}
        </h2>
        <p className="chrono-count">{t.chronology.count(events.length, totalCount)}</p>
        <p id={helpId} className="chrono-help">
          {t.chronology.keyboardHelp}
        </p>
      </div>
      <div ref={scrollRef} className="chrono-scroll">
        {events.length === 0 ? (
          <p className="chrono-empty">{t.chronology.empty}</p>
        ) : (
          <>
            <div className="chrono-sticky" aria-hidden="true">
              <span className="chrono-sticky-label" hidden={stickyKey === null}>
                {stickyKey === null ? '' : groupLabel(stickyKey, language)}
              </span>
            </div>
            <div
              ref={feedRef}
              role="feed"
              aria-busy="false"
              aria-labelledby={labelId}
              aria-describedby={helpId}
              className="chrono-feed"
              style={{ height: virtualizer.getTotalSize() }}
              onKeyDown={handleKeyDown}
              onFocus={handleFocus}
            >
              {virtualizer.getVirtualItems().map((item) => {
                const event = events[item.index]!;
                return (
                  <ChronologyRow
                    key={item.key}
                    event={event}
                    index={item.index}
                    setSize={events.length}
                    start={item.start}
                    heading={startsGroup(events, item.index) ? groupLabel(groupKey(event), language) : null}
                    selected={event.id === selectedId}
                    articles={articles}
                    links={rowLinks}
                    highlight={highlight}
                    measure={virtualizer.measureElement}
                    language={language}
                    t={t}
                  />
                );
              })}
            </div>
          </>
        )}
      </div>
    </div>
  );
}
