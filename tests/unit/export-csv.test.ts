import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/features/export/formats/to-csv';
import type { StoreEvent } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();
const byId = (id: string) => store.events.find((event) => event.id === id)!;

/** The columns the README documents (its "CSV columns" section): the contract a spreadsheet user reads. */
const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const COLUMNS = readme
  .slice(readme.indexOf('### CSV columns'))
  .split('\n\n')[1]!
  .split(' — ')[0]!
  .replace(/`/g, '')
  .split(',')
  .map((column) => column.trim());

/** The file as a spreadsheet reads it: BOM dropped, first line as header. */
function parse(csv: string) {
  const result = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true });
  expect(result.errors).toEqual([]);
  return result;
}

describe('toCsv', () => {
  const csv = toCsv(store.events, store, 'fr');
  const { data, meta } = parse(csv);

  it('starts with a UTF-8 byte order mark, then exactly the documented header', () => {
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(meta.fields).toEqual(COLUMNS);
    expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(COLUMNS.join(','));
  });

  it('has one row per event, in order, with dates and codes as in the store', () => {
    expect(data.map((row) => row.id)).toEqual(store.events.map((event) => event.id));
    const quarter = data.find((row) => row.id === 'aide-allies-ukraine-t1-2025')!;
    expect(quarter).toMatchObject({
      start: '2025-01-01',
      end: '2025-03-31',
      precision: 'month',
      edtf: '2025-01/2025-03',
      date_from: 'article',
      status: 'happened',
      kind: 'aid',
    });
    expect(data.find((row) => row.id === 'macron-recoit-rutte-elysee')!.end).toBe('');
    expect(data.find((row) => row.id === 'sommet-de-la-haye')!.status).toBe('announced');
  });

  it('keeps accents and typographic quotes intact', () => {
    const row = data.find((candidate) => candidate.id === 'macron-recoit-rutte-elysee')!;
    expect(row.title).toBe('Emmanuel Macron reçoit Mark Rutte à l’Élysée');
    expect(row.date_basis).toBe(byId('macron-recoit-rutte-elysee').date.basis.fr);
  });

  it('lists entities, quotes with their article, sources and corrections, joined by " | "', () => {
    const event = byId('rutte-premiere-visite-kyiv');
    const row = data.find((candidate) => candidate.id === event.id)!;
    expect(row.actors).toBe('Mark Rutte | Volodymyr Zelensky | Ukraine');
    expect(row.places).toBe('Kyiv');
    expect(row.quotes).toBe(
      event.evidence
        .map((quote) => `« ${quote.exact} » — Le sommet de l'Otan en danger ? Rutte discute de la paix à Washington`)
        .join(' | '),
    );
    expect(row.sources).toBe(event.corroboration.map((source) => source.url).join(' | '));
    expect(row.corrections).toBe(event.notes[0]!.fr);
    expect(data.find((candidate) => candidate.id === 'rutte-prend-ses-fonctions')!.themes).toBe('');
  });

  it('writes the texts in the requested language', () => {
    const [row] = parse(toCsv([byId('macron-recoit-rutte-elysee')], store, 'en')).data;
    expect(row!.title).toBe(byId('macron-recoit-rutte-elysee').title.en);
    expect(row!.places).toBe('Paris');
    expect(row!.kind).toBe('meeting');
  });

  it('round-trips a field with commas, double quotes and line breaks', () => {
    const text = 'Rutte, « le Néerlandais », dit : "pas de calendrier"\r\nseconde ligne';
    const tricky: StoreEvent = { ...byId('macron-recoit-rutte-elysee'), summary: { fr: text, en: text } };
    const { data: rows } = parse(toCsv([tricky], store, 'fr'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.summary).toBe(text);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const formula = '=HYPERLINK("https://example.org","clic")';
    const tricky: StoreEvent = { ...byId('macron-recoit-rutte-elysee'), title: { fr: formula, en: formula } };
    const [row] = parse(toCsv([tricky], store, 'fr')).data;
    expect(row!.title).toBe(`'${formula}`);
  });

  it('writes just the header for an empty selection', () => {
    const empty = parse(toCsv([], store, 'fr'));
    expect(empty.meta.fields).toEqual(COLUMNS);
    expect(empty.data).toEqual([]);
  });
});
