/**
 * Build step: what makes the site shareable and findable, all read from the built store
 * (public/data/store.json) and the dictionary. In index.html: the title and description, the
 * canonical and hreflang links, the Open Graph / Twitter card, the schema.org JSON-LD and the
 * oEmbed link; in embed.html its title and oEmbed link (also in the dev server). In dist/: one
 * page per event and language (/e/<id>/, /e/<id>/en/) and the English collection page (/en/),
 * oembed.json, sitemap.xml and robots.txt. SITE_ORIGIN makes their URLs absolute.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { escapeHtml } from '../src/shared/html-escape';
import { dictionaries } from '../src/shared/i18n/dictionaries';
import { LANGUAGES, type Language } from '../src/shared/i18n/dictionary';
import { parseStore } from '../src/store/parse-store';
import { englishReason } from '../src/store/reasons';
import type { Store } from '../src/store/schema';
import { allCards, CARDS_MANIFEST, cardsManifest, collectionCard, collectionCardPath, eventCard } from './site/cards';
import { oembedJson, robotsTxt, sitemapXml } from './site/discovery-files';
import { collectionJsonLd, jsonLdScriptContent } from './site/json-ld';
import { pageHeadTags, type PageHead } from './site/page-head';
import { collectionHead, collectionPage, eventPage } from './site/share-pages';
import { siteUrl, type SiteOrigin } from './site/site-origin';

export function sitePlugin(root: string, origin: SiteOrigin): Plugin {
  const readStore = (): Store => {
    const result = parseStore(JSON.parse(readFileSync(resolve(root, 'public/data/store.json'), 'utf8')));
    if (!result.ok)
      throw new Error(`site: the built-in store is not valid (${result.problem}): ${result.details.map(englishReason).join('; ')}`);
    return result.store;
  };
  const missingCards: string[] = [];
  /** The card image, or the collection's while `npm run cards` has not made this one. */
  const image = (path: string, alt: string, language: Language): PageHead['image'] => {
    if (existsSync(resolve(root, 'public', `.${path}`))) return { path, alt };
    missingCards.push(path);
    return { path: collectionCardPath(language), alt };
  };
  const oembedLink = (title: string) =>
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(siteUrl(origin, '/oembed.json'))}" title="${escapeHtml(title)}" />`;

  return {
    name: 'chronique-site',
    configResolved(config) {
      if (config.command === 'build' && origin === null) {
        config.logger.warn(
          'SITE_ORIGIN is not set: the oEmbed answer, canonical and hreflang links, social cards and sitemap keep root-relative ' +
            'URLs, which link previews and search engines cannot resolve, and robots.txt names no sitemap. ' +
            'Set it to the origin the site is served from, e.g. SITE_ORIGIN=https://example.org npm run build.',
        );
      }
    },
    transformIndexHtml(html, context) {
      const page = resolve(context.filename);
      if (page !== resolve(root, 'index.html') && page !== resolve(root, 'embed.html')) return html;
      const store = readStore();
      const t = dictionaries.fr;
      const siteTitle = `${t.app.title} — ${store.title.fr}`;
      if (page === resolve(root, 'embed.html')) {
        return html.replace(
          /<title>[^<]*<\/title>/,
          `<title>${escapeHtml(t.embed.frameTitle(store.title.fr))}</title>\n    ${oembedLink(siteTitle)}`,
        );
      }
      const card = collectionCard(store, 'fr');
      const head = collectionHead(store, 'fr', image(card.path, card.alt, 'fr'));
      const tags = [
        `<meta name="description" content="${escapeHtml(head.description)}" />`,
        ...pageHeadTags(head, origin),
        oembedLink(siteTitle),
        `<script type="application/ld+json">${jsonLdScriptContent(collectionJsonLd(store, 'fr', origin))}</script>`,
      ];
      return html.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(head.title)}</title>\n    ${tags.join('\n    ')}`);
    },
    generateBundle() {
      const store = readStore();
      const emit = (fileName: string, source: string) => this.emitFile({ type: 'asset', fileName, source });
      for (const language of LANGUAGES) {
        if (language !== 'fr') {
          const card = collectionCard(store, language);
          const page = collectionPage(store, language, image(card.path, card.alt, language), origin);
          emit(`${page.path.slice(1)}index.html`, page.html);
        }
        for (const event of store.events) {
          const card = eventCard(store, event, language);
          const page = eventPage(store, event, language, image(card.path, card.alt, language), origin);
          emit(`${page.path.slice(1)}index.html`, page.html);
        }
      }
      emit('oembed.json', oembedJson(store, origin));
      emit('sitemap.xml', sitemapXml(store, origin));
      emit('robots.txt', robotsTxt(origin));
      const manifestFile = resolve(root, CARDS_MANIFEST);
      const made = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>) : {};
      const stale = Object.entries(cardsManifest(allCards(store))).filter(([path, fingerprint]) => made[path] !== fingerprint);
      if (stale.length > 0) {
        this.warn(
          `${stale.length} social card images do not show this store (${missingCards.length} missing, in their place the collection's): ` +
            'run npm run cards (it needs Chromium) and commit public/cards',
        );
      }
    },
  };
}
