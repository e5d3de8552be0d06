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
import { hasValidHead } from './canonical-store';
import type { RejectedEvent } from './parse-store';
import type { Reason } from './reasons';
import type { Entity, Store, StoreEvent } from './schema';
import { indexEvent, type SplitIndex } from './split-store';

export interface IndexHeads {
  /** The events whose head is valid, in the index's order, with their shard's parts empty. */
  events: StoreEvent[];
  /** The index position of each of `events`. */
  positions: number[];
  /** Heads that break the store's rules, by index position (`rejectedHeads` says why). */
  refused: { position: number; reason?: Reason }[];
}

const EMPTY = Object.freeze({ fr: '', en: '' });
/**
 * The shard's lists of every head, one frozen array for all (three arrays less per event: 300,000
 * at 100,000 events, for the collector to sweep during the first view); nothing writes to them.
 */
const NONE = Object.freeze([]) as unknown as never[];

/** Entity ids from the index's positions; null where a position names none (the head is refused). */
export function entityIds(entities: readonly Entity[], positions: readonly number[]): string[] | null {
  const ids = new Array<string>(positions.length);
  for (let at = 0; at < positions.length; at += 1) {
    const entity = entities[positions[at]!];
    if (entity === undefined) return null;
    ids[at] = entity.id;
  }
  return ids;
}

/**
 * The index's event heads, judged one by one: a bad head costs only its event, as in the single
 * file. Each event is made once, in its final shape, straight from the columns (100,000 of them:
 * no intermediate object per event).
 */
export function readIndexHeads(index: SplitIndex): IndexHeads {
  const columns = index.events;
  const { entities } = index;
  const events: StoreEvent[] = [];
  const positions: number[] = [];
  const refused: IndexHeads['refused'] = [];
  const seen = new Set<string>();
  for (let position = 0; position < columns.id.length; position += 1) {
    const actors = entityIds(entities.actors, columns.actors[position]!);
    const places = entityIds(entities.places, columns.places[position]!);
    const themes = entityIds(entities.themes, columns.themes[position]!);
    if (actors === null || places === null || themes === null) {
      refused.push({ position, reason: { path: '', message: { code: 'unknown-entity', entity: unknownEntity(index, position) } } });
      continue;
    }
    const start = columns.start[position]!;
    const end = columns.end[position];
    const precision = columns.precision[position]!;
    const from = columns.from[position]!;
    const event: StoreEvent = {
      id: columns.id[position]!,
      title: { fr: columns.title.fr[position]!, en: columns.title.en[position]! },
      short: { fr: columns.short.fr[position]!, en: columns.short.en[position]! },
      summary: EMPTY,
      date:
        end === null || end === undefined
          ? { start, precision, from, basis: EMPTY, edtf: '' }
          : { start, end, precision, from, basis: EMPTY, edtf: '' },
      status: columns.status[position]!,
      kind: columns.kind[position]!,
      actors,
      places,
      themes,
      evidence: NONE,
      corroboration: NONE,
      notes: NONE,
    };
    if (!hasValidHead(event)) refused.push({ position });
    else if (seen.has(event.id)) refused.push({ position, reason: { path: '', message: { code: 'duplicated-event-kept-first' } } });
    else {
      seen.add(event.id);
      events.push(event);
      positions.push(position);
    }
  }
  return { events, positions, refused };
}

/** The first facet position of the event at `position` that names no entity. */
function unknownEntity(index: SplitIndex, position: number): string {
  for (const group of ['actors', 'places', 'themes'] as const)
    for (const at of index.events[group][position]!) if (index.entities[group][at] === undefined) return `${group}[${at}]`;
  return '';
}

/**
 * The refused heads as the single file reports rejected events: `explain` (zod's reasons, from
 * parse-store) says why a head broke the rules, judged as JSON the way the single file's event is.
 */
export function rejectedHeads(index: SplitIndex, refused: IndexHeads['refused'], explain: (head: unknown) => Reason[]): RejectedEvent[] {
  return refused.map(({ position, reason }) => {
    const reasons = reason ? [reason] : explain(indexEvent(index, position));
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
