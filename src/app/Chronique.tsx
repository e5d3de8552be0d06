import { Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Handout } from '../features/handout/Handout';
import { PrintHint } from '../features/handout/PrintHint';
import { WhenPrinting } from '../features/handout/WhenPrinting';
import {
  LazyPresentation as Presentation,
  LazyPresenterView as PresenterView,
  preloadPresentation,
} from '../features/present/LazyPresentation';
import { LazyArticleReader as ArticleReader, preloadArticleReader } from '../features/reader/LazyArticleReader';
import { useI18n } from '../shared/i18n/language';
import { articleById } from '../store/lookup';
import type { Store } from '../store/schema';
import { describeFilters } from './selection/describe-filters';
import { Feature } from '../shared/ui/Feature';
import './print.css';
import { Browse } from './Browse';
import { ChroniqueHeader } from './ChroniqueHeader';
import { StatusLine } from './StatusLine';
import { useMediaQuery } from '../shared/hooks/use-media-query';
import { useFirstViewShown } from './selection/use-first-view-shown';
import { useSelection } from './selection/use-selection';
import { useAppLinks } from './url/use-app-links';
import type { useUrlState } from './url/use-url-state';
import { useDocumentView } from './use-document-view';
import { EventDetailsProvider, inTheStore } from '../shared/event-details';
import type { SplitSource } from './data/store-query';
import { InvalidEventsNotice } from './data/InvalidEventsNotice';
import { inFull, searchShards, splitDetailsHook, useWholeStore } from './data/use-split-details';

type Url = ReturnType<typeof useUrlState>;

interface ChroniqueProps {
  store: Store;
  /** A split store shown from its index: where its shards are. */
  split?: SplitSource | undefined;
  url: Url;
  /** The store's search-index file, when it has one (see searchIndexUrlFor). */
  indexUrl: string | null;
  /** What of the store could not be shown. */
  storeNotice?: ReactNode;
}

/** The whole app around one loaded store. */
export function Chronique({ store, split, url, indexUrl, storeNotice }: ChroniqueProps) {
  const { t, language } = useI18n();
  const { state, update } = url;
  const phone = useMediaQuery('(max-width: 759.98px)');
  const article = state.article ? articleById(store, state.article) : undefined;
  const browsing = !article && !(state.slide !== null && state.presenter);
  const firstView = useFirstViewShown(browsing);
  const shards = useMemo(() => (split ? searchShards(store, split) : null), [store, split]);
  const selection = useSelection(store, state.query, state.filters, { url: indexUrl, now: firstView.shown }, shards);
  const [wholeAsked, setWholeAsked] = useState(false);
  // A split store's shards all come only for the views that show every event in full.
  const whole = useWholeStore({ store, split }, wholeAsked || state.slide !== null || article !== undefined);
  const fullMatching = useMemo(
    () => (whole.store === store ? selection.matching : whole.store ? inFull(selection.matching, whole.store) : null),
    [whole.store, store, selection.matching],
  );
  const wholeArticle = whole.store && state.article ? articleById(whole.store, state.article) : undefined;
  const detailsHook = useMemo(() => (split ? splitDetailsHook(split) : undefined), [split]);
  /** The window the list asks the timeline to show (the URL's at first); the timeline's own pans are not fed back. */
  const [requestedWindow, setRequestedWindow] = useState(state.range);
  const links = useAppLinks(state);
  const showSlide = (index: number) => update({ slide: index + 1 }, { replace: true });
  // The views the first one does not need come after it, ready before they are asked for.
  useEffect(() => {
    if (!firstView.shown) return;
    preloadArticleReader();
    preloadPresentation();
  }, [firstView.shown]);
  const loading = (
    <p className="timeline-loading" role="status">
      {t.app.viewLoading}
    </p>
  );
  const wholeLoading = (
    <p className="timeline-loading" role="status">
      {t.splitStore.wholeStoreLoading}
    </p>
  );

  const selected = state.event ? store.events.find((event) => event.id === state.event) : undefined;
  const notices = [
    ...(state.event && !selected ? [t.app.unknownEvent(state.event)] : []),
    ...(state.article && !article ? [t.app.unknownArticle(state.article)] : []),
    ...url.rejected.map((name) => t.app.badParameter(name)),
    ...(selection.unknownFilterIds.length > 0 ? [t.app.unknownFilter(selection.unknownFilterIds.join(', '))] : []),
  ];
  const view = article ? article.title : selected ? selected.title[language] : undefined;
  useDocumentView(view ? `${view} — ${t.app.title}` : `${store.title[language]} — ${t.app.title}`, state.scheme);

  return (
    <EventDetailsProvider value={detailsHook ?? inTheStore}>
      {!article && split && !whole.store && <PrintHint />}
      <ChroniqueHeader
        store={store}
        url={url}
        selection={selection}
        reading={article !== undefined}
        whole={whole.store && fullMatching ? { store: whole.store, events: fullMatching } : null}
        wholeLoading={wholeAsked}
        onLoadWhole={() => setWholeAsked(true)}
      />
      <StatusLine
        notices={notices}
        storeNotice={
          whole.loaded?.missing?.length ? (
            <InvalidEventsNotice
              rejected={whole.loaded.rejected}
              dropped={whole.loaded.dropped}
              missing={whole.loaded.missing}
              onRetry={whole.retry}
              retrying={whole.retrying}
            />
          ) : (
            storeNotice
          )
        }
        updates={firstView.shown}
      />
      <main id="main" tabIndex={-1}>
        {state.slide !== null && state.presenter ? (
          // A slide of a searched selection waits for the search's answer: it is never a slide of every event.
          !selection.searchPending &&
          !selection.searchPartial && (
            <Feature>
              <Suspense fallback={loading}>
                {whole.store && fullMatching ? (
                  <PresenterView events={fullMatching} store={whole.store} index={state.slide - 1} onIndexChange={showSlide} />
                ) : (
                  wholeLoading
                )}
              </Suspense>
            </Feature>
          )
        ) : article ? (
          <Feature>
            <Suspense fallback={loading}>
              {whole.store && wholeArticle ? (
                <ArticleReader article={wholeArticle} events={whole.store.events} focus={state.passage ?? undefined} links={links} />
              ) : (
                wholeLoading
              )}
            </Suspense>
          </Feature>
        ) : (
          <Browse
            store={store}
            url={url}
            selection={selection}
            selected={selected}
            links={links}
            requestedWindow={requestedWindow}
            onRequestWindow={setRequestedWindow}
            variant={phone ? 'strip' : 'full'}
            onTimelineReady={firstView.now}
          />
        )}
      </main>
      {state.slide !== null && !state.presenter && !selection.searchPending && !selection.searchPartial && (
        <Feature>
          <Suspense fallback={loading}>
            {whole.store && fullMatching ? (
              <Presentation
                events={fullMatching}
                store={whole.store}
                index={state.slide - 1}
                onIndexChange={showSlide}
                onExit={() => update({ slide: null, presenter: false })}
                links={links}
              />
            ) : (
              wholeLoading
            )}
          </Suspense>
        </Feature>
      )}
      {!article && whole.store && fullMatching && (
        <Feature>
          <WhenPrinting>
            <Handout
              events={fullMatching}
              store={whole.store}
              title={store.title[language]}
              filterSummary={describeFilters(selection.knownFilters, whole.store, t, language)}
            />
          </WhenPrinting>
        </Feature>
      )}
    </EventDetailsProvider>
  );
}
