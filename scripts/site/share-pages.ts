/**
 * The small pages made to be shared: one per event and language (/e/<id>/ in French,
 * /e/<id>/en/ in English) and the collection in English (/en/; index.html is the French one).
 * Static hosts cannot vary index.html by query string, so each page carries its own card and
 * links to the app view. Readers with JavaScript are sent on at once by /open-app.js, a
 * same-origin script (the CSP forbids inline ones); a meta refresh would do it without script,
 * but link-preview crawlers follow meta refreshes and would read the app's card instead of the
 * event's, so readers without JavaScript get the page itself and its link.
 */
import { escapeHtml } from '../../src/shared/html-escape';
import { formatEventDate } from '../../src/shared/format-date';
import { dictionaries } from '../../src/shared/i18n/dictionaries';
import type { Language } from '../../src/shared/i18n/dictionary';
import type { Store, StoreEvent } from '../../src/store/schema';
import { EMPTY_URL_STATE, serializeUrlState } from '../../src/shared/url/url-state';
import { collectionPath, eventPagePath } from './json-ld';
import { pageHeadTags, type PageHead } from './page-head';
import type { SiteOrigin } from './site-origin';

/** What these pages may do: show themselves and load the one script; the same policy is in public/_headers. */
export const SHARE_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

export interface SharePage {
  /** Path of the page; the file is this path + index.html. */
  path: string;
  html: string;
}

interface PageBody {
  kicker: string;
  heading: string;
  details: string[];
  summary: string;
  open: { href: string; label: string };
}

function sharePage(head: PageHead, body: PageBody, origin: SiteOrigin): string {
  const { language } = head;
  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8" />',
    `<meta http-equiv="Content-Security-Policy" content="${SHARE_PAGE_CSP}" />`,
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
    ...pageHeadTags(head, origin),
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />',
    '<link rel="stylesheet" href="/share-page.css" />',
    '<script src="/open-app.js" defer></script>',
    '</head>',
    '<body>',
    '<main>',
    `<p class="kicker">${escapeHtml(body.kicker)}</p>`,
    `<h1>${escapeHtml(body.heading)}</h1>`,
    ...body.details.map((detail) => `<p class="detail">${escapeHtml(detail)}</p>`),
    `<p>${escapeHtml(body.summary)}</p>`,
    `<p><a class="open" href="${escapeHtml(body.open.href)}" data-open-app="">${escapeHtml(body.open.label)}</a></p>`,
    // The card repeats the text above: nothing more to say to a screen reader.
    `<img src="${escapeHtml(head.image.path)}" alt="" width="600" height="315" />`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The app at this view, in this language (given explicitly: the reader's browser may prefer the other). */
export const appViewHref = (language: Language, event: string | null = null) =>
  `/${serializeUrlState({ ...EMPTY_URL_STATE, event, lang: language })}`;

export function collectionHead(store: Store, language: Language, image: PageHead['image']): PageHead {
  const t = dictionaries[language];
  return {
    language,
    title: `${store.title[language]} — ${t.app.title}`,
    description: t.sharing.description(store.title[language]),
    path: collectionPath(language),
    alternates: { fr: collectionPath('fr'), en: collectionPath('en') },
    image,
    siteName: t.app.title,
    type: 'website',
  };
}

export function collectionPage(store: Store, language: Language, image: PageHead['image'], origin: SiteOrigin): SharePage {
  const t = dictionaries[language];
  const head = collectionHead(store, language, image);
  const body: PageBody = {
    kicker: t.app.title,
    heading: store.title[language],
    details: [t.app.eventCount(store.events.length)],
    summary: t.sharing.sourced,
    open: { href: appViewHref(language), label: t.sharing.openCollection },
  };
  return { path: collectionPath(language), html: sharePage(head, body, origin) };
}

export function eventPage(store: Store, event: StoreEvent, language: Language, image: PageHead['image'], origin: SiteOrigin): SharePage {
  const t = dictionaries[language];
  const head: PageHead = {
    language,
    title: t.sharing.eventPageTitle(event.title[language], store.title[language]),
    description: event.summary[language],
    path: eventPagePath(event.id, language),
    alternates: { fr: eventPagePath(event.id, 'fr'), en: eventPagePath(event.id, 'en') },
    image,
    siteName: t.app.title,
    type: 'article',
  };
  const body: PageBody = {
    kicker: `${t.app.title} · ${store.title[language]}`,
    heading: event.title[language],
    details: [`${formatEventDate(event.date, language)} · ${t.event.dateFrom[event.date.from]}`],
    summary: event.summary[language],
    open: { href: appViewHref(language, event.id), label: t.sharing.openEvent },
  };
  return { path: head.path, html: sharePage(head, body, origin) };
}
