/**
 * The search worker as the app uses it, in jsdom with a stand-in Worker that runs the real
 * SearchWorkerCore in this thread (asynchronously, as a worker answers): the count comes from the
 * worker, only the latest query's answer is shown, and a worker that fails leaves the search to
 * the main thread.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectStore, syntheticStore } from '../../bench/synthetic-store';
import { useSelection } from '../../src/app/selection/use-selection';
import { SearchBox } from '../../src/features/filters/SearchBox';
import { dictionaries } from '../../src/shared/i18n/dictionaries';
import { LanguageProvider } from '../../src/shared/i18n/language';
import { EMPTY_FILTERS } from '../../src/store/filters';
import type { Store } from '../../src/store/schema';
import { searchStore } from '../../src/store/search';
import { buildSearchIndex } from '../../src/store/search-index';
import { compileQuery } from '../../src/store/search-query';
import { SearchWorkerCore } from '../../src/store/search-worker-core';
import type { FromSearchWorker, ToSearchWorker } from '../../src/store/search-worker-protocol';

const t = dictionaries.fr.filters;
const store = collectStore(syntheticStore({ events: 300 }));
const expectedCount = (raw: string) => searchStore(buildSearchIndex(store), compileQuery(raw, store.entities)!).count;

const renders = { count: 0 };

function App({ query }: { query: string }) {
  renders.count += 1;
  const selection = useSelection(store as Store, query, EMPTY_FILTERS, { url: null });
  return (
    <LanguageProvider language="fr">
      <SearchBox
        value={query}
        onChange={() => {}}
        resultCount={selection.resultCount}
        pending={selection.searchPending}
        partial={selection.searchPartial}
        searchBy={selection.searchBy}
      />
      <p data-testid="listed">{selection.matching.length}</p>
    </LanguageProvider>
  );
}

/**
 * A Worker whose other side is SearchWorkerCore, answering a task later; `delays` holds back the
 * answers to chosen queries; with `slicesHeld`, the store's events after its first slice reach the
 * worker only once `slicesHeld.release()` is called.
 */
function fakeWorker(delays: Map<number, number> = new Map(), slicesHeld?: { release: () => void }) {
  const created: FakeWorker[] = [];
  class FakeWorker {
    onmessage: ((event: MessageEvent<FromSearchWorker>) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;
    received: ToSearchWorker[] = [];
    private readonly core = new SearchWorkerCore(
      async () => null,
      (message) => {
        const delay = message.type === 'answer' ? (delays.get(message.query) ?? 0) : 0;
        setTimeout(() => this.onmessage?.({ data: message } as MessageEvent<FromSearchWorker>), delay);
      },
    );
    constructor() {
      created.push(this);
      if (slicesHeld) slicesHeld.release = () => this.release();
    }
    private held: ToSearchWorker[] | null = slicesHeld ? [] : null;
    postMessage(message: ToSearchWorker) {
      this.received.push(message);
      const slices = this.received.filter((sent) => sent.type === 'events').length;
      if (this.held && message.type === 'events' && slices > 1) {
        this.held.push(message);
        return;
      }
      setTimeout(() => this.core.receive(structuredClone(message)), 0);
    }
    release() {
      for (const message of this.held ?? []) setTimeout(() => this.core.receive(structuredClone(message)), 0);
      this.held = null;
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FakeWorker);
  return created;
}

const withQueries = (query: string) => (
  <QueryClientProvider client={new QueryClient()}>
    <App query={query} />
  </QueryClientProvider>
);

afterEach(() => vi.unstubAllGlobals());

describe('search in a worker, as the app uses it', () => {
  it('shows the worker’s answer: pending with no count and no event listed first, then the count', async () => {
    fakeWorker();
    render(withQueries('Bruxelles'));
    expect(screen.getByRole('status')).not.toHaveAttribute('data-result-count');
    expect(screen.getByTestId('listed')).toHaveTextContent('0');
    const expected = String(expectedCount('Bruxelles'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveAttribute('data-result-count', expected));
    expect(screen.getByRole('status')).toHaveAttribute('data-search-by', 'worker');
    expect(screen.getByRole('status')).toHaveTextContent(t.resultCount(Number(expected)));
    expect(screen.getByTestId('listed')).toHaveTextContent(expected);
  });

  it('answers before the index is ready, from the events the worker has: the count says « pour l’instant », then the complete one', async () => {
    const slicesHeld = { release: () => {} };
    fakeWorker(new Map(), slicesHeld);
    render(withQueries('Bruxelles'));
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveAttribute('data-partial', 'true'));
    // From the first slice only (250 events of 300): fewer than the whole store has, listed as counted.
    const early = Number(status.getAttribute('data-result-count'));
    const all = expectedCount('Bruxelles');
    expect(early).toBeLessThan(all);
    expect(status).toHaveTextContent(t.resultCountSoFar(early));
    expect(status).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByTestId('listed')).toHaveTextContent(String(early));
    slicesHeld.release();
    await waitFor(() => expect(status).toHaveAttribute('data-result-count', String(all)));
    expect(status).not.toHaveAttribute('data-partial');
    expect(status).not.toHaveAttribute('aria-busy');
    expect(status).toHaveTextContent(t.resultCount(all));
    expect(dictionaries.en.filters.resultCountSoFar(2)).toBe('2 events found so far, still searching…');
  });

  it('drops a late answer to an older query', async () => {
    // The first query's answer comes long after the second's.
    const workers = fakeWorker(new Map([[1, 300]]));
    const { rerender } = render(withQueries('Bruxelles'));
    await waitFor(() => expect(workers.at(-1)?.received.some((message) => message.type === 'search')).toBe(true));
    rerender(withQueries('sommet'));
    const expected = String(expectedCount('sommet'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveAttribute('data-result-count', expected));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(screen.getByRole('status')).toHaveAttribute('data-result-count', expected);
    expect(screen.getByTestId('listed')).toHaveTextContent(expected);
  });

  it('renders a new query once until its answer comes: sending it to the worker costs no second render', async () => {
    // The second query's answer is held back, to count the renders while it is awaited.
    const workers = fakeWorker(new Map([[2, 200]]));
    const { rerender } = render(withQueries('Bruxelles'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveAttribute('data-result-count', String(expectedCount('Bruxelles'))));
    renders.count = 0;
    rerender(withQueries('sommet'));
    await waitFor(() => expect(workers.at(-1)?.received.filter((message) => message.type === 'search')).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(renders.count).toBe(1);
    await waitFor(() => expect(screen.getByRole('status')).toHaveAttribute('data-result-count', String(expectedCount('sommet'))));
  });

  it('searches on the main thread when the worker fails', async () => {
    class BrokenWorker {
      onerror: ((event: Event) => void) | null = null;
      onmessage = null;
      constructor() {
        setTimeout(() => this.onerror?.(new Event('error')), 0);
      }
      postMessage() {}
      terminate() {}
    }
    vi.stubGlobal('Worker', BrokenWorker);
    render(withQueries('Bruxelles'));
    const expected = String(expectedCount('Bruxelles'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveAttribute('data-result-count', expected));
    expect(screen.getByRole('status')).toHaveAttribute('data-search-by', 'main');
  });
});
