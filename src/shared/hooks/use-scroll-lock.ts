import { useEffect } from 'react';

/** The page behind a full-viewport overlay must not scroll (nor show a second scroll bar). */
export function useScrollLock() {
  useEffect(() => {
    const { style } = document.documentElement;
    const previous = style.overflow;
    style.overflow = 'hidden';
    return () => {
      style.overflow = previous;
    };
  }, []);
}
