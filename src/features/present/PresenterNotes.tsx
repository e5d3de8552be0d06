import { CorrectionLabel } from '../../shared/CorrectionLabel';
import { useI18n } from '../../shared/i18n/language';
import type { Store, StoreEvent } from '../../store/schema';
import { EventDate } from './EventDate';
import { QuoteFigure } from '../../shared/ui/QuoteFigure';
import { SlideCounter } from './SlideCounter';

export interface PresenterNotesProps {
  event: StoreEvent;
  next?: StoreEvent;
  store: Store;
  /** 0-based. */
  index: number;
  count: number;
}

/** What the teacher sees on their own screen: every passage, every correction, what comes next. */
export function PresenterNotes({ event, next, store, index, count }: PresenterNotesProps) {
  const { t, language } = useI18n();
  return (
    <div className="presenter-notes" data-event-id={event.id}>
      <SlideCounter className="presenter-counter" index={index} count={count} />
      <h2 className="presenter-title">{event.title[language]}</h2>
      <EventDate date={event.date} className="presenter-date" />
      <p className="presenter-basis">
        <span className="presenter-label">{t.present.dateBasis}</span> {event.date.basis[language]}
      </p>

      <h3>{t.present.evidence}</h3>
      <ul className="presenter-list">
        {event.evidence.map((quote) => (
          <li key={`${quote.article}:${quote.start}-${quote.end}`}>
            <QuoteFigure quote={quote} store={store} className="presenter-quote" />
          </li>
        ))}
      </ul>

      {event.notes.length > 0 && (
        <>
          <h3>{t.present.corrections}</h3>
          <ul className="presenter-list">
            {event.notes.map((note, noteIndex) => (
              <li key={noteIndex} className="presenter-correction">
                <p>
                  <CorrectionLabel className="present-correction-label" /> {note[language]}
                </p>
                {note.evidence && <QuoteFigure quote={note.evidence} store={store} className="presenter-quote" />}
              </li>
            ))}
          </ul>
        </>
      )}

      <p className="presenter-next" data-presenter-next="">
        {next ? (
          <>
            <span className="presenter-label">{t.present.nextUp}</span> {next.title[language]}
          </>
        ) : (
          t.present.lastSlide
        )}
      </p>
    </div>
  );
}
