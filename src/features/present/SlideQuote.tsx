import { useId } from 'react';
import { formatEventDate } from '../../shared/format-date';
import { useI18n } from '../../shared/i18n/language';
import type { AppLinks } from '../../shared/links';
import { InternalLink } from '../../shared/navigation';
import { articleById } from '../../store/lookup';
import type { Evidence, Store } from '../../store/schema';

/** A passage as the article gives it (always its original French), with its source. */
export function SlideQuote({ quote, store, links, className }: { quote: Evidence; store: Store; links?: AppLinks; className: string }) {
  const { t, language } = useI18n();
  const sourceId = useId();
  const article = articleById(store, quote.article);
  return (
    <figure className={className}>
      <blockquote lang={article?.language ?? 'fr'}>
        <p>{quote.exact}</p>
      </blockquote>
      <figcaption>
        <span id={sourceId}>
          {article ? (
            <>
              <cite lang={article.language}>{article.title}</cite>
              {', '}
              {t.present.estimatedDate(formatEventDate(article.published, language))}
            </>
          ) : (
            t.present.unknownArticle(quote.article)
          )}
        </span>
        {links && (
          <>
            {' '}
            <InternalLink
              className={`${className}-read`}
              href={links.article(quote.article, { start: quote.start, end: quote.end })}
              aria-describedby={sourceId}
            >
              {t.present.readInArticle}
            </InternalLink>
          </>
        )}
      </figcaption>
    </figure>
  );
}
