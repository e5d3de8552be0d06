/**
 * The store's own prose in the editorial sources (data/): every French and English string that we
 * write, and none that we quote (a quote's `exact`, an article's text or title, aliases, URLs).
 * The builder checks their typography; scripts/typeset-data.ts rewrites them with the same list.
 */
import { frenchTypography } from './typography';
export interface ProseField {
  file: string;
  /** The id of the event, article or entity that holds it (the collection title has none). */
  id?: string;
  /** Where in that item, e.g. `summary.fr` or `notes[0].en`. */
  field: string;
  language: 'fr' | 'en';
  text: string;
  /** The object that holds the string, and its key, so a script can rewrite it in place. */
  holder: Record<string, unknown>;
}

export interface ProseSources {
  collection: unknown;
  articles: unknown;
  entities: unknown;
  events: unknown;
}

type Files = Record<keyof ProseSources, string>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const items = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isRecord) : []);
const idOf = (item: Record<string, unknown>) => (typeof item.id === 'string' ? item.id : undefined);

export function proseFields(sources: ProseSources, files: Files): ProseField[] {
  const found: ProseField[] = [];
  const localized = (file: string, id: string | undefined, field: string, value: unknown) => {
    if (!isRecord(value)) return;
    for (const language of ['fr', 'en'] as const) {
      const text = value[language];
      if (typeof text === 'string')
        found.push({ file, ...(id === undefined ? {} : { id }), field: `${field}.${language}`, language, text, holder: value });
    }
  };
  const notes = (file: string, id: string | undefined, value: unknown) =>
    items(value).forEach((note, index) => localized(file, id, `notes[${index}]`, note));

  if (isRecord(sources.collection)) localized(files.collection, undefined, 'title', sources.collection.title);
  for (const article of items(sources.articles)) {
    if (isRecord(article.published)) localized(files.articles, idOf(article), 'published.basis', article.published.basis);
    notes(files.articles, idOf(article), article.notes);
  }
  if (isRecord(sources.entities)) {
    for (const group of ['actors', 'places', 'themes'] as const) {
      for (const entity of items(sources.entities[group])) localized(files.entities, idOf(entity), 'label', entity.label);
    }
  }
  for (const event of items(sources.events)) {
    const id = idOf(event);
    for (const field of ['title', 'short', 'summary'] as const) localized(files.events, id, field, event[field]);
    if (isRecord(event.date)) localized(files.events, id, 'date.basis', event.date.basis);
    notes(files.events, id, event.notes);
  }
  return found;
}

/** Applies the French rules to every French prose string of the sources, in place; returns the files that changed. */
export function typesetSources(sources: ProseSources, files: Files): Set<string> {
  const changed = new Set<string>();
  for (const field of proseFields(sources, files)) {
    if (field.language !== 'fr') continue;
    const fixed = frenchTypography(field.text);
    if (fixed === field.text) continue;
    field.holder.fr = fixed;
    changed.add(field.file);
  }
  return changed;
}
