/**
 * Why part of a store was refused, as data rather than English text: the builder prints the
 * English (`englishReason`), and the app shows each reason in the reader's language
 * (`shared/i18n/reason-texts.ts`). Zod's own messages are English only, so an issue is turned into
 * one of these codes: our schema's own messages by their text, zod's generic ones by their kind.
 */
import type { z } from 'zod';
import { SHORT_LABEL_MAX } from './schema-rules';

/** The schema's own messages (schema.ts uses these texts). */
export const SCHEMA_MESSAGES = {
  translationRequired: 'a translation is required',
  translationEmpty: 'a translation cannot be empty',
  shortTooLong: `a short label has at most ${SHORT_LABEL_MAX} characters`,
  shortRequired: 'a short label { fr, en } is required',
  idPattern: 'ids are lowercase ASCII words joined by hyphens',
  dayPattern: 'a day is written YYYY-MM-DD',
  notCalendarDay: 'not a calendar day',
  endBeforeStart: 'the end precedes the start',
  notDrawable: 'years after 9998 cannot be shown',
  httpOnly: 'only http: and https: URLs are allowed',
  evidenceRequired: 'an event needs at least one evidence passage',
  languageTag: 'a BCP 47 language tag',
} as const;

export type SchemaMessage = keyof typeof SCHEMA_MESSAGES;

/** What a length limit counts. */
export type Measured = 'characters' | 'items' | 'value';

export type ReasonMessage =
  | { code: SchemaMessage }
  | { code: 'expected-type'; expected: string }
  | { code: 'too-small'; minimum: number; of: Measured }
  | { code: 'too-big'; maximum: number; of: Measured }
  | { code: 'not-one-of'; values: string[] }
  | { code: 'unknown-keys'; keys: string[] }
  | { code: 'wrong-format' }
  | { code: 'invalid' }
  | { code: 'not-an-object'; found: 'null' | 'array' | 'other' }
  | { code: 'expected-list' }
  | { code: 'duplicated-id'; of: 'article' | 'event' | 'entity' }
  | { code: 'duplicated-event-kept-first' }
  | { code: 'unknown-article'; article: string }
  | { code: 'quote-mismatch'; article: string; start?: number; end?: number }
  | { code: 'unknown-entity'; entity: string }
  | { code: 'unsafe-link-removed' }
  | { code: 'shard-not-loaded'; shard: string; failure: string }
  | { code: 'shard-article-differs'; shard: string; article: string };

export type ReasonCode = ReasonMessage['code'];

/** One reason: where (a dotted path in the item, '' for the item itself) and what. */
export interface Reason {
  path: string;
  message: ReasonMessage;
}

/** How a language writes each reason; every code must have its text (the type checks it). */
export type ReasonTexts = { [Code in ReasonCode]: (message: Extract<ReasonMessage, { code: Code }>) => string };

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

export const ENGLISH_REASONS: ReasonTexts = {
  ...(Object.fromEntries(Object.entries(SCHEMA_MESSAGES).map(([code, text]) => [code, () => text])) as {
    [Code in SchemaMessage]: () => string;
  }),
  'expected-type': ({ expected }) => `expected ${expected}`,
  'too-small': ({ minimum, of }) => (of === 'value' ? `must be at least ${minimum}` : `needs at least ${minimum} ${of}`),
  'too-big': ({ maximum, of }) => (of === 'value' ? `must be at most ${maximum}` : `has at most ${maximum} ${of}`),
  'not-one-of': ({ values }) => `expected one of ${quoted(values)}`,
  'unknown-keys': ({ keys }) => `unknown keys ${quoted(keys)}`,
  'wrong-format': () => 'wrong format',
  invalid: () => 'invalid value',
  'not-an-object': ({ found }) =>
    `expected an object, found ${found === 'array' ? 'an array' : found === 'null' ? 'null' : 'another value'}`,
  'expected-list': () => 'expected an array',
  'duplicated-id': ({ of }) => `duplicated ${of} id`,
  'duplicated-event-kept-first': () => 'duplicated event id: the first event with this id is shown',
  'unknown-article': ({ article }) => `unknown article "${article}"`,
  'quote-mismatch': ({ article, start, end }) =>
    start === undefined
      ? `the quote does not match article "${article}"`
      : `the quote does not match article "${article}" at ${start}–${end}`,
  'unknown-entity': ({ entity }) => `unknown entity "${entity}"`,
  'unsafe-link-removed': () => 'only http: and https: links are allowed; this one was removed',
  'shard-not-loaded': ({ shard, failure }) => `${shard} could not be loaded: ${failure}`,
  'shard-article-differs': ({ shard, article }) => `${shard} holds another text of article "${article}" than its home shard`,
};

/** A reason in the words of `texts`, after its path: `date.end: the end precedes the start`. */
export function reasonText(reason: Reason, texts: ReasonTexts): string {
  const text = (texts[reason.message.code] as (message: ReasonMessage) => string)(reason.message);
  return reason.path ? `${reason.path}: ${text}` : text;
}

export const englishReason = (reason: Reason) => reasonText(reason, ENGLISH_REASONS);

const schemaMessageByText = new Map<string, SchemaMessage>(
  Object.entries(SCHEMA_MESSAGES).map(([code, text]) => [text, code as SchemaMessage]),
);

const measured = (origin: string): Measured =>
  origin === 'string' ? 'characters' : origin === 'array' || origin === 'set' ? 'items' : 'value';

/** A zod issue as a reason, cutting every value taken from the input to `clip`'s length. */
export function reasonFromIssue(issue: z.core.$ZodIssue, prefix: string, clip: (value: string) => string): Reason {
  const path = [prefix, ...issue.path.map((part) => clip(String(part)))].filter(Boolean).join('.');
  return { path, message: messageOf(issue, clip) };
}

function messageOf(issue: z.core.$ZodIssue, clip: (value: string) => string): ReasonMessage {
  const own = schemaMessageByText.get(issue.message);
  if (own) return { code: own };
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'expected-type', expected: issue.expected };
    case 'too_small':
      return { code: 'too-small', minimum: Number(issue.minimum), of: measured(issue.origin) };
    case 'too_big':
      return { code: 'too-big', maximum: Number(issue.maximum), of: measured(issue.origin) };
    case 'invalid_value':
      return { code: 'not-one-of', values: issue.values.slice(0, 12).map((value) => clip(String(value))) };
    case 'unrecognized_keys':
      return { code: 'unknown-keys', keys: issue.keys.slice(0, 5).map((key) => clip(key)) };
    case 'invalid_format':
      return { code: 'wrong-format' };
    default:
      return { code: 'invalid' };
  }
}
