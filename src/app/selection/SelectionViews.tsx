/**
 * The selection (search and filters over the store) on the timeline and in the list: the one
 * wiring of the timeline and the list that the app (Chronique) and the embed (EmbedView) share.
 * The timeline shows the filtered events and mutes the search's non-matches; the list shows the
 * matching ones, their matches marked.
 */
import { Suspense, type Ref } from 'react';
import { ChronologyList, type ChronologyListHandle } from '../../features/chronology/ChronologyList';
import type { DrawingLayout } from '../../features/timeline/drawing-layout';
import { LazyTimelineView as TimelineView } from '../../features/timeline/LazyTimelineView';
import { TimelineDrawing } from '../../features/timeline/TimelineDrawing';
import type { TimelineViewProps } from '../../features/timeline/TimelineView';
import { useI18n } from '../../shared/i18n/language';
import type { AppLinks } from '../../shared/links';
import { Feature } from '../../shared/ui/Feature';
import type { Store } from '../../store/schema';
import type { Selection } from './use-selection';

interface SelectionViewProps {
  store: Store;
  selection: Selection;
  selectedId: string | null;
}

interface SelectionTimelineProps
  extends SelectionViewProps, Pick<TimelineViewProps, 'onSelect' | 'window' | 'onRangeChange' | 'onReady' | 'variant'> {
  /** The default view's drawing, shown while the timeline's chunk loads (as the pre-render does). */
  drawing?: DrawingLayout | null;
}

/** The timeline of the selection, lazily loaded: its drawing or a status line until then. */
export function SelectionTimeline({ store, selection, selectedId, drawing, ...timeline }: SelectionTimelineProps) {
  const { t } = useI18n();
  return (
    <Feature>
      <Suspense
        fallback={
          drawing ? (
            <TimelineDrawing layout={drawing} />
          ) : (
            <p className="timeline-loading" role="status">
              {t.app.timelineLoading}
            </p>
          )
        }
      >
        <TimelineView
          onReady={timeline.onReady}
          events={selection.filtered}
          entities={store.entities}
          selectedId={selectedId}
          onSelect={timeline.onSelect}
          dimmedIds={selection.dimmedIds}
          window={timeline.window}
          onRangeChange={timeline.onRangeChange}
          variant={timeline.variant}
        />
      </Suspense>
    </Feature>
  );
}

interface SelectionListProps extends SelectionViewProps {
  links: AppLinks;
  listRef?: Ref<ChronologyListHandle>;
  onVisibleChange?: (visible: { firstId: string; lastId: string }) => void;
}

/** The list of the selection's matching events. */
export function SelectionList({ store, selection, selectedId, links, listRef, onVisibleChange }: SelectionListProps) {
  return (
    <Feature>
      <ChronologyList
        ref={listRef}
        events={selection.matching}
        totalCount={store.events.length}
        store={store}
        selectedId={selectedId}
        links={links}
        highlight={selection.highlight}
        onVisibleChange={onVisibleChange}
      />
    </Feature>
  );
}
