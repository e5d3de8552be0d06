import { formatDay } from '../../shared/format-date';
import { useI18n } from '../../shared/i18n/language';
import { ExternalLink } from '../../shared/navigation';
import type { StoreEvent } from '../../store/schema';

/** Outside sources (corroboration), each a link that opens in a new tab, with its publication date when known. */
export function SourceList({ sources }: { sources: StoreEvent['corroboration'] }) {
  const { t, language } = useI18n();
  return (
    <ul className="event-detail-sources">
      {sources.map((source) => (
        <li key={source.url}>
          <ExternalLink href={source.url} newTabLabel={t.detail.newTab}>
            {source.site}
          </ExternalLink>
          {source.published && (
            <span className="event-detail-source-date">
              {' — '}
              <time dateTime={source.published}>{t.detail.publishedOn(formatDay(source.published, language))}</time>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
