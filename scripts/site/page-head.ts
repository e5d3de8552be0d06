/**
 * The <head> tags that make a page of the site shareable and findable: its canonical address,
 * its French and English alternates, and its Open Graph / Twitter card. Every value is escaped.
 */
import { escapeHtml } from '../../src/shared/html-escape';
import type { Language } from '../../src/shared/i18n/dictionary';
import { siteUrl, type SiteOrigin } from './site-origin';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

const OG_LOCALE: Record<Language, string> = { fr: 'fr_FR', en: 'en_GB' };

export interface PageHead {
  language: Language;
  title: string;
  description: string;
  /** This page's path; the page in each language, by path. */
  path: string;
  alternates: Record<Language, string>;
  image: { path: string; alt: string };
  siteName: string;
  type: 'website' | 'article';
}

const meta = (attribute: 'name' | 'property', key: string, content: string) =>
  `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
const link = (attributes: Record<string, string>) =>
  `<link ${Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
    .join(' ')} />`;

export function pageHeadTags(head: PageHead, origin: SiteOrigin): string[] {
  const url = (path: string) => siteUrl(origin, path);
  const other: Language = head.language === 'fr' ? 'en' : 'fr';
  return [
    link({ rel: 'canonical', href: url(head.path) }),
    link({ rel: 'alternate', hreflang: 'fr', href: url(head.alternates.fr) }),
    link({ rel: 'alternate', hreflang: 'en', href: url(head.alternates.en) }),
    link({ rel: 'alternate', hreflang: 'x-default', href: url(head.alternates.fr) }),
    meta('property', 'og:type', head.type),
    meta('property', 'og:site_name', head.siteName),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', url(head.path)),
    meta('property', 'og:locale', OG_LOCALE[head.language]),
    meta('property', 'og:locale:alternate', OG_LOCALE[other]),
    meta('property', 'og:image', url(head.image.path)),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(CARD_SIZE.width)),
    meta('property', 'og:image:height', String(CARD_SIZE.height)),
    meta('property', 'og:image:alt', head.image.alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
    meta('name', 'twitter:image', url(head.image.path)),
    meta('name', 'twitter:image:alt', head.image.alt),
  ];
}
