import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { daySpan } from '../../src/features/export/formats/date-span';
import { foldLine, unfoldLines } from '../../src/features/export/formats/ics-lines';
import { toIcs } from '../../src/features/export/formats/to-ics';
import type { StoreEvent } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();
const now = new Date('2026-03-01T09:30:15Z');
const byId = (id: string) => store.events.find((event) => event.id === id)!;

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  status: string;
  dtstamp: ICAL.Time;
  dtstart: ICAL.Time;
  dtend: ICAL.Time;
}

/** The file as a calendar application reads it. */
function parse(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => ({
    uid: String(vevent.getFirstPropertyValue('uid')),
    summary: String(vevent.getFirstPropertyValue('summary')),
    description: String(vevent.getFirstPropertyValue('description')),
    status: String(vevent.getFirstPropertyValue('status')),
    dtstamp: vevent.getFirstPropertyValue('dtstamp') as ICAL.Time,
    dtstart: vevent.getFirstPropertyValue('dtstart') as ICAL.Time,
    dtend: vevent.getFirstPropertyValue('dtend') as ICAL.Time,
  }));
}

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

/** A copy of a real event with some fields changed. */
function variant(id: string, changes: Partial<StoreEvent>): StoreEvent {
  return { ...structuredClone(byId(id)), ...changes };
}

describe('toIcs', () => {
  const ics = toIcs(store.events, store, 'fr', now);
  const parsed = parse(ics);

  it('holds one event per store event, with a stable UID, DTSTAMP from the export time and the title as SUMMARY', () => {
    expect(parsed).toHaveLength(store.events.length);
    parsed.forEach((event, index) => {
      const source = store.events[index]!;
      expect(event.uid).toBe(`${source.id}@chronique`);
      expect(event.summary).toBe(source.title.fr);
      expect(event.dtstamp.toJSDate().toISOString()).toBe('2026-03-01T09:30:15.000Z');
    });
    expect(toIcs(store.events, store, 'fr', new Date('2027-01-01T00:00:00Z'))).toContain(`UID:${store.events[0]!.id}@chronique\r\n`);
  });

  it('makes every event all-day: DTSTART on the first day, DTEND (exclusive) on the day after the last', () => {
    parsed.forEach((event, index) => {
      const { date } = store.events[index]!;
      expect(event.dtstart.isDate, `${event.uid} DTSTART is a DATE`).toBe(true);
      expect(event.dtend.isDate, `${event.uid} DTEND is a DATE`).toBe(true);
      expect(event.dtstart.toString()).toBe(daySpan(date).first);
      const lastDay = event.dtend.clone();
      lastDay.adjust(-1, 0, 0, 0);
      expect(lastDay.toString()).toBe(daySpan(date).last);
    });
    const oneDay = parsed.find((event) => event.uid === 'macron-recoit-rutte-elysee@chronique')!;
    expect([oneDay.dtstart.toString(), oneDay.dtend.toString()]).toEqual(['2024-11-12', '2024-11-13']);
    const twoDays = parsed.find((event) => event.uid === 'rutte-a-washington@chronique')!;
    expect([twoDays.dtstart.toString(), twoDays.dtend.toString()]).toEqual(['2025-04-24', '2025-04-26']);
    expect(ics).toContain('DTSTART;VALUE=DATE:20241112\r\nDTEND;VALUE=DATE:20241113\r\n');
  });

  it('spans whole months or years for dates known only to the month or year, and says so', () => {
    const quarter = parsed.find((event) => event.uid === 'aide-allies-ukraine-t1-2025@chronique')!;
    expect([quarter.dtstart.toString(), quarter.dtend.toString()]).toEqual(['2025-01-01', '2025-04-01']);
    expect(quarter.description).toContain('Date connue au mois près (janvier – mars 2025)');

    const month = variant('macron-recoit-rutte-elysee', {
      id: 'un-mois',
      date: { ...byId('macron-recoit-rutte-elysee').date, start: '2024-02-01', end: undefined, precision: 'month', edtf: '2024-02' },
    });
    const year = variant('macron-recoit-rutte-elysee', {
      id: 'une-annee',
      date: { ...byId('macron-recoit-rutte-elysee').date, start: '2024-01-01', end: undefined, precision: 'year', edtf: '2024' },
    });
    const [february, wholeYear] = parse(toIcs([month, year], store, 'en', now));
    expect([february!.dtstart.toString(), february!.dtend.toString()]).toEqual(['2024-02-01', '2024-03-01']);
    expect(february!.description).toContain('Date known to the month only (February 2024)');
    expect([wholeYear!.dtstart.toString(), wholeYear!.dtend.toString()]).toEqual(['2024-01-01', '2025-01-01']);
    expect(wholeYear!.description).toContain('Date known to the year only (2024)');
  });

  it('describes the event: summary, how the date was fixed, the first quote with its article, the corroborating URLs', () => {
    const source = byId('rutte-premiere-visite-kyiv');
    const event = parsed.find((parsedEvent) => parsedEvent.uid === `${source.id}@chronique`)!;
    expect(event.description).toContain(source.summary.fr);
    expect(event.description).toContain(`Date tirée de sources extérieures\u00a0: ${source.date.basis.fr}`);
    expect(event.description).toContain(
      `« ${source.evidence[0]!.exact} » — Le sommet de l'Otan en danger ? Rutte discute de la paix à Washington`,
    );
    expect(event.description).not.toContain(source.evidence[1]!.exact);
    for (const { url } of source.corroboration) expect(event.description).toContain(url);

    const english = parse(toIcs([source], store, 'en', now))[0]!;
    expect(english.summary).toBe(source.title.en);
    expect(english.description).toContain(source.summary.en);
    expect(english.description).toContain(`Date from outside sources: ${source.date.basis.en}`);
  });

  it('marks announced events as tentative', () => {
    expect(parsed.find((event) => event.uid === 'sommet-de-la-haye@chronique')!.status).toBe('TENTATIVE');
    expect(parsed.find((event) => event.uid === 'rutte-a-washington@chronique')!.status).toBe('CONFIRMED');
  });

  it('keeps commas, semicolons, backslashes and line breaks of the texts through escaping', () => {
    const tricky = variant('macron-recoit-rutte-elysee', {
      title: { fr: 'Rutte, Macron; et \\ « l’Élysée »', en: 'x' },
      summary: { fr: 'Première ligne,\r\nseconde ligne; fin', en: 'x' },
    });
    const [event] = parse(toIcs([tricky], store, 'fr', now));
    expect(event!.summary).toBe('Rutte, Macron; et \\ « l’Élysée »');
    expect(event!.description.startsWith('Première ligne,\nseconde ligne; fin\n\n')).toBe(true);
  });

  it('uses CRLF line endings only and no line longer than 75 octets', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(octets(line), line).toBeLessThanOrEqual(75);
    // Accented text is long enough to need folding by octets rather than characters.
    expect(lines.some((line) => line.length < 75 && octets(line) > 75 - 4)).toBe(true);
  });

  it('declares the calendar name with its comma escaped', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(ics).toContain('X-WR-CALNAME:Mark Rutte et l’OTAN\\, 2022–2026\r\n');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('chronique');
  });
});

describe('foldLine', () => {
  it('folds any line into ≤ 75-octet lines without splitting a character, and unfolds to the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text.replace(/[\r\n]/g, '')}`;
        const folded = foldLine(line);
        const physical = folded.split('\r\n');
        for (const [index, part] of physical.entries()) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          if (index > 0) expect(part.startsWith(' ')).toBe(true);
          // A split UTF-16 surrogate pair would not survive a UTF-8 round trip.
          expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
        }
        expect(unfoldLines(`${folded}\r\n`)).toEqual([line]);
      }),
    );
  });

  it('leaves a 75-octet line alone and folds a 76-octet one', () => {
    const exact = `X:${'é'.repeat(36)}a`;
    expect(octets(exact)).toBe(75);
    expect(foldLine(exact)).toBe(exact);
    expect(foldLine(`${exact}b`)).toBe(`${exact}\r\n b`);
  });
});
