import { formatISO } from 'date-fns';
import type { Language } from '../../shared/i18n/dictionary';
import type { Store, StoreEvent } from '../../store/schema';

export type ExportFormatId = 'ics' | 'csv' | 'json' | 'timelinejs';

export interface ExportFormat {
  id: ExportFormatId;
  /** The format's own name, the same in every language. */
  name: string;
  /** What follows `chronique-<yyyy-mm-dd>` in the file name. */
  suffix: string;
  /** MIME type of the downloaded file. */
  type: string;
  build(events: readonly StoreEvent[], store: Store, language: Language, now: Date): Promise<string>;
}

// The converters and their libraries load on first use: most visits never export.
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'ics',
    name: 'ICS',
    suffix: '.ics',
    type: 'text/calendar;charset=utf-8',
    build: async (events, store, language, now) => (await import('./formats/to-ics')).toIcs(events, store, language, now),
  },
  {
    id: 'csv',
    name: 'CSV',
    suffix: '.csv',
    type: 'text/csv;charset=utf-8',
    build: async (events, store, language) => (await import('./formats/to-csv')).toCsv(events, store, language),
  },
  {
    id: 'json',
    name: 'JSON',
    suffix: '.json',
    type: 'application/json',
    build: async (events, store) => (await import('./formats/to-store-json')).toStoreJson(events, store),
  },
  {
    id: 'timelinejs',
    name: 'TimelineJS',
    suffix: '-timelinejs.json',
    type: 'application/json',
    build: async (events, store, language) =>
      `${JSON.stringify((await import('./formats/to-timelinejs')).toTimelineJs(events, store, language), null, 2)}\n`,
  },
];

/** `chronique-2026-03-01.ics`: the day of the export, in the user's time zone. */
export function exportFileName(format: Pick<ExportFormat, 'suffix'>, now: Date): string {
  return `chronique-${formatISO(now, { representation: 'date' })}${format.suffix}`;
}
