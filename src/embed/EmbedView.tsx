import { useRef, type CSSProperties } from 'react';
import type { Language } from '../shared/i18n/dictionary';
import { useI18n } from '../shared/i18n/language';
import { ExternalLink, NavigationProvider } from '../shared/navigation';
import type { Store } from '../store/schema';
import { Feature } from '../shared/ui/Feature';
import { useMediaQuery } from '../shared/hooks/use-media-query';
import { BUILT_IN_SEARCH_INDEX_URL } from '../app/data/use-search-index';
import { SelectionList, SelectionTimeline } from '../app/selection/SelectionViews';
import { useSelection } from '../app/selection/use-selection';
import type { EmbedParams } from '../shared/url/embed-params';
import { StoryCard } from './StoryCard';
import { useEmbedLinks } from './use-embed-links';
import { useEmbedState } from './use-embed-state';
import { useHostChannel } from './use-host-channel';

interface EmbedViewProps {
  store: Store;
  params: EmbedParams;
  onLanguage: (language: Language) => void;
}

export function EmbedView({ store, params, onLanguage }: EmbedViewProps) {
  const { t, language } = useI18n();
  const embed = useEmbedState(store, params);
  const { byId, selected, setSelected } = embed;
  // Under 720 px the embed is a story: a card over a time strip; wider, the timeline and a card.
  const story = useMediaQuery('(max-width: 719.98px)');
  const wide = !story;
  const selection = useSelection(store, embed.query, embed.filters, { url: BUILT_IN_SEARCH_INDEX_URL });
  const selectedEvent = selected.id ? byId.get(selected.id) : undefined;
  /** The card's event: the selected one, else the first of the story. */
  const cardEvent = selectedEvent ?? selection.matching[0];
  const rootRef = useRef<HTMLDivElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const { appHref, links, navigate } = useEmbedLinks(embed, params, language);
  const onRangeChange = useHostChannel(store, embed, language, onLanguage, rootRef);

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
            <div className="embed-timeline">
              <SelectionTimeline
                store={store}
                selection={selection}
                selectedId={selectedEvent?.id ?? null}
                onSelect={(id) => setSelected({ id, by: 'user' })}
                window={embed.requestedWindow}
                onRangeChange={onRangeChange}
                variant={story ? 'strip' : 'full'}
              />
            </div>
            {params.list && !story && (
              <div className="embed-list">
                <SelectionList store={store} selection={selection} selectedId={selectedEvent?.id ?? null} links={links} />
              </div>
            )}
          </main>
        </div>
        {!story && card}
      </div>
    </NavigationProvider>
  );
}
