import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/store/integrity';
import { Store } from '../../src/store/schema';
import { projectRoot } from '../helpers/data-copy';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();
const allQuotes = [
  ...store.events.flatMap((event) => [...event.evidence, ...event.notes.flatMap((note) => note.evidence ?? [])]),
  ...store.articles.flatMap((article) => (article.notes ?? []).flatMap((note) => note.evidence ?? [])),
];

describe('the built store', () => {
  it('passes the shared schema and its integrity checks', () => {
    expect(Store.safeParse(store).error?.issues ?? []).toEqual([]);
    expect(checkIntegrity(store)).toEqual([]);
    expect(store.events.length).toBeGreaterThanOrEqual(25);
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

  it('marks a date the article does not give with where it came from', () => {
    for (const event of store.events) {
      if (event.date.from === 'outside') expect(event.corroboration.length, event.id).toBeGreaterThan(0);
      expect(event.date.basis.fr.length).toBeGreaterThan(10);
      expect(event.date.basis.en.length).toBeGreaterThan(10);
    }
  });
});
