/** One benchmark run = one fresh browser context: load the app, then measure what the scenario asks. */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { probeScript } from './page-probes';

/** Slow 4G-like: 150 ms round trip, 1.6 Mbit/s each way, a CPU 4× slower than this one. */
export const SLOW_PROFILE = { latencyMs: 150, bytesPerSecond: 200_000, cpuSlowdown: 4 } as const;

/** Zoom in to a few years, pan both ways, zoom back out: every step a key on the focused timeline. */
export const KEY_SEQUENCE = ['+', '+', 'ArrowRight', 'ArrowLeft', '+', 'ArrowRight', 'ArrowRight', '-', 'ArrowLeft', '-', '-', 'ArrowRight', '+', 'ArrowLeft', '+', '+', 'ArrowRight', '-', '-', '-'];

/** A place, a theme phrase, a person, an exact phrase (in quotes), and a word found nowhere. */
export const SEARCH_QUERIES = ['Bruxelles', 'dissuasion nucléaire', 'Halvorsen', '"premier bilan"', 'zzzqx'];

export interface LoadResult {
  fcpMs: number | null;
  lcpMs: number | null;
  lcpElement: string | null;
  readyMs: number | null;
  /** Bytes received (encoded, with headers) until the network was idle after the timeline was ready. */
  transferredBytes: number;
  requests: { url: string; bytes: number; type: string }[];
  heapUsedBytes: number;
  longTasks: { start: number; duration: number }[];
  heading: string;
  error: string | null;
}

export interface InteractionResult {
  steps: { key: string; ms: number | null; capped: boolean; mutations: number }[];
  search: { query: string; countMs: number | null; settledMs: number | null; capped: boolean; count: number }[];
  longTasks: { start: number; duration: number }[];
}

export interface RunOptions {
  url: string;
  throttle: boolean;
  readyTimeoutMs: number;
}

async function networkWatch(cdp: CDPSession) {
  const requests = new Map<string, { url: string; type: string; bytes: number; done: boolean }>();
  cdp.on('Network.requestWillBeSent', (event) => requests.set(event.requestId, { url: event.request.url, type: event.type ?? '', bytes: 0, done: false }));
  cdp.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId);
    if (request) Object.assign(request, { bytes: event.encodedDataLength, done: true });
  });
  cdp.on('Network.loadingFailed', (event) => {
    const request = requests.get(event.requestId);
    if (request) request.done = true;
  });
  await cdp.send('Network.enable');
  return {
    requests,
    async idle(quietMs = 500, maxMs = 20_000) {
      const deadline = Date.now() + maxMs;
      let quietSince = Date.now();
      while (Date.now() < deadline) {
        if ([...requests.values()].some((request) => !request.done)) quietSince = Date.now();
        else if (Date.now() - quietSince >= quietMs) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** A fresh context and page, throttled or not, with the probes installed and the app loaded. */
export async function loadApp(browser: Browser, options: RunOptions): Promise<{ page: Page; cdp: CDPSession; load: LoadResult; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'fr-FR',
    reducedMotion: 'reduce',
    // A first visit's critical path: the service worker's precaching would compete for the link.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.addInitScript(probeScript);
  const cdp = await context.newCDPSession(page);
  const network = await networkWatch(cdp);
  if (options.throttle) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_PROFILE.latencyMs,
      downloadThroughput: SLOW_PROFILE.bytesPerSecond,
      uploadThroughput: SLOW_PROFILE.bytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PROFILE.cpuSlowdown });
  }
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.goto(options.url, { waitUntil: 'commit' });
  let error: string | null = null;
  try {
    // Polled from here: the app's CSP (no 'unsafe-eval') refuses waitForFunction's string predicates.
    const deadline = Date.now() + options.readyTimeoutMs;
    const settled = `window.__bench.ready !== null || document.querySelector('[role="alert"]') !== null`;
    while (!(await page.evaluate(settled))) {
      if (Date.now() > deadline) throw Object.assign(new Error('timeout'), { name: 'TimeoutError' });
      await page.waitForTimeout(100);
    }
    const alert = await page.locator('[role="alert"]').first().textContent({ timeout: 100 }).catch(() => null);
    const ready = await page.evaluate('window.__bench.ready');
    if (ready === null) error = `the app showed an alert instead of the timeline: ${alert?.slice(0, 300) ?? ''}`;
  } catch (caught) {
    const timedOut = caught instanceof Error && caught.name === 'TimeoutError';
    error = `${timedOut ? `the timeline was not ready within ${options.readyTimeoutMs / 1000} s` : `harness: ${String(caught).slice(0, 300)}`}${pageErrors.length ? ` (page errors: ${pageErrors.slice(0, 3).join(' | ')})` : ''}`;
  }
  // LCP may still move after the timeline is drawn; give it a moment, and let the network settle.
  await page.waitForTimeout(1000);
  await network.idle();
  const probes = (await page.evaluate('window.__bench')) as Pick<LoadResult, 'fcpMs' | 'lcpMs'> & {
    fcp: number | null;
    lcp: number | null;
    lcpElement: string | null;
    ready: number | null;
    longTasks: LoadResult['longTasks'];
  };
  const requests = [...network.requests.values()].map(({ url, bytes, type }) => ({ url, bytes, type }));
  const load: LoadResult = {
    fcpMs: probes.fcp,
    lcpMs: probes.lcp,
    lcpElement: probes.lcpElement,
    readyMs: probes.ready,
    transferredBytes: requests.reduce((total, request) => total + request.bytes, 0),
    requests,
    heapUsedBytes: await heapUsed(cdp),
    longTasks: probes.longTasks,
    heading: ((await page.locator('h1').first().textContent({ timeout: 1000 }).catch(() => '')) ?? '').trim(),
    error,
  };
  return { page, cdp, load, close: () => context.close() };
}

export async function interact(page: Page): Promise<InteractionResult> {
  const before = (await page.evaluate('window.__bench.longTasks.length')) as number;
  const steps = (await page.evaluate(`window.__benchKeys(${JSON.stringify(KEY_SEQUENCE)}, 300)`)) as InteractionResult['steps'];
  const search = (await page.evaluate(`window.__benchSearch(${JSON.stringify(SEARCH_QUERIES)}, 300)`)) as InteractionResult['search'];
  const longTasks = ((await page.evaluate('window.__bench.longTasks')) as InteractionResult['longTasks']).slice(before);
  return { steps, search, longTasks };
}
