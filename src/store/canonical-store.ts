/**
 * A fast path for the common case, a store that is entirely valid, without zod (a 25 KB gzipped
 * chunk, and a second's work on 100,000 events). It accepts a JSON value only when `parseStore`
 * would return it unchanged: no rejected event, no dropped part, and no zod transform that would
 * change it (a string with surrounding spaces, which zod trims). Anything else returns null and
 * the caller runs `parseStore`, which says what is wrong. When unsure, this says null.
 *
 * Its input is what JSON.parse returns: it reads each value more than once, so a getter or a
 * proxy, which JSON cannot make, could answer differently each time.
 *
 * It must not import zod, even indirectly: only `import type` from schema.ts and parse-store.ts.
 */
import { isIsoDay } from './dates';
import { checkIntegrity } from './integrity';
import type { ParseStoreResult } from './parse-store';
import type { Article, DateSpec, Entities, Entity, Evidence, Localized, Note, Store, StoreEvent } from './schema';
import { drawable, endNotBeforeStart, ID_PATTERN, isHttpUrl, LANGUAGE_TAG, SCHEMA_VERSION, SHORT_LABEL_MAX } from './schema-rules';
import { selectorMatches } from './selectors';
import { DATE_FROM_VALUES, KIND_VALUES, PRECISION_VALUES, STATUS_VALUES } from './vocabulary';

export type AcceptedStore = Extract<ParseStoreResult, { ok: true }>;

type JsonObject = Record<string, unknown>;
type Check<T> = (value: unknown) => value is T;

/** Only what JSON.parse makes: zod would copy another prototype's object into a plain one. */
const isPlainObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * The key set a strict zod object keeps as it is: every required key, optional ones only with a
 * value (zod keeps a present `undefined`, which JSON cannot hold), and nothing else.
 */
function hasKeys(value: JsonObject, required: readonly string[], optional: readonly string[] = []): boolean {
  let requiredFound = 0;
  // for…in, not Object.keys: no array to allocate per object. It also walks inherited enumerable
  // keys, which a plain object has none of unless Object.prototype was tampered with: then, null.
  for (const key in value) {
    if (value[key] === undefined) return false;
    if (required.includes(key)) requiredFound += 1;
    else if (!optional.includes(key)) return false;
  }
  return requiredFound === required.length;
}

/** An index loop, not `every`: `every` skips the holes of a sparse array, zod reads them as undefined. */
function isArrayOf<T>(value: unknown, check: Check<T>, minLength = 0): value is T[] {
  if (!Array.isArray(value) || value.length < minLength) return false;
  for (let index = 0; index < value.length; index += 1) if (!check(value[index])) return false;
  return true;
}

const isString = (value: unknown): value is string => typeof value === 'string';

const isNonEmpty = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** zod trims these strings before it checks them: only an already-trimmed one comes out unchanged. */
const isTrimmedNonBlank = (value: unknown): value is string => isNonEmpty(value) && value.trim() === value;

const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);

/** The days found valid during one call: 100,000 events fall on some 11,000 days, and the calendar check is the costliest. */
const validDays = new Set<string>();

function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (validDays.has(value)) return true;
  if (!isIsoDay(value)) return false;
  validDays.add(value);
  return true;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

const isPrecision = oneOf(PRECISION_VALUES);
const isDateFrom = oneOf(DATE_FROM_VALUES);
const isStatus = oneOf(STATUS_VALUES);
const isKind = oneOf(KIND_VALUES);

const isLocalized = (value: unknown): value is Localized =>
  isPlainObject(value) && hasKeys(value, ['fr', 'en']) && isTrimmedNonBlank(value.fr) && isTrimmedNonBlank(value.en);

const isShortText = (value: unknown): value is string => isTrimmedNonBlank(value) && value.length <= SHORT_LABEL_MAX;

const isShortLabel = (value: unknown): value is Localized =>
  isPlainObject(value) && hasKeys(value, ['fr', 'en']) && isShortText(value.fr) && isShortText(value.en);

function isDateSpec(value: unknown): value is DateSpec {
  if (!isPlainObject(value) || !hasKeys(value, ['start', 'precision', 'from', 'basis', 'edtf'], ['end'])) return false;
  const { start, end } = value;
  return (
    isDay(start) &&
    (end === undefined || isDay(end)) &&
    isPrecision(value.precision) &&
    isDateFrom(value.from) &&
    isLocalized(value.basis) &&
    isTrimmedNonBlank(value.edtf) &&
    endNotBeforeStart({ start, end }) &&
    drawable({ start, end })
  );
}

const isEvidence = (value: unknown): value is Evidence =>
  isPlainObject(value) &&
  hasKeys(value, ['article', 'exact', 'prefix', 'suffix', 'start', 'end']) &&
  isId(value.article) &&
  isNonEmpty(value.exact) &&
  isString(value.prefix) &&
  isString(value.suffix) &&
  isCount(value.start) &&
  isCount(value.end);

/** An outside source with a non-http(s) URL is one parseStore drops, so it is not for the fast path. */
const isCorroboration = (value: unknown): value is StoreEvent['corroboration'][number] =>
  isPlainObject(value) &&
  hasKeys(value, ['url', 'site'], ['published']) &&
  isString(value.url) &&
  isHttpUrl(value.url) &&
  isTrimmedNonBlank(value.site) &&
  (value.published === undefined || isDay(value.published));

const isNote = (value: unknown): value is Note =>
  isPlainObject(value) &&
  hasKeys(value, ['fr', 'en'], ['evidence']) &&
  isTrimmedNonBlank(value.fr) &&
  isTrimmedNonBlank(value.en) &&
  (value.evidence === undefined || isEvidence(value.evidence));

const isEntity = (value: unknown): value is Entity =>
  isPlainObject(value) &&
  hasKeys(value, ['id', 'label'], ['aliases']) &&
  isId(value.id) &&
  isLocalized(value.label) &&
  (value.aliases === undefined || isArrayOf(value.aliases, isTrimmedNonBlank));

const isEntities = (value: unknown): value is Entities =>
  isPlainObject(value) &&
  hasKeys(value, ['actors', 'places', 'themes']) &&
  isArrayOf(value.actors, isEntity) &&
  isArrayOf(value.places, isEntity) &&
  isArrayOf(value.themes, isEntity);

const EVENT_KEYS = [
  'id',
  'title',
  'short',
  'summary',
  'date',
  'status',
  'kind',
  'actors',
  'places',
  'themes',
  'evidence',
  'corroboration',
  'notes',
];

const isEvent = (value: unknown): value is StoreEvent =>
  isPlainObject(value) &&
  hasKeys(value, EVENT_KEYS) &&
  isId(value.id) &&
  isLocalized(value.title) &&
  isShortLabel(value.short) &&
  isLocalized(value.summary) &&
  isDateSpec(value.date) &&
  isStatus(value.status) &&
  isKind(value.kind) &&
  isArrayOf(value.actors, isId) &&
  isArrayOf(value.places, isId) &&
  isArrayOf(value.themes, isId) &&
  isArrayOf(value.evidence, isEvidence, 1) &&
  isArrayOf(value.corroboration, isCorroboration) &&
  isArrayOf(value.notes, isNote);

/** An event's head as a split index gives it (split-heads.ts makes it from the index's columns). */
export interface EventHeadFields {
  id: unknown;
  title: { fr: unknown; en: unknown };
  short: { fr: unknown; en: unknown };
  date: { start: unknown; end?: unknown; precision: unknown; from: unknown };
  status: unknown;
  kind: unknown;
}

/**
 * The fields of an event that a split index holds (schema.ts, EventHead), judged as `isEvent`
 * judges them. The object is made by the caller, field by field, so its keys are not checked (nor
 * those of its title and short label: a for…in per object, 60 ms at 100,000 events); nor are its
 * facets, which are the ids of the index's entities (judged with the entities).
 */
export function hasValidHead(value: EventHeadFields): boolean {
  const { start, end } = value.date;
  return (
    isDay(start) &&
    (end === undefined || isDay(end)) &&
    isPrecision(value.date.precision) &&
    isDateFrom(value.date.from) &&
    endNotBeforeStart({ start, end }) &&
    drawable({ start, end }) &&
    isId(value.id) &&
    isTrimmedNonBlank(value.title.fr) &&
    isTrimmedNonBlank(value.title.en) &&
    isShortText(value.short.fr) &&
    isShortText(value.short.en) &&
    isStatus(value.status) &&
    isKind(value.kind)
  );
}

/** parseStore drops an article note that quotes another article or misquotes its own. */
function isArticle(value: unknown): value is Article {
  if (!isPlainObject(value) || !hasKeys(value, ['id', 'title', 'language', 'text', 'published'], ['outlet', 'notes'])) return false;
  const { id, language, text, notes } = value;
  const valid =
    isId(id) &&
    isTrimmedNonBlank(value.title) &&
    isString(language) &&
    LANGUAGE_TAG.test(language) &&
    isNonEmpty(text) &&
    isDateSpec(value.published) &&
    (value.outlet === undefined || isTrimmedNonBlank(value.outlet));
  if (!valid) return false;
  const quotesItself = (note: unknown): note is Note =>
    isNote(note) && (note.evidence === undefined || (note.evidence.article === id && selectorMatches(text, note.evidence)));
  return notes === undefined || isArrayOf(notes, quotesItself);
}

const isStoreShape = (value: unknown): value is Store =>
  isPlainObject(value) &&
  hasKeys(value, ['schemaVersion', 'title', 'articles', 'events', 'entities']) &&
  value.schemaVersion === SCHEMA_VERSION &&
  isLocalized(value.title) &&
  isArrayOf(value.articles, isArticle) &&
  isArrayOf(value.events, isEvent) &&
  isEntities(value.entities);

/**
 * The store itself (not a copy) when it is valid as it stands, else null. checkIntegrity also
 * catches what parseStore rejects on its own: duplicated event ids.
 */
export function readCanonicalStore(json: unknown): AcceptedStore | null {
  try {
    if (!isStoreShape(json) || checkIntegrity(json).length > 0) return null;
    return { ok: true, store: json, rejected: [], dropped: [] };
  } finally {
    validDays.clear();
  }
}
