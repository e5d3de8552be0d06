import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Presentation } from '../../src/features/present/Presentation';
import { formatEventDate } from '../../src/shared/format-date';
import type { Language } from '../../src/shared/i18n/dictionary';
import type { StoreEvent } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';
import { fakeLinks, renderWithProviders } from '../helpers/render';

const store = readBuiltStore();
const links = fakeLinks;
const byId = (id: string) => store.events.find((event) => event.id === id)!;

function Harness({
  events,
  start,
  onExit,
  onIndex,
}: {
  events: readonly StoreEvent[];
  start: number;
  onExit: () => void;
  onIndex: (index: number) => void;
}) {
  const [index, setIndex] = useState(start);
  return (
    <Presentation
      events={events}
      store={store}
      index={index}
      onIndexChange={(next) => {
        onIndex(next);
        setIndex(next);
      }}
      onExit={onExit}
      links={links}
    />
  );
}

function present({ events = store.events, start = 0, language = 'fr' as Language } = {}) {
  const onExit = vi.fn();
  const onIndex = vi.fn();
  const { unmount, navigate } = renderWithProviders(<Harness events={events} start={start} onExit={onExit} onIndex={onIndex} />, {
    language,
  });
  const dialog = screen.getByRole('dialog');
  const counter = () => dialog.querySelector('[data-present-counter]')!;
  const title = () => within(dialog).getByRole('heading', { level: 2 }).textContent;
  return { dialog, counter, title, onExit, onIndex, navigate, unmount };
}

const press = (key: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(document.activeElement ?? window, { key, ...init });

afterEach(() => {
  document.documentElement.style.overflow = '';
});

describe('Presentation', () => {
  it('opens as a labelled modal dialog holding focus, on the requested slide, and locks the page behind', () => {
    const { dialog, counter, title } = present({ start: 2 });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleName(`Présentation — ${store.title.fr}`);
    expect(dialog).toHaveFocus();
    expect(counter()).toHaveTextContent(`3 / ${store.events.length}`);
    expect(counter()).toHaveTextContent(`Diapositive 3 sur ${store.events.length}`);
    expect(title()).toBe(store.events[2]!.title.fr);
    expect(document.documentElement.style.overflow).toBe('hidden');
  });

  it('shows the title, the date at its precision with how it was fixed, the summary, the first quote and its source', () => {
    const event = byId('aide-allies-ukraine-t1-2025');
    const { dialog } = present({ events: [event] });
    expect(dialog).toHaveTextContent('janvier – mars 2025');
    expect(dialog.querySelector('[data-from="article"]')).toHaveTextContent('Date donnée par l’article');
    expect(dialog).toHaveTextContent(event.summary.fr);
    const quotes = dialog.querySelectorAll('blockquote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toHaveTextContent(event.evidence[0]!.exact);
    expect(quotes[0]).toHaveAttribute('lang', 'fr');
    const article = store.articles.find((candidate) => candidate.id === event.evidence[0]!.article)!;
    expect(dialog.querySelector('cite')).toHaveTextContent(article.title);
    expect(dialog).toHaveTextContent(`date estimée : ${formatEventDate(article.published, 'fr')}`);
    const read = within(dialog).getByRole('link', { name: 'Lire dans l’article' });
    expect(read).toHaveAttribute('href', links.article(article.id, event.evidence[0]!));
  });

  it('shows the “announced” badge and the correction notes of the event', () => {
    const { dialog, unmount } = present({ events: [byId('sommet-de-la-haye')] });
    expect(dialog.querySelector('.present-tag--announced')).toHaveTextContent('annoncé');
    expect(dialog.querySelector('.present-correction')).toBeNull();
    unmount();
    const corrected = byId('rutte-entretien-bloomberg');
    const { dialog: second } = present({ events: [corrected], language: 'en' });
    expect(second.querySelector('.present-tag--announced')).toBeNull();
    expect(second.querySelector('.present-correction')).toHaveTextContent(`Correction ${corrected.notes[0]!.en}`);
    expect(second).toHaveTextContent('Date inferred from a weekday');
    expect(second.querySelector('blockquote')).toHaveTextContent(corrected.evidence[0]!.exact);
  });

  it('moves with the clicker and keyboard keys, and stops at both ends', () => {
    const { counter, title, onIndex } = present();
    press('ArrowRight');
    expect(counter()).toHaveTextContent(`2 / ${store.events.length}`);
    press('PageDown');
    press(' ');
    press('ArrowDown');
    expect(counter()).toHaveTextContent(`5 / ${store.events.length}`);
    press('PageUp');
    press('ArrowLeft');
    press(' ', { shiftKey: true });
    press('ArrowUp');
    expect(counter()).toHaveTextContent(`1 / ${store.events.length}`);
    press('ArrowLeft');
    expect(counter()).toHaveTextContent(`1 / ${store.events.length}`);
    press('End');
    expect(counter()).toHaveTextContent(`${store.events.length} / ${store.events.length}`);
    expect(title()).toBe(store.events.at(-1)!.title.fr);
    onIndex.mockClear();
    press('ArrowRight');
    expect(onIndex).not.toHaveBeenCalled();
    press('Home');
    expect(title()).toBe(store.events[0]!.title.fr);
    expect(onIndex).toHaveBeenLastCalledWith(0);
  });

  it('leaves browser shortcuts alone', () => {
    const { counter, onIndex } = present();
    press('ArrowRight', { altKey: true });
    press('ArrowRight', { ctrlKey: true });
    expect(counter()).toHaveTextContent(`1 / ${store.events.length}`);
    expect(onIndex).not.toHaveBeenCalled();
  });

  it('announces each new slide politely, by number and title', () => {
    const { dialog } = present();
    const status = within(dialog).getByRole('status');
    expect(status).toHaveTextContent('');
    press('PageDown');
    expect(status).toHaveTextContent(`Diapositive 2 sur ${store.events.length}\u00a0: ${store.events[1]!.title.fr}`);
  });

  it('has visible previous and next buttons; Space on a focused button activates it once, not twice', async () => {
    const user = userEvent.setup();
    const { dialog, counter } = present();
    const next = within(dialog).getByRole('button', { name: 'Diapositive suivante' });
    const previous = within(dialog).getByRole('button', { name: 'Diapositive précédente' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(next);
    expect(counter()).toHaveTextContent(`2 / ${store.events.length}`);
    next.focus();
    await user.keyboard(' ');
    expect(counter()).toHaveTextContent(`3 / ${store.events.length}`);
    await user.keyboard('{Enter}');
    expect(counter()).toHaveTextContent(`4 / ${store.events.length}`);
    previous.focus();
    await user.keyboard(' ');
    expect(counter()).toHaveTextContent(`3 / ${store.events.length}`);
    // The clicker still works while a button has focus.
    await user.keyboard('{PageDown}');
    expect(counter()).toHaveTextContent(`4 / ${store.events.length}`);
  });

  it('leaves on Escape and on the exit button', async () => {
    const { onExit, dialog } = present();
    press('Escape');
    expect(onExit).toHaveBeenCalledTimes(1);
    await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Quitter la présentation' }));
    expect(onExit).toHaveBeenCalledTimes(2);
  });

  it('takes no keys once closed, and gives the page its scrolling back', () => {
    const { onIndex, onExit, unmount } = present();
    unmount();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onIndex).not.toHaveBeenCalled();
    expect(onExit).not.toHaveBeenCalled();
    expect(document.documentElement.style.overflow).toBe('');
  });

  it('clamps a slide number beyond the selection to the last slide', () => {
    const events = store.events.slice(0, 3);
    const { counter, title } = present({ events, start: 40 });
    expect(counter()).toHaveTextContent('3 / 3');
    expect(title()).toBe(events[2]!.title.fr);
  });

  it('presents the selection it is given, not the whole store', () => {
    const events = [byId('rutte-prend-ses-fonctions'), byId('sommet-de-la-haye')];
    const { counter, title, dialog } = present({ events, language: 'en' });
    expect(counter()).toHaveTextContent('1 / 2');
    expect(dialog.querySelectorAll('[data-strip-tick]')).toHaveLength(2);
    press('End');
    expect(title()).toBe(events[1]!.title.en);
    expect(dialog.querySelector('[data-strip-tick][data-current]')).toBeInTheDocument();
  });

  it('says so, with a way out, when the selection is empty', async () => {
    const { dialog, onExit } = present({ events: [] });
    expect(dialog).toHaveTextContent('Aucun événement à présenter');
    expect(dialog.querySelector('[data-present-counter]')).toBeNull();
    await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Quitter la présentation' }));
    expect(onExit).toHaveBeenCalled();
  });

  it('does not take keys typed in a text field', () => {
    const { counter, dialog } = present();
    const input = document.createElement('input');
    dialog.append(input);
    input.focus();
    fireEvent.keyDown(input, { key: 'ArrowRight' });
    fireEvent.keyDown(input, { key: ' ' });
    fireEvent.keyDown(input, { key: 'End' });
    expect(counter()).toHaveTextContent(`1 / ${store.events.length}`);
  });

  it('keeps Tab inside the dialog', async () => {
    const user = userEvent.setup();
    const { dialog } = present();
    const buttons = within(dialog).getAllByRole('button');
    buttons.at(-1)!.focus();
    await user.tab();
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).not.toBe(buttons.at(-1));
  });

  it('offers full screen only where the browser allows it, and asks for it on click', async () => {
    const request = vi.fn(() => Promise.reject(new Error('denied')));
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true });
    Object.defineProperty(document.documentElement, 'requestFullscreen', { configurable: true, value: request });
    try {
      const { dialog } = present();
      await act(async () => {
        await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Plein écran' }));
      });
      expect(request).toHaveBeenCalledTimes(1);
      expect(dialog).toBeInTheDocument();
    } finally {
      Reflect.deleteProperty(document, 'fullscreenEnabled');
      Reflect.deleteProperty(document.documentElement, 'requestFullscreen');
    }
  });

  it('has no full-screen button where the browser cannot do it', () => {
    const { dialog } = present();
    expect(within(dialog).queryByRole('button', { name: 'Plein écran' })).toBeNull();
  });
});
