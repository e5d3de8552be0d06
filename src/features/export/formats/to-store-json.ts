import type { Store, StoreEvent } from '../../../store/schema';
import { SCHEMA_VERSION } from '../../../store/schema-rules';

/**
 * A store in the public format (data/README.md) holding just these events and the articles and
 * entities they reference, so any tool that reads /data/store.json reads it too.
 */
export function toStoreJson(events: readonly StoreEvent[], store: Store): string {
  const articleIds = new Set(
    events.flatMap((event) => [
      ...event.evidence.map((quote) => quote.article),
      ...event.notes.flatMap((note) => (note.evidence ? [note.evidence.article] : [])),
    ]),
  );
  const referenced = (group: 'actors' | 'places' | 'themes') => {
    const ids = new Set(events.flatMap((event) => event[group]));
    return store.entities[group].filter((entity) => ids.has(entity.id));
  };
  const subset: Store = {
    schemaVersion: SCHEMA_VERSION,
    title: store.title,
    articles: store.articles.filter((article) => articleIds.has(article.id)),
    events: [...events],
    entities: { actors: referenced('actors'), places: referenced('places'), themes: referenced('themes') },
  };
  return `${JSON.stringify(subset, null, 2)}\n`;
}
