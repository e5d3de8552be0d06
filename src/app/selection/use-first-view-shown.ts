import { useCallback, useEffect, useState } from 'react';

/** After this long, the first view counts as shown even if the timeline never said so (it failed to load). */
const AT_THE_LATEST_MS = 10_000;

/**
 * Whether the first view is complete, for work that must not compete with it: the service
 * worker's install downloads every chunk of the app (about 400 KB gzip), which on a slow link
 * would share the bandwidth with the timeline's own chunk. A view with a timeline is complete once
 * the timeline calls `now` (its onReady); any other view at once.
 */
export function useFirstViewShown(waitsForTimeline: boolean): { shown: boolean; now: () => void } {
  const [shown, setShown] = useState(false);
  const now = useCallback(() => setShown(true), []);
  useEffect(() => {
    if (shown) return;
    if (!waitsForTimeline) {
      setShown(true);
      return;
    }
    const timer = setTimeout(() => setShown(true), AT_THE_LATEST_MS);
    return () => clearTimeout(timer);
  }, [shown, waitsForTimeline]);
  return { shown, now };
}
