import type { Language } from '../shared/i18n/dictionary';
import type { AppLinks } from '../shared/links';
import { serializeEmbedParams, type EmbedParams } from '../shared/url/embed-params';
import { EMPTY_URL_STATE, serializeUrlState, type UrlState } from '../shared/url/url-state';
import type { EmbedState } from './use-embed-state';

/**
 * The embed's links: events stay in the embed, articles and the full view open the app in a new
 * tab. `navigate` follows one of them (the NavigationProvider's handler).
 */
export function useEmbedLinks({ byId, query, filters, setSelected }: EmbedState, params: EmbedParams, language: Language) {
  const appHref = (change: Partial<UrlState>) =>
    `${new URL('./', window.location.href).pathname}${serializeUrlState({ ...EMPTY_URL_STATE, query, filters, lang: language, scheme: params.state.scheme, ...change })}`;
  const embedHref = (event: string | null) =>
    `${window.location.pathname}${serializeEmbedParams(
      { event, query, filters, range: null },
      { height: params.height, list: params.list, scheme: params.state.scheme ?? 'auto', lang: language },
    )}`;
  const links: AppLinks = {
    event: (id) => embedHref(id),
    article: (id, passage) => appHref({ article: id, passage: passage ?? null }),
    home: () => embedHref(null),
  };
  const navigate = (href: string) => {
    const url = new URL(href, window.location.href);
    if (url.pathname !== window.location.pathname) {
      window.open(url.href, '_blank', 'noopener,noreferrer');
      return;
    }
    const id = url.searchParams.get('event');
    setSelected({ id: id && byId.has(id) ? id : null, by: 'user' });
  };
  return { appHref, links, navigate };
}
