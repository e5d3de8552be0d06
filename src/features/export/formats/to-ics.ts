import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { formatEventDate } from '../../../shared/format-date';
import { dictionaries } from '../../../shared/i18n/dictionaries';
import type { Language } from '../../../shared/i18n/dictionary';
import type { Store, StoreEvent } from '../../../store/schema';
import { daySpan, exclusiveEnd } from './date-span';
import { corroborationUrls, normalizeNewlines, quoteWithSource } from './event-text';
import { refold } from './ics-lines';

function dateArray(isoDay: string): DateArray {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

/** RFC 5545 TEXT escaping, which the package applies to SUMMARY and DESCRIPTION but not to the calendar name. */
function escapeText(text: string): string {
  return normalizeNewlines(text)
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\n/g, '\\n');
}

function description(event: StoreEvent, store: Store, language: Language): string {
  const t = dictionaries[language];
  const { date } = event;
  const firstQuote = event.evidence[0];
  const urls = corroborationUrls(event);
  const paragraphs = [
    event.summary[language],
    [
      t.export.dateBasis(t.event.dateFrom[date.from], date.basis[language]),
      ...(date.precision === 'day' ? [] : [t.export.precisionSpan[date.precision](formatEventDate(date, language))]),
      ...(event.status === 'announced' ? [t.export.announced] : []),
    ].join('\n'),
    ...(firstQuote ? [quoteWithSource(firstQuote, store)] : []),
    ...(urls.length > 0 ? [[t.export.corroboration, ...urls].join('\n')] : []),
  ];
  return normalizeNewlines(paragraphs.join('\n\n'));
}

/**
 * An iCalendar (RFC 5545) file of all-day events: DTSTART and an exclusive DTEND as DATE values
 * spanning the date at its precision, a UID stable across exports, DTSTAMP from `now`.
 */
export function toIcs(events: readonly StoreEvent[], store: Store, language: Language, now: Date): string {
  const t = dictionaries[language];
  const attributes = events.map((event) => {
    const span = daySpan(event.date);
    const fields: EventAttributes = {
      uid: `${event.id}@chronique`,
      start: dateArray(span.first),
      end: dateArray(exclusiveEnd(span)),
      title: normalizeNewlines(event.title[language]),
      description: description(event, store, language),
      categories: [t.event.kinds[event.kind]],
      status: event.status === 'announced' ? 'TENTATIVE' : 'CONFIRMED',
      transp: 'TRANSPARENT',
    };
    // DTSTAMP: `timestamp` is missing from the package's types, but its schema accepts it.
    return { ...fields, timestamp: now.getTime() };
  });
  const { error, value } = createEvents(attributes, {
    productId: `-//chronique//chronique//${language.toUpperCase()}`,
    method: 'PUBLISH',
    calName: escapeText(store.title[language]),
  });
  if (error || value === null) throw error ?? new Error('the ICS file could not be created');
  return refold(value);
}
