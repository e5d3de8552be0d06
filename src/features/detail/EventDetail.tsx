import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../../shared/i18n/language';
import type { AppLinks } from '../../shared/links';
import { InternalLink } from '../../shared/navigation';
import { entityById, neighbours, type EntityGroup } from '../../store/lookup';
import type { Store, StoreEvent } from '../../store/schema';
import { DateSection } from './DateSection';
import { QuoteFigure } from '../../shared/ui/QuoteFigure';
import { SourceList } from './SourceList';
import './detail.css';
import { CorrectionLabel } from '../../shared/CorrectionLabel';
import { useEventDetails } from '../../shared/event-details';
import { DetailsStatus } from './DetailsStatus';

export interface EventDetailProps {
  event: StoreEvent;
  /** Entity labels, article titles and the neighbouring events. */
  store: Store;
  links: AppLinks;
  onClose: () => void;
}

const GROUPS: readonly EntityGroup[] = ['actors', 'places', 'themes'];

/**
 * Everything known about one event, each statement traced to its passage. The title receives
 * focus whenever a new event is shown; Escape anywhere inside closes the panel.
 */
export function EventDetail({ event: shown, store, links, onClose }: EventDetailProps) {
  const { t, language } = useI18n();
  const details = useEventDetails(shown);
  /** The event in full once its details are there (at once for a single file); until then what the index gives. */
  const event = details.state === 'ready' ? details.event : shown;
  const titleId = useId();
  const evidenceId = useId();
  const correctionsId = useId();
  const corroborationId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    titleRef.current?.focus();
  }, [event.id]);

  const handleKeyDown = (keyboardEvent: KeyboardEvent<HTMLElement>) => {
    if (keyboardEvent.key !== 'Escape' || keyboardEvent.defaultPrevented) return;
    keyboardEvent.preventDefault();
    onClose();
  };

  const { previous, next } = neighbours(store.events, event.id);
  const label = (group: EntityGroup, id: string) => entityById(store.entities, group, id)?.label[language] ?? id;

  return (
    <aside className="event-detail" aria-labelledby={titleId} onKeyDown={handleKeyDown}>
      <div className="event-detail-top">
        <p className="event-detail-tags">
          <span className="event-detail-tag">
            <span className="visually-hidden">{t.detail.kindLabel} : </span>
            {t.event.kinds[event.kind]}
          </span>
          {event.status === 'announced' && <span className="event-detail-tag event-detail-tag--announced">{t.event.announced}</span>}
        </p>
        <button type="button" className="event-detail-close" aria-label={t.detail.close} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>

      <h2 id={titleId} ref={titleRef} tabIndex={-1} className="event-detail-title">
        {event.title[language]}
      </h2>
      {event.status === 'announced' && <p className="event-detail-announced">{t.detail.announcedHelp}</p>}

      <DateSection event={event} />

      {details.state === 'ready' ? <p className="event-detail-summary">{event.summary[language]}</p> : <DetailsStatus details={details} />}

      <div className="event-detail-entities">
        {GROUPS.filter((group) => event[group].length > 0).map((group) => (
          <div key={group} className="event-detail-entity-group">
            <h3>{t.detail[group]}</h3>
            <ul>
              {event[group].map((id) => (
                <li key={id}>{label(group, id)}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>

      {details.state === 'ready' && (
        <section aria-labelledby={evidenceId} className="event-detail-evidence">
          <h3 id={evidenceId}>{t.detail.evidence}</h3>
          <ul className="event-detail-quotes">
            {event.evidence.map((quote) => (
              <li key={`${quote.article}:${quote.start}-${quote.end}`}>
                <QuoteFigure quote={quote} store={store} links={links} className="event-detail-quote" />
              </li>
            ))}
          </ul>
        </section>
      )}

      {event.notes.length > 0 && (
        <section aria-labelledby={correctionsId} className="event-detail-corrections">
          <h3 id={correctionsId}>{t.detail.corrections}</h3>
          <ul>
            {event.notes.map((note, index) => (
              <li key={index} className="event-detail-correction">
                <p>
                  <CorrectionLabel className="event-detail-correction-label" /> {note[language]}
                </p>
                {note.evidence && <QuoteFigure quote={note.evidence} store={store} links={links} className="event-detail-quote" />}
              </li>
            ))}
          </ul>
        </section>
      )}

      {event.date.from !== 'outside' && event.corroboration.length > 0 && (
        <section aria-labelledby={corroborationId} className="event-detail-corroboration">
          <h3 id={corroborationId}>{t.detail.corroboration}</h3>
          <SourceList sources={event.corroboration} />
        </section>
      )}

      {(previous || next) && (
        <nav aria-label={t.detail.neighbours} className="event-detail-neighbours">
          {previous && <NeighbourLink href={links.event(previous.id)} direction="previous" title={previous.title[language]} />}
          {next && <NeighbourLink href={links.event(next.id)} direction="next" title={next.title[language]} />}
        </nav>
      )}
    </aside>
  );
}

function NeighbourLink({ href, direction, title }: { href: string; direction: 'previous' | 'next'; title: string }) {
  const { t } = useI18n();
  return (
    <InternalLink
      href={href}
      rel={direction === 'previous' ? 'prev' : 'next'}
      className={`event-detail-neighbour event-detail-neighbour--${direction}`}
    >
      <span className="event-detail-neighbour-direction">
        {direction === 'previous' && <span aria-hidden="true">← </span>}
        {t.detail[direction]}
        {direction === 'next' && <span aria-hidden="true"> →</span>}
      </span>
      <span className="visually-hidden"> : </span>
      <span className="event-detail-neighbour-title">{title}</span>
    </InternalLink>
  );
}
