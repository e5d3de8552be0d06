import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Presentation } from '../../src/features/present/Presentation';
import { PresenterNotes } from '../../src/features/present/PresenterNotes';
import { PresenterView } from '../../src/features/present/PresenterView';
import { LanguageProvider } from '../../src/shared/i18n/language';
import type { AppLinks } from '../../src/shared/links';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();
const links: AppLinks = { event: (id) => `/?event=${id}`, article: (id) => `/?article=${id}`, home: () => '/' };
const byId = (id: string) => store.events.find((event) => event.id === id)!;

describe('PresenterNotes', () => {
  it('lists every passage and every correction with its passage, and names the next slide', () => {
    const event = byId('sentinelle-arctique');
    const next = byId('ministerielle-defense-bruxelles-2026');
    const { container } = render(<PresenterNotes event={event} next={next} store={store} index={19} count={21} />);
    expect(container.querySelector('[data-present-counter]')).toHaveTextContent('20 / 21');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(event.title.fr);
    expect(container).toHaveTextContent(event.date.basis.fr);
    const quotes = [...container.querySelectorAll('blockquote')].map((quote) => quote.textContent);
    for (const evidence of event.evidence) expect(quotes).toContain(evidence.exact);
    for (const note of event.notes) {
      expect(container).toHaveTextContent(note.fr);
      if (note.evidence) expect(quotes).toContain(note.evidence.exact);
    }
    expect(quotes).toHaveLength(event.evidence.length + event.notes.filter((note) => note.evidence).length);
    expect(container.querySelector('[data-presenter-next]')).toHaveTextContent(`Ensuite : ${next.title.fr}`);
  });

  it('says when this is the last slide', () => {
    const event = store.events.at(-1)!;
    const { container } = render(
      <LanguageProvider language="en">
        <PresenterNotes event={event} store={store} index={20} count={21} />
      </LanguageProvider>,
    );
    expect(container.querySelector('[data-presenter-next]')).toHaveTextContent('This is the last slide.');
  });
});

function Pair() {
  const [audience, setAudience] = useState(0);
  const [presenter, setPresenter] = useState(0);
  return (
    <>
      <Presentation
        events={store.events}
        store={store}
        index={audience}
        onIndexChange={setAudience}
        onExit={() => undefined}
        links={links}
      />
      <PresenterView events={store.events} store={store} index={presenter} onIndexChange={setPresenter} />
    </>
  );
}

describe('the presenter view', () => {
  it('stays on the same slide as the audience window, both ways', async () => {
    const { container } = render(<Pair />);
    const audienceCounter = () => screen.getByRole('dialog').querySelector('[data-present-counter]');
    const presenterCounter = () => container.querySelector('[data-presenter] [data-present-counter]');
    const presenter = container.querySelector<HTMLElement>('[data-presenter]')!;

    await userEvent.setup().click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Diapositive suivante' }));
    // The presenter window follows over the channel.
    await waitFor(() => expect(presenterCounter()).toHaveTextContent(`2 / ${store.events.length}`));
    expect(audienceCounter()).toHaveTextContent(`2 / ${store.events.length}`);

    await userEvent.setup().click(within(presenter).getByRole('button', { name: 'Diapositive suivante' }));
    await waitFor(() => expect(audienceCounter()).toHaveTextContent(`3 / ${store.events.length}`));
    expect(presenterCounter()).toHaveTextContent(`3 / ${store.events.length}`);
  });

  it('takes the same keys, but Escape does not close anything there', () => {
    const onIndexChange = vi.fn();
    render(<PresenterView events={store.events} store={store} index={4} onIndexChange={onIndexChange} />);
    fireEvent.keyDown(window, { key: 'PageDown' });
    expect(onIndexChange).toHaveBeenLastCalledWith(5);
    fireEvent.keyDown(window, { key: 'Home' });
    expect(onIndexChange).toHaveBeenLastCalledWith(0);
    onIndexChange.mockClear();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onIndexChange).not.toHaveBeenCalled();
  });

  it('opens in a second window at this slide, and says so when the browser blocks it', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    try {
      render(
        <Presentation
          events={store.events}
          store={store}
          index={6}
          onIndexChange={() => undefined}
          onExit={() => undefined}
          links={links}
        />,
      );
      await userEvent.setup().click(screen.getByRole('button', { name: 'Vue présentateur' }));
      const url = new URL(open.mock.calls[0]![0] as string);
      expect(url.searchParams.get('slide')).toBe('7');
      expect(url.searchParams.get('presenter')).toBe('1');
      expect(screen.getByRole('alert')).toHaveTextContent('La vue présentateur n’a pas pu s’ouvrir');
    } finally {
      open.mockRestore();
    }
  });
});
