import { useId } from 'react';
import { formatEventDate } from '../../shared/format-date';
import { useI18n } from '../../shared/i18n/language';
import type { AppLinks } from '../../shared/links';
import { InternalLink } from '../../shared/navigation';
import type { Article, DateSpec } from '../../store/schema';
import { CorrectionLabel } from '../../shared/CorrectionLabel';

const ICONS: Record<DateSpec['from'], string> = { article: '●', weekday: '◐', outside: '○' };

/** Title, estimated publication date with its basis, outlet, and the corrections on the article as a whole. */
export function ArticleHeader({ article, titleId, links }: { article: Article; titleId: string; links: AppLinks }) {
  const { t, language } = useI18n();
  const notesId = useId();
  const { published } = article;
  const notes = article.notes ?? [];
  return (
    <header className="reader-header">
      <h2 id={titleId} lang={article.language} className="reader-title">
        {article.title}
      </h2>
      <dl className="reader-meta">
        <div>
          <dt>{t.reader.estimatedDate}</dt>
          <dd>
            <span className="reader-date">{formatEventDate(published, language)}</span>{' '}
            <span className={`reader-certainty reader-certainty--${published.from}`}>
              <span aria-hidden="true">{ICONS[published.from]} </span>
              {t.event.dateFrom[published.from]}
            </span>
            <span className="reader-basis">{published.basis[language]}</span>
          </dd>
        </div>
        {article.outlet && (
          <div>
            <dt>{t.reader.outlet}</dt>
            <dd lang={article.language}>{article.outlet}</dd>
          </div>
        )}
      </dl>
      {/\bKiev\b/.test(article.text) && <p className="reader-spelling">{t.reader.kyivSpelling}</p>}
      {notes.length > 0 && (
        <section aria-labelledby={notesId} className="reader-article-notes">
          <h3 id={notesId}>{t.reader.articleNotes}</h3>
          <ul>
            {notes.map((note, index) => (
              <li key={index}>
                <p>
                  <CorrectionLabel className="reader-correction-label" /> {note[language]}
                </p>
                {note.evidence && note.evidence.article === article.id && (
                  <p className="reader-article-note-passage">
                    <q lang={article.language}>{note.evidence.exact}</q>{' '}
                    <InternalLink href={links.article(article.id, { start: note.evidence.start, end: note.evidence.end })}>
                      {t.reader.seePassage}
                    </InternalLink>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </header>
  );
}
