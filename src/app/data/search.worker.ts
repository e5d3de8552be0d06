/**
 * The search worker: owns the current store's search index and answers searches, so that building
 * or loading the index and running a search never hold a keystroke back. All of its logic is
 * SearchWorkerCore (src/store/search-worker-core.ts); this file wires it to the worker's scope.
 * Loaded as `new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' })`: a
 * same-origin script, allowed by the CSP's `worker-src 'self'`, with no eval.
 */
import { SearchWorkerCore } from '../../store/search-worker-core';
import type { FromSearchWorker, ToSearchWorker } from '../../store/search-worker-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToSearchWorker>) => void) | null;
  postMessage(message: FromSearchWorker, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

/**
 * A file the worker reads (an index file, a split store's shard) that does not come within this
 * time counts as missing: the index is then made without it, and no search waits on it for ever.
 */
const LOAD_TIMEOUT_MS = 15_000;

const core = new SearchWorkerCore(
  async (url) => {
    const response = await fetch(url, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(LOAD_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  },
  (message, transfer) => scope.postMessage(message, transfer),
  yieldThroughChannel(),
);

/**
 * A macrotask turn without setTimeout's clamping (4 ms once timeouts nest): the index is made in
 * slices of a few milliseconds, and searches that came meanwhile are answered between them.
 */
function yieldThroughChannel(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}

scope.onmessage = (event) => core.receive(event.data);
