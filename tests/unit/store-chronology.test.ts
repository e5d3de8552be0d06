/**
 * The built store against the editorial research: data/research/chronology.json (a copy of the
 * reference, T9 corrected) and data/research/additions.json (the events and sources the editorial
 * pass added, with the excerpts of the pages they were copied from).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Note, StoreEvent } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';
import { projectRoot } from '../helpers/data-copy';

interface Source {
  url: string;
  excerpt: string;
}
interface ReferenceEvent {
  row: number;
  title_en: string;
  date: string;
  passages: { article: string; exact: string }[];
  corroboration: Source[];
}
interface Discrepancy {
  article: string;
  exact: string;
  note_en: string;
  corroboration?: string[];
}
interface Reference {
  events: ReferenceEvent[];
  discrepancies: Discrepancy[];
}
interface Additions {
  events: (Omit<ReferenceEvent, 'row'> & { event: string; basis: string })[];
  corroboration: (Source & { event: string })[];
}

const readJson = <T>(file: string) => JSON.parse(readFileSync(join(projectRoot, file), 'utf8')) as T;
const reference = readJson<Reference>('data/research/chronology.json');
const additions = readJson<Additions>('data/research/additions.json');
const articleIdOf = new Map(readJson<{ id: string; sourceFile: string }[]>('data/articles.json').map((a) => [a.sourceFile, a.id]));
const store = readBuiltStore();
const byId = new Map(store.events.map((event) => [event.id, event]));

const start = (date: string) => date.split('/')[0];
const end = (date: string) => date.split('/')[1];
const citesAll = (
  event: StoreEvent,
  passages: { article: string; exact: string }[],
  toId = (article: string) => articleIdOf.get(article),
) =>
  passages.every((passage) =>
    event.evidence.some((quote) => quote.article === toId(passage.article) && quote.exact.includes(passage.exact)),
  );

/** The figures and dates of a note, so that two wordings can be compared: ISO dates in references are left out (the store writes them out). */
const numbers = (text: string) => new Set(text.replace(/\d{4}-\d{2}-\d{2}/g, '').match(/\d+/g) ?? []);

describe('the store against the research', () => {
  it.each(reference.events.map((ref) => [ref.row, ref.title_en, ref] as const))(
    'dates reference event %i (%s) as the research fixed it, with its sources',
    (_row, _title, ref) => {
      const dated = store.events.filter(
        (event) => citesAll(event, ref.passages) && event.date.start === start(ref.date) && event.date.end === end(ref.date),
      );
      expect(
        dated.map((event) => event.id),
        `one store event cites every passage and is dated ${ref.date}`,
      ).toHaveLength(1);
      expect(dated[0]!.corroboration.map((source) => source.url)).toEqual(
        expect.arrayContaining(ref.corroboration.map((source) => source.url)),
      );
    },
  );

  it.each(reference.discrepancies.map((discrepancy, index) => [index + 1, discrepancy.exact, discrepancy] as const))(
    'shows discrepancy T%i («%s») at its passage, with a note that agrees with the research',
    (_index, _exact, discrepancy) => {
      const article = articleIdOf.get(discrepancy.article)!;
      const notes: Note[] = [...store.events.flatMap((event) => event.notes), ...store.articles.flatMap((a) => a.notes ?? [])].filter(
        (note) => note.evidence?.article === article && note.evidence.exact.includes(discrepancy.exact.trim()),
      );
      expect(notes.length, 'a note at the passage').toBeGreaterThan(0);
      for (const note of notes) {
        // Same figures and days as the research, in both languages.
        for (const text of [note.en, note.fr])
          expect([...numbers(text)]).toEqual(expect.arrayContaining([...numbers(discrepancy.note_en)]));
        // Same currencies: the T9 research keeps dollars and euros apart.
        if (/US\$|dollar/i.test(discrepancy.note_en)) expect(note.en).toMatch(/\$|dollar/);
        if (/EUR|euro/i.test(discrepancy.note_en)) expect(note.en).toMatch(/€|euro/);
        // And not the correction the research withdrew.
        if (/not an error of the article/i.test(discrepancy.note_en)) {
          expect(note.en).toMatch(/not an error of the article/i);
          expect(note.en).not.toMatch(/not dollars/i);
          expect(note.fr).not.toMatch(/et non de dollars/);
        }
      }
    },
  );

  it('keeps no note that the research withdrew (“euros, not dollars”)', () => {
    const everything = JSON.stringify(store);
    expect(everything).not.toMatch(/euros, not dollars|et non de dollars/);
  });

  it.each(additions.events.map((row) => [row.event, row] as const))('holds the added event %s as researched', (id, row) => {
    const event = byId.get(id);
    expect(event, 'in the store').toBeDefined();
    expect(citesAll(event!, row.passages, (article) => article)).toBe(true);
    expect([event!.date.start, event!.date.end]).toEqual([start(row.date), end(row.date)]);
    expect(event!.date.from).toBe('outside');
    expect(event!.date.basis.en).toBe(row.basis);
    expect(event!.corroboration.length).toBeGreaterThanOrEqual(1);
    expect(event!.corroboration.map((source) => source.url)).toEqual(row.corroboration.map((source) => source.url));
    for (const source of row.corroboration) expect(source.excerpt.length, source.url).toBeGreaterThan(20);
  });

  it('cites no outside URL that the research does not hold', () => {
    const researched = new Set([
      ...reference.events.flatMap((event) => event.corroboration.map((source) => source.url)),
      ...reference.discrepancies.flatMap((discrepancy) => discrepancy.corroboration ?? []),
      ...additions.events.flatMap((event) => event.corroboration.map((source) => source.url)),
      ...additions.corroboration.map((source) => source.url),
    ]);
    for (const event of store.events) for (const source of event.corroboration) expect(researched, event.id).toContain(source.url);
    for (const source of additions.corroboration) {
      expect(byId.get(source.event)?.corroboration.map((c) => c.url)).toContain(source.url);
    }
  });
});
