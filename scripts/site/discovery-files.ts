/** The files that tell other sites about this one: oembed.json, sitemap.xml, robots.txt. */
import { embedSnippet } from '../../src/features/embed/embed-snippet';
import { EMBED_HEIGHT } from '../../src/shared/url/embed-params';
import { escapeHtml } from '../../src/shared/html-escape';
import { dictionaries } from '../../src/shared/i18n/dictionaries';
import { LANGUAGES } from '../../src/shared/i18n/dictionary';
import type { Store } from '../../src/store/schema';
import { collectionPath, eventPagePath } from './json-ld';
import { siteUrl, type SiteOrigin } from './site-origin';

export const OEMBED_WIDTH = 640;

/** The oEmbed answer (type "rich"): the default embed, in French, as the Share dialog writes it. */
export function oembedJson(store: Store, origin: SiteOrigin): string {
  const t = dictionaries.fr;
  const height = EMBED_HEIGHT.default;
  const answer = {
    version: '1.0',
    type: 'rich',
    provider_name: t.app.title,
    ...(origin === null ? {} : { provider_url: `${origin}/` }),
    title: `${t.app.title} — ${store.title.fr}`,
    html: embedSnippet({
      src: siteUrl(origin, `/embed.html?height=${height}`),
      loaderSrc: siteUrl(origin, '/embed-loader.js'),
      title: t.embed.frameTitle(store.title.fr),
      height,
    }),
    width: OEMBED_WIDTH,
    height,
    thumbnail_url: siteUrl(origin, '/cards/fr.png'),
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
  return `${JSON.stringify(answer, null, 2)}\n`;
}

/**
 * Every page that is meant to be found, each with its French and English alternates. The embed
 * is left out: it is marked noindex (it is the app's view made to be framed, not a page of its own).
 */
export function sitemapXml(store: Store, origin: SiteOrigin): string {
  const pairs = [
    { fr: collectionPath('fr'), en: collectionPath('en') },
    ...store.events.map((event) => ({ fr: eventPagePath(event.id, 'fr'), en: eventPagePath(event.id, 'en') })),
  ];
  const url = (path: string) => escapeHtml(siteUrl(origin, path));
  const entries = pairs.flatMap((pair) =>
    LANGUAGES.map(
      (language) =>
        `  <url>\n    <loc>${url(pair[language])}</loc>\n` +
        LANGUAGES.map((other) => `    <xhtml:link rel="alternate" hreflang="${other}" href="${url(pair[other])}"/>\n`).join('') +
        `    <xhtml:link rel="alternate" hreflang="x-default" href="${url(pair.fr)}"/>\n  </url>`,
    ),
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${entries.join('\n')}\n</urlset>\n`
  );
}

/** Everything may be crawled; the sitemap is named only when its absolute URL is known (the protocol requires one). */
export function robotsTxt(origin: SiteOrigin): string {
  return ['User-agent: *', 'Allow: /', ...(origin === null ? [] : ['', `Sitemap: ${origin}/sitemap.xml`]), ''].join('\n');
}
