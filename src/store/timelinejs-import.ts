/**
 * A TimelineJS3 timeline (https://timeline.knightlab.com/docs/json-format.html) as draft entries
 * of data/events.json: dates, headline, text and group (as a theme), in one language. What our
 * store needs and TimelineJS does not say is left empty for the editor (the other language, the
 * kind, the status, how the date was fixed) and every entry is marked as a draft with no evidence,
 * which the builder refuses to publish until it quotes an article. The title slide, eras and
 * media are not events or evidence: they are counted in the notes, not imported. Pure: the
 * caller turns the slides' HTML into text.
 */
import { isIsoDay } from './dates';
import { ID_PATTERN, SHORT_LABEL_MAX } from './schema-rules';
import type { PRECISION_VALUES } from './vocabulary';

type Precision = (typeof PRECISION_VALUES)[number];

export type ImportLanguage = 'fr' | 'en';

interface TimelineJsDate {
  year?: unknown;
  month?: unknown;
  day?: unknown;
}

interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: { headline?: unknown; text?: unknown };
  media?: unknown;
  group?: unknown;
  unique_id?: unknown;
}

export interface DraftEvent {
  id: string;
  draft: string;
  title: Record<ImportLanguage, string>;
  short: Record<ImportLanguage, string>;
  summary: Record<ImportLanguage, string>;
  date: { start: string; end?: string; precision: Precision | ''; from: ''; basis: Record<ImportLanguage, string> };
  status: '';
  kind: '';
  actors: string[];
  places: string[];
  themes: string[];
  evidence: [];
  corroboration: [];
  notes: [];
}

export interface ImportResult {
  events: DraftEvent[];
  /** Themes the drafts name (from TimelineJS groups), to declare in entities.json. */
  themes: { id: string; label: string }[];
  /** What was not imported, and why, one line each. */
  notes: string[];
}

const PRECISION_RANK: Record<Precision, number> = { day: 0, month: 1, year: 2 };

/** Lowercase ASCII words joined by hyphens, as store ids are. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

const integer = (value: unknown): number | undefined => {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isInteger(number) ? number : undefined;
};

type DayParts = { year: number; month?: number; day?: number; precision: Precision };

function readDate(date: TimelineJsDate | undefined): DayParts | string {
  if (date === undefined) return 'no start_date';
  const year = integer(date.year);
  if (year === undefined) return `its year ${JSON.stringify(date.year)} is not a whole number`;
  if (year < 1 || year > 9998) return `its year ${year} is outside the years 1–9998 the store can show`;
  const month = integer(date.month);
  const day = integer(date.day);
  if (month === undefined) return { year, precision: 'year' };
  if (day === undefined) return { year, month, precision: 'month' };
  return { year, month, day, precision: 'day' };
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The first or last calendar day of a date at a (possibly coarser) precision. */
function isoDay(parts: DayParts, precision: Precision, edge: 'first' | 'last'): string {
  const year = pad(parts.year, 4);
  if (precision === 'year') return edge === 'first' ? `${year}-01-01` : `${year}-12-31`;
  const month = parts.month ?? 1;
  if (precision === 'month') {
    const days = [31, isIsoDay(`${year}-02-29`) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
    return `${year}-${pad(month)}-${edge === 'first' ? '01' : pad(days)}`;
  }
  return `${year}-${pad(month)}-${pad(parts.day ?? 1)}`;
}

function basis(file: string): Record<ImportLanguage, string> {
  return {
    fr: `Date reprise de la frise TimelineJS ${file}\u202f; à vérifier dans l’article.`,
    en: `Date taken from the TimelineJS timeline ${file}; check it against the article.`,
  };
}

function localized(language: ImportLanguage, text: string): Record<ImportLanguage, string> {
  return language === 'fr' ? { fr: text, en: '' } : { fr: '', en: text };
}

export function importTimelineJs(
  timeline: unknown,
  file: string,
  language: ImportLanguage,
  toText: (html: string) => string,
): ImportResult {
  if (typeof timeline !== 'object' || timeline === null || !Array.isArray((timeline as { events?: unknown }).events)) {
    throw new Error(`${file} is not a TimelineJS timeline: it has no "events" list`);
  }
  const { events: slides, title, eras } = timeline as { events: TimelineJsSlide[]; title?: TimelineJsSlide; eras?: unknown };
  const notes: string[] = [];
  const ids = new Set<string>();
  const themes = new Map<string, string>();
  const events: DraftEvent[] = [];
  let media = 0;

  slides.forEach((slide, index) => {
    const headline = toText(typeof slide.text?.headline === 'string' ? slide.text.headline : '');
    const where = `slide ${index + 1}${headline ? ` «${headline}»` : ''}`;
    const start = readDate(slide.start_date);
    const end = slide.end_date === undefined ? undefined : readDate(slide.end_date);
    if (typeof start === 'string' || typeof end === 'string') {
      notes.push(`${where} not imported: ${typeof start === 'string' ? start : `its end date: ${end as string}`}`);
      return;
    }
    const endPrecision = end?.precision ?? start.precision;
    // One precision for both ends: the coarser one.
    const precision = PRECISION_RANK[start.precision] >= PRECISION_RANK[endPrecision] ? start.precision : endPrecision;
    const startDay = isoDay(start, precision, 'first');
    const endDay =
      end === undefined ? (precision === 'day' ? undefined : isoDay(start, precision, 'last')) : isoDay(end, precision, 'last');
    for (const day of [startDay, endDay]) {
      if (day !== undefined && !isIsoDay(day)) {
        notes.push(`${where} not imported: ${day} is not a calendar day`);
        return;
      }
    }
    if (endDay !== undefined && endDay < startDay) {
      notes.push(`${where} not imported: it ends (${endDay}) before it starts (${startDay})`);
      return;
    }
    if (slide.media !== undefined) media += 1;
    const given = typeof slide.unique_id === 'string' && ID_PATTERN.test(slide.unique_id) ? slide.unique_id : slugify(headline);
    const base = given || `event-${startDay}`;
    let id = base;
    for (let n = 2; ids.has(id); n += 1) id = `${base}-${n}`;
    ids.add(id);
    const group = typeof slide.group === 'string' ? toText(slide.group) : '';
    const theme = group ? slugify(group) : '';
    if (theme) themes.set(theme, group);
    const singleDay = precision === 'day' && (endDay === undefined || endDay === startDay);
    events.push({
      id,
      draft: `imported from TimelineJS (${file}, slide ${index + 1})`,
      title: localized(language, headline),
      short: localized(language, headline.length <= SHORT_LABEL_MAX ? headline : ''),
      summary: localized(language, toText(typeof slide.text?.text === 'string' ? slide.text.text : '')),
      date: { start: startDay, ...(singleDay || endDay === undefined ? {} : { end: endDay }), precision, from: '', basis: basis(file) },
      status: '',
      kind: '',
      actors: [],
      places: [],
      themes: theme ? [theme] : [],
      evidence: [],
      corroboration: [],
      notes: [],
    });
  });

  if (title !== undefined) {
    const headline = toText(typeof title.text?.headline === 'string' ? title.text.headline : '');
    notes.push(`the title slide${headline ? ` «${headline}»` : ''} is not an event: use it as the title in collection.json`);
  }
  if (Array.isArray(eras) && eras.length > 0) {
    notes.push(`${eras.length} era${eras.length > 1 ? 's' : ''} not imported: chronique draws events, not periods behind them`);
  }
  if (media > 0)
    notes.push(
      `${media} slide${media > 1 ? 's' : ''} had media, not imported: a picture or a link is not evidence; quote the article instead`,
    );
  return { events, themes: [...themes].map(([id, label]) => ({ id, label })), notes };
}
