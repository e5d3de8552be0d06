import { useMemo, useRef } from 'react';
import type { ChronologyListHandle } from '../features/chronology/ChronologyList';
import { EventDetail } from '../features/detail/EventDetail';
import { FilterPanel } from '../features/filters/FilterPanel';
import { drawingLayout } from '../features/timeline/drawing-layout';
import type { TimeWindow } from '../features/timeline/window-math';
import { useI18n } from '../shared/i18n/language';
import type { AppLinks } from '../shared/links';
import { Feature } from '../shared/ui/Feature';
import type { Store, StoreEvent } from '../store/schema';
import { firstEventInWindow, windowForEvents } from './selection/list-timeline-sync';
import { SelectionList, SelectionTimeline } from './selection/SelectionViews';
import type { Selection } from './selection/use-selection';
import type { useUrlState } from './url/use-url-state';

interface BrowseProps {
  store: Store;
  url: ReturnType<typeof useUrlState>;
  selection: Selection;
  selected: StoreEvent | undefined;
  links: AppLinks;
  /** The window the list asks the timeline to show (the URL's at first); the timeline's own pans are not fed back. */
  requestedWindow: TimeWindow | null;
  onRequestWindow: (window: TimeWindow) => void;
  variant: 'strip' | 'full';
  /** The timeline has drawn (the first view is shown). */
  onTimelineReady: () => void;
}

/** The browsing view: filters and the list, the timeline beside them, the open event's detail. */
export function Browse({
  store,
  url,
  selection,
  selected,
  links,
  requestedWindow,
  onRequestWindow,
  variant,
  onTimelineReady,
}: BrowseProps) {
  const { t, language } = useI18n();
  const { state, update } = url;
  const listRef = useRef<ChronologyListHandle>(null);
  // Made on the list's first scroll by the reader, not at load (100,000 events: some 25 ms).
  const eventById = useMemo(() => {
    let byId: Map<string, StoreEvent> | undefined;
    return (id: string) => (byId ??= new Map(store.events.map((event) => [event.id, event]))).get(id);
  }, [store.events]);
  // While the timeline's chunk loads, the default view shows its drawing (as the pre-render does).
  const drawing = useMemo(
    () => (state.range || state.event ? null : drawingLayout(selection.filtered, store.entities, variant, language, t)),
    [state.range, state.event, selection.filtered, store.entities, variant, language, t],
  );
  const selectedId = selected?.id ?? null;

  return (
    <div className="browse" data-panel={selected ? 'open' : 'closed'}>
      <section className="browse-list" aria-label={t.app.browse}>
        <div className="browse-tools">
          <Feature>
            <FilterPanel
              events={store.events}
              entities={store.entities}
              filters={selection.knownFilters}
              counts={selection.counts}
              onChange={(filters) => update({ filters })}
            />
          </Feature>
        </div>
        <SelectionList
          listRef={listRef}
          store={store}
          selection={selection}
          selectedId={selectedId}
          links={links}
          onVisibleChange={({ firstId, lastId }) => {
            const first = eventById(firstId);
            const last = eventById(lastId);
            if (first && last) onRequestWindow(windowForEvents(first, last));
          }}
        />
      </section>
      <div className="browse-timeline">
        <SelectionTimeline
          drawing={drawing}
          onReady={onTimelineReady}
          store={store}
          selection={selection}
          selectedId={selectedId}
          onSelect={(id) => url.navigate(links.event(id))}
          window={requestedWindow}
          onRangeChange={(window, byUser) => {
            update({ range: window }, { replace: true });
            if (!byUser) return;
            const first = firstEventInWindow(selection.matching, window);
            if (first) listRef.current?.scrollToEvent(first.id);
          }}
          variant={variant}
        />
      </div>
      {selected && (
        <div className="detail-slot">
          <Feature>
            <EventDetail event={selected} store={store} links={links} onClose={() => url.navigate(links.home())} />
          </Feature>
        </div>
      )}
    </div>
  );
}
