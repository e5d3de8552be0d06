import { useMemo } from 'react';
import type { AppLinks } from '../../shared/links';
import { linkState, serializeUrlState, type UrlState } from '../../shared/url/url-state';

/**
 * The app's links to an event, an article passage and home. They carry the view (search, filters,
 * language) but not the visible range, so they stay the same while the timeline pans and list
 * rows need not re-render.
 */
export function useAppLinks(state: UrlState): AppLinks {
  const linkBase = serializeUrlState(linkState(state));
  return useMemo<AppLinks>(() => {
    const base = linkState(state);
    const href = (change: Partial<UrlState>) => `${window.location.pathname}${serializeUrlState({ ...base, ...change })}`;
    return {
      event: (id) => href({ event: id, article: null, passage: null }),
      article: (id, passage) => href({ article: id, passage: passage ?? null }),
      home: () => href({ event: null, article: null, passage: null }),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the links depend on the serialized state only
  }, [linkBase]);
}
