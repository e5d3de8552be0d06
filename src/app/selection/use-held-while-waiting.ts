import { useEffect, useRef, useState } from 'react';

/** How long the list keeps what it showed while a search's first answer is on its way. */
export const HOLD_WHILE_WAITING_MS = 300;

/**
 * What to show while `waiting` (a search whose first answer is pending): for a moment, what the
 * last commit showed before (the whole list, when the search box was empty), as the list keeps the
 * previous answer while later keystrokes are answered. Emptied at once, the list flashed blank for
 * two frames at the first keystroke even when the answer came 10 ms later. An answer that takes
 * longer than `holdMs` gets `shown` (the empty list, with « Recherche… »). Nothing is held for a
 * page that has shown nothing yet (a ?q= link: it never lists events that do not match) nor across
 * `owner`s (another store's answer).
 */
export function useHeldWhileWaiting<T>(shown: T, waiting: boolean, owner: unknown, holdMs = HOLD_WHILE_WAITING_MS): T {
  const before = useRef<{ shown: T; owner: unknown } | null>(null);
  const [holding, setHolding] = useState(true);
  useEffect(() => {
    if (!waiting) {
      before.current = { shown, owner };
      setHolding(true);
      return;
    }
    const timer = setTimeout(() => setHolding(false), holdMs);
    return () => clearTimeout(timer);
  }, [waiting, shown, owner, holdMs]);
  const held = waiting && holding && before.current?.owner === owner ? before.current : null;
  return held ? held.shown : shown;
}
