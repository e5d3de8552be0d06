/**
 * The zoomable timeline. vis-timeline is driven by TimelineController (its effects are in
 * use-timeline-controller.ts, keys and clicks in use-timeline-input.ts); this component owns the
 * React side: props and state, the drawing in front until the first draw, toolbar, legend.
 */
import { useId, useMemo, useRef, useState, type JSX } from 'react';
import { useI18n } from '../../shared/i18n/language';
import type { IdSet } from '../../store/masked-ids';
import type { Entities, StoreEvent } from '../../store/schema';
import { ZOOM_STEP } from './keyboard';
import { BeyondWindow } from './BeyondWindow';
import { eventTimes, spanBounds, toTimelineData, type LaneMode } from './timeline-data';
import { drawingLayout } from './drawing-layout';
import { TimelineDrawing } from './TimelineDrawing';
import { TimelineLegend } from './TimelineLegend';
import { TimelineToolbar } from './TimelineToolbar';
import { useReducedMotion } from '../../shared/hooks/use-reduced-motion';
import { sameMembers } from './visible-items';
import type { TimelineVariant } from './vis-options';
import { denseBounds, isUsableWindow, sortTimes, type TimeWindow } from './window-math';
import { useTimelineController } from './use-timeline-controller';
import { useTimelineInput } from './use-timeline-input';
import './timeline.css';
import './timeline-items.css';
import './timeline-drawing.css';

/** The same Set object while the ids are the same, so a search that finds the same redraws nothing. */
function useSameSet(ids: IdSet | undefined): IdSet {
  const kept = useRef<IdSet>(new Set());
  const next = ids ?? kept.current;
  if (next !== kept.current && !sameMembers(next, kept.current)) kept.current = next;
  return kept.current;
}

export interface TimelineViewProps {
  /** Chronological, from the store (or a filtered part of it). */
  events: readonly StoreEvent[];
  entities: Entities;
  selectedId: string | null;
  /** Called on click, tap, or Enter/Space on an item; never for empty timeline space. */
  onSelect: (eventId: string) => void;
  /** Search non-matches: drawn muted and named as such; compared by content, not identity. */
  dimmedIds?: IdSet;
  /** A window to show (ms since epoch), applied when its value changes and differs from what is shown. */
  window?: TimeWindow | null;
  /**
   * The window once it settles. byUser: moved by the user (drag, pinch, wheel, keys, toolbar);
   * false for the first fit, centring on a selection, resizing, and a window from the `window` prop.
   */
  onRangeChange?: (window: TimeWindow, byUser: boolean) => void;
  /** Called each time a timeline has drawn its items (again after a variant change). */
  onReady?: () => void;
  /** Lane mode; controlled when given, otherwise kept here. */
  lanes?: LaneMode;
  onLanesChange?: (lanes: LaneMode) => void;
  /** 'strip': the short, single-lane timeline of a phone, where the chronology list is the main view. */
  variant?: TimelineVariant;
}

export function TimelineView({
  events,
  entities,
  selectedId,
  onSelect,
  dimmedIds,
  window: requestedWindow,
  onRangeChange,
  onReady,
  lanes: lanesProp,
  onLanesChange,
  variant = 'full',
}: TimelineViewProps): JSX.Element {
  const { language, t } = useI18n();
  const [ownLanes, setOwnLanes] = useState<LaneMode>('none');
  const lanes = lanesProp ?? ownLanes;
  // The default view's drawing stays in place, the live timeline laid out unseen behind it, until
  // vis has drawn once: then they swap, the same size in the same place (nothing in it takes focus).
  const [drawing, setDrawing] = useState(() =>
    requestedWindow || selectedId ? null : drawingLayout(events, entities, variant, language, t),
  );
  const reducedMotion = useReducedMotion();
  const helpId = useId();

  const dimmed = useSameSet(dimmedIds);
  // Search does not remake the items: the controller redraws only those whose muting changed.
  const spans = useMemo(() => eventTimes(events), [events]);
  const data = useMemo(
    () => toTimelineData(events, entities, lanes, language, t, undefined, spans),
    [events, entities, lanes, language, t, spans],
  );
  const bounds = useMemo(() => spanBounds(spans), [spans]);
  const times = useMemo(() => ({ story: denseBounds(spans.starts, spans.ends), sorted: sortTimes(spans.starts, spans.ends) }), [spans]);
  const requested = isUsableWindow(requestedWindow) ? requestedWindow : null;

  const handle = useTimelineController({
    variant,
    data,
    dimmed,
    bounds,
    times,
    events,
    selectedId,
    requested,
    reducedMotion,
    t,
    language,
    onSelect,
    onRangeChange,
    onReady,
    onDrawn: () => setDrawing(null),
  });
  const { controller, ready, shownWindow, regionRef, canvasRef } = handle;
  const { goTo, onKeyDown, onClick, onPointerDown } = useTimelineInput(handle);

  const changeLanes = (mode: LaneMode) => {
    if (lanesProp === undefined) setOwnLanes(mode);
    onLanesChange?.(mode);
  };

  const tl = t.timeline;
  const help = (
    <>
      <p className="tl-help" id={helpId}>
        {tl.keyboardHelp}
      </p>
      {variant === 'full' && <p className="tl-hint">{tl.wheelHint}</p>}
      <TimelineLegend />
    </>
  );
  // Behind the drawing, the announcements of the window drawn: the toolbar keeps its height at the handover.
  const announcedWindow = shownWindow ?? drawing?.window;
  const beyond = (direction: 'earlier' | 'later') =>
    announcedWindow && (
      <BeyondWindow
        direction={direction}
        times={times.sorted}
        window={announcedWindow}
        onGo={(window) => controller?.goTo(window)}
        width={() => controller?.width() ?? 0}
      />
    );
  return (
    <div className="tl-frame">
      {drawing && <TimelineDrawing layout={drawing} />}
      <div
        className="tl"
        data-variant={variant}
        data-reduced-motion={reducedMotion ? 'true' : undefined}
        data-behind-drawing={drawing ? 'true' : undefined}
      >
        <TimelineToolbar
          variant={variant}
          lanes={lanes}
          onLanesChange={changeLanes}
          onZoomIn={() => controller?.zoomBy(1 / ZOOM_STEP)}
          onZoomOut={() => controller?.zoomBy(ZOOM_STEP)}
          onFit={() => controller?.fit(true, 'user')}
          onFirst={() => goTo('first')}
          onLast={() => goTo('last')}
          help={help}
          start={beyond('earlier')}
          end={beyond('later')}
        />
        {events.length === 0 && <p className="tl-empty">{tl.empty}</p>}
        <div
          ref={regionRef}
          className="tl-region"
          role="region"
          aria-label={tl.regionLabel}
          aria-describedby={helpId}
          tabIndex={0}
          data-ready={ready ? 'true' : 'false'}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onPointerDownCapture={onPointerDown}
        >
          <div ref={canvasRef} className="tl-canvas" />
        </div>
      </div>
    </div>
  );
}
