import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Handout } from '../../src/features/handout/Handout';
import { PrintButton } from '../../src/features/handout/PrintButton';
import { WhenPrinting } from '../../src/features/handout/WhenPrinting';
import { formatEventDate } from '../../src/shared/format-date';
import type { Language } from '../../src/shared/i18n/dictionary';
import { LanguageProvider } from '../../src/shared/i18n/language';
import type { StoreEvent } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';
import { renderWithProviders } from '../helpers/render';

const store = readBuiltStore();
const byId = (id: string) => store.events.find((event) => event.id === id)!;

function renderIn(language: Language, element: ReactElement) {
  return render(<LanguageProvider language={language}>{element}</LanguageProvider>);
}

function renderHandout(events: readonly StoreEvent[], options: { language?: Language; query?: string; filterSummary?: string } = {}) {
  const { language = 'fr', query = '', filterSummary = '' } = options;
  const result = renderWithProviders(
    <Handout events={events} store={store} title={store.title[language]} filterSummary={filterSummary} />,
    {
      language,
      url: { query },
    },
  );
  const handout = result.container.querySelector<HTMLElement>('[data-handout]')!;
  return { ...result, handout };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('Handout', () => {
  it('holds every selected event in full, in order, under the store title (nothing virtualized)', () => {
    const { handout } = renderHandout(store.events);
    expect(within(handout).getByRole('heading', { level: 1 })).toHaveTextContent(store.title.fr);
    const titles = within(handout)
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual(store.events.map((event) => event.title.fr));
    expect(handout.querySelectorAll('[data-handout-event]')).toHaveLength(store.events.length);
    expect(handout).toHaveTextContent('Sélection : toute la chronologie');
    expect(handout).toHaveTextContent(`${store.events.length} événements`);
  });

  it('prints only the selection it is given, and says what the selection is', () => {
    const events = [byId('rutte-a-washington'), byId('sommet-de-la-haye')];
    const { handout } = renderHandout(events, { query: ' Washington ', filterSummary: 'Années : 2025' });
    expect(handout.querySelectorAll('[data-handout-event]')).toHaveLength(2);
    expect(handout).not.toHaveTextContent(byId('rutte-prend-ses-fonctions').title.fr);
    expect(handout).toHaveTextContent('Sélection : recherche « Washington » ; Années : 2025');
    expect(handout).toHaveTextContent('2 événements');
  });

  it('gives the day it was printed', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 0, 1, 23, 30));
    const { handout } = renderHandout(store.events.slice(0, 1));
    expect(handout).toHaveTextContent('imprimé le 1er janvier 2026');
  });

  it('gives each event its date, certainty in words, kind, summary, every quote with its article, sources written out and corrections', () => {
    const event = byId('rutte-a-washington');
    const { handout } = renderHandout([event]);
    const article = within(handout).getByRole('article');
    expect(article).toHaveTextContent(formatEventDate(event.date, 'fr'));
    expect(article).toHaveTextContent('Date déduite d’un jour de la semaine');
    expect(article).toHaveTextContent(event.date.basis.fr);
    expect(article).toHaveTextContent(event.summary.fr);

    const quotes = article.querySelectorAll('blockquote');
    expect(quotes).toHaveLength(event.evidence.length + event.notes.filter((note) => note.evidence).length);
    for (const quote of event.evidence) {
      const source = store.articles.find((candidate) => candidate.id === quote.article)!;
      const figure = [...article.querySelectorAll('figure')].find((candidate) => candidate.textContent!.includes(quote.exact))!;
      expect(figure).toBeDefined();
      expect(figure).toHaveTextContent(source.title);
      expect(figure).toHaveTextContent(`date estimée : ${formatEventDate(source.published, 'fr')}`);
    }

    for (const source of event.corroboration) {
      const link = within(article).getByRole('link', { name: source.url });
      expect(link).toHaveAttribute('href', source.url);
      expect(link.closest('li')).toHaveTextContent(source.site);
    }

    expect(within(article).getByRole('heading', { level: 3, name: 'Corrections' })).toBeInTheDocument();
    for (const note of event.notes) expect(article).toHaveTextContent(note.fr);
  });

  it('marks an announced event and leaves out empty sections', () => {
    const announced = byId('sommet-de-la-haye');
    const { handout } = renderHandout([announced]);
    expect(within(handout).getByRole('article')).toHaveTextContent('Sommet (annoncé)');
    expect(within(handout).queryByRole('heading', { name: 'Corrections' })).not.toBeInTheDocument();

    const noSources = { ...byId('aide-allies-ukraine-t1-2025'), corroboration: [] };
    const second = renderHandout([noSources]);
    expect(within(second.handout).queryByRole('heading', { name: 'Sources extérieures' })).not.toBeInTheDocument();
  });

  it('speaks English but keeps the quotes in the articles’ French, marked as such', () => {
    const event = byId('witkoff-rencontre-poutine-moscou');
    const { handout } = renderHandout([event], { language: 'en' });
    expect(handout).toHaveTextContent('Selection: the whole chronology');
    expect(handout).toHaveTextContent('13 March 2025');
    expect(handout).toHaveTextContent('Date inferred from a weekday');
    expect(handout).toHaveTextContent(event.title.en);
    expect(handout).toHaveTextContent('Correction:');
    const quote = handout.querySelector('blockquote')!;
    expect(quote).toHaveAttribute('lang', 'fr');
    expect(quote).toHaveTextContent(event.evidence[0]!.exact);
  });

  it('has nothing to click or fill in: its only links are URLs written out', () => {
    const { handout } = renderHandout(store.events);
    expect(handout.querySelectorAll('button, input, select, textarea, [tabindex]')).toHaveLength(0);
    const links = [...handout.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) expect(link.textContent).toBe(link.getAttribute('href'));
  });

  it('says so when the selection is empty', () => {
    const { handout } = renderHandout([]);
    expect(handout).toHaveTextContent('Aucun événement ne correspond à cette sélection.');
    expect(handout).toHaveTextContent('0 événement');
  });
});

describe('PrintButton', () => {
  it('opens the print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderIn('fr', <PrintButton />);
    const button = screen.getByRole('button', { name: 'Imprimer' });
    expect(button).toHaveAccessibleDescription(/document A4/);
    await userEvent.setup().click(button);
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('is named in English too', () => {
    renderIn('en', <PrintButton />);
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
  });
});

describe('WhenPrinting', () => {
  it('keeps the handout out of the page on screen, and puts it in before the browser prints', () => {
    const { container } = renderIn(
      'fr',
      <WhenPrinting>
        <Handout events={store.events} store={store} title={store.title.fr} filterSummary="" />
      </WhenPrinting>,
    );
    expect(container.querySelector('[data-handout]')).toBeNull();
    // Synchronously: the browser lays out the printed page right after beforeprint returns.
    window.dispatchEvent(new Event('beforeprint'));
    expect(container.querySelectorAll('[data-handout-event]')).toHaveLength(store.events.length);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(container.querySelector('[data-handout]')).toBeNull();
  });
});
