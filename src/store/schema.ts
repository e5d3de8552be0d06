/**
 * The one schema of the event store, shared by the data builder (scripts/build-store.ts) and the
 * app. Authoring shapes (what data/ holds) are derived from the store shapes so they cannot drift.
 */
import './zod-without-eval';
import { z } from 'zod';
import { isIsoDay } from './dates';
import { SCHEMA_MESSAGES } from './reasons';
import {
  drawable,
  endNotBeforeStart,
  ID_PATTERN,
  isHttpUrl,
  ISO_DAY_PATTERN,
  LANGUAGE_TAG,
  SCHEMA_VERSION,
  SHORT_LABEL_MAX,
} from './schema-rules';
import { DATE_FROM_VALUES, KIND_VALUES, PRECISION_VALUES, STATUS_VALUES } from './vocabulary';

export { SCHEMA_VERSION };

const nonBlank = z.string().trim().min(1);

const translation = z.string({ error: SCHEMA_MESSAGES.translationRequired }).trim().min(1, SCHEMA_MESSAGES.translationEmpty);

export const Localized = z.object({ fr: translation, en: translation }).strict();

const shortTranslation = translation.max(SHORT_LABEL_MAX, SCHEMA_MESSAGES.shortTooLong);

/** An event's editorial short label, for the timeline: whole, specific, at most SHORT_LABEL_MAX characters. */
export const ShortLabel = z.object({ fr: shortTranslation, en: shortTranslation }, { error: SCHEMA_MESSAGES.shortRequired }).strict();

export const Id = z.string().regex(ID_PATTERN, SCHEMA_MESSAGES.idPattern);

export const IsoDay = z
  .string()
  .regex(ISO_DAY_PATTERN, SCHEMA_MESSAGES.dayPattern)
  .refine(isIsoDay, { message: SCHEMA_MESSAGES.notCalendarDay });

export const Precision = z.enum(PRECISION_VALUES);

/** How a date was fixed: named by the article, inferred from a weekday plus context, or outside sources only. */
export const DateFrom = z.enum(DATE_FROM_VALUES);

const dateFields = {
  start: IsoDay,
  end: IsoDay.optional(),
  precision: Precision,
  from: DateFrom,
  basis: Localized,
};

const endMessage = { message: SCHEMA_MESSAGES.endBeforeStart, path: ['end'] };
const drawableMessage = { message: SCHEMA_MESSAGES.notDrawable };

export const DateSpec = z
  .object({ ...dateFields, edtf: nonBlank })
  .strict()
  .refine(endNotBeforeStart, endMessage)
  .refine(drawable, drawableMessage);

export const Status = z.enum(STATUS_VALUES);

export const Kind = z.enum(KIND_VALUES);

const quoteFields = { article: Id, exact: z.string().min(1) };

export const Evidence = z
  .object({
    ...quoteFields,
    prefix: z.string(),
    suffix: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .strict();

export const HttpUrl = z.string().refine(isHttpUrl, { message: SCHEMA_MESSAGES.httpOnly });

export const Corroboration = z.object({ url: HttpUrl, site: nonBlank, published: IsoDay.optional() }).strict();

export const Note = z.object({ fr: translation, en: translation, evidence: Evidence.optional() }).strict();

export const Entity = z.object({ id: Id, label: Localized, aliases: z.array(nonBlank).optional() }).strict();

export const Entities = z.object({ actors: z.array(Entity), places: z.array(Entity), themes: z.array(Entity) }).strict();

export const Event = z
  .object({
    id: Id,
    title: Localized,
    short: ShortLabel,
    summary: Localized,
    date: DateSpec,
    status: Status,
    kind: Kind,
    actors: z.array(Id),
    places: z.array(Id),
    themes: z.array(Id),
    evidence: z.array(Evidence).min(1, SCHEMA_MESSAGES.evidenceRequired),
    corroboration: z.array(Corroboration),
    notes: z.array(Note),
  })
  .strict();

/**
 * What a split index holds of an event (split-store.ts): the event without the parts its shard
 * holds. Judged by the same rules as the whole event, so that the timeline can draw it at once.
 */
export const EventHead = Event.omit({ summary: true, date: true, evidence: true, corroboration: true, notes: true }).extend({
  date: z
    .object({ start: IsoDay, end: IsoDay.optional(), precision: Precision, from: DateFrom })
    .strict()
    .refine(endNotBeforeStart, endMessage)
    .refine(drawable, drawableMessage),
});

export const Article = z
  .object({
    id: Id,
    title: nonBlank,
    language: z.string().regex(LANGUAGE_TAG, SCHEMA_MESSAGES.languageTag),
    text: z.string().min(1),
    published: DateSpec,
    outlet: nonBlank.optional(),
    notes: z.array(Note).optional(),
  })
  .strict();

export const Store = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    title: Localized,
    articles: z.array(Article),
    events: z.array(Event),
    entities: Entities,
  })
  .strict();

// --- authoring shapes (data/): the builder adds text, EDTF and selectors ---------------------

const QuoteInput = z.object(quoteFields).strict();
const NoteInput = z.object({ fr: translation, en: translation, evidence: QuoteInput.optional() }).strict();
const DateInput = z.object(dateFields).strict().refine(endNotBeforeStart, endMessage).refine(drawable, drawableMessage);

export const EventInput = Event.omit({ date: true, evidence: true, notes: true }).extend({
  date: DateInput,
  evidence: z.array(QuoteInput).min(1, SCHEMA_MESSAGES.evidenceRequired),
  notes: z.array(NoteInput),
  /** Where a draft came from (see drafts.ts): a draft is never published. */
  draft: z.string().optional(),
});

export const ArticleInput = Article.omit({ text: true, published: true, notes: true }).extend({
  sourceFile: z.string().regex(/^[\w.-]+\.txt$/),
  published: DateInput,
  notes: z.array(NoteInput).optional(),
});

export const CollectionInput = z.object({ title: Localized }).strict();

export type Localized = z.infer<typeof Localized>;
export type DateSpec = z.infer<typeof DateSpec>;
export type Evidence = z.infer<typeof Evidence>;
export type Note = z.infer<typeof Note>;
export type Entity = z.infer<typeof Entity>;
export type Entities = z.infer<typeof Entities>;
export type StoreEvent = z.infer<typeof Event>;
export type Article = z.infer<typeof Article>;
export type Store = z.infer<typeof Store>;
export type Kind = z.infer<typeof Kind>;
export type Status = z.infer<typeof Status>;
export type DateFrom = z.infer<typeof DateFrom>;
export type EventInput = z.infer<typeof EventInput>;
export type ArticleInput = z.infer<typeof ArticleInput>;
