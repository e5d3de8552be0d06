import { useId } from 'react';
import { formatEventDate } from '../../shared/format-date';
import { useI18n } from '../../shared/i18n/language';
import type { AppLinks } from '../../shared/links';
import { InternalLink } from '../../shared/navigation';
import { articleById } from '../../store/lookup';
import type { Evidence, Store } from '../../store/schema';

/**
 * A passage quoted as the article gives it (always the original French), its source, and a link
 * to the reader opened at that passage.
 */
export function QuoteFigure({ quote, store, links }: { quote: Evidence; store: Store; links: AppLinks }) {
  const { t, language } = useI18n();
  const sourceId = useId();
  const article = articleById(store, quote.article);
  const quoteLanguage = article?.language ?? 'fr';
  return (
    <figure className="event-detail-quote">
      <blockquote lang={quoteLanguage}>
        <p>{quote.exact}</p>
      </blockquote>
      <figcaption>
        <span id={sourceId}>
          {article ? (
            <>
              <cite lang={article.language}>{article.title}</cite>
              <span className="event-detail-quote-date">
                {', '}
                {t.detail.estimatedDate(formatEventDate(article.published, language))}
              </span>
            </>
          ) : (
            t.detail.unknownArticle(quote.article)
          )}
        </span>{' '}
        <InternalLink
          className="event-detail-read"
          href={links.article(quote.article, { start: quote.start, end: quote.end })}
          aria-describedby={sourceId}
        >
          {t.detail.readInArticle}
        </InternalLink>
      </figcaption>
    </figure>
  );
}
