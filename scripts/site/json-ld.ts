/**
 * The collection as schema.org JSON-LD, written into index.html at build time: a CollectionPage
 * whose main entity is an ItemList of Events (dates at their precision, places, the event's page)
 * and whose citations are the articles, as NewsArticles. schema.org's Event has no `citation`
 * (a CreativeWork property), so each Event names the articles that report it with `subjectOf`.
 * Typed with schema-dts, so a property or a type schema.org does not define does not compile.
 * Nothing is added that the store does not hold: the articles have no URL, so none is given.
 */
import type { CollectionPage, Event, Graph, ItemList, NewsArticle, Place } from 'schema-dts';
import type { Language } from '../../src/shared/i18n/dictionary';
import { dictionaries } from '../../src/shared/i18n/dictionaries';
import type { Article, DateSpec, Store, StoreEvent } from '../../src/store/schema';
import { siteUrl, type SiteOrigin } from './site-origin';

/** The app's path, and each event's own page (see event-pages.ts). */
export const collectionPath = (language: Language) => (language === 'fr' ? '/' : '/en/');
export const eventPagePath = (eventId: string, language: Language) => `/e/${eventId}/${language === 'fr' ? '' : 'en/'}`;

/** An ISO 8601 date at the precision the store knows it: 2025-04-24, 2025-01 or 2025. */
export function isoAtPrecision(isoDay: string, precision: DateSpec['precision']): string {
  return precision === 'day' ? isoDay : precision === 'month' ? isoDay.slice(0, 7) : isoDay.slice(0, 4);
}

function newsArticle(article: Article, origin: SiteOrigin): NewsArticle {
  const { published } = article;
  // The publication date is an estimate from the text: given only when it is a single date.
  const single = published.end === undefined || published.end === published.start;
  return {
    '@type': 'NewsArticle',
    '@id': siteUrl(origin, `/#article-${article.id}`),
    headline: article.title,
    inLanguage: article.language,
    ...(single ? { datePublished: isoAtPrecision(published.start, published.precision) } : {}),
    ...(article.outlet === undefined ? {} : { publisher: { '@type': 'Organization', name: article.outlet } }),
  };
}

function event(store: Store, item: StoreEvent, language: Language, articles: Map<string, NewsArticle>, origin: SiteOrigin): Event {
  const { date } = item;
  const places: Place[] = item.places.flatMap((id) => {
    const place = store.entities.places.find((entity) => entity.id === id);
    return place ? [{ '@type': 'Place', name: place.label[language] }] : [];
  });
  const cited = [...new Set(item.evidence.map((quote) => quote.article))].flatMap((id) => articles.get(id) ?? []);
  return {
    '@type': 'Event',
    '@id': siteUrl(origin, eventPagePath(item.id, language)),
    name: item.title[language],
    description: item.summary[language],
    startDate: isoAtPrecision(date.start, date.precision),
    endDate: isoAtPrecision(date.end ?? date.start, date.precision),
    url: siteUrl(origin, eventPagePath(item.id, language)),
    // No place in the store, no location: one is never made up.
    ...(places.length === 0 ? {} : { location: places.length === 1 ? places[0] : places }),
    subjectOf: cited,
  };
}

export function collectionJsonLd(store: Store, language: Language, origin: SiteOrigin): Graph {
  const title = store.title[language];
  const articles = new Map(store.articles.map((article) => [article.id, newsArticle(article, origin)]));
  const list: ItemList = {
    '@type': 'ItemList',
    '@id': siteUrl(origin, `${collectionPath(language)}#events`),
    name: title,
    numberOfItems: store.events.length,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    itemListElement: store.events.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: event(store, item, language, articles, origin),
    })),
  };
  const page: CollectionPage = {
    '@type': 'CollectionPage',
    '@id': siteUrl(origin, collectionPath(language)),
    url: siteUrl(origin, collectionPath(language)),
    name: title,
    description: dictionaries[language].sharing.description(title),
    inLanguage: language,
    mainEntity: list,
    citation: [...articles.values()],
  };
  return { '@context': 'https://schema.org', '@graph': [page] };
}

/** As the content of a <script type="application/ld+json">: "<" is escaped so no text can close the element. */
export function jsonLdScriptContent(graph: Graph): string {
  return JSON.stringify(graph).replaceAll('<', '\\u003c');
}
