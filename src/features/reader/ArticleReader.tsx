import { useEffect, useId, useMemo, useRef } from 'react';
import { useI18n } from '../../shared/i18n/language';
import type { AppLinks } from '../../shared/links';
import { InternalLink } from '../../shared/navigation';
import type { Article, StoreEvent } from '../../store/schema';
import { articleBlocks, citedPassages, highlightsOf, type Highlight } from './article-layout';
import { ArticleHeader } from './ArticleHeader';
import { PassageBlock } from './PassageBlock';
import './reader.css';

export interface ArticleReaderProps {
  article: Article;
  /** All events: the reader finds the passages that cite this article. */
  events: readonly StoreEvent[];
  /** The passage to open at, if any (UTF-16 offsets into article.text). */
  focus?: { start: number; end: number };
  links: AppLinks;
}

const prefersReducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The whole article, with every passage an event cites highlighted (exactly the article's words
 * between its offsets) and linked to its events; opened at `focus` when it names such a passage.
 */
export function ArticleReader({ article, events, focus, links }: ArticleReaderProps) {
  const { t, language } = useI18n();
  const titleId = useId();
  const baseId = useId();
  const highlights = useMemo(() => highlightsOf(citedPassages(article, events)), [article, events]);
  const blocks = useMemo(() => articleBlocks(article.text, article.title, highlights), [article, highlights]);
  const byBlock = useMemo(
    () => blocks.map((block) => highlights.filter((highlight) => highlight.start >= block.start && highlight.end <= block.end)),
    [blocks, highlights],
  );
  const focused = focus ? highlights.find((highlight) => highlight.start === focus.start && highlight.end === focus.end) : undefined;

  const focusRef = useRef<HTMLElement>(null);
  const shownArticle = useRef<string | null>(null);
  const focusKey = focused ? `${article.id}:${focused.start}-${focused.end}` : null;
  useEffect(() => {
    // Arriving at an article jumps straight to the passage; moving within it may glide, unless motion is reduced.
    const sameArticle = shownArticle.current === article.id;
    shownArticle.current = article.id;
    const element = focusRef.current;
    if (!focusKey || !element) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView?.({ block: 'center', behavior: sameArticle && !prefersReducedMotion() ? 'smooth' : 'auto' });
  }, [article.id, focusKey]);

  const eventTitle = (eventId: string) => events.find((event) => event.id === eventId)?.title[language] ?? eventId;
  const entryId = (highlight: Highlight) => `${baseId}-passage-${highlight.number}`;

  return (
    <article className="reader" aria-labelledby={titleId}>
      <p className="reader-back">
        <InternalLink href={links.home()}>
          <span aria-hidden="true">← </span>
          {t.reader.back}
        </InternalLink>
      </p>
      {focus && !focused && (
        <p role="status" className="reader-notice">
          {t.reader.focusNotFound}
        </p>
      )}
      <ArticleHeader article={article} titleId={titleId} links={links} />
      {highlights.length > 0 && <p className="reader-legend">{t.reader.legend}</p>}
      <div className="reader-body" lang={article.language}>
        {blocks.map((block, index) => (
          <PassageBlock
            key={`${block.start}-${block.end}`}
            text={article.text}
            block={block}
            highlights={byBlock[index]!}
            focused={focused}
            focusRef={focusRef}
            entryId={entryId}
            eventTitle={eventTitle}
            links={links}
          />
        ))}
      </div>
    </article>
  );
}
