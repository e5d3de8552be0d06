/**
 * One benchmark run = one fresh browser context: load the app, then measure what the scenario asks.
 * Every round trip to the page has a Node-side time limit (see timeout.ts): a page whose main
 * thread is busy for longer gives a failed or capped measurement with its reason, not a hang.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { probeScript } from './page-probes';
import { Deadline, formatSeconds, isTimeout, RoundTripTimeout, withTimeout } from './timeout';

/** Slow 4G-like: 150 ms round trip, 1.6 Mbit/s each way, a CPU 4× slower than this one. */
export const SLOW_PROFILE = { latencyMs: 150, bytesPerSecond: 200_000, cpuSlowdown: 4 } as const;

/** Zoom in to a few years, pan both ways, zoom back out: every step a key on the focused timeline. */
export const KEY_SEQUENCE = [
  '+',
  '+',
  'ArrowRight',
  'ArrowLeft',
  '+',
  'ArrowRight',
  'ArrowRight',
  '-',
  'ArrowLeft',
  '-',
  '-',
  'ArrowRight',
  '+',
  'ArrowLeft',
  '+',
  '+',
  'ArrowRight',
  '-',
  '-',
  '-',
];

/**
 * The same kind of route by wheel: Ctrl+wheel over the middle of the drawing (what a pinch sends)
 * to zoom, horizontal swipes to pan. One notch (120 px of delta) each.
 */
export const WHEEL_SEQUENCE = [
  'pinch-in',
  'pinch-in',
  'swipe-right',
  'swipe-left',
  'pinch-in',
  'swipe-right',
  'pinch-out',
  'swipe-left',
  'pinch-out',
  'pinch-in',
  'swipe-right',
  'pinch-out',
  'pinch-out',
  'swipe-left',
];

/** A place, a theme phrase, a person, an exact phrase (in quotes), and a word found nowhere. */
/** Typed the moment the timeline is ready: a word of the summaries and quotes, not only of titles. */
export const FIRST_SEARCH_QUERY = 'dissuasion';
export const SEARCH_QUERIES = ['Bruxelles', 'dissuasion nucléaire', 'Halvorsen', '"premier bilan"', 'zzzqx'];

/** Quiet time between two measured steps, so that one step's leftovers do not land in the next. */
const PAUSE_MS = 300;
/** The part of the time left when the interactions start that zoom/pan steps may use before the searches. */
const STEPS_SHARE = 0.6;
/** Time limits of the round trips, each also clipped to what is left of the scenario's time. */
export const LIMITS = { setupMs: 30_000, probesMs: 10_000, heapMs: 30_000, stepMs: 20_000, searchMs: 20_000 } as const;

export type StepKind = 'zoom' | 'pan';
export type StepInput = 'key' | 'wheel';
export const stepKind = (key: string): StepKind => (key === '+' || key === '-' || key.startsWith('pinch') ? 'zoom' : 'pan');
const STEPS = [
  ...KEY_SEQUENCE.map((key) => ({ key, input: 'key' as const })),
  ...WHEEL_SEQUENCE.map((key) => ({ key, input: 'wheel' as const })),
];

export interface LoadResult {
  fcpMs: number | null;
  lcpMs: number | null;
  lcpElement: string | null;
  readyMs: number | null;
  /** The app's User Timing marks (src/app/data/store-query.ts): store received, JSON parsed, store validated. */
  storePhases: StorePhases;
  /** Bytes received (encoded, with headers) until the network was idle after the timeline was ready. */
  transferredBytes: number;
  requests: { url: string; bytes: number; type: string }[];
  heapUsedBytes: number | null;
  longTasks: { start: number; duration: number }[];
  heading: string;
  error: string | null;
  /** The page stopped answering: nothing more can be measured in it. */
  stuck: boolean;
  firstSearch: FirstSearchResult | null;
}

/** The search typed at ready (RunOptions.firstSearch). */
export interface FirstSearchResult {
  query: string;
  /** Until a count was shown: the first answer, partial or not. */
  countMs: number | null;
  count: number | null;
  /** The first answer said it was partial (the index not ready yet). */
  partial: boolean;
  /** Until the complete answer was shown (the same as countMs when the first was complete); null: not within 60 s. */
  completeMs: number | null;
  completeCount: number | null;
  error?: string;
}

export interface StorePhases {
  receivedMs: number | null;
  parsedMs: number | null;
  validatedMs: number | null;
}

/** Reads the probes and the app's `store:*` marks (milliseconds since navigation start). */
const READ_PROBES = `({ ...window.__bench, marks: Object.fromEntries(performance.getEntriesByType('mark').filter((entry) => entry.name.startsWith('store:')).map((entry) => [entry.name.slice(6), entry.startTime])) })`;

export interface StepResult {
  /** The key pressed, or the wheel gesture (WHEEL_SEQUENCE). */
  key: string;
  kind: StepKind;
  input: StepInput;
  /** With `capped`, a lower bound: the step was still changing the page after 5 s, or gave no answer in time. */
  ms: number | null;
  capped: boolean;
  mutations: number;
}

export interface SearchResult {
  query: string;
  countMs: number | null;
  settledMs: number | null;
  capped: boolean;
  /** Results the app said it found; null when it gave no count in time (still preparing its index). */
  count: number | null;
}

export interface InteractionResult {
  steps: StepResult[];
  search: SearchResult[];
  longTasks: { start: number; duration: number }[];
  /** Why part of the scripted sequence was not measured (steps cut short, a call with no answer), or null. */
  stopped: string | null;
}

export interface RunOptions {
  url: string;
  throttle: boolean;
  readyTimeoutMs: number;
  /** The scenario's end: no round trip waits past it. */
  deadline: Deadline;
  /** A query typed the moment the timeline is ready (page-probes.ts), before the search index can be; cleared before the rest. */
  firstSearch?: string;
}

export interface OpenRun {
  page: Page;
  context: BrowserContext;
  cdp: CDPSession;
  load: LoadResult;
}

async function networkWatch(cdp: CDPSession) {
  const requests = new Map<string, { url: string; type: string; bytes: number; done: boolean; finishedAt: number }>();
  cdp.on('Network.requestWillBeSent', (event) =>
    requests.set(event.requestId, { url: event.request.url, type: event.type ?? '', bytes: 0, done: false, finishedAt: 0 }),
  );
  cdp.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId);
    if (request) Object.assign(request, { bytes: event.encodedDataLength, done: true, finishedAt: Date.now() });
  });
  cdp.on('Network.loadingFailed', (event) => {
    const request = requests.get(event.requestId);
    if (request) request.done = true;
  });
  await cdp.send('Network.enable');
  return {
    requests,
    async idle(deadline: Deadline, quietMs = 500, maxMs = 20_000) {
      const until = Date.now() + deadline.clip(maxMs);
      let quietSince = Date.now();
      while (Date.now() < until) {
        if ([...requests.values()].some((request) => !request.done)) quietSince = Date.now();
        else if (Date.now() - quietSince >= quietMs) return;
        await sleep(100);
      }
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for the search typed at ready to be answered in full (at most a minute), then clears it for what follows. */
async function awaitFirstSearch(page: Page, deadline: Deadline): Promise<FirstSearchResult | null> {
  const by = new Deadline(deadline.clip(65_000));
  // Null until the first answer's count shows; the probe fills completeMs in when the complete one does.
  const read = async () =>
    (await withTimeout(
      page.evaluate('window.__bench.firstSearch') as Promise<FirstSearchResult | null | undefined>,
      limit(deadline, LIMITS.probesMs),
      'reading the first search',
    )) ?? null;
  let found: FirstSearchResult | null = null;
  try {
    for (found = await read(); !by.passed() && (found === null || (found.completeMs === null && !found.error)); found = await read())
      await sleep(100);
    await withTimeout(page.evaluate('window.__benchClearSearch()'), limit(deadline, LIMITS.searchMs), 'clearing the first search');
  } catch {
    // Not measured: the figures say so (null), the load goes on.
  }
  return found;
}

/** At least a second even at the scenario's end, so that a last round trip can still answer. */
const limit = (deadline: Deadline, ms: number) => Math.max(1_000, deadline.clip(ms));

async function heapUsed(cdp: CDPSession, deadline: Deadline): Promise<number> {
  await withTimeout(cdp.send('HeapProfiler.collectGarbage'), limit(deadline, LIMITS.heapMs), 'garbage collection before the heap figure');
  const { usedSize } = await withTimeout(cdp.send('Runtime.getHeapUsage'), limit(deadline, LIMITS.probesMs), 'JS heap usage');
  return usedSize;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);

/**
 * A fresh context and page, throttled or not, with the probes installed and the app loaded.
 * The caller closes the context (BrowserHandle.closeContext), whatever happened.
 */
export async function loadApp(browser: Browser, options: RunOptions): Promise<OpenRun> {
  const { deadline } = options;
  const setup = <T>(work: Promise<T>, what: string) => withTimeout(work, limit(deadline, LIMITS.setupMs), what);
  const context = await setup(
    browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'fr-FR',
      reducedMotion: 'reduce',
      // A first visit's critical path: the service worker's precaching would compete for the link.
      serviceWorkers: 'block',
    }),
    'opening a browser context',
  );
  const load: LoadResult = {
    fcpMs: null,
    lcpMs: null,
    lcpElement: null,
    readyMs: null,
    transferredBytes: 0,
    requests: [],
    heapUsedBytes: null,
    longTasks: [],
    heading: '',
    error: null,
    stuck: false,
    storePhases: { receivedMs: null, parsedMs: null, validatedMs: null },
    firstSearch: null,
  };
  // From here on, the context exists: a fault is recorded in the run, and the caller closes the context.
  const page = await setup(context.newPage(), 'opening a page').catch((error: unknown) => {
    void context.close().catch(() => {});
    throw error;
  });
  let cdp: CDPSession | undefined;
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const withPageErrors = (message: string) =>
    `${message}${pageErrors.length ? ` (page errors: ${pageErrors.slice(0, 3).join(' | ')})` : ''}`;
  try {
    if (options.firstSearch !== undefined)
      await setup(page.addInitScript(`window.__benchFirstSearch = ${JSON.stringify(options.firstSearch)};`), 'setting the first search');
    await setup(page.addInitScript(probeScript), 'installing the probes');
    cdp = await setup(context.newCDPSession(page), 'opening a CDP session');
    const network = await networkWatch(cdp);
    if (options.throttle) {
      await setup(
        cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: SLOW_PROFILE.latencyMs,
          downloadThroughput: SLOW_PROFILE.bytesPerSecond,
          uploadThroughput: SLOW_PROFILE.bytesPerSecond,
        }),
        'throttling the network',
      );
      await setup(cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PROFILE.cpuSlowdown }), 'throttling the CPU');
    }
    const navigated = Date.now();
    await setup(page.goto(options.url, { waitUntil: 'commit' }), `navigating to ${options.url}`);
    const received = () => {
      const finished = [...network.requests.values()].filter((request) => request.done);
      load.requests = finished.map(({ url, bytes, type }) => ({ url, bytes, type }));
      load.transferredBytes = finished.reduce((total, request) => total + request.bytes, 0);
      const last = Math.max(navigated, ...finished.map((request) => request.finishedAt));
      return `${finished.length} responses, ${(load.transferredBytes / 1e6).toFixed(1)} MB, the last ${formatSeconds(last - navigated)} after navigation`;
    };

    const readyLimitMs = deadline.clip(options.readyTimeoutMs);
    const readyBy = new Deadline(readyLimitMs);
    try {
      // Polled from here: the app's CSP (no 'unsafe-eval') refuses waitForFunction's string predicates.
      const settled = `window.__bench.ready !== null || document.querySelector('[role="alert"]') !== null`;
      while (!(await withTimeout(page.evaluate(settled), readyBy.remaining(), 'waiting for the timeline'))) {
        if (readyBy.passed()) throw new RoundTripTimeout('waiting for the timeline', readyLimitMs);
        await sleep(100);
      }
      const alert = await withTimeout(
        page.locator('[role="alert"]').first().textContent({ timeout: 1_000 }),
        5_000,
        'reading the alert',
      ).catch(() => null);
      if ((await withTimeout(page.evaluate('window.__bench.ready'), 5_000, 'reading the ready time')) === null) {
        load.error = `the app showed an alert instead of the timeline: ${alert?.slice(0, 300) ?? ''}`;
      }
    } catch (caught) {
      const cut = readyLimitMs < options.readyTimeoutMs ? ' (all that was left of the scenario’s time budget)' : '';
      // A page that did not even answer a poll is busy: the probes below would wait as long.
      load.stuck = isTimeout(caught);
      // What the network had delivered tells whether the page was still downloading or busy with what it had.
      const network = load.stuck ? `; the page had received ${received()}, then gave no answer` : '';
      load.error = withPageErrors(
        isTimeout(caught)
          ? `the timeline was not ready within ${formatSeconds(readyLimitMs)}${cut}${network}`
          : `harness: ${describe(caught)}`,
      );
    }
    if (load.stuck) return { page, context, cdp, load };
    if (options.firstSearch !== undefined && load.error === null) load.firstSearch = await awaitFirstSearch(page, deadline);

    // LCP may still move after the timeline is drawn; give it a moment, and let the network settle.
    await sleep(1000);
    await network.idle(deadline);
    received();
    const probes = (await withTimeout(
      page.evaluate(READ_PROBES),
      limit(deadline, LIMITS.probesMs),
      'reading FCP, LCP and ready times',
    )) as {
      fcp: number | null;
      lcp: number | null;
      lcpElement: string | null;
      ready: number | null;
      longTasks: LoadResult['longTasks'];
      marks: Partial<Record<'received' | 'parsed' | 'validated', number>>;
    };
    Object.assign(load, {
      fcpMs: probes.fcp,
      lcpMs: probes.lcp,
      lcpElement: probes.lcpElement,
      readyMs: probes.ready,
      longTasks: probes.longTasks,
    });
    load.storePhases = {
      receivedMs: probes.marks.received ?? null,
      parsedMs: probes.marks.parsed ?? null,
      validatedMs: probes.marks.validated ?? null,
    };
    load.heapUsedBytes = await heapUsed(cdp, deadline);
    load.heading = (
      (await withTimeout(page.locator('h1').first().textContent({ timeout: 1_000 }), 5_000, 'reading the heading').catch(() => '')) ?? ''
    ).trim();
  } catch (caught) {
    load.error ??= withPageErrors(`harness: ${describe(caught)}`);
    load.stuck = load.stuck || isTimeout(caught);
  }
  return { page, context, cdp: cdp!, load };
}

/** The scripted zoom/pan sequence, then the searches; stops at the first round trip that gets no answer. */
export async function interact(page: Page, deadline: Deadline): Promise<InteractionResult> {
  const result: InteractionResult = { steps: [], search: [], longTasks: [], stopped: null };
  const call = <T>(expression: string, ms: number, what: string) =>
    withTimeout(page.evaluate(expression) as Promise<T>, limit(deadline, ms), what);
  /** Records why the sequence stops; returns a lower bound for the measurement when the page simply took longer than its full limit. */
  const stop = (error: unknown, what: string, fullLimitMs: number): number | null => {
    const cut = deadline.passed() ? ' (the scenario’s time budget ran out)' : '';
    const earlier = result.stopped ? `${result.stopped}; ` : '';
    result.stopped =
      earlier + (isTimeout(error) ? `${what}: no answer within ${formatSeconds(error.ms)}${cut}` : `${what}: ${describe(error)}`);
    return isTimeout(error) && error.ms >= fullLimitMs ? error.ms : null;
  };
  let before = 0;
  try {
    before = await call<number>('window.__bench.longTasks.length', LIMITS.probesMs, 'reading the long tasks');
  } catch (error) {
    stop(error, 'reading the long tasks', LIMITS.probesMs);
    return result;
  }
  // Steps may not take all the time left: searches are a budget of their own.
  const stepsBy = new Deadline(deadline.remaining() * STEPS_SHARE);
  for (const [index, { key, input }] of STEPS.entries()) {
    if (stepsBy.passed()) {
      result.stopped = `zoom/pan steps: stopped after ${index} of ${STEPS.length}, their share of the scenario’s time used up (searches measured next)`;
      break;
    }
    const kind = stepKind(key);
    const what = `${input} ${kind} step “${key}”`;
    const probe = input === 'key' ? '__benchKey' : '__benchWheel';
    try {
      const step = await call<Omit<StepResult, 'kind' | 'input'>>(`window.${probe}(${JSON.stringify(key)})`, LIMITS.stepMs, what);
      result.steps.push({ ...step, kind, input });
    } catch (error) {
      const atLeast = stop(error, what, LIMITS.stepMs);
      if (atLeast !== null) result.steps.push({ key, kind, input, ms: atLeast, capped: true, mutations: 0 });
      return result;
    }
    await sleep(PAUSE_MS);
  }
  for (const query of SEARCH_QUERIES) {
    try {
      await call('window.__benchClearSearch()', LIMITS.searchMs, 'clearing the search box');
    } catch (error) {
      stop(error, 'clearing the search box', LIMITS.searchMs);
      return result;
    }
    await sleep(PAUSE_MS);
    const what = `search “${query}”`;
    try {
      result.search.push(await call<SearchResult>(`window.__benchSearch(${JSON.stringify(query)})`, LIMITS.searchMs, what));
    } catch (error) {
      const atLeast = stop(error, what, LIMITS.searchMs);
      if (atLeast !== null) result.search.push({ query, countMs: null, settledMs: atLeast, capped: true, count: 0 });
      return result;
    }
    await sleep(PAUSE_MS);
  }
  try {
    result.longTasks = (
      await call<InteractionResult['longTasks']>('window.__bench.longTasks', LIMITS.probesMs, 'reading the long tasks')
    ).slice(before);
  } catch (error) {
    stop(error, 'reading the long tasks', LIMITS.probesMs);
  }
  return result;
}
