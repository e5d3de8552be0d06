import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { EventDetails, UseEventDetails } from '../../shared/event-details';
import type { Store, StoreEvent } from '../../store/schema';
import type { StoreShards } from '../../store/search-worker-protocol';
import { completeStoreQueryOptions, eventDetailsQueryOptions, type LoadedStore, type SplitSource } from './store-query';
import { shardUrl } from '../../store/split-store';

/** The hook that reads an event's details from its shard (for EventDetailsProvider). */
export function splitDetailsHook(source: SplitSource): UseEventDetails {
  return function useShardDetails(event: StoreEvent): EventDetails {
    const query = useQuery(eventDetailsQueryOptions(source, event));
    if (query.data === undefined) return { state: 'loading' };
    const reading = query.data;
    if ('event' in reading) return { state: 'ready', event: reading.event };
    if ('refused' in reading) return { state: 'refused', reasons: reading.refused };
    return { state: 'failed', failure: reading.failed, retry: () => void query.refetch(), retrying: query.isFetching };
  };
}

export interface WholeStore {
  /** Every event in full: the store itself for a single file; a split store's once its shards are in (null until then). */
  store: Store | null;
  /** A split store's whole load, once in: what its shards could not give (InvalidEventsNotice says it, with a retry). */
  loaded: LoadedStore | null;
  retry: () => void;
  retrying: boolean;
}

/**
 * The store with every event in full, for the views that show them all (presentation, reader,
 * handout, exports). A split store's shards are fetched only once `wanted` (such a view is open).
 */
export function useWholeStore(loaded: Pick<LoadedStore, 'store' | 'split'>, wanted: boolean): WholeStore {
  const { split } = loaded;
  const query = useQuery({ ...completeStoreQueryOptions(split), enabled: wanted });
  const { refetch } = query;
  const store = split === undefined ? loaded.store : (query.data?.store ?? null);
  return useMemo(
    () => ({ store, loaded: query.data ?? null, retry: () => void refetch(), retrying: query.isFetching }),
    [store, query.data, refetch, query.isFetching],
  );
}

/** `events` as the whole store has them (in full), without those it lacks. */
export function inFull(events: readonly StoreEvent[], whole: Store): StoreEvent[] {
  const byId = new Map(whole.events.map((event) => [event.id, event]));
  return events.flatMap((event) => byId.get(event.id) ?? []);
}

/** Where the search worker finds a split store's details: each event's shard, as URLs. */
export function searchShards(store: Store, split: SplitSource): StoreShards {
  let eventShards: number[] | undefined;
  const { positions, index } = split;
  return {
    source: { url: split.url, positions, rows: index.events.id.length },
    urls: index.shards.map((shard) => shardUrl(split.url, shard)),
    // Only read when the events are posted: a worker handed the index's text needs none.
    get eventShards() {
      return (eventShards ??= store.events.map((_, at) => index.events.shard[positions[at] ?? -1] ?? -1));
    },
  };
}
