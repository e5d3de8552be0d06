/**
 * The search worker's start. For the built-in store the worker is made when the app mounts (the
 * first view's bytes come first). For a `?data=` store it is started as the store's request goes
 * out, so that it is running when the text comes (one made while the page parses waited some
 * 800 ms for the main thread to start it); a split index's text is handed to it at once, before
 * the page parses it (search-split-index.ts): the worker parses it meanwhile, reads the heads once
 * adopted, and the page posts no event. The app then takes that worker
 * (`takeStartedWorker`) instead of making its own. The text is kept (to hand it once) until then:
 * the page's validation only, which it held for the parse anyway.
 */
import type { Store } from '../../store/schema';
import type { ToSearchWorker } from '../../store/search-worker-protocol';

export const makeSearchWorker = (): Worker | null => {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
  } catch {
    return null;
  }
};

interface Started {
  url: string;
  worker: Worker;
  /** The split index's text it was handed, if any. */
  text: string | null;
  /** The store loaded from `url`, once it is. */
  store: Store | null;
}

let started: Started | null = null;

/** Starts the search worker for the store at `url` as its request goes out (once per URL until taken). */
export function startSearchWorker(url: string): void {
  if (started?.url === url) return;
  dropStartedWorker();
  const worker = makeSearchWorker();
  started = worker ? { url, worker, text: null, store: null } : null;
}

/** Hands the split index's text to the worker started for `url` (started now if none was), once per text. */
export function handSplitIndexToWorker(url: string, text: string): void {
  if (started?.url === url && started.text === text) return;
  // Another text from the same URL (a store loaded again): a fresh worker, not two stores in one.
  if (started?.text) dropStartedWorker();
  startSearchWorker(url);
  if (!started) return;
  started.worker.postMessage({ type: 'split-index', url, text } satisfies ToSearchWorker);
  started.text = text;
}

/** The store loaded from `url`: the worker started for it searches it once taken. */
export function startedWorkerServes(url: string, store: Store): void {
  if (started?.url === url) started.store = store;
}

/** The store at `url` (any, without) is no store to show: its worker goes. */
export function dropStartedWorker(url?: string): void {
  if (!started || (url !== undefined && started.url !== url)) return;
  started.worker.terminate();
  started = null;
}

/**
 * The worker started for `store`, once (null: none was, or it was taken). `handed`: it was given
 * the store's split index text, so it is told to adopt it rather than sent the events.
 */
export function takeStartedWorker(store: Store): { worker: Worker; handed: boolean } | null {
  if (!started || started.store !== store) return null;
  const { worker, text } = started;
  started = null;
  return { worker, handed: text !== null };
}
