/** Read-only lookups over a store that several features need. */
import type { Entities, Entity, Store, StoreEvent } from './schema';

export type EntityGroup = keyof Entities;

export function entityById(entities: Entities, group: EntityGroup, id: string): Entity | undefined {
  return entities[group].find((entity) => entity.id === id);
}

/** Every passage of every event (evidence and notes) that cites this article. */
export function passagesCitingArticle(events: readonly StoreEvent[], articleId: string) {
  return events.flatMap((event) => [
    ...event.evidence
      .filter((quote) => quote.article === articleId)
      .map((quote) => ({ eventId: event.id, role: 'evidence' as const, quote })),
    ...event.notes.flatMap((note) =>
      note.evidence?.article === articleId ? [{ eventId: event.id, role: 'note' as const, quote: note.evidence, note }] : [],
    ),
  ]);
}

/** The events before and after one, in the store's (chronological) order. */
export function neighbours(events: readonly StoreEvent[], id: string) {
  const index = events.findIndex((event) => event.id === id);
  return { previous: index > 0 ? events[index - 1] : undefined, next: index >= 0 ? events[index + 1] : undefined };
}

export function articleById(store: Store, id: string) {
  return store.articles.find((article) => article.id === id);
}
