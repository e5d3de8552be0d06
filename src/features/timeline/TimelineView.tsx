/**
 * The zoomable timeline. vis-timeline is driven by TimelineController; this component owns the
 * React side: props and state, selection, keyboard, clicks, toolbar, legend.
 */
import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type JSX,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { useI18n } from '../../shared/i18n/language';
import type { IdSet } from '../../store/masked-ids';
import type { Entities, StoreEvent } from '../../store/schema';
import { keyAction, ZOOM_STEP } from './keyboard';
import { revealVertically } from './reveal';
import { TimelineController } from './timeline-controller';
import { BeyondWindow } from './BeyondWindow';
import { eventTimes, firstAndLast, itemCentre, timeBounds, toTimelineData, type LaneMode } from './timeline-data';
import { drawingLayout } from './drawing-layout';
import { TimelineDrawing } from './TimelineDrawing';
import { TimelineLegend } from './TimelineLegend';
import { TimelineToolbar } from './TimelineToolbar';
import { useReducedMotion } from '../../shared/hooks/use-reduced-motion';
import { sameMembers } from './visible-items';
import type { TimelineVariant } from './vis-options';
import { DEEP_LINK_SPAN, centredWindow, denseBounds, isUsableWindow, sortTimes, type TimeWindow } from './window-math';
import './timeline.css';
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

/** A click whose pointer moved further than this (px) since pointerdown was a drag, not a selection. */
const DRAG_THRESHOLD = 6;
/** How long a selection's centring animation runs before the page may scroll to the item (ms). */
const CENTRING_TIME = 350;

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
  const [shownWindow, setShownWindow] = useState<TimeWindow | null>(null);
  const lanes = lanesProp ?? ownLanes;
  const [controller, setController] = useState<TimelineController | null>(null);
  const [ready, setReady] = useState(false);
  // The default view's drawing stays in place, the live timeline laid out unseen behind it, until
  // vis has drawn once: then they swap, the same size in the same place (nothing in it takes focus).
  const [drawing, setDrawing] = useState(() =>
    requestedWindow || selectedId ? null : drawingLayout(events, entities, variant, language, t),
  );
  const reducedMotion = useReducedMotion();
  const helpId = useId();

  const dimmed = useSameSet(dimmedIds);
  // Search does not remake the items: the controller redraws only those whose muting changed.
  const data = useMemo(() => toTimelineData(events, entities, lanes, language, t), [events, entities, lanes, language, t]);
  const bounds = useMemo(() => timeBounds(events), [events]);
  const times = useMemo(() => {
    const { starts, ends } = eventTimes(events);
    return { story: denseBounds(starts, ends), sorted: sortTimes(starts, ends) };
  }, [events]);
  const requested = isUsableWindow(requestedWindow) ? requestedWindow : null;

  const regionRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  /** The selected id the view was last centred on. */
  const centredRef = useRef<string | null>(null);
  /** The window shown when the variant changed, for the timeline that replaces it. */
  const carriedRef = useRef<TimeWindow | null>(null);
  const pointerDownRef = useRef<{ x: number; y: number } | null>(null);
  /** The last requested window acted on ("start/end"). */
  const handledRef = useRef<string | null>(null);
  const latest = useRef({
    data,
    dimmed,
    bounds,
    story: times.story,
    events,
    selectedId,
    onSelect,
    onRangeChange,
    onReady,
    reducedMotion,
    t,
    language,
    requested,
  });
  useLayoutEffect(() => {
    latest.current = {
      data,
      dimmed,
      bounds,
      story: times.story,
      events,
      selectedId,
      onSelect,
      onRangeChange,
      onReady,
      reducedMotion,
      t,
      language,
      requested,
    };
  });

  const centreOf = (id: string): number | undefined => {
    const event = latest.current.events.find((candidate) => candidate.id === id);
    return event ? itemCentre(event.date) : undefined;
  };

  /** The shown window as attributes of the region: a hook for browser tests. */
  const exposeWindow = (window: TimeWindow) => {
    setShownWindow(window);
    regionRef.current?.setAttribute('data-window-start', String(Math.round(window.start)));
    regionRef.current?.setAttribute('data-window-end', String(Math.round(window.end)));
  };

  // --- one vis-timeline per variant (a phone's strip and the full view differ in too much) ------
  useEffect(() => {
    const canvas = canvasRef.current;
    const region = regionRef.current;
    if (!canvas || !region) return;
    const initial = latest.current;
    // The first window: the one shown before a variant change, else the requested one, else the
    // selected event's year (a shared link), else every event (after the first draw).
    let initialWindow = carriedRef.current ?? initial.requested ?? undefined;
    if (!carriedRef.current && initial.selectedId) {
      const centre = centreOf(initial.selectedId);
      if (centre !== undefined) {
        initialWindow ??= centredWindow(centre, DEEP_LINK_SPAN);
        centredRef.current = initial.selectedId;
      }
    }
    carriedRef.current = null;

    const created: TimelineController = new TimelineController(canvas, region, {
      variant,
      language: initial.language,
      data: initial.data,
      dimmed: initial.dimmed,
      bounds: initial.bounds,
      storyBounds: initial.story,
      initialWindow,
      state: () => ({
        selectedId: latest.current.selectedId,
        reducedMotion: latest.current.reducedMotion,
        announcedText: latest.current.t.event.announced,
        language: latest.current.language,
        t: latest.current.t,
      }),
      onReady: () => {
        setReady(true);
        setDrawing(null);
        exposeWindow(created.window());
        const id = latest.current.selectedId;
        if (id && variant === 'full') revealVertically(created.button(id), true);
        latest.current.onReady?.();
      },
      onRangeChanged: (window, byUser) => {
        exposeWindow(window);
        latest.current.onRangeChange?.(window, byUser);
      },
      onWidthChange: () => {
        const id = latest.current.selectedId;
        const centre = id === null ? undefined : centreOf(id);
        if (centre !== undefined) created.centreOn(centre, false, 'program');
      },
    });
    setController(created);
    return () => {
      if (created.windowSettled) carriedRef.current = created.window();
      created.destroy();
      setController(null);
      setReady(false);
    };
    // Later changes of data, language, selection and window go through the effects below.
  }, [variant]);

  // --- data: events, language, lanes or search update the data sets, not the timeline ----------
  useEffect(() => {
    controller?.setData(data, bounds, times.story);
  }, [controller, data, bounds, times]);

  useEffect(() => {
    controller?.setDimmed(dimmed);
  }, [controller, dimmed]);

  useEffect(() => {
    controller?.setLanguage(language);
  }, [controller, language]);

  // --- selection: mark the item, centre it when it changes, keep it out from under overlays -----
  useEffect(() => {
    if (!controller) return;
    const known = controller.markSelected(selectedId);
    if (selectedId === centredRef.current) return;
    centredRef.current = selectedId;
    const centre = known && selectedId !== null ? centreOf(selectedId) : undefined;
    if (selectedId === null || centre === undefined) return;
    controller.centreOn(centre, true, 'program');
    // On a phone the strip is not where the reader is (the list is): never scroll the page to it.
    if (variant !== 'full') return;
    const motion = latest.current.reducedMotion;
    const timer = window.setTimeout(() => revealVertically(controller.button(selectedId), motion), motion ? 0 : CENTRING_TIME);
    return () => window.clearTimeout(timer);
  }, [controller, selectedId, data, variant]);

  // --- a requested window, by value; after the selection, so that a restored view wins ----------
  const requestedStart = requested?.start;
  const requestedEnd = requested?.end;
  useEffect(() => {
    if (requestedStart === undefined || requestedEnd === undefined) {
      handledRef.current = null;
      return;
    }
    const key = `${requestedStart}/${requestedEnd}`;
    // Not again for a new timeline (variant change): the value has not changed.
    if (!controller || handledRef.current === key) return;
    handledRef.current = key;
    controller.request({ start: requestedStart, end: requestedEnd });
  }, [controller, requestedStart, requestedEnd]);

  // --- toolbar, keyboard, clicks -----------------------------------------------------------------
  const goTo = (which: 'first' | 'last') => {
    const ends = firstAndLast(latest.current.events);
    if (ends) controller?.centreOn(itemCentre(ends[which].date), true, 'user');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const action = keyAction(event.key, event);
    if (!action) return;
    event.preventDefault();
    const target = event.target as Element;
    const onItem = target.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null;
    const onCluster = target.closest('[data-cluster-id]')?.getAttribute('data-cluster-id') ?? null;
    if (action.kind === 'zoom') {
      const cluster = onCluster === null ? undefined : controller?.cluster(onCluster);
      const around = onItem !== null ? centreOf(onItem) : cluster ? (cluster.start + cluster.end) / 2 : undefined;
      controller?.zoomBy(action.factor, around);
      return;
    }
    // The focused item may scroll out of view (vis then detaches it): keep focus in the region.
    if (onItem !== null || onCluster !== null) regionRef.current?.focus({ preventScroll: true });
    if (action.kind === 'pan') controller?.pan(action.fraction);
    else goTo(action.to);
  };

  // One path for every activation: the DOM click (mouse, tap, or Enter/Space on the button);
  // vis-timeline's own selection is off (selectable: false), so nothing fires twice.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!controller) return;
    const down = pointerDownRef.current;
    if (event.detail > 0 && down && Math.hypot(event.clientX - down.x, event.clientY - down.y) > DRAG_THRESHOLD) return;
    const target = event.target as Element;
    let id =
      target.closest('[data-event-id]')?.getAttribute('data-event-id') ??
      target.closest('[data-cluster-id]')?.getAttribute('data-cluster-id') ??
      null;
    if (id === null && target.closest('.vis-item')) id = controller.itemAt(event.nativeEvent);
    if (id === null) return;
    if (controller.cluster(id)) {
      // The cluster goes once its events show: keep focus in the timeline, whose keys still work.
      regionRef.current?.focus({ preventScroll: true });
      controller.openCluster(id);
      return;
    }
    latest.current.onSelect(id);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    pointerDownRef.current = { x: event.clientX, y: event.clientY };
  };

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
