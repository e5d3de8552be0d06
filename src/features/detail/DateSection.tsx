import { formatEventDate } from '../../shared/format-date';
import { useI18n } from '../../shared/i18n/language';
import type { DateSpec, StoreEvent } from '../../store/schema';
import { SourceList } from './SourceList';

/** A shape for each way a date was fixed, so the certainty never rests on colour alone. */
const ICONS: Record<DateSpec['from'], string> = { article: '●', weekday: '◐', outside: '○' };

/** `<time datetime>` only takes a single date; a range is written out in the text alone. */
function machineDate(date: DateSpec): string | undefined {
  if (date.end !== undefined && date.end !== date.start) return undefined;
  return date.precision === 'day' ? date.start : date.precision === 'month' ? date.start.slice(0, 7) : date.start.slice(0, 4);
}

/** The date at its precision, how it was fixed, on what basis, and the outside sources it rests on. */
export function DateSection({ event }: { event: StoreEvent }) {
  const { t, language } = useI18n();
  const { date } = event;
  const formatted = formatEventDate(date, language);
  const datetime = machineDate(date);
  return (
    <div className="event-detail-date" data-from={date.from}>
      <p className="event-detail-when">
        <span className="visually-hidden">{t.detail.dateLabel} : </span>
        {datetime ? <time dateTime={datetime}>{formatted}</time> : formatted}
      </p>
      <p className={`event-detail-certainty event-detail-certainty--${date.from}`}>
        <span aria-hidden="true" className="event-detail-certainty-icon">
          {ICONS[date.from]}
        </span>{' '}
        {t.event.dateFrom[date.from]}
      </p>
      {/* Empty only while a split store's shard, which holds it, is on its way. */}
      {date.basis[language] !== '' && (
        <p className="event-detail-basis">
          <span className="visually-hidden">{t.detail.dateBasis} </span>
          {date.basis[language]}
        </p>
      )}
      {date.from === 'outside' && event.corroboration.length > 0 && (
        <div className="event-detail-outside">
          <p className="event-detail-outside-title">{t.detail.outsideSources}</p>
          <SourceList sources={event.corroboration} />
        </div>
      )}
    </div>
  );
}
