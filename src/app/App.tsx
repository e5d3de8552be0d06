import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { LanguageProvider, useI18n } from '../shared/i18n/language';
import { StoreLoadError, storeQueryOptions } from './store-query';

function StoreStatus() {
  const { t, language } = useI18n();
  const query = useQuery(storeQueryOptions());
  if (query.isPending) return <p role="status">{t.app.loading}</p>;
  if (query.isError) {
    const error = query.error;
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
        <button type="button" onClick={() => void query.refetch()}>
          {t.app.retry}
        </button>
      </div>
    );
  }
  const store = query.data;
  return (
    <>
      <h1>{store.title[language]}</h1>
      <p>{t.app.eventCount(store.events.length)}</p>
    </>
  );
}

export function App() {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider language="fr">
        <main id="main">
          <StoreStatus />
        </main>
      </LanguageProvider>
    </QueryClientProvider>
  );
}
