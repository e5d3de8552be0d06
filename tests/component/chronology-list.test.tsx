import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createRef, type ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChronologyList, type ChronologyListHandle, type ChronologyListProps } from '../../src/features/chronology/ChronologyList';
import { formatEventDate } from '../../src/shared/format-date';
import type { Language } from '../../src/shared/i18n/dictionary';
import { LanguageProvider } from '../../src/shared/i18n/language';
import type { AppLinks } from '../../src/shared/links';
import { NavigationProvider } from '../../src/shared/navigation';
import type { StoreEvent } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';

// Counts the rows' renders (each row formats its date once per render), calling the real function.
vi.mock(import('../../src/shared/format-date'), { spy: true });

const store = readBuiltStore();
const links: AppLinks = {
  event: (id) => `/?event=${id}`,
  article: (id) => `/?article=${id}`,
  home: () => '/',
};

/*
 * jsdom has no layout, and the list renders only the rows that fit its height. Give it a layout as
 * a browser would: the scroll container is 450 px high, every row 100 px; scrollTo moves and
 * clamps the scroll position, then fires `scroll`.
 */
const VIEWPORT = 450;
const ROW = 100;
const STICKY = 40;
const isScroller = (element: Element) => element.classList.contains('chrono-scroll');
const feedHeight = (element: Element) => parseFloat((element.querySelector('.chrono-feed') as HTMLElement | null)?.style.height ?? '0');
const stubs: Record<'clientHeight' | 'clientWidth' | 'scrollHeight' | 'offsetHeight', (this: HTMLElement) => number> = {
  clientHeight() {
    return isScroller(this) ? VIEWPORT : 0;
  },
  clientWidth() {
    return isScroller(this) ? 390 : 0;
  },
  scrollHeight() {
    return isScroller(this) ? Math.max(feedHeight(this), VIEWPORT) : 0;
  },
  offsetHeight() {
    return this.hasAttribute('data-chronology-event') ? ROW : 0;
  },
};

const originals = Object.fromEntries(
  Object.keys(stubs).map((name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)]),
);

beforeEach(() => {
  for (const [name, get] of Object.entries(stubs)) {
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get });
  }
  HTMLElement.prototype.scrollTo = function scrollTo(this: HTMLElement, options?: ScrollToOptions | number) {
    const top = typeof options === 'object' ? (options.top ?? this.scrollTop) : this.scrollTop;
    const clamped = Math.max(0, Math.min(top, this.scrollHeight - this.clientHeight));
    if (clamped === this.scrollTop) return; // as in a browser: no move, no scroll event
    this.scrollTop = clamped;
    requestAnimationFrame(() => this.dispatchEvent(new Event('scroll')));
  } as typeof HTMLElement.prototype.scrollTo;
});

afterEach(() => {
  for (const [name, original] of Object.entries(originals)) {
    if (original) Object.defineProperty(HTMLElement.prototype, name, original);
    else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
  }
  delete (HTMLElement.prototype as Partial<HTMLElement>).scrollTo;
  vi.clearAllMocks();
});

const nextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
/** Past the virtualizer's scroll-end delay (150 ms), so a scroll is over. */
const scrollEnd = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 200)));

function scroller(): HTMLElement {
  return document.querySelector('.chrono-scroll') as HTMLElement;
}

/** A user's scroll: a wheel turn, then the element scrolls. */
async function userScrollTo(top: number) {
  const element = scroller();
  act(() => {
    element.dispatchEvent(new WheelEvent('wheel', { deltaY: top - element.scrollTop, bubbles: true }));
    element.scrollTop = top;
    element.dispatchEvent(new Event('scroll'));
  });
  await nextFrame();
}

/** Many events, to see virtualization at work: the store's events repeated, ids made unique. */
function manyEvents(count: number): StoreEvent[] {
  return Array.from({ length: count }, (_, index) => {
    const event = store.events[index % store.events.length]!;
    return { ...event, id: `${event.id}-${index}` };
  });
}

function renderList(props: Partial<ChronologyListProps> = {}, language: Language = 'fr', around?: (list: ReactElement) => ReactElement) {
  const navigate = vi.fn();
  const onVisibleChange = vi.fn();
  const ref = createRef<ChronologyListHandle>();
  const allProps: ChronologyListProps = {
    events: store.events,
    totalCount: store.events.length,
    store,
    selectedId: null,
    links,
    onVisibleChange,
    ref,
    ...props,
  };
  const tree = (next: ChronologyListProps) => {
    const list = <ChronologyList {...next} />;
    return (
      <LanguageProvider language={language}>
        <NavigationProvider navigate={navigate}>{around ? around(list) : list}</NavigationProvider>
      </LanguageProvider>
    );
  };
  const result = render(tree(allProps));
  return {
    ...result,
    navigate,
    onVisibleChange,
    ref,
    rerenderWith: (change: Partial<ChronologyListProps>) => result.rerender(tree({ ...allProps, ...change })),
  };
}

const rows = () => [...document.querySelectorAll<HTMLElement>('[data-chronology-event]')];
const rowIds = () => rows().map((row) => row.dataset.chronologyEvent);
const row = (id: string) => document.querySelector<HTMLElement>(`[data-chronology-event="${id}"]`);

describe('ChronologyList', () => {
  it('is a feed named “Chronologie” whose rows are the events in order, each with its date, how the date was fixed, title, summary and first quote', () => {
    renderList();
    const feed = screen.getByRole('feed', { name: 'Chronologie' });
    expect(feed).toHaveAttribute('aria-busy', 'false');
    const shown = rowIds();
    expect(shown.length).toBeGreaterThan(3);
    expect(shown).toEqual(store.events.slice(0, shown.length).map((event) => event.id));

    for (const event of store.events.slice(0, shown.length)) {
      const article = row(event.id)!;
      expect(article.tagName).toBe('ARTICLE');
      expect(article).toHaveAccessibleName(event.title.fr);
      expect(article).toHaveAccessibleDescription(new RegExp(formatEventDate(event.date, 'fr')));
      expect(article).toHaveTextContent(event.summary.fr);
      const link = within(article).getByRole('link', { name: event.title.fr });
      expect(link).toHaveAttribute('href', links.event(event.id));
      const quote = article.querySelector('blockquote')!;
      expect(quote).toHaveAttribute('lang', 'fr');
      expect(quote).toHaveTextContent(event.evidence[0]!.exact);
      const source = store.articles.find((candidate) => candidate.id === event.evidence[0]!.article)!;
      expect(article.querySelector('figcaption cite')).toHaveTextContent(source.title);
    }
    // 2022-06-29, fixed from outside sources; 2024-10-01, given by the article.
    expect(row('sommet-de-madrid-concept-strategique')).toHaveAccessibleDescription('29 juin 2022 Date tirée de sources extérieures');
    expect(row('rutte-prend-ses-fonctions')).toHaveAccessibleDescription('1er octobre 2024 Date donnée par l’article');
    expect(row('rutte-prend-ses-fonctions')!.querySelector('[data-from]')).toHaveAttribute('data-from', 'article');
  });

  it('says how a weekday-inferred date and a month-precision date were fixed, and badges an announced event', () => {
    const ids = ['aide-allies-ukraine-t1-2025', 'witkoff-rencontre-poutine-moscou', 'sommet-de-la-haye'];
    renderList({ events: store.events.filter((event) => ids.includes(event.id)) });
    expect(row(ids[0]!)).toHaveAccessibleDescription('janvier – mars 2025 Date donnée par l’article');
    expect(row(ids[1]!)).toHaveAccessibleDescription('13 mars 2025 Date déduite d’un jour de la semaine');
    expect(row(ids[2]!)).toHaveAccessibleDescription('24–25 juin 2025 Date tirée de sources extérieures annoncé');
    expect(within(row(ids[1]!)!).queryByText('annoncé')).toBeNull();
  });

  it('opens each month with its heading, inside the month’s first article, so the feed holds only articles', () => {
    renderList();
    const feed = screen.getByRole('feed');
    expect([...feed.children].every((child) => child.tagName === 'ARTICLE')).toBe(true);
    const monthOf = (id: string) => row(id)!.querySelector('h3.chrono-month')?.textContent ?? null;
    expect(monthOf('invasion-russe-ukraine')).toBe('Février 2022');
    expect(monthOf('sommet-de-madrid-concept-strategique')).toBe('Juin 2022');
    expect(monthOf('otan-coordination-aide-ukraine')).toBe('Juillet 2024');
    expect(monthOf('rutte-prend-ses-fonctions')).toBe('Octobre 2024');
    expect(monthOf('rutte-premiere-visite-kyiv')).toBeNull();
    expect(monthOf('election-presidentielle-americaine-2024')).toBe('Novembre 2024');
    expect(monthOf('macron-recoit-rutte-elysee')).toBeNull();
    expect(
      within(row('rutte-prend-ses-fonctions')!).getByRole('heading', { level: 3, name: /Mark Rutte prend ses fonctions/ }),
    ).toBeInTheDocument();
  });

  it('gives an event known only to the year a group of its own', () => {
    const [first, second] = store.events.filter((event) => event.date.start.startsWith('2025-03'));
    const yearOnly: StoreEvent = {
      ...first!,
      id: 'year-only',
      date: { ...first!.date, start: '2025-01-01', precision: 'year', edtf: '2025' },
    };
    renderList({ events: [yearOnly, first!, second!] });
    const month = (id: string) => row(id)!.querySelector('h3.chrono-month');
    expect(month('year-only')).toHaveTextContent(/^2025$/);
    expect(month(first!.id)).toHaveTextContent('Mars 2025');
    expect(month(second!.id)).toBeNull();
  });

  it('keeps the month of the rows at the top in view while its heading is scrolled away', async () => {
    // From the Madrid summit on: row 0 opens June 2022, row 1 July 2024, rows 2 and 3 October 2024.
    renderList({ events: store.events.filter((event) => event.date.start >= '2022-06') });
    const label = document.querySelector('.chrono-sticky-label')!;
    expect(label.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(label).not.toBeVisible();
    await userScrollTo(150); // row 1 (July 2024) is at the top, its heading above the view
    expect(label).toBeVisible();
    expect(label).toHaveTextContent('Juillet 2024');
    await userScrollTo(320); // row 3 (Oct 2024, no heading) at the top
    expect(label).toHaveTextContent('Octobre 2024');
    await userScrollTo(200); // row 2 opens October with its own heading, at the very top
    expect(label).not.toBeVisible();
  });

  it('places the rows below a kept row that gains its month heading at once, not a frame later', () => {
    // Here a row with a month heading is 40 px taller, as in a browser.
    const rowHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!.get!;
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return rowHeight.call(this) + (this.querySelector(':scope > .chrono-month') ? STICKY : 0);
      },
    });
    const ids = ['rutte-prend-ses-fonctions', 'rutte-premiere-visite-kyiv', 'election-presidentielle-americaine-2024'];
    const [opening, second, november] = ids.map((id) => store.events.find((event) => event.id === id)!);
    const { rerenderWith } = renderList({ events: [opening!, second!, november!] });
    const offset = (id: string) => row(id)!.style.transform;
    expect(offset(second!.id)).toBe(`translateY(${ROW + STICKY}px)`);
    expect(offset(november!.id)).toBe(`translateY(${2 * ROW + STICKY}px)`);

    // A search leaves out the month's first event: the second one now opens October.
    rerenderWith({ events: [second!, november!] });
    expect(row(second!.id)!.querySelector('.chrono-month')).toHaveTextContent('Octobre 2024');
    expect(offset(november!.id)).toBe(`translateY(${ROW + STICKY}px)`);
  });

  it('renders only the rows in and near the view, telling their position in the whole list', async () => {
    const events = manyEvents(2000);
    renderList({ events, totalCount: 2000 });
    const feed = screen.getByRole('feed');
    expect(rows().length).toBeLessThan(20);
    expect(rows()[0]).toHaveAttribute('aria-posinset', '1');
    for (const article of rows()) expect(article).toHaveAttribute('aria-setsize', '2000');
    expect(feed.style.height).not.toBe('');

    await userScrollTo(100_000);
    await nextFrame();
    const positions = rows().map((article) => Number(article.getAttribute('aria-posinset')));
    expect(positions.length).toBeLessThan(20);
    expect(Math.min(...positions)).toBeGreaterThan(100);
    expect(rows().map((article) => article.dataset.chronologyEvent)).toEqual(positions.map((position) => events[position - 1]!.id));
  });

  it('moves focus article by article with Page Down and Page Up, and to the ends with Home and End', async () => {
    const events = manyEvents(500);
    renderList({ events, totalCount: 500 });
    const user = userEvent.setup();
    rows()[0]!.focus();
    await user.keyboard('{PageDown}');
    expect(document.activeElement).toBe(row(events[1]!.id));
    await user.keyboard('{PageDown}');
    expect(document.activeElement).toBe(row(events[2]!.id));
    await user.keyboard('{PageUp}');
    expect(document.activeElement).toBe(row(events[1]!.id));

    // From a link inside an article too.
    within(row(events[1]!.id)!).getByRole('link').focus();
    await user.keyboard('{PageDown}');
    expect(document.activeElement).toBe(row(events[2]!.id));

    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement).toBe(row(events[499]!.id)));
    expect(document.activeElement).toHaveAttribute('aria-posinset', '500');
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(document.activeElement).toBe(row(events[498]!.id)));
    await user.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement).toBe(row(events[0]!.id)));
    await user.keyboard('{PageUp}');
    expect(document.activeElement).toBe(row(events[0]!.id));
  });

  it('leaves the feed with Ctrl + End and Ctrl + Home', async () => {
    renderList({}, 'fr', (list) => (
      <>
        <button type="button">avant</button>
        {list}
        <button type="button">après</button>
      </>
    ));
    const user = userEvent.setup();
    rows()[2]!.focus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(screen.getByRole('button', { name: 'après' })).toHaveFocus();
    rows()[2]!.focus();
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(screen.getByRole('button', { name: 'avant' })).toHaveFocus();
  });

  it('keeps the focused article rendered when the user scrolls it far out of view', async () => {
    const events = manyEvents(2000);
    renderList({ events, totalCount: 2000 });
    const first = rows()[0]!;
    first.focus();
    await userScrollTo(50_000);
    expect(first).toBeInTheDocument();
    expect(first).toHaveFocus();
    const positions = rows().map((article) => Number(article.getAttribute('aria-posinset')));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions[0]).toBe(1);
    expect(positions[1]).toBeGreaterThan(100);
  });

  it('marks the selected row, only that one', () => {
    const { rerenderWith } = renderList({ selectedId: 'rutte-prend-ses-fonctions' });
    expect(row('rutte-prend-ses-fonctions')).toHaveAttribute('aria-current', 'true');
    expect(document.querySelectorAll('[aria-current]')).toHaveLength(1);
    rerenderWith({ selectedId: 'otan-coordination-aide-ukraine' });
    expect(row('otan-coordination-aide-ukraine')).toHaveAttribute('aria-current', 'true');
    expect(row('rutte-prend-ses-fonctions')).not.toHaveAttribute('aria-current');
  });

  it('re-renders only the rows whose selection changed', () => {
    const { rerenderWith } = renderList({ selectedId: 'rutte-prend-ses-fonctions' });
    expect(rows().length).toBeGreaterThan(6);
    vi.mocked(formatEventDate).mockClear();
    rerenderWith({ selectedId: 'otan-coordination-aide-ukraine' });
    expect(vi.mocked(formatEventDate)).toHaveBeenCalledTimes(2);
  });

  it('re-renders only those rows when the app’s links change with the selection but event links do not', () => {
    // As in the app: the links carry the open event (an article link keeps it), the event links do not.
    const linksFor = (open: string, query = '') => ({
      event: (id: string) => `/?q=${query}&event=${id}`,
      article: (id: string) => `/?q=${query}&event=${open}&article=${id}`,
      home: () => `/?q=${query}`,
    });
    const { rerenderWith } = renderList({ selectedId: 'rutte-prend-ses-fonctions', links: linksFor('rutte-prend-ses-fonctions') });
    vi.mocked(formatEventDate).mockClear();
    rerenderWith({ selectedId: 'otan-coordination-aide-ukraine', links: linksFor('otan-coordination-aide-ukraine') });
    expect(vi.mocked(formatEventDate)).toHaveBeenCalledTimes(2);
    // When the event links do change (a new search), every row links with the new ones.
    rerenderWith({ selectedId: 'otan-coordination-aide-ukraine', links: linksFor('otan-coordination-aide-ukraine', 'otan') });
    for (const element of rows()) {
      expect(within(element).getAllByRole('link')[0]).toHaveAttribute('href', `/?q=otan&event=${element.dataset.chronologyEvent}`);
    }
  });

  it('scrolls a row selected elsewhere into view, without reporting it as the user’s scroll', async () => {
    const last = store.events.at(-1)!;
    const { rerenderWith, onVisibleChange } = renderList();
    expect(row(last.id)).toBeNull();
    rerenderWith({ selectedId: last.id });
    await waitFor(() => expect(row(last.id)).toHaveAttribute('aria-current', 'true'));
    expect(scroller().scrollTop).toBeGreaterThan(1000);
    await nextFrame();
    await scrollEnd();
    expect(onVisibleChange).not.toHaveBeenCalled();
  });

  it('reports the events in view when the user scrolls, once per change', async () => {
    const { onVisibleChange } = renderList();
    await userScrollTo(300);
    // The view is 300–750 px; the top 40 px sit under the month label: rows 3 to 7.
    expect(onVisibleChange).toHaveBeenCalledTimes(1);
    expect(onVisibleChange).toHaveBeenLastCalledWith({ firstId: store.events[3]!.id, lastId: store.events[7]!.id });
    await userScrollTo(310);
    expect(onVisibleChange).toHaveBeenCalledTimes(1);
    await userScrollTo(400);
    expect(onVisibleChange).toHaveBeenLastCalledWith({ firstId: store.events[4]!.id, lastId: store.events[8]!.id });
  });

  it('scrolls an event to the top on scrollToEvent without reporting it, then reports the user’s next scroll', async () => {
    const target = store.events[12]!;
    const { ref, onVisibleChange } = renderList();
    act(() => ref.current!.scrollToEvent(target.id));
    await waitFor(() => expect(row(target.id)).not.toBeNull());
    await nextFrame();
    await nextFrame();
    expect(scroller().scrollTop).toBe(12 * ROW - STICKY);
    await scrollEnd();
    expect(onVisibleChange).not.toHaveBeenCalled();

    await userScrollTo(12 * ROW - STICKY + 250);
    expect(onVisibleChange).toHaveBeenCalledTimes(1);
    expect(onVisibleChange.mock.calls[0]![0].firstId).toBe(store.events[14]!.id);
  });

  it('ignores scrollToEvent for an event that is not in the list', async () => {
    const { ref, onVisibleChange } = renderList();
    act(() => ref.current!.scrollToEvent('no-such-event'));
    await nextFrame();
    expect(scroller().scrollTop).toBe(0);
    expect(onVisibleChange).not.toHaveBeenCalled();
  });

  it('marks the search matches in titles, summaries and quotes', () => {
    const highlight = (text: string) => [...text.matchAll(/Rutte/g)].map((match) => ({ start: match.index, end: match.index + 5 }));
    renderList({ highlight });
    const article = row('rutte-premiere-visite-kyiv')!;
    const event = store.events.find((candidate) => candidate.id === 'rutte-premiere-visite-kyiv')!;
    const marks = [...article.querySelectorAll('mark')];
    expect(marks.length).toBeGreaterThanOrEqual(3);
    expect(marks.every((mark) => mark.textContent === 'Rutte')).toBe(true);
    expect(article.querySelector('h3.chrono-title mark')).not.toBeNull();
    expect(article.querySelector('.chrono-summary mark')).not.toBeNull();
    expect(article.querySelector('blockquote mark')).not.toBeNull();
    // The text reads the same, marks or not.
    expect(within(article).getByRole('link')).toHaveTextContent(event.title.fr);
    expect(article.querySelector('blockquote')).toHaveTextContent(event.evidence[0]!.exact);
  });

  it('has no marks without a search', () => {
    renderList();
    expect(document.querySelector('mark')).toBeNull();
  });

  it('counts the events shown out of all of them', () => {
    renderList({ events: store.events.slice(0, 12) });
    expect(screen.getByText(`12 événements sur ${store.events.length}`)).toBeInTheDocument();
  });

  it('says when no event matches, with no empty feed', () => {
    renderList({ events: [] });
    expect(screen.getByText('Aucun événement ne correspond')).toBeInTheDocument();
    expect(screen.getByText(`0 événement sur ${store.events.length}`)).toBeInTheDocument();
    expect(screen.queryByRole('feed')).toBeNull();
  });

  it('speaks English, and keeps the quotes in the articles’ French', () => {
    renderList({ events: store.events.slice(0, 12) }, 'en');
    expect(screen.getByRole('feed', { name: 'Chronology' })).toBeInTheDocument();
    expect(screen.getByText(`12 of ${store.events.length} events`)).toBeInTheDocument();
    expect(row('rutte-prend-ses-fonctions')).toHaveAccessibleDescription('1 October 2024 Date given by the article');
    expect(row('rutte-prend-ses-fonctions')!.querySelector('h3.chrono-month')).toHaveTextContent('October 2024');
    for (const quote of document.querySelectorAll('blockquote')) expect(quote).toHaveAttribute('lang', 'fr');
  });

  it('navigates in the app when a title is clicked', async () => {
    const { navigate } = renderList();
    await userEvent.click(within(row('rutte-prend-ses-fonctions')!).getByRole('link'));
    expect(navigate).toHaveBeenCalledWith(links.event('rutte-prend-ses-fonctions'));
  });

  it('renders text from the data as text, never as HTML', () => {
    const attack = '<img src=x onerror=alert(1)>';
    const base = store.events[0]!;
    const event: StoreEvent = {
      ...base,
      title: { fr: attack, en: attack },
      summary: { fr: attack, en: attack },
      evidence: [{ ...base.evidence[0]!, exact: attack }],
    };
    const { container } = renderList({ events: [event] });
    expect(container.querySelector('img, script')).toBeNull();
    expect(row(base.id)!.textContent!.split(attack).length).toBe(4);
  });

  it('has no axe violation', async () => {
    const { container } = renderList({ selectedId: 'rutte-prend-ses-fonctions' });
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
  });
});
