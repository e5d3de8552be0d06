/**
 * Joining a split store's shards into one store (split-store.ts has the format): what each shard's
 * validation kept, rejected or dropped, reported where the single file would report it.
 */
import type { DroppedPart, ParseStoreResult, RejectedEvent } from './parse-store';
import { englishReason, type Reason, type ShardFailure } from './reasons';
import type { Article, Store, StoreEvent } from './schema';
import { shardEventPositions, type SplitIndex } from './split-store';

/** How one shard came out: validated by the store's rules, or not had at all (the network, a refusal). */
export type ShardOutcome =
  { shard: number; result: ParseStoreResult & { ok: true }; positions: number[] } | { shard: number; failure: ShardFailure };

export interface JoinedStore {
  ok: true;
  store: Store;
  /** Positions are the index's: the same as in the single file. */
  rejected: RejectedEvent[];
  dropped: DroppedPart[];
  /** Shards that could not be had or read: their events are among `rejected`, and a retry may bring them. */
  missing: { shard: string; reason: ShardFailure }[];
}

/**
 * The store the index and its shards make: the events of every shard that passed, in the index's
 * order, and each article once (from its home shard). What a shard's validation rejected or
 * dropped is reported where the single file would report it; a shard that failed costs only its
 * own events. Two shards that hold different texts for one article cannot both be right: the
 * events that quote the copy that is not the article's home copy are rejected.
 */
export function joinShards(index: SplitIndex, outcomes: readonly ShardOutcome[]): JoinedStore {
  const rejected: RejectedEvent[] = [];
  const dropped: DroppedPart[] = [];
  const missing: JoinedStore['missing'] = [];
  const kept = new Map<number, StoreEvent>();
  const texts = new Map<string, Article>();
  const name = (shard: number) => index.shards[shard] ?? `shard ${shard}`;
  const passed = outcomes.flatMap((outcome) => ('result' in outcome ? [outcome] : []));
  for (const article of index.articles) {
    const home = passed.find((outcome) => outcome.shard === article.shard) ?? passed.find((outcome) => hasArticle(outcome, article.id));
    const found = home?.result.store.articles.find((candidate) => candidate.id === article.id);
    if (found) texts.set(article.id, found);
  }
  const rejectAll = (positions: readonly number[], reason: Reason) => {
    for (const position of positions) rejected.push({ index: position, id: index.events.id[position]!, reasons: [reason] });
  };
  for (const outcome of outcomes) {
    const where = name(outcome.shard);
    if ('failure' in outcome) {
      missing.push({ shard: where, reason: outcome.failure });
      rejectAll(shardEventPositions(index, outcome.shard), {
        path: '',
        message: { code: 'shard-not-loaded', shard: where, failure: outcome.failure },
      });
      continue;
    }
    const { result, positions } = outcome;
    const otherCopies = new Set(
      result.store.articles.filter((article) => texts.get(article.id)?.text !== article.text).map((article) => article.id),
    );
    for (const event of result.rejected) rejected.push({ ...event, index: positions[event.index]! });
    for (const part of result.dropped) {
      const global = { where: globalWhere(index, outcome, part.where), reason: part.reason };
      // An article's note is judged in every shard that holds the article: said once.
      if (!dropped.some((known) => known.where === global.where && englishReason(known.reason) === englishReason(global.reason)))
        dropped.push(global);
    }
    const positionOf = new Map(positions.map((position) => [index.events.id[position]!, position]));
    for (const event of result.store.events) {
      const position = positionOf.get(event.id)!;
      const quoted = [...event.evidence, ...event.notes.flatMap((note) => (note.evidence ? [note.evidence] : []))];
      const stray = quoted.find((quote) => otherCopies.has(quote.article));
      if (stray) rejectAll([position], { path: '', message: { code: 'shard-article-differs', shard: where, article: stray.article } });
      else kept.set(position, event);
    }
  }
  const events: StoreEvent[] = [];
  const seen = new Set<string>();
  for (const position of [...kept.keys()].sort((a, b) => a - b)) {
    const event = kept.get(position)!;
    if (seen.has(event.id)) rejectAll([position], { path: '', message: { code: 'duplicated-event-kept-first' } });
    else {
      seen.add(event.id);
      events.push(event);
    }
  }
  rejected.sort((a, b) => a.index - b.index);
  return {
    ok: true,
    store: {
      schemaVersion: index.schemaVersion,
      title: index.title,
      articles: index.articles.flatMap((article) => texts.get(article.id) ?? []),
      events,
      entities: index.entities,
    },
    rejected,
    // In the single file's order: the articles' parts, then the events', each by position.
    dropped: dropped.sort((a, b) => droppedOrder(a) - droppedOrder(b)),
    missing,
  };
}

/** `events[3] (id)…` or `articles[1] (id)…` of a shard, as the single file would say it: positions in the whole store. */
function globalWhere(index: SplitIndex, outcome: { result: { store: Store }; positions: number[] }, where: string): string {
  const found = /^(events|articles)\[(\d+)\]/.exec(where);
  if (!found) return where;
  const local = Number(found[2]);
  const position =
    found[1] === 'events'
      ? outcome.positions[local]
      : index.articles.findIndex((article) => article.id === outcome.result.store.articles[local]?.id);
  return position === undefined || position < 0 ? where : `${found[1]}[${position}]${where.slice(found[0].length)}`;
}

function droppedOrder({ where }: DroppedPart): number {
  const found = /^(events|articles)\[(\d+)\]/.exec(where);
  return found ? (found[1] === 'articles' ? 0 : 1e9) + Number(found[2]) : 2e9;
}

const hasArticle = (outcome: { result: { store: Store } }, id: string) =>
  outcome.result.store.articles.some((article) => article.id === id);

/** What a shard says of one of its events: the event in full, why it refused it, or why the shard could not be had. */
export type ShardEventReading = { event: StoreEvent } | { refused: Reason[] } | { failed: ShardFailure };

/** The event `id`, at index position `position`, in a shard's outcome. */
export function readShardEvent(outcome: ShardOutcome, position: number, id: string): ShardEventReading {
  if ('failure' in outcome) return { failed: outcome.failure };
  const local = outcome.positions.indexOf(position);
  const rejected = outcome.result.rejected.find((event) => event.index === local);
  if (rejected) return { refused: rejected.reasons };
  const event = local < 0 ? undefined : outcome.result.store.events.find((candidate) => candidate.id === id);
  return event ? { event } : { refused: [{ path: '', message: { code: 'shard-events-differ' } }] };
}
