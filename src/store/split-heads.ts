/**
 * A split store read from its index alone (split-store.ts has the format): every event's head
 * (id, dates, labels, facets, certainty), judged by the store's rules, is what the timeline, the
 * list and the filters need. The rest of an event (summary, date basis, passages, sources, notes)
 * and the articles' texts stay in the shards until an event is opened (`shardAsStore`).
 *
 * The events made here have the store's shape with their shard's parts left empty; a store made
 * of them is marked (`isHeadsOnly`), so that a view which needs those parts asks for the shard.
 * Pure TypeScript and zod-free.
 */
import { isEventHead } from './canonical-store';
import type { RejectedEvent } from './parse-store';
import type { Reason } from './reasons';
import type { Store, StoreEvent } from './schema';
import { indexEvent, type SplitIndex } from './split-store';

export interface IndexHeads {
  /** The events whose head is valid, in the index's order, with their shard's parts empty. */
  events: StoreEvent[];
  /** The index position of each of `events`. */
  positions: number[];
  /** Heads that break the store's rules, by index position, with the JSON that was judged (for `explain`). */
  refused: { position: number; head: unknown; reason?: Reason }[];
}

const EMPTY = Object.freeze({ fr: '', en: '' });

/** The index's event heads, judged one by one: a bad head costs only its event, as in the single file. */
export function readIndexHeads(index: SplitIndex): IndexHeads {
  const known = {
    actors: new Set(index.entities.actors.map((entity) => entity.id)),
    places: new Set(index.entities.places.map((entity) => entity.id)),
    themes: new Set(index.entities.themes.map((entity) => entity.id)),
  };
  const events: StoreEvent[] = [];
  const positions: number[] = [];
  const refused: IndexHeads['refused'] = [];
  const seen = new Set<string>();
  for (let position = 0; position < index.events.id.length; position += 1) {
    const head = indexEvent(index, position);
    if (!isEventHead(head)) {
      refused.push({ position, head });
      continue;
    }
    const event = head as unknown as Omit<StoreEvent, 'summary' | 'evidence' | 'corroboration' | 'notes'>;
    const unknown = (['actors', 'places', 'themes'] as const).flatMap((group) => event[group].filter((id) => !known[group].has(id)));
    if (unknown.length > 0) {
      refused.push({ position, head, reason: { path: '', message: { code: 'unknown-entity', entity: unknown[0]! } } });
      continue;
    }
    if (seen.has(event.id)) {
      refused.push({ position, head, reason: { path: '', message: { code: 'duplicated-event-kept-first' } } });
      continue;
    }
    seen.add(event.id);
    events.push({
      ...event,
      date: { ...event.date, basis: EMPTY, edtf: '' },
      summary: EMPTY,
      evidence: [],
      corroboration: [],
      notes: [],
    });
    positions.push(position);
  }
  return { events, positions, refused };
}

/** The refused heads as the single file reports rejected events: `explain` says why (zod's reasons) when the check itself did not. */
export function rejectedHeads(index: SplitIndex, refused: IndexHeads['refused'], explain: (head: unknown) => Reason[]): RejectedEvent[] {
  return refused.map(({ position, head, reason }) => {
    const reasons = reason ? [reason] : explain(head);
    return {
      index: position,
      id: String(index.events.id[position]).slice(0, 80),
      reasons: reasons.length > 0 ? reasons : [{ path: '', message: { code: 'invalid' } }],
    };
  });
}

const headsOnly = new WeakSet<Store>();

/** The store of an index's heads: its articles without their texts (they are in the shards). */
export function headsStore(index: SplitIndex, events: StoreEvent[]): Store {
  const store: Store = {
    schemaVersion: index.schemaVersion,
    title: index.title,
    articles: index.articles.map(({ shard: _shard, ...article }) => ({ ...article, text: '' })),
    events,
    entities: index.entities,
  };
  headsOnly.add(store);
  return store;
}

/** Whether a store holds only its events' heads: their summaries, passages, sources and notes are in shards. */
export const isHeadsOnly = (store: Store): boolean => headsOnly.has(store);
