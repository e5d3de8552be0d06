import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppShareDialog, ShareButton } from '../../src/features/embed/ShareButton';
import { EMPTY_URL_STATE, type UrlState } from '../../src/shared/url/url-state';
import { parseEmbedParams } from '../../src/shared/url/embed-params';
import { LanguageProvider } from '../../src/shared/i18n/language';
import { EMPTY_FILTERS } from '../../src/store/filters';

const view: UrlState = {
  ...EMPTY_URL_STATE,
  event: 'sommet-la-haye',
  query: 'Kyiv',
  filters: { ...EMPTY_FILTERS, kinds: ['summit'] },
  lang: 'en',
  scheme: null,
};

function renderDialog(onClose = vi.fn()) {
  render(
    <LanguageProvider language="en">
      <AppShareDialog open onClose={onClose} state={view} title="Mark Rutte and NATO" />
    </LanguageProvider>,
  );
  return { onClose, snippet: () => (screen.getByLabelText('Embed code') as HTMLTextAreaElement).value };
}

/** The embed URL written in the snippet, parsed as the embed page will parse it. */
const embedIn = (snippet: string) => {
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&');
  return { url: new URL(src), params: parseEmbedParams(new URL(src).search) };
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('the Share dialog', () => {
  it('writes an embed snippet of the current view, on this origin, with the loader', () => {
    const { snippet } = renderDialog();
    const { url, params } = embedIn(snippet());
    expect(url.origin).toBe(window.location.origin);
    expect(url.pathname).toBe('/embed.html');
    expect(params.state).toMatchObject({ event: 'sommet-la-haye', query: 'Kyiv', lang: 'en' });
    expect(params.state.filters.kinds).toEqual(['summit']);
    expect(snippet()).toContain('title="Mark Rutte and NATO — interactive timeline"');
    expect(snippet()).toContain(`<script src="${window.location.origin}/embed-loader.js" async></script>`);
    expect(screen.getByRole('textbox', { name: 'Embed code' })).toHaveAttribute('readonly');
  });

  it('writes the snippet and the link on SITE_ORIGIN when the build was given one, and previews from this site', () => {
    vi.stubEnv('VITE_SITE_ORIGIN', 'https://example.org');
    const { snippet } = renderDialog();
    expect(embedIn(snippet()).url.origin).toBe('https://example.org');
    expect(snippet()).toContain('<script src="https://example.org/embed-loader.js" async></script>');
    expect((screen.getByRole('textbox', { name: 'Direct link to this view' }) as HTMLInputElement).value).toMatch(
      /^https:\/\/example\.org\/\?/,
    );
    expect(screen.getByTitle('Mark Rutte and NATO — interactive timeline').getAttribute('src')).toMatch(/^\/embed\.html\?/);
  });

  it('updates the snippet as the options change', async () => {
    const user = userEvent.setup();
    const { snippet } = renderDialog();
    await user.click(screen.getByRole('checkbox', { name: 'Show the event list' }));
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    await user.click(screen.getByRole('radio', { name: 'Français' }));
    const height = screen.getByRole('spinbutton', { name: 'Height (pixels)' });
    await user.clear(height);
    await user.type(height, '720');
    const { params } = embedIn(snippet());
    expect(params).toMatchObject({ height: 720, list: false, rejected: [] });
    expect(params.state).toMatchObject({ scheme: 'dark', lang: 'fr' });
    expect(snippet()).toContain('height="720"');
  });

  it('shows a live preview of the embed, lazily loaded and titled', () => {
    renderDialog();
    const preview = screen.getByTitle('Mark Rutte and NATO — interactive timeline');
    expect(preview.tagName).toBe('IFRAME');
    expect(preview).toHaveAttribute('loading', 'lazy');
    expect(preview.getAttribute('src')).toContain('/embed.html?');
  });

  it('gives the direct link to the view in the app', () => {
    renderDialog();
    const link = new URL((screen.getByRole('textbox', { name: 'Direct link to this view' }) as HTMLInputElement).value);
    expect(link.pathname).toBe('/');
    expect(link.searchParams.get('event')).toBe('sommet-la-haye');
    expect(link.searchParams.get('q')).toBe('Kyiv');
  });

  it('copies the snippet to the clipboard and says so', async () => {
    const user = userEvent.setup();
    const { snippet } = renderDialog();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy the code' }));
    expect(writeText).toHaveBeenCalledWith(snippet());
    expect(await screen.findByText('Copied to the clipboard.')).toBeInTheDocument();
  });

  it('without clipboard access, selects the text for a manual copy and says so', async () => {
    const user = userEvent.setup();
    renderDialog();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy the link' }));
    expect(await screen.findByText(/Automatic copy failed/)).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: 'Direct link to this view' }) as HTMLInputElement;
    expect(document.activeElement).toBe(field);
    expect(field.selectionEnd! - field.selectionStart!).toBe(field.value.length);
  });

  it('opens from the Share button and closes with its close button', async () => {
    const user = userEvent.setup();
    render(
      <LanguageProvider language="fr">
        <ShareButton state={view} title="Mark Rutte et l’OTAN" />
      </LanguageProvider>,
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Partager' }));
    expect(screen.getByRole('dialog', { name: 'Partager ou intégrer cette vue' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
