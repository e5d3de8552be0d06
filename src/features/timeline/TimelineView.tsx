/**
 * The zoomable timeline: the one place that wraps vis-timeline. vis draws and handles drag and
 * pinch; this component owns everything else: item content (DOM buttons, never HTML strings),
 * selection, keyboard, toolbar, the mouse wheel (which must never trap page scrolling), locale.
 */
import moment, { type MomentInput } from 'moment';
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
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineAnimationOptions, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { useI18n } from '../../shared/i18n/language';
import type { Entities, StoreEvent } from '../../store/schema';
import { axisFormat } from './axis-labels';
import { laneLabel, syncEventButton } from './event-button';
import { TimelineLegend } from './TimelineLegend';
import {
  LANE_MODES,
  firstAndLast,
  itemCentre,
  timeBounds,
  toTimelineData,
  type LaneMode,
  type TimelineGroupData,
  type TimelineItemData,
} from './timeline-data';
import { useReducedMotion } from './use-reduced-motion';
import './timeline.css';

export interface TimelineViewProps {
  /** Chronological, from the store. */
  events: readonly StoreEvent[];
  entities: Entities;
  selectedId: string | null;
  /** Called on click, tap, or Enter/Space on an item; never for empty timeline space. */
  onSelect: (eventId: string) => void;
}

const DAY = 86_400_000;
const ZOOM_MIN = 10 * DAY;
const ZOOM_MAX = 15 * 365 * DAY;
/** Width of the first view when the page opens on a selected event. */
const DEEP_LINK_SPAN = 365 * DAY;
/** A click whose pointer moved further than this (px) since pointerdown was a drag, not a selection. */
const DRAG_THRESHOLD = 6;
/** Room kept right of the last date for its label (px), at most 40 % of the width. */
const LABEL_ROOM = 220;
const ANIMATION = { duration: 300, easingFunction: 'easeInOutQuad' } as const;

/** vis-timeline lays out and labels in UTC, so an ISO day is never shifted by the time zone. */
const utcMoment = (input?: MomentInput) => moment(input).utc();

export function TimelineView({ events, entities, selectedId, onSelect }: TimelineViewProps): JSX.Element {
  const { language, t } = useI18n();
  const [lanes, setLanes] = useState<LaneMode>('theme');
  const [ready, setReady] = useState(false);
  const reducedMotion = useReducedMotion();
  const helpId = useId();
  const lanesName = useId();

  const data = useMemo(
    () => toTimelineData(events, entities, lanes, language, t),
    [events, entities, lanes, language, t],
  );

  const regionRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const dataSetsRef = useRef<{ items: DataSet<TimelineItemData>; groups: DataSet<TimelineGroupData> } | null>(null);
  /** One button per event id, reused on every redraw (see event-button.ts). */
  const buttonsRef = useRef(new Map<string, HTMLButtonElement>());
  /** The selected id the view was last centred on. */
  const centredRef = useRef<string | null>(null);
  const pointerDownRef = useRef<{ x: number; y: number } | null>(null);
  const targetRef = useRef<{ start: number; end: number; until: number } | null>(null);
  const latest = useRef({ data, events, selectedId, onSelect, reducedMotion, t });
  useLayoutEffect(() => {
    latest.current = { data, events, selectedId, onSelect, reducedMotion, t };
  });

  const animation = (): TimelineAnimationOptions['animation'] => (latest.current.reducedMotion ? false : ANIMATION);

  const centreOf = (id: string): number | undefined => {
    const event = latest.current.events.find((candidate) => candidate.id === id);
    return event ? itemCentre(event.date) : undefined;
  };

  const centreOn = (id: string, animate: boolean) => {
    const centre = centreOf(id);
    if (centre !== undefined) timelineRef.current?.moveTo(centre, { animation: animate ? animation() : false });
  };

  /**
   * Show every event. Not vis-timeline's fit(), which measures labels before they are drawn: the
   * last events' labels extend to the right of their date, so keep room for one label there.
   */
  const fitAll = (animate: boolean) => {
    const timeline = timelineRef.current;
    const bounds = timeBounds(latest.current.events);
    if (!timeline || !bounds) return;
    const centre = canvasRef.current?.querySelector('.vis-panel.vis-center');
    const width = centre?.clientWidth || canvasRef.current?.clientWidth || 800;
    const labelRoom = Math.min(LABEL_ROOM, width * 0.4);
    const edge = 12;
    const perPixel = Math.max(DAY, bounds.max - bounds.min) / Math.max(1, width - labelRoom - 2 * edge);
    timeline.setWindow(bounds.min - edge * perPixel, bounds.max + (labelRoom + edge) * perPixel, {
      animation: animate ? animation() : false,
    });
  };

  // --- create vis-timeline once; StrictMode's mount/unmount/mount destroys and recreates it -----
  useEffect(() => {
    const canvas = canvasRef.current;
    const region = regionRef.current;
    if (!canvas || !region) return;
    const buttons = buttonsRef.current;
    const initial = latest.current;
    const items = new DataSet<TimelineItemData>(initial.data.items);
    const groups = new DataSet<TimelineGroupData>(initial.data.groups);

    const bounds = timeBounds(initial.events);
    const options: TimelineOptions = {
      moment: utcMoment,
      format: axisFormat(language),
      orientation: { axis: 'top', item: 'top' },
      stack: true,
      selectable: false,
      editable: false,
      moveable: true,
      zoomable: true,
      zoomKey: 'ctrlKey',
      horizontalScroll: false,
      verticalScroll: false,
      zoomMin: ZOOM_MIN,
      zoomMax: ZOOM_MAX,
      groupOrder: 'order',
      showCurrentTime: false,
      showTooltips: false,
      margin: { axis: 8, item: { horizontal: 6, vertical: 6 } },
      xss: { disabled: false },
      template: (item?: TimelineItemData) => {
        if (!item) return '';
        const button = buttons.get(item.id) ?? document.createElement('button');
        buttons.set(item.id, button);
        return syncEventButton(button, item, { announced: latest.current.t.event.announced }, latest.current.selectedId === item.id);
      },
      groupTemplate: (group?: TimelineGroupData) => (group ? laneLabel(group.label) : ''),
      onInitialDrawComplete: () => {
        if (timelineRef.current !== timeline) return;
        // vis fits the window before its first draw is marked done (labels not yet measured) and
        // does not redraw for that range change: fit again (or just redraw on a deep link), then
        // say we are ready once vis has drawn (rAF callbacks run in order).
        if (deepLinked === undefined) fitAll(false);
        timeline.redraw();
        requestAnimationFrame(() => {
          if (timelineRef.current !== timeline) return;
          setReady(true);
          const id = latest.current.selectedId;
          if (id) revealVertically(buttons.get(id), true);
        });
      },
    };
    if (bounds) {
      const margin = Math.max(2 * 365 * DAY, (bounds.max - bounds.min) * 0.5);
      options.min = new Date(bounds.min - margin);
      options.max = new Date(bounds.max + margin);
    }
    const deepLinked = initial.selectedId ? centreOf(initial.selectedId) : undefined;
    if (deepLinked !== undefined) {
      options.start = new Date(deepLinked - DEEP_LINK_SPAN / 2);
      options.end = new Date(deepLinked + DEEP_LINK_SPAN / 2);
      centredRef.current = initial.selectedId;
    }

    const timeline = new Timeline(canvas, items, groups, options);
    timelineRef.current = timeline;
    dataSetsRef.current = { items, groups };
    // A drag or pinch replaces any window a toolbar step was heading for.
    timeline.on('rangechange', (properties?: { byUser?: boolean }) => {
      if (properties?.byUser) targetRef.current = null;
    });
    // The axis repeats what each item's accessible name already says: hide it from assistive tech.
    for (const axis of canvas.querySelectorAll('.vis-time-axis')) axis.setAttribute('aria-hidden', 'true');

    // The wheel: vis never sees it. Plain vertical wheel scrolls the page; Ctrl/⌘ + wheel (and
    // a trackpad pinch, which browsers send as Ctrl + wheel) zooms around the pointer; a
    // horizontal swipe pans.
    const onWheel = (event: WheelEvent) => {
      event.stopPropagation();
      targetRef.current = null;
      const unit = event.deltaMode === 1 ? 40 : event.deltaMode === 2 ? 800 : 1;
      const window_ = timeline.getWindow();
      const start = window_.start.valueOf();
      const end = window_.end.valueOf();
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        const delta = Math.max(-200, Math.min(200, event.deltaY * unit));
        const factor = Math.exp(delta * 0.004);
        const pointer = timeline.getEventProperties(event).time?.valueOf();
        const around = pointer === undefined ? (start + end) / 2 : Math.max(start, Math.min(end, pointer));
        timeline.setWindow(around - (around - start) * factor, around + (end - around) * factor, { animation: false });
        return;
      }
      if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        event.preventDefault();
        const shift = ((event.deltaX * unit) / Math.max(1, canvas.clientWidth)) * (end - start);
        timeline.setWindow(start + shift, end + shift, { animation: false });
      }
    };
    region.addEventListener('wheel', onWheel, { capture: true, passive: false });

    // The detail panel opening beside the timeline narrows it: keep the selected event in view.
    let lastWidth = canvas.clientWidth;
    let frame = 0;
    const resizeObserver =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(() => {
            if (canvas.clientWidth === lastWidth) return;
            lastWidth = canvas.clientWidth;
            cancelAnimationFrame(frame);
            frame = requestAnimationFrame(() => {
              timeline.redraw();
              const id = latest.current.selectedId;
              if (id) centreOn(id, false);
            });
          });
    resizeObserver?.observe(canvas);

    return () => {
      resizeObserver?.disconnect();
      cancelAnimationFrame(frame);
      region.removeEventListener('wheel', onWheel, { capture: true });
      timeline.destroy();
      timelineRef.current = null;
      dataSetsRef.current = null;
      buttons.clear();
      setReady(false);
    };
    // Created once; later changes of data, language and selection go through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // --- data: new events, language or lanes update the data sets, not the timeline ---------------
  useEffect(() => {
    const sets = dataSetsRef.current;
    if (!sets) return;
    const next = new Map(data.items.map((item) => [item.id, item]));
    // An item that loses its end (range → point) is replaced, since update() merges fields.
    const stale = sets.items.get().filter((item) => !next.has(item.id) || (item.end !== undefined && next.get(item.id)?.end === undefined));
    sets.items.remove(stale.map((item) => item.id));
    sets.groups.update(data.groups);
    sets.items.update(data.items);
    const groupIds = new Set(data.groups.map((group) => group.id));
    sets.groups.remove(sets.groups.getIds().filter((id) => !groupIds.has(String(id))));
    for (const id of [...buttonsRef.current.keys()]) if (!next.has(id)) buttonsRef.current.delete(id);
  }, [data]);

  useEffect(() => {
    timelineRef.current?.setOptions({ format: axisFormat(language) });
  }, [language]);

  // --- selection: mark the item, centre it when it changes, keep it out from under overlays -----
  useEffect(() => {
    const timeline = timelineRef.current;
    const sets = dataSetsRef.current;
    if (!timeline || !sets) return;
    const known = selectedId !== null && sets.items.get(selectedId) !== null;
    for (const [id, button] of buttonsRef.current) {
      if (id === selectedId) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
    timeline.setSelection(known ? [selectedId] : []);
    if (selectedId === centredRef.current) return;
    centredRef.current = selectedId;
    if (!known) return;
    centreOn(selectedId, true);
    const timer = window.setTimeout(() => revealVertically(buttonsRef.current.get(selectedId), latest.current.reducedMotion), latest.current.reducedMotion ? 0 : ANIMATION.duration + 50);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, data]);

  // --- toolbar and keyboard ---------------------------------------------------------------------
  /**
   * The window to start from: while an animated step runs, its target, so that quick repeated
   * presses add up instead of restarting from a window still in motion.
   */
  const baseWindow = (timeline: Timeline): [number, number] => {
    const target = targetRef.current;
    if (target && performance.now() < target.until) return [target.start, target.end];
    const { start, end } = timeline.getWindow();
    return [start.valueOf(), end.valueOf()];
  };
  const setWindow = (timeline: Timeline, start: number, end: number) => {
    const animate = animation();
    targetRef.current = animate ? { start, end, until: performance.now() + ANIMATION.duration } : null;
    timeline.setWindow(start, end, { animation: animate });
  };
  const zoomBy = (factor: number, around?: number) => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const [s, e] = baseWindow(timeline);
    const centre = around ?? (s + e) / 2;
    const span = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, (e - s) * factor));
    const ratio = (centre - s) / (e - s);
    setWindow(timeline, centre - span * ratio, centre + span * (1 - ratio));
  };
  const pan = (direction: -1 | 1) => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const [s, e] = baseWindow(timeline);
    const shift = (e - s) * 0.25 * direction;
    setWindow(timeline, s + shift, e + shift);
  };
  const goTo = (which: 'first' | 'last') => {
    const ends = firstAndLast(latest.current.events);
    if (ends) centreOn(ends[which].id, true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const onItem = (event.target as Element).closest('[data-event-id]')?.getAttribute('data-event-id') ?? null;
    const around = onItem === null ? undefined : centreOf(onItem);
    switch (event.key) {
      case '+':
      case '=':
        zoomBy(0.5, around);
        break;
      case '-':
      case '_':
      case '−':
        zoomBy(2, around);
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'Home':
      case 'End':
        // The focused item may scroll out of view (vis then detaches it): keep focus in the region.
        if (onItem !== null) regionRef.current?.focus({ preventScroll: true });
        if (event.key === 'ArrowLeft') pan(-1);
        else if (event.key === 'ArrowRight') pan(1);
        else goTo(event.key === 'Home' ? 'first' : 'last');
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  // One path for every activation: the DOM click (mouse, tap, or Enter/Space on the button);
  // vis-timeline's own selection is off (selectable: false), so nothing fires twice.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const down = pointerDownRef.current;
    if (event.detail > 0 && down && Math.hypot(event.clientX - down.x, event.clientY - down.y) > DRAG_THRESHOLD) return;
    const target = event.target as Element;
    let id = target.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null;
    if (id === null && target.closest('.vis-item')) {
      const item = timeline.getEventProperties(event.nativeEvent).item;
      id = item === null || item === undefined ? null : String(item);
    }
    if (id !== null) latest.current.onSelect(id);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    pointerDownRef.current = { x: event.clientX, y: event.clientY };
  };

  const tl = t.timeline;
  return (
    <div className="tl" data-reduced-motion={reducedMotion ? 'true' : undefined}>
      <div className="tl-toolbar" role="group" aria-label={tl.controls}>
        <div className="tl-buttons">
          <ToolbarButton symbol="+" text={tl.zoomIn} onClick={() => zoomBy(0.5)} />
          <ToolbarButton symbol="−" text={tl.zoomOut} onClick={() => zoomBy(2)} />
          <ToolbarButton symbol="↔" text={tl.fit} onClick={() => fitAll(true)} />
          <ToolbarButton symbol="⇤" text={tl.first} onClick={() => goTo('first')} />
          <ToolbarButton symbol="⇥" text={tl.last} onClick={() => goTo('last')} />
        </div>
        <fieldset className="tl-lanes">
          <legend>{tl.lanes}</legend>
          {LANE_MODES.map((mode) => (
            <label key={mode}>
              <input type="radio" name={lanesName} value={mode} checked={lanes === mode} onChange={() => setLanes(mode)} />
              {mode === 'theme' ? tl.byTheme : tl.byKind}
            </label>
          ))}
        </fieldset>
        <p className="tl-hint">{tl.wheelHint}</p>
      </div>
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
      <p className="tl-help" id={helpId}>
        {tl.keyboardHelp}
      </p>
      <TimelineLegend />
    </div>
  );
}

/** A toolbar button: a symbol (decorative) and words, which are its accessible name. */
function ToolbarButton({ symbol, text, onClick }: { symbol: string; text: string; onClick: () => void }) {
  return (
    <button type="button" aria-label={text} title={text} onClick={onClick}>
      <span className="tl-button-symbol" aria-hidden="true">
        {symbol}
      </span>{' '}
      <span className="tl-button-text">{text}</span>
    </button>
  );
}

/**
 * If the selected item is off screen or covered (e.g. by a bottom sheet that just opened), scroll
 * the page so it sits in the upper part of the viewport. The page only: never the vis panels.
 */
function revealVertically(button: HTMLElement | undefined, reducedMotion: boolean) {
  if (!button?.isConnected) return;
  const rect = button.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return;
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (x < 0 || x >= window.innerWidth) return;
  const covered = y < 0 || y >= window.innerHeight || !button.contains(document.elementFromPoint(x, y));
  if (covered) window.scrollBy({ top: rect.top - window.innerHeight * 0.2, behavior: reducedMotion ? 'auto' : 'smooth' });
}
