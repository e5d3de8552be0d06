import { describe, expect, it } from 'vitest';
import { collectionJsonLd, jsonLdScriptContent } from '../../scripts/site/json-ld';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The JSON-LD as a consumer reads it: parsed back from the text written into index.html. */
function parsed(origin: string | null) {
  return JSON.parse(jsonLdScriptContent(collectionJsonLd(store, 'fr', origin)));
}

describe('schema.org JSON-LD of the collection', () => {
  const graph = parsed('https://example.org');
  const page = graph['@graph'][0];
  const list = page.mainEntity;
  const events = list.itemListElement.map((element: any) => element.item);

  it('is a schema.org CollectionPage whose main entity is an ItemList of every event, in order', () => {
    expect(graph['@context']).toBe('https://schema.org');
    expect(page['@type']).toBe('CollectionPage');
    expect(page.name).toBe(store.title.fr);
    expect(page.url).toBe('https://example.org/');
    expect(list['@type']).toBe('ItemList');
    expect(list.numberOfItems).toBe(store.events.length);
    expect(list.itemListElement.map((element: any) => [element['@type'], element.position])).toEqual(
      store.events.map((_, index) => ['ListItem', index + 1]),
    );
  });

  it('gives each Event its name, its dates at their precision, its place and its own page', () => {
    expect(events).toHaveLength(store.events.length);
    store.events.forEach((event, index) => {
      const item = events[index];
      expect(item['@type']).toBe('Event');
      expect(item.name).toBe(event.title.fr);
      expect(item.startDate).toMatch(ISO_DATE);
      expect(item.endDate).toMatch(ISO_DATE);
      expect(event.date.start.startsWith(item.startDate)).toBe(true);
      expect((event.date.end ?? event.date.start).startsWith(item.endDate)).toBe(true);
      expect(item.endDate >= item.startDate).toBe(true);
      expect(item.url).toBe(`https://example.org/e/${event.id}/`);
      const places = event.places.map((id) => store.entities.places.find((place) => place.id === id)!.label.fr);
      if (places.length === 0) {
        expect(item.location).toBeUndefined();
      } else {
        const locations = [item.location].flat();
        expect(locations.map((location: any) => location['@type'])).toEqual(places.map(() => 'Place'));
        expect(locations.map((location: any) => location.name)).toEqual(places);
      }
    });
    // A month-precision event is dated to the month, not to a made-up day.
    const monthly = store.events.findIndex((event) => event.date.precision === 'month');
    if (monthly !== -1) expect(events[monthly].startDate).toMatch(/^\d{4}-\d{2}$/);
  });

  it('cites the articles as NewsArticles: the page cites them all, each event those its quotes come from', () => {
    expect(page.citation.map((article: any) => article['@type'])).toEqual(store.articles.map(() => 'NewsArticle'));
    expect(page.citation.map((article: any) => article.headline)).toEqual(store.articles.map((article) => article.title));
    for (const article of page.citation) {
      expect(article.inLanguage).toMatch(/^[a-z]{2}/);
      expect(article.url).toBeUndefined(); // the store holds no article URL, and none is made up
      if (article.datePublished !== undefined) expect(article.datePublished).toMatch(ISO_DATE);
    }
    store.events.forEach((event, index) => {
      const cited = events[index].subjectOf.map((article: any) => article.headline);
      const expected = [...new Set(event.evidence.map((quote) => quote.article))].map(
        (id) => store.articles.find((article) => article.id === id)!.title,
      );
      expect(events[index].subjectOf.every((article: any) => article['@type'] === 'NewsArticle')).toBe(true);
      expect(cited).toEqual(expected);
    });
  });

  it('stays root-relative without SITE_ORIGIN', () => {
    const relative = parsed(null)['@graph'][0];
    expect(relative.url).toBe('/');
    expect(relative.mainEntity.itemListElement[0].item.url).toMatch(/^\/e\/[a-z0-9-]+\/$/);
  });

  it('cannot close its script element, whatever the store says', () => {
    const hostile = { ...store, title: { fr: '</script><script>alert(1)</script>', en: 'x' } };
    const text = jsonLdScriptContent(collectionJsonLd(hostile, 'fr', null));
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)['@graph'][0].name).toBe(hostile.title.fr);
  });
});
