import { Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ChronologyList, type ChronologyListHandle } from '../features/chronology/ChronologyList';
import { EventDetail } from '../features/detail/EventDetail';
import { ExportMenu } from '../features/export/ExportMenu';
import { FilterPanel } from '../features/filters/FilterPanel';
import { Handout } from '../features/handout/Handout';
import { PrintButton } from '../features/handout/PrintButton';
import { WhenPrinting } from '../features/handout/WhenPrinting';
import { SearchBox } from '../features/filters/SearchBox';
import { PresentLink } from '../features/present/PresentLink';
import { Presentation } from '../features/present/Presentation';
import { PresenterView } from '../features/present/PresenterView';
import { ArticleReader } from '../features/reader/ArticleReader';
import { useI18n } from '../shared/i18n/language';
import type { AppLinks } from '../shared/links';
import { articleById } from '../store/lookup';
import type { Store } from '../store/schema';
import { ShareButton } from '../features/embed/ShareButton';
import { describeFilters } from './selection/describe-filters';
import { Feature } from '../shared/ui/Feature';
import './print.css';
import { Header } from './Header';
import { StatusLine } from './StatusLine';
import { firstEventInWindow, windowForEvents } from './selection/list-timeline-sync';
import { useMediaQuery } from '../shared/hooks/use-media-query';
import { drawingLayout } from '../features/timeline/drawing-layout';
import { TimelineDrawing } from '../features/timeline/TimelineDrawing';
import { useFirstViewShown } from './selection/use-first-view-shown';
import { useSelection } from './selection/use-selection';
import type { useUrlState } from './url/use-url-state';
import { linkState, serializeUrlState } from '../shared/url/url-state';
import { LazyTimelineView as TimelineView } from '../features/timeline/LazyTimelineView';

type Url = ReturnType<typeof useUrlState>;

interface ChroniqueProps {
  store: Store;
  url: Url;
  /** The store's search-index file, when it has one (see searchIndexUrlFor). */
  indexUrl: string | null;
  /** What of the store could not be shown. */
  storeNotice?: ReactNode;
}

/** The whole app around one loaded store. */
export function Chronique({ store, url, indexUrl, storeNotice }: ChroniqueProps) {
  const { t, language } = useI18n();
  const { state, update } = url;
  const phone = useMediaQuery('(max-width: 759.98px)');
  const article = state.article ? articleById(store, state.article) : undefined;
  const browsing = !article && !(state.slide !== null && state.presenter);
  const firstView = useFirstViewShown(browsing);
  const selection = useSelection(store, state.query, state.filters, { url: indexUrl, now: firstView.shown });
  const listRef = useRef<ChronologyListHandle>(null);
  /** The window the list asks the timeline to show (the URL's at first); the timeline's own pans are not fed back. */
  const [requestedWindow, setRequestedWindow] = useState(state.range);
  // While the timeline's chunk loads, the default view shows its drawing (as the pre-render does).
  const variant = phone ? 'strip' : 'full';
  const drawing = useMemo(
    () => (state.range || state.event ? null : drawingLayout(selection.filtered, store.entities, variant, language, t)),
    [state.range, state.event, selection.filtered, store.entities, variant, language, t],
  );

  // Links carry the view (search, filters, language) but not the visible range, so they stay the
  // same while the timeline pans and list rows need not re-render.
  const linkBase = serializeUrlState(linkState(state));
  const links = useMemo<AppLinks>(() => {
    const base = linkState(state);
    const href = (change: Partial<typeof state>) => `${window.location.pathname}${serializeUrlState({ ...base, ...change })}`;
    return {
      event: (id) => href({ event: id, article: null, passage: null }),
      article: (id, passage) => href({ article: id, passage: passage ?? null }),
      home: () => href({ event: null, article: null, passage: null }),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the links depend on the serialized state only
  }, [linkBase]);

  const selected = state.event ? store.events.find((event) => event.id === state.event) : undefined;
  const notices = [
    ...(state.event && !selected ? [t.app.unknownEvent(state.event)] : []),
    ...(state.article && !article ? [t.app.unknownArticle(state.article)] : []),
    ...url.rejected.map((name) => t.app.badParameter(name)),
    ...(selection.unknownFilterIds.length > 0 ? [t.app.unknownFilter(selection.unknownFilterIds.join(', '))] : []),
  ];

  useEffect(() => {
    const view = article ? article.title : selected ? selected.title[language] : undefined;
    document.title = view ? `${view} — ${t.app.title}` : `${store.title[language]} — ${t.app.title}`;
  }, [article, selected, language, store, t]);

  useEffect(() => {
    if (state.scheme) document.documentElement.dataset.scheme = state.scheme;
    else delete document.documentElement.dataset.scheme;
  }, [state.scheme]);

  const byId = useMemo(() => new Map(store.events.map((event) => [event.id, event])), [store.events]);

  return (
    <>
      <Header
        title={store.title[language]}
        languageHref={(lang) => url.hrefFor({ lang })}
        scheme={state.scheme}
        onSchemeChange={(scheme) => update({ scheme }, { replace: true })}
        search={
          !article && (
            <Feature>
              <SearchBox
                value={state.query}
                onChange={(query) => update({ query }, { replace: true })}
                resultCount={selection.resultCount}
                pending={selection.searchPending}
              />
            </Feature>
          )
        }
        actions={
          <>
            <Feature>
              <ShareButton
                state={{ ...state, filters: selection.knownFilters, lang: state.lang ?? language }}
                title={store.title[language]}
              />
            </Feature>
            {!article && (
              <Feature>
                <PresentLink href={url.hrefFor({ slide: 1, presenter: false, event: null })} count={selection.matching.length} />
              </Feature>
            )}
          </>
        }
        menu={
          !article && (
            <>
              <Feature>
                <PrintButton />
              </Feature>
              <Feature>
                <ExportMenu events={selection.matching} store={store} />
              </Feature>
            </>
          )
        }
      />
      <StatusLine notices={notices} storeNotice={storeNotice} updates={firstView.shown} />
      <main id="main" tabIndex={-1}>
        {state.slide !== null && state.presenter ? (
          <Feature>
            <PresenterView
              events={selection.matching}
              store={store}
              index={state.slide - 1}
              onIndexChange={(index) => update({ slide: index + 1 }, { replace: true })}
            />
          </Feature>
        ) : article ? (
          <Feature>
            <ArticleReader article={article} events={store.events} focus={state.passage ?? undefined} links={links} />
          </Feature>
        ) : (
          <div className="browse" data-panel={selected ? 'open' : 'closed'}>
            <section className="browse-list" aria-label={t.app.browse}>
              <div className="browse-tools">
                <Feature>
                  <FilterPanel
                    events={store.events}
                    entities={store.entities}
                    filters={selection.knownFilters}
                    counts={selection.counts}
                    onChange={(filters) => update({ filters })}
                  />
                </Feature>
              </div>
              <Feature>
                <ChronologyList
                  ref={listRef}
                  events={selection.matching}
                  totalCount={store.events.length}
                  store={store}
                  selectedId={selected?.id ?? null}
                  links={links}
                  highlight={selection.highlight}
                  onVisibleChange={({ firstId, lastId }) => {
                    const first = byId.get(firstId);
                    const last = byId.get(lastId);
                    if (first && last) setRequestedWindow(windowForEvents(first, last));
                  }}
                />
              </Feature>
            </section>
            <div className="browse-timeline">
              <Feature>
                <Suspense
                  fallback={
                    drawing ? (
                      <TimelineDrawing layout={drawing} />
                    ) : (
                      <p className="timeline-loading" role="status">
                        {t.app.timelineLoading}
                      </p>
                    )
                  }
                >
                  <TimelineView
                    onReady={firstView.now}
                    events={selection.filtered}
                    entities={store.entities}
                    selectedId={selected?.id ?? null}
                    onSelect={(id) => url.navigate(links.event(id))}
                    dimmedIds={selection.dimmedIds}
                    window={requestedWindow}
                    onRangeChange={(window, byUser) => {
                      update({ range: window }, { replace: true });
                      if (!byUser) return;
                      const first = firstEventInWindow(selection.matching, window);
                      if (first) listRef.current?.scrollToEvent(first.id);
                    }}
                    variant={variant}
                  />
                </Suspense>
              </Feature>
            </div>
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
      {state.slide !== null && !state.presenter && (
        <Feature>
          <Presentation
            events={selection.matching}
            store={store}
            index={state.slide - 1}
            onIndexChange={(index) => update({ slide: index + 1 }, { replace: true })}
            onExit={() => update({ slide: null, presenter: false })}
            links={links}
          />
        </Feature>
      )}
      {!article && (
        <Feature>
          <WhenPrinting>
            <Handout
              events={selection.matching}
              store={store}
              title={store.title[language]}
              query={state.query}
              filterSummary={describeFilters(selection.knownFilters, store, t, language)}
            />
          </WhenPrinting>
        </Feature>
      )}
    </>
  );
}
