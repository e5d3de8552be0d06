import { memo, useCallback, useId } from 'react';
import { formatEventDate } from '../../shared/format-date';
import { Highlighted } from '../../shared/Highlighted';
import type { Dictionary, Language } from '../../shared/i18n/dictionary';
import type { AppLinks } from '../../shared/links';
import { InternalLink } from '../../shared/navigation';
import type { Article, StoreEvent } from '../../store/schema';

export type Highlight = (text: string) => readonly { start: number; end: number }[];

export interface ChronologyRowProps {
  event: StoreEvent;
  index: number;
  /** Number of events in the list (not just the rendered ones). */
  setSize: number;
  /** Offset of the row from the top of the list, px. */
  start: number;
  /** The month (or year) heading when this event opens a group. */
  heading: string | null;
  selected: boolean;
  /** The store's articles by id: the row names the article of its first quote. */
  articles: ReadonlyMap<string, Pick<Article, 'title' | 'language'>>;
  links: AppLinks;
  highlight: Highlight | undefined;
  measure: (node: HTMLElement | null) => void;
  /** From the list rather than the context: the provider's value may change identity on every render. */
  language: Language;
  t: Dictionary;
}

function Marked({ text, highlight }: { text: string; highlight: Highlight | undefined }) {
  const ranges = highlight?.(text);
  return ranges && ranges.length > 0 ? <Highlighted text={text} ranges={ranges} /> : text;
}

/**
 * One event of the feed, an article. Memoized: the props are primitives or stable references, so
 * scrolling or selecting re-renders only the rows whose own props changed.
 */
export const ChronologyRow = memo(function ChronologyRow({
  event,
  index,
  setSize,
  start,
  heading,
  selected,
  articles,
  links,
  highlight,
  measure,
  language,
  t,
}: ChronologyRowProps) {
  const titleId = useId();
  const dateId = useId();
  const quote = event.evidence[0];
  const source = quote ? articles.get(quote.article) : undefined;
  const quoteLanguage = source?.language ?? 'fr';
  // A row kept across a search or a filter may gain or lose its month heading: measured again in
  // the same commit, not a frame later by the resize observer, when every row below would move.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the other dependencies are what changes the row's height
  const measureRef = useCallback((node: HTMLElement | null) => measure(node), [measure, heading, event, language]);
  return (
    <article
      ref={measureRef}
      className="chrono-row"
      data-index={index}
      data-chronology-event={event.id}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      aria-labelledby={titleId}
      aria-describedby={dateId}
      aria-current={selected ? 'true' : undefined}
      tabIndex={0}
      style={{ transform: `translateY(${start}px)` }}
    >
      {heading !== null && <h3 className="chrono-month">{heading}</h3>}
      <div className="chrono-card" data-from={event.date.from}>
        <p className="chrono-date" id={dateId}>
          <span className="chrono-when">{formatEventDate(event.date, language)}</span>{' '}
          <span className="chrono-certainty">
            <span className="chrono-swatch" aria-hidden="true" />
            {t.event.dateFrom[event.date.from]}
          </span>
          {event.status === 'announced' && (
            <>
              {' '}
              <span className="chrono-badge">{t.event.announced}</span>
            </>
          )}
        </p>
        <h3 className="chrono-title" id={titleId}>
          <InternalLink href={links.event(event.id)}>
            <Marked text={event.title[language]} highlight={highlight} />
          </InternalLink>
        </h3>
        {/* A split store's rows are its index's heads: their summaries and quotes stay in the shards until the event is opened. */}
        {event.summary[language] !== '' && (
          <p className="chrono-summary">
            <Marked text={event.summary[language]} highlight={highlight} />
          </p>
        )}
        {quote && (
          <figure className="chrono-quote">
            <blockquote lang={quoteLanguage}>
              <p>
                <Marked text={quote.exact} highlight={highlight} />
              </p>
            </blockquote>
            {source && (
              <figcaption>
                {t.chronology.quoteSource} <cite lang={source.language}>{source.title}</cite>
              </figcaption>
            )}
          </figure>
        )}
      </div>
    </article>
  );
});
