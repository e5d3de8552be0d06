import { describe, expect, it } from 'vitest';
import { articleBlocks, citedPassages, highlightsOf, readsItsQuote } from '../../src/features/reader/article-layout';
import type { Article, StoreEvent } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();
const article = (id: string) => store.articles.find((candidate) => candidate.id === id)!;
const blockTexts = (subject: Article) =>
  articleBlocks(subject.text, subject.title, highlightsOf(citedPassages(subject, store.events))).map((block) => [
    block.kind,
    subject.text.slice(block.start, block.end),
  ]);

describe('citedPassages', () => {
  it('finds every evidence and note passage of every event, and the article’s own notes', () => {
    for (const subject of store.articles) {
      const passages = citedPassages(subject, store.events);
      const expected =
        store.events
          .flatMap((event) => [...event.evidence, ...event.notes.flatMap((note) => (note.evidence ? [note.evidence] : []))])
          .filter((quote) => quote.article === subject.id).length + (subject.notes ?? []).filter((note) => note.evidence).length;
      expect(passages, subject.id).toHaveLength(expected);
      for (const passage of passages) expect(subject.text.slice(passage.start, passage.end)).toBe(passage.exact);
    }
  });

  it('leaves out a passage whose offsets no longer read its quote', () => {
    const subject = article('washington-avril-2025');
    const event = store.events.find((candidate) => candidate.id === 'rutte-a-washington')!;
    const broken: StoreEvent = { ...event, evidence: [{ ...event.evidence[0]!, start: event.evidence[0]!.start + 1 }] };
    expect(citedPassages(subject, [broken]).filter((passage) => passage.source.kind === 'evidence')).toEqual([]);
    expect(readsItsQuote('abc', { start: 0, end: 2, exact: 'ab', source: { kind: 'evidence', eventId: 'x' } })).toBe(true);
    expect(readsItsQuote('abc', { start: 1, end: 9, exact: 'bc', source: { kind: 'evidence', eventId: 'x' } })).toBe(false);
  });

  it('groups passages on the same words into one highlight, marked as a correction when a note is among them', () => {
    const highlights = highlightsOf(citedPassages(article('sentinelle-arctique-2026'), store.events));
    const shared = highlights.find((highlight) => highlight.start === 134 && highlight.end === 203)!;
    expect(shared.items.map((item) => item.source.kind).sort()).toEqual(['evidence', 'evidence', 'note', 'note']);
    expect(shared.correction).toBe(true);
    expect(highlights.map((highlight) => highlight.number)).toEqual(highlights.map((_, index) => index + 1));
  });
});

describe('articleBlocks', () => {
  it('drops the title line and blank lines, and keeps every other line as a paragraph', () => {
    const blocks = blockTexts(article('macron-rutte-elysee-2024'));
    expect(blocks[0]![1]).toMatch(/^Le président français Emmanuel Macron recevra/);
    expect(blocks.every(([kind]) => kind === 'paragraph')).toBe(true);
    expect(blocks).toHaveLength(5);
  });

  it('keeps a first line that starts with the title when a passage is cited in it', () => {
    const subject = article('ministerielle-bruxelles-avril-2025');
    const blocks = blockTexts(subject);
    expect(blocks[0]![1]).toMatch(/^C’est dans un climat de mobilisation diplomatique intense/);
    expect(blocks[0]![1]).toContain('se réunissent cette semaine au siège de l’Alliance à Bruxelles');
  });

  it('keeps only the rest of a first line that starts with the title when nothing is cited in the title', () => {
    const text = 'Un titre. Et la suite de la ligne.\nDeuxième ligne.';
    const blocks = articleBlocks(text, 'Un titre.', []);
    expect(blocks.map((block) => text.slice(block.start, block.end))).toEqual(['Et la suite de la ligne.', 'Deuxième ligne.']);
  });

  it('turns **Heading** lines into subheadings without their asterisks', () => {
    const blocks = blockTexts(article('sentinelle-arctique-2026'));
    expect(blocks.filter(([kind]) => kind === 'heading').map(([, text]) => text)).toEqual([
      'Une ouverture sous condition de transparence',
      'Le facteur américain et la montée en puissance européenne',
      'L’Arctique, nouveau théâtre de vigilance',
    ]);
    expect(blocks.some(([, text]) => text!.includes('**'))).toBe(false);
  });

  it('keeps a repeated title further down as text, and never loses a cited passage', () => {
    for (const subject of store.articles) {
      const highlights = highlightsOf(citedPassages(subject, store.events));
      const blocks = articleBlocks(subject.text, subject.title, highlights);
      for (const highlight of highlights) {
        expect(
          blocks.some((block) => block.start <= highlight.start && highlight.end <= block.end),
          `${subject.id} ${highlight.start}-${highlight.end}`,
        ).toBe(true);
      }
    }
    const washington = blockTexts(article('washington-avril-2025'));
    expect(washington.filter(([, text]) => text === article('washington-avril-2025').title)).toHaveLength(1);
  });

  it('does not cut a passage that runs over a line break', () => {
    const text = 'Titre\nune ligne\nune autre';
    const blocks = articleBlocks(text, 'Titre', [{ start: 10, end: 20 }]);
    expect(blocks.map((block) => text.slice(block.start, block.end))).toEqual(['une ligne\nune autre']);
  });
});
