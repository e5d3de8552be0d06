/**
 * The default view as static HTML, written into index.html at build time so that the chronology
 * paints before any JavaScript runs (and reads without it). Pure: no DOM, no React. It mirrors what
 * the app renders for the same view (same classes, same texts) so that the app can replace it on
 * its first commit without a visible change; the parts that need JavaScript (search, filters,
 * timeline, colour scheme) are left out. Every text from the store is escaped.
 */
import { groupKey, groupLabel, startsGroup } from '../../features/chronology/month-groups';
import { escapeHtml } from '../../shared/html-escape';
import { formatEventDate } from '../../shared/format-date';
import { dictionaries } from '../../shared/i18n/dictionaries';
import type { Language } from '../../shared/i18n/dictionary';
import type { Store, StoreEvent } from '../../store/schema';
import { EMPTY_URL_STATE, serializeUrlState } from '../../shared/url/url-state';
import { PRERENDERED_ATTRIBUTE } from './prerendered-view';

const text = escapeHtml;

function row(event: StoreEvent, index: number, events: readonly StoreEvent[], store: Store, language: Language, base: string): string {
  const t = dictionaries[language];
  const titleId = `pre-${language}-title-${index}`;
  const dateId = `pre-${language}-date-${index}`;
  const quote = event.evidence[0];
  const source = quote ? store.articles.find((article) => article.id === quote.article) : undefined;
  const heading = startsGroup(events, index) ? `<h3 class="chrono-month">${text(groupLabel(groupKey(event), language))}</h3>` : '';
  const badge = event.status === 'announced' ? ` <span class="chrono-badge">${text(t.event.announced)}</span>` : '';
  const href = `${base}${serializeUrlState({ ...EMPTY_URL_STATE, event: event.id })}`;
  const figure = quote
    ? `<figure class="chrono-quote"><blockquote lang="${text(source?.language ?? 'fr')}"><p>${text(quote.exact)}</p></blockquote>` +
      (source
        ? `<figcaption>${text(t.chronology.quoteSource)} <cite lang="${text(source.language)}">${text(source.title)}</cite></figcaption>`
        : '') +
      `</figure>`
    : '';
  return (
    `<article class="chrono-row" aria-labelledby="${titleId}" aria-describedby="${dateId}">${heading}` +
    `<div class="chrono-card" data-from="${text(event.date.from)}">` +
    `<p class="chrono-date" id="${dateId}"><span class="chrono-when">${text(formatEventDate(event.date, language))}</span> ` +
    `<span class="chrono-certainty"><span class="chrono-swatch" aria-hidden="true"></span>${text(t.event.dateFrom[event.date.from])}</span>${badge}</p>` +
    `<h3 class="chrono-title" id="${titleId}"><a href="${text(href)}">${text(event.title[language])}</a></h3>` +
    `<p class="chrono-summary">${text(event.summary[language])}</p>${figure}</div></article>`
  );
}

/**
 * The markup that goes inside #root: skip link, header with the store's title and the language
 * links, and the whole chronology. `base` is the app's path ("/"); `timelineDrawing` is the markup
 * of the timeline's drawing (rendered by the build from TimelineDrawing), placed where the live
 * timeline will be.
 */
export function renderChronologyHtml(store: Store, language: Language = 'fr', base = '/', timelineDrawing = ''): string {
  const t = dictionaries[language];
  const events = store.events;
  // Both languages are in the page (one shown): ids differ; the French copy keeps the app's.
  const mainId = language === 'fr' ? 'main' : `main-${language}`;
  const languageLinks = (['fr', 'en'] as const)
    .map(
      (option) =>
        `<a href="${text(`${base}${serializeUrlState({ ...EMPTY_URL_STATE, lang: option })}`)}" lang="${option}"` +
        `${option === language ? ' aria-current="true"' : ''}>${option === 'fr' ? 'Français' : 'English'}</a>`,
    )
    .join('');
  const list =
    events.length === 0
      ? `<p class="chrono-empty">${text(t.chronology.empty)}</p>`
      : `<div class="chrono-feed">${events.map((event, index) => row(event, index, events, store, language, base)).join('')}</div>`;
  return (
    `<div class="prerendered" ${PRERENDERED_ATTRIBUTE}="${language}">` +
    `<a class="skip-link" href="#${mainId}">${text(t.app.skipToContent)}</a>` +
    `<header class="site-header"><div class="site-title"><p class="site-name">${text(t.app.title)}</p><h1>${text(store.title[language])}</h1></div>` +
    `<div class="site-tools"><nav aria-label="${text(t.app.language)}" class="language-switch">${languageLinks}</nav></div></header>` +
    `<main id="${mainId}" tabindex="-1"><div class="browse" data-panel="closed">` +
    // The drawing comes before the list here (prerendered.css puts each in its place): a phone
    // shows it above the list, and Chrome paints a long page before it has parsed all of it, so a
    // drawing parsed after the list would push the painted list down (a layout shift of ~0.4).
    `<div class="browse-timeline"><noscript><p class="timeline-loading">${text(t.app.timelineNeedsScript)}</p></noscript>${timelineDrawing}</div>` +
    `<section class="browse-list" aria-label="${text(t.app.browse)}"><div class="chrono">` +
    `<div class="chrono-header"><h2 class="chrono-heading">${text(t.chronology.label)}</h2>` +
    `<p class="chrono-count">${text(t.chronology.count(events.length, events.length))}</p></div>` +
    `<div class="chrono-scroll">${list}</div></div></section>` +
    `</div></main></div>`
  );
}
