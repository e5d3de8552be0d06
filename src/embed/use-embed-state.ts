import { useMemo, useState } from 'react';
import type { TimeWindow } from '../features/timeline/window-math';
import type { Filters } from '../store/filters';
import type { Store, StoreEvent } from '../store/schema';
import type { EmbedParams } from '../shared/url/embed-params';

/** Who opened the shown event: only the reader's own action inside the embed may move focus. */
export type SelectedBy = 'load' | 'host' | 'user';

/**
 * The embed's view: the shown event, the search, the filters and the window the host or the
 * reader asked for. It lives here, not in the URL (see EmbedApp), starting from the embed's
 * parameters.
 */
export function useEmbedState(store: Store, params: EmbedParams) {
  const byId = useMemo(() => new Map<string, StoreEvent>(store.events.map((event) => [event.id, event])), [store.events]);
  const [selected, setSelected] = useState<{ id: string | null; by: SelectedBy }>(() => ({
    id: params.state.event && byId.has(params.state.event) ? params.state.event : null,
    by: 'load',
  }));
  const [query, setQuery] = useState(params.state.query);
  const [filters, setFilters] = useState<Filters>(params.state.filters);
  const [requestedWindow, setRequestedWindow] = useState<TimeWindow | null>(params.state.range);
  return { byId, selected, setSelected, query, setQuery, filters, setFilters, requestedWindow, setRequestedWindow };
}

export type EmbedState = ReturnType<typeof useEmbedState>;
