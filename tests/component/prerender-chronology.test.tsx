import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChronologyRow } from '../../src/features/chronology/ChronologyRow';
import { renderChronologyHtml } from '../../src/app/prerender/chronology-html';
import { formatEventDate } from '../../src/shared/format-date';
import { dictionaries } from '../../src/shared/i18n/dictionaries';
import type { AppLinks } from '../../src/shared/links';
import { NavigationProvider } from '../../src/shared/navigation';
import type { Store } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();
const links: AppLinks = { event: (id) => `/?event=${id}`, article: (id) => `/?article=${id}`, home: () => '/' };

function parse(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

/** Ids differ (React's useId against fixed ones); what they link stays checked by axe in the e2e test. */
const withoutIds = (html: string) => html.replace(/ id="[^"]*"/g, '');

describe('the pre-rendered chronology (index.html before the app runs)', () => {
  const page = parse(renderChronologyHtml(store, 'fr'));
  const cards = [...page.querySelectorAll('.chrono-card')];

  it('shows the store title as the page heading and every event, in order, with its date', () => {
    expect(page.querySelector('h1')?.textContent).toBe(store.title.fr);
    expect(cards).toHaveLength(store.events.length);
    cards.forEach((card, index) => {
      const event = store.events[index]!;
      expect(card.querySelector('.chrono-title')?.textContent).toBe(event.title.fr);
      expect(card.querySelector('.chrono-when')?.textContent).toBe(formatEventDate(event.date, 'fr'));
      expect(card.querySelector('.chrono-title a')?.getAttribute('href')).toBe(`/?event=${event.id}`);
    });
  });

  it('has the same markup as the app’s own rows, so the app replaces it without a visible change', () => {
    const articles = new Map(store.articles.map((article) => [article.id, article]));
    store.events.forEach((event, index) => {
      const { container, unmount } = render(
        <NavigationProvider navigate={() => undefined}>
          <ChronologyRow
            event={event}
            index={index}
            setSize={store.events.length}
            start={0}
            heading={null}
            selected={false}
            articles={articles}
            links={links}
            highlight={undefined}
            measure={() => undefined}
            language="fr"
            t={dictionaries.fr}
          />
        </NavigationProvider>,
      );
      expect(withoutIds(cards[index]!.outerHTML)).toBe(withoutIds(container.querySelector('.chrono-card')!.outerHTML));
      unmount();
    });
  });

  it('opens each month with a heading, as the app does', () => {
    const months = [...page.querySelectorAll('.chrono-month')].map((heading) => heading.textContent);
    expect(months[0]).toMatch(/^\p{Lu}\p{Ll}+ \d{4}$/u);
    expect(new Set(months).size).toBe(months.length);
  });

  it('writes store text as text, never as markup', () => {
    const event = store.events[0]!;
    const hostile: Store = {
      ...store,
      title: { fr: '<img src=x onerror=alert(1)>', en: 'x' },
      events: [{ ...event, title: { ...event.title, fr: '"><script>alert(1)</script>' }, summary: { ...event.summary, fr: "a & b ' c" } }],
    };
    const hostilePage = parse(renderChronologyHtml(hostile, 'fr'));
    expect(hostilePage.querySelector('script, img')).toBeNull();
    expect(hostilePage.querySelector('h1')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(hostilePage.querySelector('.chrono-title')?.textContent).toBe('"><script>alert(1)</script>');
    expect(hostilePage.querySelector('.chrono-summary')?.textContent).toBe("a & b ' c");
  });

  it('says so when the store has no event', () => {
    const empty = parse(renderChronologyHtml({ ...store, events: [] }, 'fr'));
    expect(empty.querySelector('.chrono-empty')?.textContent).toBe(dictionaries.fr.chronology.empty);
  });
});
