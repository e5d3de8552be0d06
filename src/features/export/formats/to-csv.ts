import Papa from 'papaparse';
import type { Language } from '../../../shared/i18n/dictionary';
import type { Store, StoreEvent } from '../../../store/schema';
import { corroborationUrls, entityLabels, quoteWithSource } from './event-text';

export const CSV_COLUMNS = [
  'id',
  'start',
  'end',
  'precision',
  'edtf',
  'date_from',
  'date_basis',
  'status',
  'kind',
  'title',
  'summary',
  'actors',
  'places',
  'themes',
  'quotes',
  'sources',
  'corrections',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * A cell starting with one of these would run as a formula in a spreadsheet: papaparse prefixes
 * it with a quote. (Its default pattern misses cells with a line break.)
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Several values in one cell. */
const LIST_SEPARATOR = ' | ';

function row(event: StoreEvent, store: Store, language: Language): Record<CsvColumn, string> {
  const { date } = event;
  return {
    id: event.id,
    start: date.start,
    end: date.end ?? '',
    precision: date.precision,
    edtf: date.edtf,
    date_from: date.from,
    date_basis: date.basis[language],
    status: event.status,
    kind: event.kind,
    title: event.title[language],
    summary: event.summary[language],
    actors: entityLabels(event, 'actors', store, language).join(LIST_SEPARATOR),
    places: entityLabels(event, 'places', store, language).join(LIST_SEPARATOR),
    themes: entityLabels(event, 'themes', store, language).join(LIST_SEPARATOR),
    quotes: event.evidence.map((quote) => quoteWithSource(quote, store)).join(LIST_SEPARATOR),
    sources: corroborationUrls(event).join(LIST_SEPARATOR),
    corrections: event.notes.map((note) => note[language]).join(LIST_SEPARATOR),
  };
}

/**
 * One row per event, texts in `language`, codes (precision, date_from, status, kind) as in the
 * store. The byte order mark makes spreadsheets read the file as UTF-8, so accents survive.
 */
export function toCsv(events: readonly StoreEvent[], store: Store, language: Language): string {
  const csv = Papa.unparse(
    {
      fields: [...CSV_COLUMNS],
      data: events.map((event) => {
        const cells = row(event, store, language);
        return CSV_COLUMNS.map((column) => cells[column]);
      }),
    },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  // papaparse ends a header-only file with a line break, and no other.
  return `\uFEFF${csv.replace(/\r\n$/, '')}`;
}
