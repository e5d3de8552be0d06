/**
 * TimelineView's effects: one TimelineController (vis-timeline) per variant, kept in step with the
 * props (data, muting, language, selection, a requested window). The view gives the values; the
 * controller reads the latest of them through `latest`, so its callbacks never see stale props.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Dictionary, Language } from '../../shared/i18n/dictionary';
import type { IdSet } from '../../store/masked-ids';
import type { StoreEvent } from '../../store/schema';
import { revealVertically } from './reveal';
import { TimelineController } from './timeline-controller';
import { itemCentre, type TimelineData } from './timeline-data';
import type { TimelineVariant } from './vis-options';
import { DEEP_LINK_SPAN, centredWindow, type SortedTimes, type TimeWindow } from './window-math';

/** How long a selection's centring animation runs before the page may scroll to the item (ms). */
const CENTRING_TIME = 350;

type Bounds = { min: number; max: number } | undefined;

export interface TimelineInputs {
  variant: TimelineVariant;
  data: TimelineData;
  dimmed: IdSet;
  bounds: Bounds;
  times: { story: Bounds; sorted: SortedTimes };
  events: readonly StoreEvent[];
  selectedId: string | null;
  /** The `window` prop, when usable. */
  requested: TimeWindow | null;
  reducedMotion: boolean;
  t: Dictionary;
  language: Language;
  onSelect: (eventId: string) => void;
  onRangeChange?: (window: TimeWindow, byUser: boolean) => void;
  onReady?: () => void;
  /** vis has drawn once: the drawing in front of it can go. */
  onDrawn: () => void;
}

export interface TimelineHandle {
  controller: TimelineController | null;
  ready: boolean;
  /** The window shown, once the timeline has drawn. */
  shownWindow: TimeWindow | null;
  regionRef: RefObject<HTMLDivElement | null>;
  canvasRef: RefObject<HTMLDivElement | null>;
  /** The latest inputs (for event handlers). */
  latest: RefObject<TimelineInputs>;
  /** The centre (ms) of an event of the latest `events`. */
  centreOf: (id: string) => number | undefined;
}

export function useTimelineController(inputs: TimelineInputs): TimelineHandle {
  const { variant, data, dimmed, bounds, times, selectedId, requested } = inputs;
  const [controller, setController] = useState<TimelineController | null>(null);
  const [ready, setReady] = useState(false);
  const [shownWindow, setShownWindow] = useState<TimeWindow | null>(null);
  const regionRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  /** The selected id the view was last centred on. */
  const centredRef = useRef<string | null>(null);
  /** The window shown when the variant changed, for the timeline that replaces it. */
  const carriedRef = useRef<TimeWindow | null>(null);
  /** The last requested window acted on ("start/end"). */
  const handledRef = useRef<string | null>(null);
  const latest = useRef(inputs);
  useLayoutEffect(() => {
    latest.current = inputs;
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

    // vis draws synchronously (three layout passes for its first draw): in a task of its own, not
    // in the one that runs the page's other effects, so that neither blocks input for as long.
    let created: TimelineController | null = null;
    const create = () => {
      const made: TimelineController = new TimelineController(canvas, region, {
        variant,
        language: initial.language,
        data: initial.data,
        dimmed: initial.dimmed,
        bounds: initial.bounds,
        storyBounds: initial.times.story,
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
          latest.current.onDrawn();
          exposeWindow(made.window());
          const id = latest.current.selectedId;
          if (id && variant === 'full') revealVertically(made.button(id), true);
          latest.current.onReady?.();
        },
        onRangeChanged: (window, byUser) => {
          exposeWindow(window);
          latest.current.onRangeChange?.(window, byUser);
        },
        onWidthChange: () => {
          const id = latest.current.selectedId;
          const centre = id === null ? undefined : centreOf(id);
          if (centre !== undefined) made.centreOn(centre, false, 'program');
        },
      });
      created = made;
      setController(made);
    };
    const timer = setTimeout(create, 0);
    return () => {
      clearTimeout(timer);
      const made = created as TimelineController | null;
      if (!made) return;
      if (made.windowSettled) carriedRef.current = made.window();
      made.destroy();
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
    controller?.setLanguage(inputs.language);
  }, [controller, inputs.language]);

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

  return { controller, ready, shownWindow, regionRef, canvasRef, latest, centreOf };
}
