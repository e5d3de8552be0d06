import { replaceEqualDeep } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseUrlState, serializeUrlState, type ParsedUrlState, type UrlState } from '../../shared/url/url-state';

const read = (): ParsedUrlState => parseUrlState(window.location.search);

/**
 * The view state lives in the URL. Navigating (a selection, a filter) pushes a history entry, so
 * Back/Forward move through them; typing a search or panning the timeline replaces the current
 * entry instead of flooding the history. Back/Forward re-read the URL.
 */
export function useUrlState() {
  const [parsed, setParsed] = useState(read);
  const current = useRef(parsed.state);
  current.current = parsed.state;

  useEffect(() => {
    const onPopState = () => setParsed(read());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const go = useCallback((url: URL, replace: boolean) => {
    const target = url.pathname + url.search + url.hash;
    if (target !== window.location.pathname + window.location.search + window.location.hash) {
      if (replace) window.history.replaceState(null, '', target);
      else window.history.pushState(null, '', target);
    }
    const next = parseUrlState(url.search);
    // Replacing (typing, panning) rewrites the URL without its bad parameters: keep telling the
    // reader what was ignored until they navigate somewhere else. What did not change keeps its
    // identity (a pan leaves `filters` the same object), so the selection is not recomputed.
    setParsed((previous) => {
      const state = replaceEqualDeep(previous.state, next.state);
      return replace ? { state, rejected: previous.rejected } : { ...next, state };
    });
  }, []);

  const navigate = useCallback(
    (href: string) => {
      const url = new URL(href, window.location.href);
      if (url.origin !== window.location.origin) window.location.assign(url.href);
      else go(url, false);
    },
    [go],
  );

  const hrefFor = useCallback(
    (state: Partial<UrlState>) => `${window.location.pathname}${serializeUrlState({ ...current.current, ...state })}`,
    // Links are rebuilt whenever the state they start from changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- current.current is read at call time
    [parsed.state],
  );

  const update = useCallback(
    (state: Partial<UrlState>, options: { replace?: boolean } = {}) => {
      go(
        new URL(`${window.location.pathname}${serializeUrlState({ ...current.current, ...state })}`, window.location.href),
        options.replace ?? false,
      );
    },
    [go],
  );

  return { ...parsed, navigate, hrefFor, update };
}
