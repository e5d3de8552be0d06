/**
 * An event's details (summary, date basis, passages, sources, notes) where they may be elsewhere:
 * a split store is shown from its index (split-heads.ts), each event's details in its shard. The
 * app provides the hook that reads them (`EventDetailsProvider`); without one, the event is
 * complete as it is (a single file). The provider is set once for a store and never changes while
 * its views are mounted: the hook it gives is called as a hook.
 */
import { createContext, useContext } from 'react';
import type { Reason, ShardFailure } from '../store/reasons';
import type { StoreEvent } from '../store/schema';

export type EventDetails =
  | { state: 'ready'; event: StoreEvent }
  | { state: 'loading' }
  /** Its shard judged the event by the store's rules and refused it. */
  | { state: 'refused'; reasons: readonly Reason[] }
  /** Its shard could not be had (the network, the server, a file that is not the shard): `retry` asks again. */
  | { state: 'failed'; failure: ShardFailure; retry: () => void; retrying: boolean };

export type UseEventDetails = (event: StoreEvent) => EventDetails;

/** A single file's: every event is complete as it is. */
export const inTheStore: UseEventDetails = (event) => ({ state: 'ready', event });

const EventDetailsContext = createContext<UseEventDetails>(inTheStore);

export const EventDetailsProvider = EventDetailsContext.Provider;

/** The event in full: at once when the store holds it, else from where the provider says it is. */
export function useEventDetails(event: StoreEvent): EventDetails {
  const useDetails = useContext(EventDetailsContext);
  return useDetails(event);
}
