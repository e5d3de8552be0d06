/**
 * The view's URL parameters, for a feature that depends on one: it reads `useViewParam('q')`
 * instead of the app passing the value down, so a new parameter is its entry in url-params.ts plus
 * the code that uses it. The app provides its URL state; the embed, the state its own URL started
 * from. A feature re-renders only when the parameter it reads changes (not on every pan).
 */
import { createContext, useContext, useLayoutEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { EMPTY_URL_STATE, type UrlState } from './url-state';

class ViewParamsSource {
  private readonly listeners = new Set<() => void>();
  constructor(public state: UrlState) {}
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  set(state: UrlState) {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

const ViewParamsContext = createContext(new ViewParamsSource(EMPTY_URL_STATE));

export function ViewParamsProvider({ state, children }: { state: UrlState; children: ReactNode }) {
  const [source] = useState(() => new ViewParamsSource(state));
  // Before paint: a reader whose parameter changed renders again at once with the new value.
  useLayoutEffect(() => source.set(state), [source, state]);
  return <ViewParamsContext.Provider value={source}>{children}</ViewParamsContext.Provider>;
}

/** One parameter of the view (its table entry's `empty` outside a provider). */
export function useViewParam<K extends keyof UrlState>(field: K): UrlState[K] {
  const source = useContext(ViewParamsContext);
  const read = () => source.state[field];
  return useSyncExternalStore(source.subscribe, read, read);
}
