import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { ArticleReader } from '../features/reader/ArticleReader';
import { EventDetail } from '../features/detail/EventDetail';
import { TimelineView } from '../features/timeline/TimelineView';
import type { Language } from '../shared/i18n/dictionary';
import { LanguageProvider, useI18n } from '../shared/i18n/language';
import type { AppLinks } from '../shared/links';
import { InternalLink, NavigationProvider } from '../shared/navigation';
import { articleById } from '../store/lookup';
import type { Store } from '../store/schema';
import { FeatureBoundary } from './FeatureBoundary';
import { StoreLoadError, storeQueryOptions } from './store-query';
import { useUrlState } from './use-url-state';
import './layout.css';

function browserLanguage(): Language {
  return navigator.languages.some((tag) => tag.toLowerCase().startsWith('fr')) || navigator.language.startsWith('fr')
    ? 'fr'
    : 'en';
}

function Feature({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <FeatureBoundary
      fallback={(retry) => (
        <div role="alert" className="feature-error">
          <p>{t.app.featureFailed}</p>
          <button type="button" onClick={retry}>
            {t.app.retry}
          </button>
        </div>
      )}
    >
      {children}
    </FeatureBoundary>
  );
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

function LanguageSwitch({ hrefFor }: { hrefFor: (language: Language) => string }) {
  const { t, language } = useI18n();
  return (
    <nav aria-label={t.app.language} className="language-switch">
      {(['fr', 'en'] as const).map((option) => (
        <InternalLink key={option} href={hrefFor(option)} lang={option} aria-current={option === language ? 'true' : undefined}>
          {option === 'fr' ? 'Français' : 'English'}
        </InternalLink>
      ))}
    </nav>
  );
}

function Chronique({ store, url }: { store: Store; url: ReturnType<typeof useUrlState> }) {
  const { t, language } = useI18n();
  const { state, hrefFor } = url;
  const links = useMemo<AppLinks>(
    () => ({
      event: (id) => hrefFor({ event: id, article: null, passage: null }),
      article: (id, passage) => hrefFor({ article: id, passage: passage ?? null }),
      home: () => hrefFor({ event: null, article: null, passage: null }),
    }),
    [hrefFor],
  );
  const selected = state.event ? store.events.find((event) => event.id === state.event) : undefined;
  const article = state.article ? articleById(store, state.article) : undefined;
  const missing = [
    ...(state.event && !selected ? [t.app.unknownEvent(state.event)] : []),
    ...(state.article && !article ? [t.app.unknownArticle(state.article)] : []),
    ...url.rejected.map((name) => t.app.badParameter(name)),
  ];

  useEffect(() => {
    const view = article ? article.title : selected ? selected.title[language] : undefined;
    document.title = view ? `${view} — ${t.app.title}` : `${store.title[language]} — ${t.app.title}`;
  }, [article, selected, language, store, t]);

  return (
    <>
      <header className="site-header">
        <div>
          <p className="site-name">{t.app.title}</p>
          <h1>{store.title[language]}</h1>
        </div>
        <LanguageSwitch hrefFor={(lang) => hrefFor({ lang })} />
      </header>
      {missing.length > 0 && (
        <div role="status" className="url-notice">
          {missing.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <main id="main" tabIndex={-1}>
        {article ? (
          <Feature>
            <ArticleReader article={article} events={store.events} focus={state.passage ?? undefined} links={links} />
          </Feature>
        ) : (
          <div className="workspace" data-panel={selected ? 'open' : 'closed'}>
            <Feature>
              <TimelineView
                events={store.events}
                entities={store.entities}
                selectedId={selected?.id ?? null}
                onSelect={(id) => url.navigate(links.event(id))}
              />
            </Feature>
            {selected && (
              <div className="detail-slot">
                <Feature>
                  <EventDetail event={selected} store={store} links={links} onClose={() => url.navigate(links.home())} />
                </Feature>
              </div>
            )}
          </div>
        )}
      </main>
    </>
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

function SkipLink() {
  const { t } = useI18n();
  return (
    <a className="skip-link" href="#main">
      {t.app.skipToContent}
    </a>
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
