/** TimelineView's keyboard, click and pointer handlers, and the toolbar's first/last steps. */
import { useRef, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { keyAction } from './keyboard';
import { firstAndLast, itemCentre } from './timeline-data';
import type { TimelineHandle } from './use-timeline-controller';

/** A click whose pointer moved further than this (px) since pointerdown was a drag, not a selection. */
const DRAG_THRESHOLD = 6;

export function useTimelineInput({ controller, regionRef, latest, centreOf }: TimelineHandle) {
  const pointerDownRef = useRef<{ x: number; y: number } | null>(null);

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

  return { goTo, onKeyDown, onClick, onPointerDown };
}
