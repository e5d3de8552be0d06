/** Plain-text pieces of an event that several export formats share. */
import type { Language } from '../../../shared/i18n/dictionary';
import { articleById, entityById, type EntityGroup } from '../../../store/lookup';
import type { Evidence, Store, StoreEvent } from '../../../store/schema';

/** Quotes stay in the article's French typography whatever the interface language. */
export function quoteWithSource(quote: Pick<Evidence, 'article' | 'exact'>, store: Store): string {
  return `« ${quote.exact} » — ${articleById(store, quote.article)?.title ?? quote.article}`;
}

export function entityLabels(event: StoreEvent, group: EntityGroup, store: Store, language: Language): string[] {
  return event[group].map((id) => entityById(store.entities, group, id)?.label[language] ?? id);
}

export function corroborationUrls(event: StoreEvent): string[] {
  return event.corroboration.map((source) => source.url);
}

/** Text formats want one kind of line break. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
