import { Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { ChronologyList } from '../features/chronology/ChronologyList';
import { MESSAGE_SOURCE } from '../features/embed/embed-messages';
import type { Language } from '../shared/i18n/dictionary';
import { useI18n } from '../shared/i18n/language';
import type { AppLinks } from '../shared/links';
import { ExternalLink, NavigationProvider } from '../shared/navigation';
import { isoDayToTime, timeToIsoDay } from '../store/dates';
import { EMPTY_FILTERS, type Filters } from '../store/filters';
import type { Store } from '../store/schema';
import { Feature } from '../shared/ui/Feature';
import { useMediaQuery } from '../shared/hooks/use-media-query';
import { BUILT_IN_SEARCH_INDEX_URL } from '../app/data/use-search-index';
import { useSelection } from '../app/selection/use-selection';
import { EMPTY_URL_STATE, serializeUrlState, type UrlState } from '../shared/url/url-state';
import { serializeEmbedParams, type EmbedParams } from '../shared/url/embed-params';
import { openParentChannel, type CommandHandler, type ParentChannel } from './parent-channel';
import { StoryCard } from './StoryCard';
import { LazyTimelineView as TimelineView } from '../features/timeline/LazyTimelineView';

/** Who opened the shown event: only the reader's own action inside the embed may move focus. */
type SelectedBy = 'load' | 'host' | 'user';

interface EmbedViewProps {
  store: Store;
  params: EmbedParams;
  onLanguage: (language: Language) => void;
}

export function EmbedView({ store, params, onLanguage }: EmbedViewProps) {
  const { t, language } = useI18n();
  const byId = useMemo(() => new Map(store.events.map((event) => [event.id, event])), [store.events]);
  const [selected, setSelected] = useState<{ id: string | null; by: SelectedBy }>(() => ({
    id: params.state.event && byId.has(params.state.event) ? params.state.event : null,
    by: 'load',
  }));
  const [query, setQuery] = useState(params.state.query);
  const [filters, setFilters] = useState<Filters>(params.state.filters);
  const [requestedWindow, setRequestedWindow] = useState(params.state.range);
  // Under 720 px the embed is a story: a card over a time strip; wider, the timeline and a card.
  const story = useMediaQuery('(max-width: 719.98px)');
  const wide = !story;
  const selection = useSelection(store, query, filters, { url: BUILT_IN_SEARCH_INDEX_URL });
  const selectedEvent = selected.id ? byId.get(selected.id) : undefined;
  /** The card's event: the selected one, else the first of the story. */
  const cardEvent = selectedEvent ?? selection.matching[0];
  const rootRef = useRef<HTMLDivElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const channelRef = useRef<ParentChannel | null>(null);

  // --- links: events stay in the embed, articles and the full view open the app in a new tab ----
  const appHref = (change: Partial<UrlState>) =>
    `${new URL('./', window.location.href).pathname}${serializeUrlState({ ...EMPTY_URL_STATE, query, filters, lang: language, scheme: params.state.scheme, ...change })}`;
  const embedHref = (event: string | null) =>
    `${window.location.pathname}${serializeEmbedParams(
      { event, query, filters, range: null },
      { height: params.height, list: params.list, scheme: params.state.scheme ?? 'auto', lang: language },
    )}`;
  const links: AppLinks = {
    event: (id) => embedHref(id),
    article: (id, passage) => appHref({ article: id, passage: passage ?? null }),
    home: () => embedHref(null),
  };
  const navigate = (href: string) => {
    const url = new URL(href, window.location.href);
    if (url.pathname !== window.location.pathname) {
      window.open(url.href, '_blank', 'noopener,noreferrer');
      return;
    }
    const id = url.searchParams.get('event');
    setSelected({ id: id && byId.has(id) ? id : null, by: 'user' });
  };

  // --- the host: commands in, events out ---------------------------------------------------------
  const handle: CommandHandler = (command) => {
    switch (command.type) {
      case 'select':
        if (command.id !== null && !byId.has(command.id)) return `unknown event: ${command.id}`;
        setSelected({ id: command.id, by: 'host' });
        return null;
      case 'setRange':
        setRequestedWindow({ start: isoDayToTime(command.start), end: isoDayToTime(command.end) });
        return null;
      case 'setFilters': {
        setFilters({ ...EMPTY_FILTERS, ...command.filters });
        if (command.q !== undefined) setQuery(command.q);
        const unknown = (['actors', 'places', 'themes'] as const).flatMap((group) =>
          (command.filters[group] ?? []).filter((id) => !store.entities[group].some((entity) => entity.id === id)),
        );
        return unknown.length > 0 ? `unknown filter ids, ignored: ${unknown.join(', ')}` : null;
      }
      case 'setLanguage':
        onLanguage(command.language);
        return null;
    }
  };
  const handleRef = useRef(handle);
  handleRef.current = handle;
  const readyRef = useRef({ events: store.events.length, event: selected.id, language });

  useEffect(() => {
    const channel = openParentChannel(window, (command) => handleRef.current(command));
    channelRef.current = channel;
    channel.post({ source: MESSAGE_SOURCE, type: 'ready', ...readyRef.current });
    return () => {
      channel.close();
      channelRef.current = null;
    };
  }, []);

  const announcedId = useRef(selected.id);
  useEffect(() => {
    if (announcedId.current === selected.id) return;
    announcedId.current = selected.id;
    channelRef.current?.post({ source: MESSAGE_SOURCE, type: 'select', id: selected.id });
  }, [selected.id]);

  const lastRange = useRef('');
  const onRangeChange = (shown: { start: number; end: number }) => {
    const start = timeToIsoDay(shown.start);
    const end = timeToIsoDay(shown.end);
    if (`${start}/${end}` === lastRange.current) return;
    lastRange.current = `${start}/${end}`;
    channelRef.current?.post({ source: MESSAGE_SOURCE, type: 'rangechange', start, end });
  };

  // --- the height the host's iframe should take: the content's, never the viewport's ------------
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const post = () => channelRef.current?.postSize(root.getBoundingClientRect().height);
    const observer = new ResizeObserver(post);
    observer.observe(root);
    post();
    return () => observer.disconnect();
  }, []);

  const timeline = (
    <Feature>
      <Suspense
        fallback={
          <p className="timeline-loading" role="status">
            {t.app.timelineLoading}
          </p>
        }
      >
        <TimelineView
          events={selection.filtered}
          entities={store.entities}
          selectedId={selectedEvent?.id ?? null}
          onSelect={(id) => setSelected({ id, by: 'user' })}
          dimmedIds={selection.dimmedIds}
          window={requestedWindow}
          onRangeChange={onRangeChange}
          variant={story ? 'strip' : 'full'}
        />
      </Suspense>
    </Feature>
  );

  const card = cardEvent && (
    <section className="embed-card" aria-label={t.embed.story}>
      <Feature>
        <StoryCard
          event={cardEvent}
          events={selection.matching}
          store={store}
          links={links}
          onGo={(id) => setSelected({ id, by: 'user' })}
        />
      </Feature>
    </section>
  );

  return (
    <NavigationProvider navigate={navigate}>
      <div
        ref={rootRef}
        className="embed"
        data-list={params.list ? 'shown' : 'hidden'}
        data-layout={wide ? 'wide' : 'stacked'}
        data-selected={selectedEvent?.id ?? ''}
        data-rejected={params.rejected.join(',')}
        style={{ '--embed-height': `${params.height}px` } as CSSProperties}
      >
        <div className="embed-frame">
          <header className="embed-header">
            <h1 className="embed-title">{store.title[language]}</h1>
            <ExternalLink
              href={new URL(appHref({ event: selectedEvent?.id ?? null }), window.location.href).href}
              newTabLabel={t.detail.newTab}
            >
              {t.embed.openFull}
            </ExternalLink>
          </header>
          <main ref={mainRef} tabIndex={-1} className="embed-browse">
            {story && card}
            <div className="embed-timeline">{timeline}</div>
            {params.list && !story && (
              <div className="embed-list">
                <Feature>
                  <ChronologyList
                    events={selection.matching}
                    totalCount={store.events.length}
                    store={store}
                    selectedId={selectedEvent?.id ?? null}
                    links={links}
                    highlight={selection.highlight}
                  />
                </Feature>
              </div>
            )}
          </main>
        </div>
        {!story && card}
      </div>
    </NavigationProvider>
  );
}
