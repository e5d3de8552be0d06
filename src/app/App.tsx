import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { browserLanguage } from '../shared/i18n/browser-language';
import { LanguageProvider, useI18n } from '../shared/i18n/language';
import { NavigationProvider } from '../shared/navigation';
import { ViewParamsProvider } from '../shared/url/view-params';
import { DataSourceError } from './data/DataSourceError';
import { resolveDataUrl } from './data/data-source';
import { InvalidEventsNotice } from './data/InvalidEventsNotice';
import { LoadError } from './data/LoadError';
import { SlowStoreNotice } from './data/SlowStoreNotice';
import { restartStoreLoad, selectLoadedStore, SLOW_STORE_AFTER_MS, storeQueryOptions } from './data/store-query';
import { searchIndexUrlFor } from './data/use-search-index';
import { useAfter } from '../shared/hooks/use-after';
import { useUrlState } from './url/use-url-state';
import './layout.css';

type ChroniqueModule = typeof import('./Chronique');
let chroniqueModule: ChroniqueModule | undefined;

/**
 * The app around a loaded store (list, timeline, panels) is a chunk of its own, fetched alongside
 * the store: the shell needs neither to start. main.tsx may load it before the first render.
 */
export function loadChronique(): Promise<ChroniqueModule> {
  return import('./Chronique').then((module) => (chroniqueModule = module));
}

type ChroniqueState = { module?: ChroniqueModule; error?: Error; offline?: boolean };

/**
 * The list's chunk, loaded once. A failed dynamic import stays failed for the page's life, so
 * when the network went away meanwhile the page reloads once it is back (the view is in the URL).
 */
function useChronique(): ChroniqueState {
  const [state, setState] = useState<ChroniqueState>(() => ({ module: chroniqueModule }));
  useEffect(() => {
    if (state.module) return;
    let current = true;
    loadChronique().then(
      (module) => current && setState({ module }),
      (error: unknown) => {
        if (!current) return;
        if (navigator.onLine) setState({ error: error instanceof Error ? error : new Error(String(error)) });
        else setState({ offline: true });
      },
    );
    return () => {
      current = false;
    };
  }, [state.module]);
  useEffect(() => {
    if (!state.offline) return;
    const reload = () => window.location.reload();
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, [state.offline]);
  return state;
}

/** Where the store comes from, read once: later URL changes (filters, selection) keep the same store. */
function useDataSource() {
  const [source] = useState(() => resolveDataUrl(window.location.search, window.location));
  return source;
}

function StoreGate({ url }: { url: ReturnType<typeof useUrlState> }) {
  const source = useDataSource();
  if ('error' in source) {
    return (
      <main id="main">
        <DataSourceError error={source.error} value={source.value} builtInHref={window.location.pathname} />
      </main>
    );
  }
  return <LoadedStoreGate dataUrl={source.url} url={url} />;
}

function LoadedStoreGate({ dataUrl, url }: { dataUrl: string; url: ReturnType<typeof useUrlState> }) {
  const { t } = useI18n();
  const query = useQuery({ ...storeQueryOptions(dataUrl), select: selectLoadedStore });
  const client = useQueryClient();
  const slow = useAfter(query.isPending && query.fetchStatus === 'fetching', SLOW_STORE_AFTER_MS);
  const chronique = useChronique();
  if (chronique.error) {
    return (
      <main id="main">
        <LoadError error={chronique.error} retry={() => window.location.reload()} />
      </main>
    );
  }
  if (query.isError) {
    return (
      <main id="main">
        <LoadError error={query.error} retry={() => void query.refetch()} retrying={query.isFetching} />
      </main>
    );
  }
  if (query.isPending || !chronique.module) {
    const offline = query.fetchStatus === 'paused' || chronique.offline === true;
    return (
      <main id="main" className="loading" data-store-state={offline ? 'offline' : 'loading'}>
        {/* The page's only heading while it loads: what it is waiting for. */}
        <div role="status">
          <h1 className="loading-message">{offline ? t.app.offline : t.app.loading}</h1>
        </div>
        {slow && <SlowStoreNotice onRetry={() => void restartStoreLoad(client, dataUrl)} />}
      </main>
    );
  }
  const { Chronique } = chronique.module;
  return (
    <Chronique
      store={query.data.store}
      split={query.data.split}
      url={url}
      indexUrl={searchIndexUrlFor(dataUrl)}
      storeNotice={
        <InvalidEventsNotice
          rejected={query.data.rejected}
          dropped={query.data.dropped}
          missing={query.data.missing}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      }
    />
  );
}

function SkipLink() {
  const { t } = useI18n();
  return (
    <a className="skip-link" href="#main">
      {t.app.skipToContent}
    </a>
  );
}

function Shell() {
  const url = useUrlState();
  const [fallbackLanguage] = useState(browserLanguage);
  const language = url.state.lang ?? fallbackLanguage;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <LanguageProvider language={language}>
      <NavigationProvider navigate={url.navigate}>
        <ViewParamsProvider state={url.state}>
          <SkipLink />
          <StoreGate url={url} />
        </ViewParamsProvider>
      </NavigationProvider>
    </LanguageProvider>
  );
}

/** `client` lets main.tsx start loading the store before the first render. */
export function App({ client }: { client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  );
}
