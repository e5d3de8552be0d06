import { useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/** Print media, where the browser can tell (jsdom cannot). */
const printQuery = (): Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'> =>
  typeof window.matchMedia === 'function'
    ? window.matchMedia('print')
    : { matches: false, addEventListener: () => {}, removeEventListener: () => {} };

/**
 * Mounts its children only while the page is being printed: the handout holds every selected event
 * in full, which for a store of thousands of events is millions of elements the screen never shows.
 * `beforeprint` (the print dialog, Ctrl+P) renders them synchronously, before the browser lays out
 * the printed page; a print media query (print emulation, PDF tools) does it too.
 */
export function WhenPrinting({ children }: { children: ReactNode }) {
  const [printing, setPrinting] = useState(() => printQuery().matches);
  useEffect(() => {
    const query = printQuery();
    const onMediaChange = () => setPrinting(query.matches);
    const beforePrint = () => flushSync(() => setPrinting(true));
    const afterPrint = () => setPrinting(query.matches);
    query.addEventListener('change', onMediaChange);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      query.removeEventListener('change', onMediaChange);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, []);
  return printing ? children : null;
}
