/**
 * The embed page (embed.html): the timeline, the list and the detail of one view, without the
 * site's chrome, for an iframe on another site. Its state lives here, not in the URL: pushing
 * history entries inside an iframe would hijack the host page's Back button.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Language } from '../shared/i18n/dictionary';
import { browserLanguage } from '../shared/i18n/browser-language';
import { LanguageProvider, useI18n } from '../shared/i18n/language';
import { storeQueryOptions } from '../app/data/store-query';
import { parseEmbedParams, type EmbedParams } from '../shared/url/embed-params';
import { ViewParamsProvider } from '../shared/url/view-params';
import { EmbedView } from './EmbedView';
import './embed.css';

function EmbedGate({ params, onLanguage }: { params: EmbedParams; onLanguage: (language: Language) => void }) {
  const { t } = useI18n();
  const query = useQuery(storeQueryOptions());
  if (query.isPending) {
    return (
      <p role="status" className="embed-status">
        {t.app.loading}
      </p>
    );
  }
  if (query.isError) {
    return (
      <div role="alert" className="embed-status">
        <p>{t.app.loadFailedTitle}</p>
        <button type="button" onClick={() => void query.refetch()}>
          {t.app.retry}
        </button>
      </div>
    );
  }
  return <EmbedView store={query.data} params={params} onLanguage={onLanguage} />;
}

export function EmbedApp({ search }: { search: string }) {
  const [queryClient] = useState(() => new QueryClient());
  const [params] = useState(() => parseEmbedParams(search));
  const [language, setLanguage] = useState<Language>(() => params.state.lang ?? browserLanguage());

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    if (params.state.scheme) document.documentElement.dataset.scheme = params.state.scheme;
  }, [params.state.scheme]);

  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider language={language}>
        <ViewParamsProvider state={params.state}>
          <EmbedGate params={params} onLanguage={setLanguage} />
        </ViewParamsProvider>
      </LanguageProvider>
    </QueryClientProvider>
  );
}
