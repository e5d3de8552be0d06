import { cleanup, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleReader } from '../../src/features/reader/ArticleReader';
import { articleBlocks, citedPassages, highlightsOf } from '../../src/features/reader/article-layout';
import type { Language } from '../../src/shared/i18n/dictionary';
import type { Article, StoreEvent } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';
import { fakeLinks, renderWithProviders } from '../helpers/render';

const store = readBuiltStore();
const links = fakeLinks;
const articleById = (id: string) => store.articles.find((article) => article.id === id)!;
const eventById = (id: string) => store.events.find((event) => event.id === id)!;

const scrollIntoView = vi.fn();
beforeEach(() => {
  scrollIntoView.mockClear();
  Element.prototype.scrollIntoView = scrollIntoView;
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

function renderReader(
  article: Article,
  options: { focus?: { start: number; end: number }; language?: Language; events?: readonly StoreEvent[] } = {},
) {
  return renderWithProviders(
    <ArticleReader article={article} events={options.events ?? store.events} focus={options.focus} links={links} />,
    { language: options.language },
  );
}

const focusedMarks = (container: HTMLElement) => container.querySelectorAll('mark[data-focused="true"]');

describe('ArticleReader', () => {
  it('highlights every cited passage as a mark whose text is exactly the quote', () => {
    for (const article of store.articles) {
      const { container, unmount } = renderReader(article);
      const passages = citedPassages(article, store.events);
      expect(passages.length).toBeGreaterThan(0);
      for (const passage of passages) {
        const mark = container.querySelector(`mark[data-passage="${passage.start}-${passage.end}"]`);
        expect(mark, `${article.id} ${passage.start}-${passage.end}`).not.toBeNull();
        expect(mark!.textContent).toBe(passage.exact);
        expect(mark!.textContent).toBe(article.text.slice(passage.start, passage.end));
      }
      unmount();
    }
  });

  it('opens at the focus passage: one mark, exactly the quote, focused and scrolled to the centre', () => {
    for (const event of store.events) {
      for (const quote of [...event.evidence, ...event.notes.flatMap((note) => (note.evidence ? [note.evidence] : []))]) {
        const article = articleById(quote.article);
        const { container, unmount } = renderReader(article, { focus: { start: quote.start, end: quote.end } });
        const marks = focusedMarks(container);
        expect(marks, `${event.id} ${quote.start}-${quote.end}`).toHaveLength(1);
        expect(marks[0]!.textContent).toBe(quote.exact);
        expect(marks[0]).toHaveFocus();
        expect(marks[0]).toHaveAttribute('tabindex', '-1');
        expect(marks[0]).toHaveClass('reader-mark--focus');
        expect(scrollIntoView).toHaveBeenLastCalledWith({ block: 'center', behavior: 'auto' });
        expect(scrollIntoView.mock.contexts.at(-1)).toBe(marks[0]);
        unmount();
      }
    }
  });

  it('focuses a passage nested inside another as its own mark, inside the outer one', () => {
    const article = articleById('bloomberg-ukraine-otan-2025');
    const inner = eventById('trump-recoit-rutte-maison-blanche').evidence[0]!;
    const outer = eventById('rutte-entretien-bloomberg').evidence[0]!;
    const { container } = renderReader(article, { focus: { start: inner.start, end: inner.end } });
    const mark = focusedMarks(container)[0]!;
    expect(mark.textContent).toBe(inner.exact);
    expect(mark.parentElement!.closest('mark')).toHaveAttribute('data-passage', `${outer.start}-${outer.end}`);
    expect(mark.parentElement!.closest('mark')!.textContent).toBe(outer.exact);
  });

  it('glides to a new passage within the same article, but jumps when motion is reduced', () => {
    const article = articleById('washington-avril-2025');
    const [first, second] = eventById('rutte-a-washington').evidence;
    const { rerender } = renderReader(article, { focus: first });
    rerender(<ArticleReader article={article} events={store.events} focus={{ start: second!.start, end: second!.end }} links={links} />);
    expect(scrollIntoView).toHaveBeenLastCalledWith({ block: 'center', behavior: 'smooth' });
    window.matchMedia = vi.fn().mockReturnValue({ matches: true }) as unknown as typeof window.matchMedia;
    rerender(<ArticleReader article={article} events={store.events} focus={{ start: first!.start, end: first!.end }} links={links} />);
    expect(scrollIntoView).toHaveBeenLastCalledWith({ block: 'center', behavior: 'auto' });
    delete (window as Partial<Window>).matchMedia;
  });

  it('links each passage to every event that cites it, by the event’s title', () => {
    const article = articleById('sentinelle-arctique-2026');
    const { container } = renderReader(article);
    const mark = container.querySelector('mark[data-passage="134-203"]')!;
    expect(mark.getAttribute('data-events')!.split(' ').sort()).toEqual(['ministerielle-defense-bruxelles-2026', 'sentinelle-arctique']);
    const entry = document.getElementById(mark.getAttribute('aria-describedby')!)!;
    for (const id of ['sentinelle-arctique', 'ministerielle-defense-bruxelles-2026']) {
      expect(within(entry).getByRole('link', { name: eventById(id).title.fr })).toHaveAttribute('href', links.event(id));
    }
    // Every event citing the article is reachable from it.
    const citing = store.events.filter((event) => event.evidence.some((quote) => quote.article === article.id));
    for (const event of citing)
      expect(screen.getAllByRole('link', { name: event.title.fr })[0]).toHaveAttribute('href', links.event(event.id));
  });

  it('marks corrections apart and gives their note, in the interface language', () => {
    const article = articleById('ministerielle-bruxelles-avril-2025');
    const note = eventById('aide-allies-ukraine-t1-2025').notes[0]!;
    const { container } = renderReader(article, { language: 'en' });
    const mark = container.querySelector(`mark[data-passage="${note.evidence!.start}-${note.evidence!.end}"]`)!;
    expect(mark).toHaveClass('reader-mark--correction');
    expect(mark.parentElement!.closest('mark')).not.toHaveClass('reader-mark--correction');
    const entry = document.getElementById(mark.getAttribute('aria-describedby')!)!;
    expect(entry).toHaveTextContent('Correction');
    expect(entry).toHaveTextContent(note.en);
    expect(mark).toHaveAccessibleDescription(new RegExp(note.en.slice(0, 20)));
  });

  it('shows the article’s own corrections, each with a link to its passage', () => {
    const article = articleById('washington-avril-2025');
    const { container } = renderReader(article);
    const section = screen.getByRole('region', { name: 'Corrections sur l’article' });
    for (const note of article.notes!) {
      expect(section).toHaveTextContent(note.fr);
      const passage = note.evidence!;
      expect(container.querySelector(`mark[data-passage="${passage.start}-${passage.end}"]`)).toHaveClass('reader-mark--correction');
    }
    expect(
      within(section)
        .getAllByRole('link', { name: 'Voir le passage' })
        .map((link) => link.getAttribute('href')),
    ).toEqual(article.notes!.map((note) => links.article(article.id, { start: note.evidence!.start, end: note.evidence!.end })));
  });

  it('shows title, estimated date, its basis, the outlet, a way back, and the text in French whatever the interface', () => {
    const article = articleById('ministerielle-bruxelles-avril-2025');
    const { container } = renderReader(article, { language: 'en' });
    const root = screen.getByRole('article', { name: article.title });
    expect(within(root).getByRole('heading', { level: 2, name: article.title })).toHaveAttribute('lang', 'fr');
    expect(root).toHaveTextContent('Estimated date');
    expect(root).toHaveTextContent('3–4 April 2025');
    expect(root).toHaveTextContent(article.published.basis.en);
    expect(root).toHaveTextContent('Le Quotidien de Nouakchott');
    expect(within(root).getByRole('link', { name: 'Back to the timeline' })).toHaveAttribute('href', '/');
    expect(container.querySelector('.reader-body')).toHaveAttribute('lang', 'fr');
    expect(container.querySelector('.reader-passages')).toHaveAttribute('lang', 'en');
  });

  it('does not repeat the title as body text, and shows **headings** without asterisks', () => {
    const article = articleById('sentinelle-arctique-2026');
    const { container } = renderReader(article);
    const body = container.querySelector('.reader-body')!;
    expect(body.textContent).not.toContain(article.title);
    expect(body.textContent).not.toContain('**');
    expect(
      within(body as HTMLElement).getByRole('heading', { level: 3, name: 'L’Arctique, nouveau théâtre de vigilance' }),
    ).toBeInTheDocument();
  });

  it('still shows the article, with a polite notice, when the focus passage is not one of its passages', () => {
    const article = articleById('macron-rutte-elysee-2024');
    const { container } = renderReader(article, { focus: { start: 1, end: 7 } });
    expect(screen.getByRole('status')).toHaveTextContent('Le passage demandé');
    expect(focusedMarks(container)).toHaveLength(0);
    expect(container.querySelectorAll('mark').length).toBeGreaterThan(0);
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  it('renders the article text as text, never as HTML', () => {
    const attack = '<img src=x onerror=alert(1)>';
    const text = `Titre\nAvant ${attack} après.`;
    const article: Article = { ...articleById('macron-rutte-elysee-2024'), title: 'Titre', text, notes: [{ fr: attack, en: attack }] };
    const start = text.indexOf(attack);
    const event: StoreEvent = {
      ...eventById('macron-recoit-rutte-elysee'),
      title: { fr: attack, en: attack },
      evidence: [{ article: article.id, exact: attack, prefix: '', suffix: '', start, end: start + attack.length }],
      notes: [],
    };
    const { container } = renderReader(article, { events: [event], focus: { start, end: start + attack.length } });
    expect(container.querySelector('img, script')).toBeNull();
    expect(focusedMarks(container)[0]!.textContent).toBe(attack);
    expect(screen.getByRole('link', { name: attack })).toHaveAttribute('href', links.event(event.id));
  });

  it('whatever the passages, gives back the text and each passage exactly, the focus as one mark', () => {
    const base = eventById('macron-recoit-rutte-elysee');
    const scenario = fc
      .array(fc.constantFrom('Le ', 'mot ', 'é', '🇫🇷', '« ', '» ', ', ', '\n', '**', 'x'), { minLength: 1, maxLength: 40 })
      .map((parts) => `Titre\n${parts.join('')}`)
      .chain((text) =>
        fc.record({
          text: fc.constant(text),
          ranges: fc.array(
            fc
              .tuple(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: text.length }))
              .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
            { minLength: 1, maxLength: 6 },
          ),
          focusIndex: fc.nat(),
        }),
      );
    fc.assert(
      fc.property(scenario, ({ text, ranges, focusIndex }) => {
        const usable = ranges.filter((range) => range.start < range.end);
        fc.pre(usable.length > 0);
        const article: Article = { ...articleById('macron-rutte-elysee-2024'), title: 'Titre', text, notes: [] };
        const events: StoreEvent[] = usable.map((range, index) => ({
          ...base,
          id: `e${index}`,
          title: { fr: `Événement ${index}`, en: `Event ${index}` },
          evidence: [
            { article: article.id, exact: text.slice(range.start, range.end), prefix: '', suffix: '', start: range.start, end: range.end },
          ],
          notes: [],
        }));
        const focus = usable[focusIndex % usable.length]!;
        const { container } = renderReader(article, { events, focus });
        try {
          const marks = focusedMarks(container);
          expect(marks).toHaveLength(1);
          expect(marks[0]!.textContent).toBe(text.slice(focus.start, focus.end));
          for (const range of usable) {
            const key = `${range.start}-${range.end}`;
            const whole = container.querySelector(`mark[data-passage="${key}"]`);
            const pieces = [...container.querySelectorAll(`mark[data-passage-piece^="${key}:"]`)];
            const shown = whole ? whole.textContent : pieces.map((piece) => piece.textContent).join('');
            expect(shown).toBe(text.slice(range.start, range.end));
          }
          const highlights = highlightsOf(citedPassages(article, events));
          const blocks = articleBlocks(text, article.title, highlights);
          const rendered = [...container.querySelectorAll('.reader-paragraph, .reader-subheading')].map((element) => {
            const copy = element.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('sup').forEach((sup) => sup.remove());
            return copy.textContent;
          });
          expect(rendered).toEqual(blocks.map((block) => text.slice(block.start, block.end)));
        } finally {
          cleanup();
        }
      }),
      { numRuns: 150 },
    );
    // 150 renders: about 5 s when the whole suite shares two cores (the default budget); a budget, not a speed claim.
  }, 30_000);
});
