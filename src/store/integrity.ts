/** Cross-reference checks a schema cannot express: unique ids, known references, quotes that match. */
import type { Reason } from './reasons';
import type { Store } from './schema';
import { selectorMatches } from './selectors';

export interface Problem {
  /** Where in the store, e.g. `events` or `articles`. */
  section: 'articles' | 'events' | 'entities';
  id: string;
  reason: Reason;
}

export function findDuplicateIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicated = new Set<string>();
  for (const id of ids) (seen.has(id) ? duplicated : seen).add(id);
  return [...duplicated];
}

export function checkIntegrity(store: Store): Problem[] {
  const problems: Problem[] = [];
  const texts = new Map(store.articles.map((article) => [article.id, article.text]));
  const { actors, places, themes } = store.entities;
  const known = {
    actors: new Set(actors.map((entity) => entity.id)),
    places: new Set(places.map((entity) => entity.id)),
    themes: new Set(themes.map((entity) => entity.id)),
  };

  for (const id of findDuplicateIds(store.articles.map((article) => article.id))) {
    problems.push({ section: 'articles', id, reason: { path: '', message: { code: 'duplicated-id', of: 'article' } } });
  }
  for (const id of findDuplicateIds(store.events.map((event) => event.id))) {
    problems.push({ section: 'events', id, reason: { path: '', message: { code: 'duplicated-id', of: 'event' } } });
  }
  for (const id of findDuplicateIds([...actors, ...places, ...themes].map((entity) => entity.id))) {
    problems.push({ section: 'entities', id, reason: { path: '', message: { code: 'duplicated-id', of: 'entity' } } });
  }

  const checkQuote = (section: Problem['section'], id: string, label: string, quote: Store['events'][number]['evidence'][number]) => {
    const text = texts.get(quote.article);
    if (text === undefined) {
      problems.push({ section, id, reason: { path: label, message: { code: 'unknown-article', article: quote.article } } });
    } else if (!selectorMatches(text, quote)) {
      problems.push({
        section,
        id,
        reason: { path: label, message: { code: 'quote-mismatch', article: quote.article, start: quote.start, end: quote.end } },
      });
    }
  };

  for (const article of store.articles) {
    article.notes?.forEach((note, index) => {
      if (note.evidence) checkQuote('articles', article.id, `notes[${index}]`, note.evidence);
    });
  }
  for (const event of store.events) {
    for (const group of ['actors', 'places', 'themes'] as const) {
      for (const ref of event[group]) {
        if (!known[group].has(ref)) {
          problems.push({ section: 'events', id: event.id, reason: { path: group, message: { code: 'unknown-entity', entity: ref } } });
        }
      }
    }
    event.evidence.forEach((quote, index) => checkQuote('events', event.id, `evidence[${index}]`, quote));
    event.notes.forEach((note, index) => {
      if (note.evidence) checkQuote('events', event.id, `notes[${index}]`, note.evidence);
    });
  }
  return problems;
}
