import type { JSX } from 'react';
import { useI18n } from '../../shared/i18n/language';
import { outside, windowReaching, type SortedTimes, type TimeWindow } from './window-math';

/**
 * "← 1 earlier event": the events wholly outside the window on one side, announced, and a button
 * that brings the nearest of them into view. Nothing when there are none.
 */
export function BeyondWindow({
  direction,
  times,
  window,
  onGo,
  width,
}: {
  direction: 'earlier' | 'later';
  times: SortedTimes;
  window: TimeWindow;
  onGo: (window: TimeWindow) => void;
  width: () => number;
}): JSX.Element | null {
  const { t } = useI18n();
  const beyond = outside(times, window);
  const count = direction === 'earlier' ? beyond.before : beyond.after;
  const time = direction === 'earlier' ? beyond.previous : beyond.next;
  if (count === 0 || time === undefined) return null;
  return (
    <button
      type="button"
      className="tl-beyond"
      data-beyond={direction}
      aria-label={direction === 'earlier' ? t.timeline.earlierName(count) : t.timeline.laterName(count)}
      onClick={() => onGo(windowReaching(window, time, direction, width()))}
    >
      {direction === 'earlier' ? t.timeline.earlier(count) : t.timeline.later(count)}
    </button>
  );
}
