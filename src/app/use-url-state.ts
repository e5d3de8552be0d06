import { useCallback, useEffect, useState } from 'react';
import { parseUrlState, serializeUrlState, type ParsedUrlState, type UrlState } from './url-state';

const read = (): ParsedUrlState => parseUrlState(window.location.search);

/**
 * The view state lives in the URL: navigating pushes a history entry (so Back/Forward move through
 * selections), and Back/Forward re-read it.
 */
export function useUrlState() {
  const [parsed, setParsed] = useState(read);

  useEffect(() => {
    const onPopState = () => setParsed(read());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((href: string) => {
    const url = new URL(href, window.location.href);
    if (url.origin !== window.location.origin) {
      window.location.assign(url.href);
      return;
    }
    if (url.pathname + url.search !== window.location.pathname + window.location.search) {
      window.history.pushState(null, '', url.pathname + url.search + url.hash);
    }
    setParsed(parseUrlState(url.search));
  }, []);

  const hrefFor = useCallback(
    (state: Partial<UrlState>) => `${window.location.pathname}${serializeUrlState({ ...parsed.state, ...state })}`,
    [parsed.state],
  );

  return { ...parsed, navigate, hrefFor };
}
