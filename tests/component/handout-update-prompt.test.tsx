import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Dispatch, SetStateAction } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../src/shared/i18n/dictionary';
import { LanguageProvider } from '../../src/shared/i18n/language';

/** A stand-in for the service worker: the test says when a version is installed or waiting. */
const sw = vi.hoisted(() => ({
  updateServiceWorker: vi.fn(async (_reload?: boolean) => {}),
  options: undefined as { immediate?: boolean } | undefined,
  setNeedRefresh: (_value: boolean) => {},
  setOfflineReady: (_value: boolean) => {},
}));

vi.mock('../../src/features/offline/use-register-sw', async () => {
  const { useState } = await import('react');
  return {
    useRegisterSW: (options?: { immediate?: boolean }) => {
      sw.options = options;
      const needRefresh = useState(false);
      const offlineReady = useState(false);
      sw.setNeedRefresh = needRefresh[1] as Dispatch<SetStateAction<boolean>>;
      sw.setOfflineReady = offlineReady[1] as Dispatch<SetStateAction<boolean>>;
      return { needRefresh, offlineReady, updateServiceWorker: sw.updateServiceWorker };
    },
  };
});

const { OFFLINE_READY_MS, UpdatePrompt } = await import('../../src/features/offline/UpdatePrompt');

function renderPrompt(language: Language = 'fr') {
  return render(
    <LanguageProvider language={language}>
      <button type="button">ailleurs dans la page</button>
      <UpdatePrompt />
    </LanguageProvider>,
  );
}

beforeEach(() => {
  sw.updateServiceWorker.mockClear();
});

describe('UpdatePrompt', () => {
  it('registers the service worker at once and shows nothing until it has news', () => {
    renderPrompt();
    expect(sw.options?.immediate).toBe(true);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });

  it('announces a waiting version in the live region that was already there, without taking focus', async () => {
    const user = userEvent.setup();
    renderPrompt();
    const region = screen.getByRole('status');
    const elsewhere = screen.getByRole('button', { name: 'ailleurs dans la page' });
    elsewhere.focus();
    act(() => sw.setNeedRefresh(true));
    expect(screen.getByRole('status')).toBe(region);
    expect(region).toHaveTextContent('Une nouvelle version est disponible.');
    expect(region).toHaveAttribute('data-offline-notice', 'update');
    expect(elsewhere).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Recharger' }));
    expect(sw.updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('lets the reader put the update off: the prompt goes away and nothing reloads', async () => {
    const user = userEvent.setup();
    renderPrompt();
    act(() => sw.setNeedRefresh(true));
    await user.click(screen.getByRole('button', { name: 'Plus tard' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button', { name: 'Recharger' })).not.toBeInTheDocument();
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
  });

  it('says that the app now works offline, in the interface language, with nothing to answer, then goes away', () => {
    vi.useFakeTimers();
    try {
      renderPrompt('en');
      act(() => sw.setOfflineReady(true));
      const region = screen.getByRole('status');
      expect(region).toHaveTextContent('The app is saved: it will work without a connection too.');
      expect(region).toHaveAttribute('data-offline-notice', 'offline-ready');
      // Nothing to answer: only a way to dismiss it sooner.
      expect(
        within(region)
          .getAllByRole('button')
          .map((button) => button.getAttribute('aria-label')),
      ).toEqual(['Dismiss this message']);
      act(() => vi.advanceTimersByTime(OFFLINE_READY_MS - 1));
      expect(region).not.toBeEmptyDOMElement();
      act(() => vi.advanceTimersByTime(1));
      expect(region).toBeEmptyDOMElement();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the saved-for-offline note while the pointer or the focus is on it', () => {
    vi.useFakeTimers();
    try {
      renderPrompt('en');
      act(() => sw.setOfflineReady(true));
      const region = screen.getByRole('status');
      fireEvent.pointerEnter(region);
      act(() => vi.advanceTimersByTime(OFFLINE_READY_MS * 3));
      expect(region).toHaveTextContent('The app is saved');
      fireEvent.pointerLeave(region);
      act(() => within(region).getByRole('button').focus());
      act(() => vi.advanceTimersByTime(OFFLINE_READY_MS * 3));
      expect(region).toHaveTextContent('The app is saved');
      act(() => within(region).getByRole('button').blur());
      act(() => vi.advanceTimersByTime(OFFLINE_READY_MS));
      expect(region).toBeEmptyDOMElement();
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives the update precedence when both happen', () => {
    renderPrompt();
    act(() => {
      sw.setOfflineReady(true);
      sw.setNeedRefresh(true);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Une nouvelle version est disponible.');
    expect(screen.getByRole('status')).not.toHaveTextContent('sans connexion');
  });
});
