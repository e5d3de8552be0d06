import { useId } from 'react';
import { formatEventDate } from '../format-date';
import { useI18n } from '../i18n/language';
import type { AppLinks } from '../links';
import { InternalLink } from '../navigation';
import { articleById } from '../../store/lookup';
import type { Evidence, Store } from '../../store/schema';
import './ui.css';

/**
 * A passage quoted as the article gives it (always in its own language, French here), set in the
 * serif, its source below, and with `links` a link to the reader opened at that passage. Used by
 * the detail panel, the slides and the presenter's notes.
 */
export function QuoteFigure({ quote, store, links, className }: { quote: Evidence; store: Store; links?: AppLinks; className?: string }) {
  const { t, language } = useI18n();
  const sourceId = useId();
  const article = articleById(store, quote.article);
  return (
    <figure className={['ui-quote', className].filter(Boolean).join(' ')}>
      <blockquote lang={article?.language ?? 'fr'}>
        <p>{quote.exact}</p>
      </blockquote>
      <figcaption>
        <span id={sourceId}>
          {article ? (
            <>
              <cite lang={article.language}>{article.title}</cite>
              <span className="ui-quote-date">
                {', '}
                {t.quote.estimatedDate(formatEventDate(article.published, language))}
              </span>
            </>
          ) : (
            t.quote.unknownArticle(quote.article)
          )}
        </span>
        {links && (
          <>
            {' '}
            <InternalLink
              className="ui-quote-read"
              href={links.article(quote.article, { start: quote.start, end: quote.end })}
              aria-describedby={sourceId}
            >
              {t.quote.readInArticle}
            </InternalLink>
          </>
        )}
      </figcaption>
    </figure>
  );
}
