import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Language } from '../shared/i18n/dictionary';
import { LanguageProvider, useI18n } from '../shared/i18n/language';
import { NavigationProvider } from '../shared/navigation';
import { Chronique } from './Chronique';
import { StoreLoadError, storeQueryOptions } from './store-query';
import { useUrlState } from './use-url-state';
import './layout.css';

function browserLanguage(): Language {
  return navigator.languages.some((tag) => tag.toLowerCase().startsWith('fr')) || navigator.language.startsWith('fr')
    ? 'fr'
    : 'en';
}

function LoadError({ error, retry }: { error: Error; retry: () => void }) {
  const { t } = useI18n();
  const invalid = error instanceof StoreLoadError && error.kind === 'schema';
  return (
    <div role="alert" className="load-error">
      <h2>{invalid ? t.app.invalidStoreTitle : t.app.loadFailedTitle}</h2>
      <p>{invalid ? t.app.invalidStoreHelp : t.app.loadFailedHelp}</p>
      {error instanceof StoreLoadError && (
        <p>
          <code>{error.url}</code> — {error.message}
        </p>
      )}
      {error instanceof StoreLoadError && error.details.length > 0 && (
        <ul>
          {error.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={retry}>
        {t.app.retry}
      </button>
    </div>
  );
}

function StoreGate({ url }: { url: ReturnType<typeof useUrlState> }) {
  const { t } = useI18n();
  const query = useQuery(storeQueryOptions());
  if (query.isPending) {
    return (
      <main id="main" className="loading">
        <p role="status">{t.app.loading}</p>
      </main>
    );
  }
  if (query.isError) {
    return (
      <main id="main">
        <LoadError error={query.error} retry={() => void query.refetch()} />
      </main>
    );
  }
  return <Chronique store={query.data} url={url} />;
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
        <SkipLink />
        <StoreGate url={url} />
      </NavigationProvider>
    </LanguageProvider>
  );
}

export function App() {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  );
}
