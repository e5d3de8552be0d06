/**
 * Runtime validation of a store the app loads (any JSON value, possibly hostile). The top level
 * must be valid or nothing is shown; each event is judged on its own, so one bad event costs only
 * itself. Decisions:
 *  - an event that fails the schema or the integrity checks (unknown article or entity, a quote
 *    that does not match) is rejected whole, with its reasons;
 *  - duplicated event ids: the first is kept, the others are rejected;
 *  - an outside source whose URL is not http(s) (javascript:, data:…) is dropped from its event,
 *    which is kept: the event stands on its article passages, and the drop is reported;
 *  - an event note (a correction) that is invalid rejects the event: showing the event without the
 *    correction would show it as more right than it is;
 *  - an article note that is invalid is dropped and reported: rejecting the article would reject
 *    every event that cites it;
 *  - an event in the year 9999 is rejected by the shared schema (the builder refuses it too): the
 *    timeline and the calendar export draw up to the day after it, and year 10000 has no YYYY-MM-DD.
 * Every message is cut to a bounded length: a store can hold megabyte strings and keys.
 */
import type { z } from 'zod';
import { checkIntegrity } from './integrity';
import { clipForMessage, type Reason, reasonFromIssue } from './reasons';
import { Article, Corroboration, Entities, Event, EventHead, HttpUrl, Localized, Note, SCHEMA_VERSION, type Store } from './schema';
import { selectorMatches } from './selectors';

export interface RejectedEvent {
  /** Position in the store's `events` array. */
  index: number;
  /** The event's id when it has a usable one (a string), cut to a readable length. */
  id?: string;
  /** Shown in the reader's language (shared/i18n/reason-texts.ts); `englishReason` writes one in English. */
  reasons: Reason[];
}

/** A part left out of an otherwise valid event or article (an outside source, an article note). */
export interface DroppedPart {
  /** e.g. `events[3] (summit-2025).corroboration[0]` or `articles[1] (le-monde).notes[2]`. */
  where: string;
  reason: Reason;
}

export type ParseStoreResult =
  | { ok: true; store: Store; rejected: RejectedEvent[]; dropped: DroppedPart[] }
  | {
      ok: false;
      problem: 'schema-version' | 'shape';
      /** What is wrong, where (a path in the file): shown in the reader's language, `englishReason` writes one in English. */
      details: Reason[];
    };

const MAX_TEXT = 200;
const MAX_REASONS = 10;
const MAX_DETAILS = 20;

const clip = (value: string, max = MAX_TEXT) => clipForMessage(value, max);

const clipValue = (value: string) => clip(value, 80);

function issueReasons(error: z.ZodError, prefix = ''): Reason[] {
  return error.issues.slice(0, MAX_REASONS).map((issue) => reasonFromIssue(issue, prefix, clipValue));
}

/** The path of the store itself in the load error's details. */
const ROOT = '(root)';

/** Every text a reason took from the store (paths, ids, keys), cut to `max` (values) and 120 (the path). */
function clipReason({ path, message }: Reason, max = 80): Reason {
  const clipped = Object.entries(message).map(([key, value]) => [
    key,
    typeof value === 'string' && key !== 'code'
      ? clip(value, max)
      : Array.isArray(value)
        ? value.map((item: string) => clip(item, max))
        : value,
  ]);
  return { path: clip(path, 120), message: Object.fromEntries(clipped) as Reason['message'] };
}

/** A reason of the load error's details (the whole store refused), short enough to read: a few hundred characters in all. */
const detail = (reason: Reason): Reason => clipReason({ ...reason, path: reason.path || ROOT }, 40);

/** Zod's issues for the load error's details. */
function issues(error: z.ZodError, prefix = ''): Reason[] {
  return issueReasons(error, prefix).map(detail);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

function parseArticles(raw: unknown, dropped: DroppedPart[]): { articles: Store['articles'] } | { details: Reason[] } {
  if (!Array.isArray(raw)) return { details: [{ path: 'articles', message: { code: 'expected-list' } }] };
  const articles: Store['articles'] = [];
  const details: Reason[] = [];
  raw.forEach((item, index) => {
    const where = `articles[${index}]`;
    if (!isRecord(item)) {
      details.push({ path: where, message: { code: 'not-an-object' } });
      return;
    }
    const rawNotes = own(item, 'notes');
    const parsed = Article.safeParse({ ...item, notes: undefined });
    if (!parsed.success) {
      details.push(...issues(parsed.error, where));
      return;
    }
    const article = parsed.data;
    const label = `${where} (${clip(article.id, 60)})`;
    if (rawNotes !== undefined) {
      if (!Array.isArray(rawNotes)) {
        dropped.push({ where: `${label}.notes`, reason: { path: '', message: { code: 'expected-list' } } });
      } else {
        const notes: Store['articles'][number]['notes'] = [];
        rawNotes.forEach((rawNote, noteIndex) => {
          const note = Note.safeParse(rawNote);
          const reason: Reason | undefined = !note.success
            ? (issueReasons(note.error)[0] ?? { path: '', message: { code: 'invalid' } })
            : note.data.evidence && (note.data.evidence.article !== article.id || !selectorMatches(article.text, note.data.evidence))
              ? { path: 'evidence', message: { code: 'quote-mismatch', article: clipValue(article.id) } }
              : undefined;
          if (reason === undefined && note.success) notes.push(note.data);
          else if (reason !== undefined) dropped.push({ where: `${label}.notes[${noteIndex}]`, reason });
        });
        article.notes = notes;
      }
    }
    if (article.notes === undefined) delete article.notes;
    articles.push(article);
  });
  return details.length > 0 ? { details } : { articles };
}

/** Drops outside sources whose only fault is a non-http(s) URL; anything else is left for the schema to reject. */
function withoutUnsafeSources(item: Record<string, unknown>, label: string, dropped: DroppedPart[]): Record<string, unknown> {
  const sources = own(item, 'corroboration');
  if (!Array.isArray(sources)) return item;
  const kept = sources.filter((source, index) => {
    if (!isRecord(source) || typeof own(source, 'url') !== 'string') return true;
    const safeUrl = HttpUrl.safeParse(own(source, 'url')).success;
    const otherwiseValid = Corroboration.safeParse({ ...source, url: 'https://example.org/' }).success;
    if (safeUrl || !otherwiseValid) return true;
    dropped.push({ where: `${label}.corroboration[${index}]`, reason: { path: 'url', message: { code: 'unsafe-link-removed' } } });
    return false;
  });
  return { ...item, corroboration: kept };
}

function eventLabel(item: unknown, index: number): { label: string; id?: string } {
  const rawId = isRecord(item) ? own(item, 'id') : undefined;
  if (typeof rawId !== 'string') return { label: `events[${index}]` };
  const id = clip(rawId, 80);
  return { label: `events[${index}] (${id})`, id };
}

export function parseStore(json: unknown): ParseStoreResult {
  if (!isRecord(json)) return { ok: false, problem: 'shape', details: [{ path: '', message: { code: 'file-not-object' } }] };
  const version = own(json, 'schemaVersion');
  if (version !== SCHEMA_VERSION) {
    const found = version === undefined ? undefined : clip(JSON.stringify(version) ?? String(version), 40);
    return {
      ok: false,
      problem: 'schema-version',
      details: [
        { path: 'schemaVersion', message: { code: 'schema-version', expected: SCHEMA_VERSION, ...(found === undefined ? {} : { found }) } },
      ],
    };
  }

  const details: Reason[] = [];
  const unknownKeys = Object.keys(json).filter((key) => !['schemaVersion', 'title', 'articles', 'events', 'entities'].includes(key));
  if (unknownKeys.length > 0) details.push(detail({ path: ROOT, message: { code: 'unknown-keys', keys: unknownKeys.slice(0, 5) } }));
  const title = Localized.safeParse(own(json, 'title'));
  if (!title.success) details.push(...issues(title.error, 'title'));
  const entities = Entities.safeParse(own(json, 'entities'));
  if (!entities.success) details.push(...issues(entities.error, 'entities'));
  const dropped: DroppedPart[] = [];
  const articles = parseArticles(own(json, 'articles'), dropped);
  if ('details' in articles) details.push(...articles.details);
  const rawEvents = own(json, 'events');
  if (!Array.isArray(rawEvents)) details.push({ path: 'events', message: { code: 'expected-list' } });
  if (!title.success || !entities.success || 'details' in articles || !Array.isArray(rawEvents) || details.length > 0) {
    return { ok: false, problem: 'shape', details: details.slice(0, MAX_DETAILS) };
  }

  const rejected: RejectedEvent[] = [];
  const reject = (index: number, id: string | undefined, reasons: Reason[]) =>
    rejected.push({ index, ...(id === undefined ? {} : { id }), reasons: reasons.slice(0, MAX_REASONS) });

  const candidates: { index: number; event: Store['events'][number] }[] = [];
  const seen = new Set<string>();
  const eventDrops: (DroppedPart & { index: number })[] = [];
  rawEvents.forEach((item, index) => {
    const { label, id } = eventLabel(item, index);
    if (!isRecord(item)) {
      reject(index, id, [
        { path: '', message: { code: 'not-an-object', found: item === null ? 'null' : Array.isArray(item) ? 'array' : 'other' } },
      ]);
      return;
    }
    const ownDrops: DroppedPart[] = [];
    const parsed = Event.safeParse(withoutUnsafeSources(item, label, ownDrops));
    if (!parsed.success) {
      reject(index, id, issueReasons(parsed.error));
      return;
    }
    if (seen.has(parsed.data.id)) {
      reject(index, id, [{ path: '', message: { code: 'duplicated-event-kept-first' } }]);
      return;
    }
    seen.add(parsed.data.id);
    candidates.push({ index, event: parsed.data });
    eventDrops.push(...ownDrops.map((drop) => ({ ...drop, index })));
  });

  const candidate: Store = {
    schemaVersion: SCHEMA_VERSION,
    title: title.data,
    articles: articles.articles,
    events: candidates.map(({ event }) => event),
    entities: entities.data,
  };
  const problems = checkIntegrity(candidate);
  const fatal = problems.filter((problem) => problem.section !== 'events');
  if (fatal.length > 0) {
    return {
      ok: false,
      problem: 'shape',
      details: fatal
        .slice(0, MAX_DETAILS)
        .map(({ section, id, reason }) =>
          detail({ ...reason, path: [`${section} (${clip(id, 60)})`, reason.path].filter(Boolean).join('.') }),
        ),
    };
  }
  const eventProblems = new Map<string, Reason[]>();
  for (const problem of problems) eventProblems.set(problem.id, [...(eventProblems.get(problem.id) ?? []), clipReason(problem.reason)]);
  const kept = new Set<number>();
  for (const { index, event } of candidates) {
    const reasons = eventProblems.get(event.id);
    if (reasons) reject(index, clip(event.id, 80), reasons);
    else kept.add(index);
  }
  rejected.sort((a, b) => a.index - b.index);

  return {
    ok: true,
    store: { ...candidate, events: candidates.filter(({ index }) => kept.has(index)).map(({ event }) => event) },
    rejected,
    dropped: [...dropped, ...eventDrops.filter(({ index }) => kept.has(index)).map(({ where, reason }) => ({ where, reason }))],
  };
}

/**
 * Why an event's head in a split index (split-heads.ts) breaks the store's rules: zod's reasons,
 * asked only for the heads the fast check refused. Empty when zod finds nothing to say.
 */
export function eventHeadReasons(head: unknown): Reason[] {
  const parsed = EventHead.safeParse(head);
  return parsed.success ? [] : issueReasons(parsed.error).slice(0, MAX_REASONS);
}
