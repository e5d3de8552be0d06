import { useId, type KeyboardEvent } from 'react';
import { formatEventDate } from '../shared/format-date';
import { useI18n } from '../shared/i18n/language';
import type { AppLinks } from '../shared/links';
import { Button } from '../shared/ui/Button';
import { Chip } from '../shared/ui/Chip';
import { QuoteFigure } from '../shared/ui/QuoteFigure';
import type { Store, StoreEvent } from '../store/schema';

/**
 * The embed's story card, as TimelineJS tells a story: one event large (date, serif headline,
 * summary, its first quoted passage with its source), with previous and next as buttons and as
 * the ← and → keys anywhere in the card.
 */
export function StoryCard({
  event,
  events,
  store,
  links,
  onGo,
}: {
  event: StoreEvent;
  events: readonly StoreEvent[];
  store: Store;
  links: AppLinks;
  onGo: (id: string) => void;
}) {
  const { t, language } = useI18n();
  const titleId = useId();
  const keysId = useId();
  const index = events.findIndex((candidate) => candidate.id === event.id);
  const previous = index > 0 ? events[index - 1] : undefined;
  const next = index >= 0 ? events[index + 1] : undefined;
  const quote = event.evidence[0];

  const onKeyDown = (keyboard: KeyboardEvent<HTMLElement>) => {
    if (keyboard.altKey || keyboard.ctrlKey || keyboard.metaKey) return;
    const target = keyboard.key === 'ArrowLeft' ? previous : keyboard.key === 'ArrowRight' ? next : undefined;
    if (!target) return;
    keyboard.preventDefault();
    onGo(target.id);
  };

  return (
    <article className="story-card" aria-labelledby={titleId} aria-describedby={keysId} onKeyDown={onKeyDown} data-story-event={event.id}>
      <p className="story-card-meta">
        <time dateTime={event.date.start}>{formatEventDate(event.date, language)}</time>
        <Chip>{t.event.kinds[event.kind]}</Chip>
        {event.status === 'announced' && <Chip tone="warning">{t.event.announced}</Chip>}
      </p>
      <h2 id={titleId} className="story-card-title">
        {event.title[language]}
      </h2>
      <p className="story-card-summary">{event.summary[language]}</p>
      {quote && <QuoteFigure quote={quote} store={store} links={links} className="story-card-quote" />}
      <nav className="story-card-nav" aria-label={t.embed.story}>
        <Button icon="previous" disabled={!previous} onClick={() => previous && onGo(previous.id)} data-story="previous">
          {t.embed.previous}
        </Button>
        <span className="story-card-position">{index >= 0 ? t.embed.position(index + 1, events.length) : null}</span>
        <Button icon="next" disabled={!next} onClick={() => next && onGo(next.id)} data-story="next">
          {t.embed.next}
        </Button>
      </nav>
      <p id={keysId} className="visually-hidden">
        {t.embed.storyKeys}
      </p>
    </article>
  );
}
