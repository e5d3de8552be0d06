import { CorrectionLabel } from '../../shared/CorrectionLabel';
import { useI18n } from '../../shared/i18n/language';
import type { AppLinks } from '../../shared/links';
import type { Store, StoreEvent } from '../../store/schema';
import { EventDate } from './EventDate';
import { QuoteFigure } from '../../shared/ui/QuoteFigure';

export interface SlideProps {
  event: StoreEvent;
  store: Store;
  links?: AppLinks;
  titleId: string;
}

/** One event in large type: what, when (and how sure), what happened, one passage that says so. */
export function Slide({ event, store, links, titleId }: SlideProps) {
  const { t, language } = useI18n();
  const [quote] = event.evidence;
  return (
    <article className="present-slide" aria-labelledby={titleId} data-event-id={event.id}>
      <p className="present-tags">
        <span className="present-tag">{t.event.kinds[event.kind]}</span>
        {event.status === 'announced' && <span className="present-tag present-tag--announced">{t.event.announced}</span>}
      </p>
      <h2 id={titleId} className="present-title">
        {event.title[language]}
      </h2>
      <EventDate date={event.date} className="present-date" />
      <p className="present-summary">{event.summary[language]}</p>
      {quote && <QuoteFigure quote={quote} store={store} links={links} className="present-quote" />}
      {event.notes.map((note, index) => (
        <p key={index} className="present-correction">
          <CorrectionLabel className="present-correction-label" /> {note[language]}
        </p>
      ))}
    </article>
  );
}
