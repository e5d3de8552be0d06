/**
 * Turns the editorial sources of data/ into the store: validates them with the shared schema,
 * resolves every quote to W3C selectors and adds EDTF strings. Pure: the caller reads the files.
 */
import { z } from 'zod';
import { toEdtf } from './dates';
import { draftProblems } from './drafts';
import { checkIntegrity } from './integrity';
import { englishReason } from './reasons';
import {
  ArticleInput,
  CollectionInput,
  Entities,
  EventInput,
  SCHEMA_VERSION,
  Store,
  type Article,
  type DateSpec,
  type Evidence,
  type Note,
  type StoreEvent,
} from './schema';
import { proseFields } from './prose-fields';
import { selectQuote } from './selectors';
import { englishTypographyFault, frenchTypographyFault } from './typography';

export const SOURCE_FILES = {
  collection: 'data/collection.json',
  articles: 'data/articles.json',
  entities: 'data/entities.json',
  events: 'data/events.json',
} as const;

export const articleTextFile = (id: string) => `data/articles/${id}.txt`;

export interface SourceInputs {
  collection: unknown;
  articles: unknown;
  entities: unknown;
  events: unknown;
  /** Article texts by article id; `undefined` when the file is missing. */
  readText: (articleId: string) => string | undefined;
}

export interface BuildError {
  file: string;
  id?: string;
  reason: string;
}

export type AssembleResult = { ok: true; store: Store } | { ok: false; errors: BuildError[] };

export function formatBuildError({ file, id, reason }: BuildError): string {
  return id === undefined ? `${file}: ${reason}` : `${file}: "${id}": ${reason}`;
}

function schemaErrors(file: string, data: unknown, error: z.ZodError): BuildError[] {
  return error.issues.map((issue) => {
    const [index, ...rest] = issue.path;
    const item = typeof index === 'number' && Array.isArray(data) ? (data[index] as unknown) : undefined;
    const id = item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' ? item.id : undefined;
    const path = (id === undefined ? issue.path : rest).join('.');
    return { file, ...(id === undefined ? {} : { id }), reason: path ? `${path}: ${issue.message}` : issue.message };
  });
}

/** Our own French and English prose must already follow the typography rules (`npm run typeset` applies them). */
function typographyErrors(inputs: SourceInputs): BuildError[] {
  return proseFields(inputs, SOURCE_FILES).flatMap(({ file, id, field, language, text }) => {
    const fault = language === 'fr' ? frenchTypographyFault(text) : englishTypographyFault(text);
    if (!fault) return [];
    const reason = `${field}: ${language === 'fr' ? 'French' : 'English'} typography: ${fault.rule}, near «${fault.near}» (${language === 'fr' ? 'npm run typeset applies the rules' : 'fix it by hand'})`;
    return [{ file, ...(id === undefined ? {} : { id }), reason }];
  });
}

export function assembleStore(inputs: SourceInputs): AssembleResult {
  const errors: BuildError[] = [];
  const parse = <T>(schema: z.ZodType<T>, file: string, data: unknown): T | undefined => {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    errors.push(...schemaErrors(file, data, result.error));
    return undefined;
  };

  const collection = parse(CollectionInput, SOURCE_FILES.collection, inputs.collection);
  const articleInputs = parse(z.array(ArticleInput), SOURCE_FILES.articles, inputs.articles);
  const entities = parse(Entities, SOURCE_FILES.entities, inputs.entities);
  const drafts = draftProblems(inputs.events);
  const eventInputs = parse(z.array(EventInput), SOURCE_FILES.events, inputs.events);
  // A draft's missing evidence is said once, by its draft message.
  const draftIds = new Set(drafts.map((draft) => draft.id));
  const repeated = (error: BuildError) =>
    error.file === SOURCE_FILES.events && error.id !== undefined && draftIds.has(error.id) && error.reason.startsWith('evidence:');
  errors.splice(0, errors.length, ...errors.filter((error) => !repeated(error)));
  errors.push(...drafts.map(({ id, reason }) => ({ file: SOURCE_FILES.events, id, reason })));
  if (!collection || !articleInputs || !entities || !eventInputs) return { ok: false, errors };
  errors.push(...typographyErrors(inputs));

  const texts = new Map<string, string>();
  for (const article of articleInputs) {
    const text = inputs.readText(article.id);
    if (text === undefined) {
      errors.push({ file: SOURCE_FILES.articles, id: article.id, reason: `no text file ${articleTextFile(article.id)}` });
    } else {
      texts.set(article.id, text);
    }
  }

  const resolveQuote = (file: string, id: string, where: string, quote: { article: string; exact: string }): Evidence | undefined => {
    const text = texts.get(quote.article);
    if (text === undefined) {
      if (!articleInputs.some((article) => article.id === quote.article)) {
        errors.push({ file, id, reason: `${where}: unknown article "${quote.article}"` });
      }
      return undefined;
    }
    const found = selectQuote(text, quote.exact);
    if (found.ok) return { article: quote.article, ...found.selector };
    const reason =
      found.reason === 'ambiguous'
        ? `occurs ${found.occurrences} times in ${articleTextFile(quote.article)}; lengthen it until it is unique`
        : `is not in ${articleTextFile(quote.article)} (quotes must be verbatim)`;
    errors.push({ file, id, reason: `${where}: the quote «${quote.exact}» ${reason}` });
    return undefined;
  };

  const resolveNotes = (
    file: string,
    id: string,
    notes: readonly { fr: string; en: string; evidence?: { article: string; exact: string } | undefined }[],
  ): Note[] =>
    notes.map((note, index) => {
      const evidence = note.evidence && resolveQuote(file, id, `notes[${index}]`, note.evidence);
      return { fr: note.fr, en: note.en, ...(evidence ? { evidence } : {}) };
    });

  const withEdtf = (date: Omit<DateSpec, 'edtf'>): DateSpec => ({
    start: date.start,
    ...(date.end === undefined ? {} : { end: date.end }),
    precision: date.precision,
    edtf: toEdtf(date.start, date.end, date.precision),
    from: date.from,
    basis: date.basis,
  });

  const articles: Article[] = articleInputs.map(({ sourceFile: _sourceFile, notes, published, ...article }) => {
    const text = texts.get(article.id) ?? '';
    const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
    if (text && !firstLine.startsWith(article.title)) {
      errors.push({ file: SOURCE_FILES.articles, id: article.id, reason: 'title: must be the start of the first line of the article' });
    }
    return {
      ...article,
      text,
      published: withEdtf(published),
      ...(notes ? { notes: resolveNotes(SOURCE_FILES.articles, article.id, notes) } : {}),
    };
  });

  const events: StoreEvent[] = eventInputs.map(({ draft: _draft, ...input }) => {
    const evidence = input.evidence.flatMap(
      (quote, index) => resolveQuote(SOURCE_FILES.events, input.id, `evidence[${index}]`, quote) ?? [],
    );
    return {
      ...input,
      date: withEdtf(input.date),
      evidence,
      notes: resolveNotes(SOURCE_FILES.events, input.id, input.notes),
    };
  });
  const store: Store = {
    schemaVersion: SCHEMA_VERSION,
    title: collection.title,
    articles: [...articles].sort((a, b) => compareDates(a.published, b.published) || a.id.localeCompare(b.id)),
    events: [...events].sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id)),
    entities,
  };
  const fileOf = { articles: SOURCE_FILES.articles, events: SOURCE_FILES.events, entities: SOURCE_FILES.entities };
  for (const { section, id, reason } of checkIntegrity(store)) errors.push({ file: fileOf[section], id, reason: englishReason(reason) });
  if (errors.length > 0) return { ok: false, errors };

  const checked = Store.safeParse(store);
  if (!checked.success) return { ok: false, errors: schemaErrors('store', store, checked.error) };
  return { ok: true, store };
}

export function compareDates(a: Pick<DateSpec, 'start' | 'end'>, b: Pick<DateSpec, 'start' | 'end'>): number {
  return a.start.localeCompare(b.start) || (a.end ?? a.start).localeCompare(b.end ?? b.start);
}
