import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { EventDetail } from '../../src/features/detail/EventDetail';
import { formatEventDate } from '../../src/shared/format-date';
import type { Language } from '../../src/shared/i18n/dictionary';
import type { StoreEvent } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';
import { fakeLinks, renderWithProviders } from '../helpers/render';

const store = readBuiltStore();
const links = fakeLinks;
const byId = (id: string) => store.events.find((event) => event.id === id)!;

const renderIn = (language: Language, element: ReactElement) => renderWithProviders(element, { language });

function renderDetail(event: StoreEvent, language: Language = 'fr', onClose = vi.fn()) {
  return { ...renderIn(language, <EventDetail event={event} store={store} links={links} onClose={onClose} />), onClose };
}

describe('EventDetail', () => {
  it('shows the title as the panel’s heading, focused, with the date at its precision, kind, summary and entities', () => {
    const event = byId('aide-allies-ukraine-t1-2025');
    renderDetail(event);
    const panel = screen.getByRole('complementary', { name: event.title.fr });
    const title = within(panel).getByRole('heading', { level: 2, name: event.title.fr });
    expect(title).toHaveFocus();
    expect(panel).toHaveClass('event-detail');
    expect(panel).toHaveTextContent(formatEventDate(event.date, 'fr'));
    expect(panel).toHaveTextContent('janvier – mars 2025');
    expect(panel).toHaveTextContent('Aide');
    expect(panel).toHaveTextContent(event.summary.fr);
    expect(within(panel).getByRole('heading', { name: 'Thèmes' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Aide militaire à l’Ukraine');
  });

  it('speaks the interface language, and keeps quotes in the article’s French', () => {
    const event = byId('witkoff-rencontre-poutine-moscou');
    renderDetail(event, 'en');
    const panel = screen.getByRole('complementary', { name: event.title.en });
    expect(panel).toHaveTextContent('13 March 2025');
    expect(panel).toHaveTextContent('Date inferred from a weekday');
    expect(panel).toHaveTextContent(event.date.basis.en);
    expect(panel).toHaveTextContent('Vladimir Putin');
    expect(panel).toHaveTextContent('Meeting');
    for (const quote of panel.querySelectorAll('blockquote')) expect(quote).toHaveAttribute('lang', 'fr');
    expect(within(panel).getAllByRole('link', { name: 'Read in the article' })).toHaveLength(event.evidence.length + event.notes.length);
  });

  it('says how the date was fixed, for each of the three ways', () => {
    const cases = [
      ['rutte-prend-ses-fonctions', 'Date donnée par l’article', 'article'],
      ['witkoff-rencontre-poutine-moscou', 'Date déduite d’un jour de la semaine', 'weekday'],
      ['appel-rubio-rutte', 'Date tirée de sources extérieures', 'outside'],
    ] as const;
    for (const [id, wording, from] of cases) {
      const event = byId(id);
      const { unmount, container } = renderDetail(event);
      expect(screen.getByText(wording)).toBeInTheDocument();
      expect(container.querySelector(`[data-from="${from}"]`)).toHaveTextContent(event.date.basis.fr);
      unmount();
    }
    renderDetail(byId('witkoff-rencontre-poutine-moscou'));
    expect(screen.getByText(/« jeudi »/)).toBeInTheDocument();
  });

  it('lists the outside sources of an outside date as links that open in a new tab, and say so', () => {
    const event = byId('appel-rubio-rutte');
    const { container } = renderDetail(event);
    const dateBlock = container.querySelector('[data-from="outside"]') as HTMLElement;
    for (const source of event.corroboration) {
      const link = within(dateBlock).getByRole('link', { name: new RegExp(source.site) });
      expect(link).toHaveAttribute('href', source.url);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link).toHaveTextContent('s’ouvre dans un nouvel onglet');
    }
    expect(dateBlock).toHaveTextContent('publié le 18 avril 2025');
  });

  it('quotes every evidence passage with its source and a link to the reader at that passage', async () => {
    const event = byId('macron-recoit-rutte-elysee');
    const { navigate } = renderDetail(event);
    const quotes = document.querySelectorAll('blockquote');
    expect([...quotes].map((quote) => quote.textContent)).toEqual(event.evidence.map((quote) => quote.exact));
    const readLinks = screen.getAllByRole('link', { name: 'Lire dans l’article' });
    expect(readLinks.map((link) => link.getAttribute('href'))).toEqual(
      event.evidence.map((quote) => links.article(quote.article, { start: quote.start, end: quote.end })),
    );
    expect(readLinks[0]).toHaveAccessibleDescription(/Emmanuel Macron et Mark Rutte/);
    expect(screen.getAllByText(/date estimée : 11–12 novembre 2024/)).toHaveLength(2);
    await userEvent.click(readLinks[0]!);
    expect(navigate).toHaveBeenCalledWith(links.article(event.evidence[0]!.article, event.evidence[0]!));
  });

  it('marks the notes as corrections, with their passage quoted and linked', () => {
    const event = byId('sentinelle-arctique');
    renderDetail(event);
    const section = screen.getByRole('region', { name: 'Corrections' });
    expect(within(section).getByText('Correction')).toBeInTheDocument();
    expect(section).toHaveTextContent(event.notes[0]!.fr);
    const passage = event.notes[0]!.evidence!;
    expect(within(section).getByText(passage.exact).closest('blockquote')).toHaveAttribute('lang', 'fr');
    expect(within(section).getByRole('link', { name: 'Lire dans l’article' })).toHaveAttribute(
      'href',
      links.article(passage.article, { start: passage.start, end: passage.end }),
    );
  });

  it('has no correction section when the event has no note', () => {
    renderDetail(byId('rutte-prend-ses-fonctions'));
    expect(screen.queryByRole('region', { name: 'Corrections' })).toBeNull();
  });

  it('badges an announced event', () => {
    renderDetail(byId('sommet-de-la-haye'));
    expect(screen.getByText('annoncé')).toBeInTheDocument();
    renderDetail(byId('sommet-de-la-haye'), 'en');
    expect(screen.getByText('announced')).toBeInTheDocument();
  });

  it('links to the previous and next events in the store’s order, named by their titles', () => {
    const index = 5;
    const event = store.events[index]!;
    renderDetail(event);
    const nav = screen.getByRole('navigation', { name: 'Événements voisins' });
    const previous = within(nav).getByRole('link', {
      name: new RegExp(`Événement précédent.*${escape(store.events[index - 1]!.title.fr)}`),
    });
    const next = within(nav).getByRole('link', { name: new RegExp(`Événement suivant.*${escape(store.events[index + 1]!.title.fr)}`) });
    expect(previous).toHaveAttribute('href', links.event(store.events[index - 1]!.id));
    expect(next).toHaveAttribute('href', links.event(store.events[index + 1]!.id));
  });

  it('has no previous link on the first event and no next link on the last', () => {
    const { unmount } = renderDetail(store.events[0]!);
    expect(screen.queryByRole('link', { name: /Événement précédent/ })).toBeNull();
    expect(screen.getByRole('link', { name: /Événement suivant/ })).toBeInTheDocument();
    unmount();
    renderDetail(store.events.at(-1)!);
    expect(screen.queryByRole('link', { name: /Événement suivant/ })).toBeNull();
  });

  it('closes with its button and with Escape from inside the panel', async () => {
    const { onClose } = renderDetail(byId('appel-rubio-rutte'));
    await userEvent.click(screen.getByRole('button', { name: 'Fermer le détail' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
    screen.getAllByRole('link', { name: 'Lire dans l’article' })[0]!.focus();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(3);
  });

  it('moves focus to the new title when another event is shown', () => {
    const first = byId('appel-rubio-rutte');
    const second = byId('sommet-de-la-haye');
    const onClose = vi.fn();
    const { rerender } = renderDetail(first, 'fr', onClose);
    const panel = screen.getByRole('complementary');
    screen.getByRole('button', { name: 'Fermer le détail' }).focus();
    rerender(<EventDetail event={second} store={store} links={links} onClose={onClose} />);
    expect(screen.getByRole('complementary')).toBe(panel);
    expect(screen.getByRole('heading', { level: 2, name: second.title.fr })).toHaveFocus();
  });

  it('renders text from the data as text, never as HTML', () => {
    const attack = '<img src=x onerror=alert(1)>';
    const base = byId('sentinelle-arctique');
    const event: StoreEvent = {
      ...base,
      title: { fr: attack, en: attack },
      summary: { fr: `<script>alert(1)</script>${attack}`, en: attack },
      evidence: [{ ...base.evidence[0]!, exact: attack }],
      notes: [{ fr: attack, en: attack }],
      corroboration: [{ url: 'https://example.org/', site: attack }],
      date: { ...base.date, from: 'outside', basis: { fr: attack, en: attack } },
    };
    const { container } = renderDetail(event);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(attack);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.textContent!.split(attack).length).toBeGreaterThan(5);
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
