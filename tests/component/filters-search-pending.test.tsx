/**
 * The search box while the search index is not ready: it says so, and never shows a count (or
 * results) that the index did not give. The built-in store's index is loaded from the file made at
 * build time; another store's is built while the page is idle.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectStore, syntheticStore } from '../../bench/synthetic-store';
import { resolveDataUrl } from '../../src/app/data/data-source';
import { searchIndexUrlFor } from '../../src/app/data/use-search-index';
import { useSelection } from '../../src/app/selection/use-selection';
import { SearchBox } from '../../src/features/filters/SearchBox';
import { dictionaries } from '../../src/shared/i18n/dictionaries';
import { LanguageProvider } from '../../src/shared/i18n/language';
import { EMPTY_FILTERS } from '../../src/store/filters';
import type { Store } from '../../src/store/schema';
import { searchStore } from '../../src/store/search';
import { buildSearchIndex, SearchIndexBuilder } from '../../src/store/search-index';
import { compileQuery } from '../../src/store/search-query';
import { readBuiltStore } from '../helpers/built-store';
import { projectRoot } from '../helpers/data-copy';

// To tell an index loaded from its file from one built (the real functions are called).
vi.mock(import('../../src/store/search-index'), { spy: true });

const t = dictionaries.fr.filters;

/** The app's search box and list size, fed by useSelection, with the index file of the store the address names, as the app resolves it. */
function App({ store, query }: { store: Store; query: string }) {
  const source = resolveDataUrl(window.location.search, window.location);
  const selection = useSelection(store, query, EMPTY_FILTERS, { url: 'url' in source ? searchIndexUrlFor(source.url) : null });
  return (
    <LanguageProvider language="fr">
      <SearchBox value={query} onChange={() => {}} resultCount={selection.resultCount} pending={selection.searchPending} />
      <p data-testid="listed">{selection.matching.length}</p>
      <p data-testid="dimmed">{selection.dimmedIds?.size ?? 'none'}</p>
    </LanguageProvider>
  );
}

/** A fresh query cache per render, as a fresh page has: the index file is fetched again. */
const withQueries = (element: ReactElement) => <QueryClientProvider client={new QueryClient()}>{element}</QueryClientProvider>;

const expectedCount = (store: Store, raw: string) => searchStore(buildSearchIndex(store), compileQuery(raw, store.entities)!).count;

afterEach(() => {
  vi.clearAllMocks();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('the search while its index is being prepared', () => {
  it('says it is preparing the search, with no count, until the index is ready', () => {
    render(
      <LanguageProvider language="fr">
        <SearchBox value="otan" onChange={() => {}} resultCount={null} pending="preparing" />
      </LanguageProvider>,
    );
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(t.searchPending);
    expect(status).not.toHaveAttribute('data-result-count');
    expect(dictionaries.en.filters.searchPending).toBe('Preparing the search…');
  });

  it('builds a big store’s index in the background: pending first, then exactly the index’s results', async () => {
    window.history.replaceState(null, '', '/?data=/big.json');
    const big = collectStore(syntheticStore({ events: 6000 }));
    const expected = expectedCount(big, 'Bruxelles');
    render(withQueries(<App store={big} query="Bruxelles" />));
    expect(screen.getByRole('status')).toHaveTextContent(t.searchPending);
    expect(screen.getByRole('status')).not.toHaveAttribute('data-result-count');
    await waitFor(() => expect(screen.getByRole('status')).toHaveAttribute('data-result-count', String(expected)), { timeout: 20_000 });
    expect(screen.getByRole('status')).toHaveTextContent(t.resultCount(expected));
    expect(screen.getByTestId('listed')).toHaveTextContent(String(expected));
    expect(screen.getByTestId('dimmed')).toHaveTextContent(String(big.events.length - expected));
  }, 30_000);

  it('searches a small store other than the built-in one at once', () => {
    window.history.replaceState(null, '', '/?data=/small.json');
    const small = collectStore(syntheticStore({ events: 200 }));
    render(withQueries(<App store={small} query="Bruxelles" />));
    expect(screen.getByRole('status')).toHaveAttribute('data-result-count', String(expectedCount(small, 'Bruxelles')));
  });

  it('loads the built-in store’s index from the file made at build time, without building it', async () => {
    const store = readBuiltStore();
    const file = readFileSync(join(projectRoot, 'public/data/search-index.json'), 'utf8');
    const fetched = vi.fn(async () => new Response(file, { headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetched);
    const expected = String(expectedCount(store, 'otan'));
    vi.mocked(SearchIndexBuilder).mockClear();
    const client = new QueryClient();
    const { rerender } = render(
      <QueryClientProvider client={client}>
        <App store={store} query="" />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(client.getQueryData(['search-index-file', '/data/search-index.json'])).toBeDefined());
    rerender(
      <QueryClientProvider client={client}>
        <App store={store} query="otan" />
      </QueryClientProvider>,
    );
    expect(screen.getByRole('status')).toHaveAttribute('data-result-count', expected);
    expect(fetched).toHaveBeenCalledWith('/data/search-index.json', expect.anything());
    expect(SearchIndexBuilder).not.toHaveBeenCalled();
  });

  it('answers a search that comes before the built-in index file at once (a link with ?q=, a presentation), never pending', () => {
    const store = readBuiltStore();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    );
    render(withQueries(<App store={store} query="otan" />));
    expect(screen.getByRole('status')).not.toHaveTextContent(t.searchPending);
    expect(screen.getByRole('status')).toHaveAttribute('data-result-count', String(expectedCount(store, 'otan')));
    expect(screen.getByTestId('listed')).toHaveTextContent(String(expectedCount(store, 'otan')));
  });

  it('builds the built-in store’s index itself when the file is missing or for another store', async () => {
    const store = readBuiltStore();
    for (const answer of [
      () => new Response('not found', { status: 404 }),
      () => new Response(JSON.stringify({ version: 1, fingerprint: 'other' })),
    ]) {
      const fetched = vi.fn(async () => answer());
      vi.stubGlobal('fetch', fetched);
      const expected = String(expectedCount(store, 'otan'));
      vi.mocked(buildSearchIndex).mockClear();
      const client = new QueryClient();
      const { rerender, unmount } = render(
        <QueryClientProvider client={client}>
          <App store={store} query="" />
        </QueryClientProvider>,
      );
      await waitFor(() => expect(client.getQueryState(['search-index-file', '/data/search-index.json'])?.status).not.toBe('pending'));
      rerender(
        <QueryClientProvider client={client}>
          <App store={store} query="otan" />
        </QueryClientProvider>,
      );
      expect(screen.getByRole('status')).toHaveAttribute('data-result-count', expected);
      expect(fetched).toHaveBeenCalledTimes(1);
      expect(buildSearchIndex).toHaveBeenCalledTimes(1);
      unmount();
    }
  });
});
