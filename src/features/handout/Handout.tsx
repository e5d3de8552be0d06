import { memo } from 'react';
import { formatDay, formatEventDate } from '../../shared/format-date';
import type { Language } from '../../shared/i18n/dictionary';
import { useI18n } from '../../shared/i18n/language';
import { useViewParam } from '../../shared/url/view-params';
import { articleById } from '../../store/lookup';
import type { Evidence, Store, StoreEvent } from '../../store/schema';
import './handout.css';

export interface HandoutProps {
  /** Every selected event, in order: all of them are printed (nothing is virtualized). */
  events: readonly StoreEvent[];
  /** Article titles and dates for the quotes. */
  store: Store;
  title: string;
  /** The active filters in words (empty when none). */
  filterSummary: string;
}

/** Today as an ISO day in the reader's own time zone: the day printed on the page. */
function localIsoDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The selection as a printable document, hidden on screen (print.css shows it alone on paper):
 * every event in full, with its quotes, sources written out (paper cannot be clicked) and corrections.
 * Memoized: the app re-renders on every timeline pan, the handout only changes with the selection.
 */
export const Handout = memo(function Handout({ events, store, title, filterSummary }: HandoutProps) {
  const { t, language } = useI18n();
  const query = useViewParam('query');
  const selection = [query.trim() ? t.handout.search(query.trim()) : '', filterSummary.trim()].filter(Boolean).join(' ; ');
  return (
    <div className="handout print-only" data-handout="">
      <header className="handout-header">
        <p className="handout-site">{t.app.title}</p>
        <h1 className="handout-title">{title}</h1>
        <p className="handout-selection">
          {t.handout.selection} {selection || t.handout.wholeChronology}
        </p>
        <p className="handout-meta">
          {t.handout.count(events.length)} — {t.handout.printedOn(formatDay(localIsoDay(new Date()), language))}
        </p>
        <p className="handout-meta">
          {t.handout.onlineAt} <span className="handout-url">{window.location.href}</span>
        </p>
      </header>
      {events.length === 0 ? (
        <p>{t.handout.empty}</p>
      ) : (
        <ol className="handout-events">
          {events.map((event) => (
            <li key={event.id}>
              <HandoutEvent event={event} store={store} language={language} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
});

function HandoutEvent({ event, store, language }: { event: StoreEvent; store: Store; language: Language }) {
  const { t } = useI18n();
  return (
    <article className="handout-event" data-handout-event={event.id}>
      <p className="handout-event-date">
        <strong>{formatEventDate(event.date, language)}</strong> — {t.event.dateFrom[event.date.from]}
      </p>
      <h2 className="handout-event-title">{event.title[language]}</h2>
      <p className="handout-event-kind">
        {t.event.kinds[event.kind]}
        {event.status === 'announced' && ` (${t.event.announced})`}
      </p>
      <p className="handout-event-basis">
        {t.handout.dateBasis} {event.date.basis[language]}
      </p>
      <p className="handout-event-summary">{event.summary[language]}</p>

      <h3>{t.handout.evidence}</h3>
      {event.evidence.map((quote) => (
        <HandoutQuote key={`${quote.article}:${quote.start}`} quote={quote} store={store} language={language} />
      ))}

      {event.notes.length > 0 && (
        <>
          <h3>{t.handout.corrections}</h3>
          <ul className="handout-corrections">
            {event.notes.map((note, index) => (
              <li key={index}>
                <p>
                  <strong>
                    {t.event.correction}
                    {t.handout.labelSeparator}
                  </strong>{' '}
                  {note[language]}
                </p>
                {note.evidence && <HandoutQuote quote={note.evidence} store={store} language={language} />}
              </li>
            ))}
          </ul>
        </>
      )}

      {event.corroboration.length > 0 && (
        <>
          <h3>{t.handout.sources}</h3>
          <ul className="handout-sources">
            {event.corroboration.map((source) => (
              <li key={source.url}>
                {source.site}
                {source.published && `, ${t.handout.publishedOn(formatDay(source.published, language))}`} —{' '}
                <a className="handout-url" href={source.url}>
                  {source.url}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

function HandoutQuote({ quote, store, language }: { quote: Evidence; store: Store; language: Language }) {
  const { t } = useI18n();
  const article = articleById(store, quote.article);
  return (
    <figure className="handout-quote">
      <blockquote lang={article?.language ?? 'fr'}>
        <p>{`«\u00a0${quote.exact}\u00a0»`}</p>
      </blockquote>
      <figcaption>
        {article ? (
          <>
            <cite lang={article.language}>{article.title}</cite>, {t.handout.estimatedDate(formatEventDate(article.published, language))}
          </>
        ) : (
          t.handout.unknownArticle(quote.article)
        )}
      </figcaption>
    </figure>
  );
}
