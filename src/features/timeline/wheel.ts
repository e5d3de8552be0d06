/**
 * The mouse wheel over the timeline. vis-timeline never sees it, because a plain vertical wheel
 * must scroll the page, never be trapped by the timeline. Ctrl/⌘ + wheel (and a trackpad pinch,
 * which browsers send as Ctrl + wheel) zooms around the pointer; a horizontal swipe pans.
 */
import { zoomWindow, type TimeWindow } from './window-math';

export interface WheelInput {
  deltaX: number;
  deltaY: number;
  /** 0: pixels, 1: lines, 2: pages (WheelEvent.deltaMode). */
  deltaMode: number;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** What a wheel event does: nothing here (the page scrolls), or a new window. */
export type WheelOutcome = { kind: 'page' } | { kind: 'zoom' | 'pan'; window: TimeWindow };

const PIXELS_PER_UNIT = [1, 40, 800] as const;
/** One wheel event zooms at most by e^(200 × 0.004) ≈ 2.2. */
const MAX_DELTA = 200;
const ZOOM_RATE = 0.004;

/**
 * @param width   width of the drawing (px), to turn a horizontal swipe into time
 * @param pointer the time under the pointer, if known: the point a zoom keeps in place
 */
export function wheelOutcome(input: WheelInput, window: TimeWindow, width: number, pointer?: number): WheelOutcome {
  const unit = PIXELS_PER_UNIT[input.deltaMode as 0 | 1 | 2] ?? 1;
  if (input.ctrlKey || input.metaKey) {
    const delta = Math.max(-MAX_DELTA, Math.min(MAX_DELTA, input.deltaY * unit));
    return { kind: 'zoom', window: zoomWindow(window, Math.exp(delta * ZOOM_RATE), pointer) };
  }
  if (Math.abs(input.deltaX) > Math.abs(input.deltaY)) {
    const shift = ((input.deltaX * unit) / Math.max(1, width)) * (window.end - window.start);
    return { kind: 'pan', window: { start: window.start + shift, end: window.end + shift } };
  }
  return { kind: 'page' };
}

export interface WheelTarget {
  window(): TimeWindow;
  width(): number;
  timeAt(event: WheelEvent): number | undefined;
  apply(window: TimeWindow): void;
}

/**
 * Listen in the capture phase on `element` (the timeline's region), so vis-timeline's own wheel
 * handling never runs. Returns the function that stops listening.
 */
export function listenToWheel(element: HTMLElement, target: WheelTarget): () => void {
  const onWheel = (event: WheelEvent) => {
    event.stopPropagation();
    const outcome = wheelOutcome(event, target.window(), target.width(), event.ctrlKey || event.metaKey ? target.timeAt(event) : undefined);
    if (outcome.kind === 'page') return;
    event.preventDefault();
    target.apply(outcome.window);
  };
  element.addEventListener('wheel', onWheel, { capture: true, passive: false });
  return () => element.removeEventListener('wheel', onWheel, { capture: true });
}
