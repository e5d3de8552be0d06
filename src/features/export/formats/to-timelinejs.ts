/**
 * TimelineJS3 data (https://timeline.knightlab.com/docs/json-format.html), so that a timeline
 * can be rebuilt in TimelineJS. TimelineJS renders `headline`, `text` and `display_date` as HTML:
 * every string from the store is escaped.
 */
import { formatEventDate } from '../../../shared/format-date';
import { dictionaries } from '../../../shared/i18n/dictionaries';
import type { Language } from '../../../shared/i18n/dictionary';
import type { DateSpec, Store, StoreEvent } from '../../../store/schema';
import { entityLabels, quoteWithSource } from './event-text';
import { escapeHtml } from '../../../shared/html-escape';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsText {
  headline: string;
  text: string;
}

export interface TimelineJsSlide {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: TimelineJsText;
  group?: string;
  display_date: string;
  /** Our text already holds its links; TimelineJS's autolinking would nest them. */
  autolink: false;
}

export interface TimelineJs {
  title?: { text: TimelineJsText };
  events: TimelineJsSlide[];
}

/** A date object with only the parts the precision knows. */
function dateObject(isoDay: string, precision: DateSpec['precision']): TimelineJsDate {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month };
  return { year, month, day };
}

function sameAtPrecision(a: TimelineJsDate, b: TimelineJsDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function list(items: readonly string[]): string {
  return `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

function slideText(event: StoreEvent, store: Store, language: Language): string {
  const t = dictionaries[language];
  const { date } = event;
  const themes = entityLabels(event, 'themes', store, language);
  const parts = [
    `<p>${escapeHtml(event.summary[language])}</p>`,
    `<p>${escapeHtml(t.export.dateBasis(t.event.dateFrom[date.from], date.basis[language]))}</p>`,
    ...(event.status === 'announced' ? [`<p>${escapeHtml(t.export.announced)}</p>`] : []),
    `<p>${escapeHtml(t.export.evidence)}</p>`,
    list(event.evidence.map((quote) => escapeHtml(quoteWithSource(quote, store)))),
    ...event.notes.map((note) => `<p><strong>${escapeHtml(t.event.correction)}</strong> — ${escapeHtml(note[language])}</p>`),
    ...(event.corroboration.length > 0
      ? [
          `<p>${escapeHtml(t.export.corroboration)}</p>`,
          list(event.corroboration.map((source) => `<a href="${escapeHtml(source.url)}">${escapeHtml(source.site)}</a>`)),
        ]
      : []),
    ...(themes.length > 0 ? [`<p>${escapeHtml(`${t.event.kinds[event.kind]} · ${themes.join(', ')}`)}</p>`] : []),
  ];
  return parts.join('');
}

function slide(event: StoreEvent, store: Store, language: Language): TimelineJsSlide {
  const { date } = event;
  const start = dateObject(date.start, date.precision);
  const end = date.end === undefined ? undefined : dateObject(date.end, date.precision);
  const firstTheme = entityLabels(event, 'themes', store, language)[0];
  return {
    unique_id: event.id,
    start_date: start,
    ...(end && !sameAtPrecision(start, end) ? { end_date: end } : {}),
    text: { headline: escapeHtml(event.title[language]), text: slideText(event, store, language) },
    // The same lanes as the timeline's "by theme" grouping: an event sits with its first theme.
    ...(firstTheme === undefined ? {} : { group: escapeHtml(firstTheme) }),
    display_date: escapeHtml(formatEventDate(date, language)),
    autolink: false,
  };
}

export function toTimelineJs(events: readonly StoreEvent[], store: Store, language: Language): TimelineJs {
  const t = dictionaries[language];
  return {
    title: { text: { headline: escapeHtml(store.title[language]), text: `<p>${escapeHtml(t.export.timelineIntro)}</p>` } },
    events: events.map((event) => slide(event, store, language)),
  };
}
