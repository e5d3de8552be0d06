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
  /** Without `found`: only that it is not an object. */
  | { code: 'not-an-object'; found?: 'null' | 'array' | 'other' }
  | { code: 'expected-list' }
  | { code: 'file-not-object' }
  /** `found`: the version the file gives, as JSON, or undefined when it gives none. */
  | { code: 'schema-version'; found?: string; expected: number }
  | { code: 'duplicated-id'; of: 'article' | 'event' | 'entity' }
  | { code: 'duplicated-event-kept-first' }
  | { code: 'unknown-article'; article: string }
  | { code: 'quote-mismatch'; article: string; start?: number; end?: number }
  | { code: 'unknown-entity'; entity: string }
  | { code: 'unsafe-link-removed' }
  | { code: 'shard-not-loaded'; shard: string; failure: ShardFailure }
  /** A file (a shard) that could not be had: the network, the server's status, or a body that is not JSON. */
  | { code: 'file-not-loaded'; kind: 'network' | 'timeout' | 'http' | 'json'; status?: number }
  | { code: 'shard-article-differs'; shard: string; article: string }
  // A split index whose structure cannot be read (split-store.ts, splitIndexFaults).
  | { code: 'expected-value'; value: string }
  | { code: 'expected-file-names' }
  | { code: 'shard-path-not-relative' }
  | { code: 'expected-shard-position' }
  | { code: 'expected-columns' }
  | { code: 'expected-strings' }
  | { code: 'expected-column-length'; count: number }
  | { code: 'expected-language-columns' }
  // A shard that is not the one the index expects (split-store.ts, shardAsStore).
  | { code: 'not-a-shard'; format: string }
  | { code: 'shard-version-differs' }
  | { code: 'shard-position-differs'; found: string; expected: number }
  | { code: 'shard-lists-expected' }
  | { code: 'shard-events-differ' };

/**
 * Why a shard could not be had: what the network or the server said (a status, an error's own
 * message: not translated), or the reasons it was refused.
 */
export type ShardFailure = string | readonly Reason[];

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
    found === undefined
      ? 'expected an object'
      : `expected an object, found ${found === 'array' ? 'an array' : found === 'null' ? 'null' : 'another value'}`,
  'expected-list': () => 'expected an array',
  'file-not-object': () => 'the file is not a JSON object',
  'schema-version': ({ found, expected }) => `${found ?? 'missing'}; this app reads version ${expected}`,
  'duplicated-id': ({ of }) => `duplicated ${of} id`,
  'duplicated-event-kept-first': () => 'duplicated event id: the first event with this id is shown',
  'unknown-article': ({ article }) => `unknown article "${article}"`,
  'quote-mismatch': ({ article, start, end }) =>
    start === undefined
      ? `the quote does not match article "${article}"`
      : `the quote does not match article "${article}" at ${start}–${end}`,
  'unknown-entity': ({ entity }) => `unknown entity "${entity}"`,
  'unsafe-link-removed': () => 'only http: and https: links are allowed; this one was removed',
  'shard-not-loaded': ({ shard, failure }) => `${shard} could not be loaded: ${englishShardFailure(failure)}`,
  'file-not-loaded': ({ kind, status }) =>
    kind === 'network'
      ? 'the network did not answer (connection lost, or the server cannot be reached)'
      : kind === 'timeout'
        ? 'the server did not answer in time'
        : kind === 'json'
          ? 'the file received is not valid JSON; it may be incomplete'
          : status === 404
            ? 'the file is not on the server (HTTP 404)'
            : `the server answered with an error (HTTP ${status ?? '?'})`,
  'shard-article-differs': ({ shard, article }) => `${shard} holds another text of article "${article}" than its home shard`,
  'expected-value': ({ value }) => `expected "${value}"`,
  'expected-file-names': () => 'expected an array of file names',
  'shard-path-not-relative': () => 'a shard is a relative path inside the index’s folder',
  'expected-shard-position': () => 'expected the position of a shard',
  'expected-columns': () => 'expected an object of columns',
  'expected-strings': () => 'expected an array of strings',
  'expected-column-length': ({ count }) => `expected ${count} values, one per event`,
  'expected-language-columns': () => 'expected { fr, en } columns',
  'not-a-shard': ({ format }) => `not a shard (format "${format}")`,
  'shard-version-differs': () => 'its schemaVersion differs from the index’s',
  'shard-position-differs': ({ found, expected }) => `it says it is shard ${found}, not ${expected}`,
  'shard-lists-expected': () => 'events and articles: expected arrays',
  'shard-events-differ': () => 'its events are not those the index puts in it',
};

/** A bounded, single-line rendering of any value taken from a store, for messages. */
export function clipForMessage(value: string, max: number): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const line = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** A reason in the words of `texts`, after its path and `colon`: `date.end: the end precedes the start`. */
export function reasonText(reason: Reason, texts: ReasonTexts, colon = ': '): string {
  const text = (texts[reason.message.code] as (message: ReasonMessage) => string)(reason.message);
  return reason.path ? `${reason.path}${colon}${text}` : text;
}

export const englishReason = (reason: Reason) => reasonText(reason, ENGLISH_REASONS);

/** A shard's failure in the words of `texts`: the server's own words, or its reasons one after another. */
export function shardFailureText(failure: ShardFailure, texts: ReasonTexts, colon = ': ', semicolon = '; '): string {
  return typeof failure === 'string' ? failure : failure.map((reason) => reasonText(reason, texts, colon)).join(semicolon);
}

export const englishShardFailure = (failure: ShardFailure) => shardFailureText(failure, ENGLISH_REASONS);

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
