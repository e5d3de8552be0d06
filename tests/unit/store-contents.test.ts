import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/store/integrity';
import { Store } from '../../src/store/schema';
import { projectRoot } from '../helpers/data-copy';
import { readBuiltStore } from '../helpers/built-store';

interface ReferenceEvent {
  row: number;
  title_en: string;
  date: string;
  passages: { article: string; exact: string }[];
  corroboration: { url: string }[];
}
interface Reference {
  events: ReferenceEvent[];
  discrepancies: { article: string; exact: string; note_en: string }[];
  articles: { article: string }[];
}
const reference = JSON.parse(readFileSync(join(projectRoot, 'data/research/chronology.json'), 'utf8')) as Reference;
const articlesMeta = JSON.parse(readFileSync(join(projectRoot, 'data/articles.json'), 'utf8')) as {
  id: string;
  sourceFile: string;
}[];
const articleIdOf = (sourceFile: string) => articlesMeta.find((article) => article.sourceFile === sourceFile)!.id;

const store = readBuiltStore();
const allQuotes = [
  ...store.events.flatMap((event) => [...event.evidence, ...event.notes.flatMap((note) => note.evidence ?? [])]),
  ...store.articles.flatMap((article) => (article.notes ?? []).flatMap((note) => note.evidence ?? [])),
];

describe('the built store', () => {
  it('passes the shared schema and its integrity checks', () => {
    expect(Store.safeParse(store).error?.issues ?? []).toEqual([]);
    expect(checkIntegrity(store)).toEqual([]);
    expect(store.events.length).toBeGreaterThanOrEqual(20);
  });

  it('recovers every quote from its article by its offsets', () => {
    expect(allQuotes.length).toBeGreaterThan(20);
    const texts = new Map(store.articles.map((article) => [article.id, article.text]));
    for (const quote of allQuotes) {
      const text = texts.get(quote.article)!;
      expect(text.slice(quote.start, quote.end)).toBe(quote.exact);
      expect(text.slice(0, quote.start).endsWith(quote.prefix)).toBe(true);
      expect(text.slice(quote.end).startsWith(quote.suffix)).toBe(true);
      expect(quote.prefix.length).toBe(Math.min(32, quote.start));
    }
  });

  it('holds each article byte for byte as in data/', () => {
    for (const article of store.articles) {
      expect(article.text).toBe(readFileSync(join(projectRoot, `data/articles/${article.id}.txt`), 'utf8'));
    }
  });

  it.each(reference.events.map((event) => [event.row, event.title_en, event] as const))(
    'dates reference event %i (%s) as the research fixed it',
    (_row, _title, ref) => {
      const matches = store.events.filter((event) =>
        ref.passages.every((passage) =>
          event.evidence.some((quote) => quote.article === articleIdOf(passage.article) && quote.exact.includes(passage.exact)),
        ),
      );
      expect(matches.length, 'one store event cites all of its passages').toBeGreaterThanOrEqual(1);
      const [start, end] = ref.date.split('/');
      const dated = matches.filter((event) => event.date.start === start && event.date.end === end);
      expect(
        dated.map((event) => event.id),
        `expected ${ref.date}`,
      ).toHaveLength(1);
      const event = dated[0]!;
      expect(event.corroboration.map((source) => source.url)).toEqual(
        expect.arrayContaining(ref.corroboration.map((source) => source.url)),
      );
    },
  );

  it('cites no outside URL that the research does not hold', () => {
    const researched = new Set(reference.events.flatMap((event) => event.corroboration.map((source) => source.url)));
    for (const event of store.events) {
      for (const source of event.corroboration) expect(researched).toContain(source.url);
    }
  });

  it('attaches each of the 9 discrepancies to an event or an article with its passage', () => {
    expect(reference.discrepancies).toHaveLength(9);
    const notes = [...store.events.flatMap((event) => event.notes), ...store.articles.flatMap((article) => article.notes ?? [])];
    for (const discrepancy of reference.discrepancies) {
      const article = articleIdOf(discrepancy.article);
      const found = notes.some((note) => note.evidence?.article === article && note.evidence.exact.includes(discrepancy.exact.trim()));
      expect(found, `discrepancy «${discrepancy.exact}»`).toBe(true);
    }
  });

  it('marks a date the article does not give with where it came from', () => {
    for (const event of store.events) {
      if (event.date.from === 'outside') expect(event.corroboration.length, event.id).toBeGreaterThan(0);
      expect(event.date.basis.fr.length).toBeGreaterThan(10);
      expect(event.date.basis.en.length).toBeGreaterThan(10);
    }
  });
});
