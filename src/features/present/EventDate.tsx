import { formatEventDate } from '../../shared/format-date';
import { useI18n } from '../../shared/i18n/language';
import type { DateSpec } from '../../store/schema';

/** A shape for each way a date was fixed, so the certainty never rests on colour alone. */
const ICONS: Record<DateSpec['from'], string> = { article: '●', weekday: '◐', outside: '○' };

/** `<time datetime>` only takes a single date; a range is written out in the text alone. */
function machineDate(date: DateSpec): string | undefined {
  if (date.end !== undefined && date.end !== date.start) return undefined;
  return date.precision === 'day' ? date.start : date.precision === 'month' ? date.start.slice(0, 7) : date.start.slice(0, 4);
}

/** The date at its precision and how it was fixed (word, shape, colour, line style). */
export function EventDate({ date, className }: { date: DateSpec; className: string }) {
  const { t, language } = useI18n();
  const formatted = formatEventDate(date, language);
  const datetime = machineDate(date);
  return (
    <div className={className} data-from={date.from}>
      <p className={`${className}-when`}>{datetime ? <time dateTime={datetime}>{formatted}</time> : formatted}</p>
      <p className={`${className}-certainty`}>
        <span aria-hidden="true">{ICONS[date.from]} </span>
        {t.event.dateFrom[date.from]}
      </p>
    </div>
  );
}
