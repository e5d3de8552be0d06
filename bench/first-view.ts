/**
 * The side-by-side first view: the built app and TimelineJS (timelinejs-page.ts) load in turn,
 * under the same slow-4G and CPU throttling, on a desktop in French and a phone in English.
 *
 * Ours: **drawn** is when the build-time drawing of the timeline painted (Element Timing on its
 * `elementtiming="timeline-drawing"` text; null while the page has no drawing), **usable** is the
 * first frame in which `.vis-timeline` has its items and a key sent to the timeline region has
 * moved them (a "+" is sent as soon as the app says the timeline is drawn, again every 250 ms until
 * the items move). The items' places are read, not the region's `data-window-start`: vis reports a
 * settled window 200 ms after it has drawn it, and the reader sees the move at once. TimelineJS: **ready** is the frame painted after its `ready` event.
 */
import type { Browser, BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import { SLOW_PROFILE } from './scenarios';
import { median } from './stats';
import { TIMELINEJS_PATH } from './timelinejs-page';
import { formatSeconds, withTimeout } from './timeout';

export const DEVICES = {
  'desktop-fr': {
    label: 'desktop, French (1280×800)',
    language: 'fr',
    context: { viewport: { width: 1280, height: 800 }, locale: 'fr-FR' },
  },
  'phone-en': {
    label: 'phone, English (390×844, touch)',
    language: 'en',
    context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'en-GB' },
  },
} as const satisfies Record<string, { label: string; language: 'fr' | 'en'; context: BrowserContextOptions }>;
export type Device = keyof typeof DEVICES;

const LOAD_LIMIT_MS = 60_000;

const firstViewProbe = String.raw`(() => {
  if (window.__firstView) return;
  const probe = (window.__firstView = { fcp: null, lcp: null, drawn: null, items: null, usable: null, cls: 0, keys: 0 });
  const observe = (type, onEntry) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true }); } catch (error) {}
  };
  observe('paint', (entry) => { if (entry.name === 'first-contentful-paint') probe.fcp = entry.startTime; });
  observe('largest-contentful-paint', (entry) => { probe.lcp = entry.startTime; });
  // A shift within 500 ms of a key this probe sent is the key's answer (the zoom it measures), not
  // a shift of the page: the spec leaves out those that follow a user's input (hadRecentInput),
  // which Chromium does not set for a dispatched event. Hence the same rule, applied here.
  const keysAt = [];
  const answersKey = (at) => keysAt.some((key) => at >= key && at - key <= 500);
  observe('layout-shift', (entry) => { if (!entry.hadRecentInput && !answersKey(entry.startTime)) probe.cls += entry.value; });
  observe('element', (entry) => {
    if (entry.identifier === 'timeline-drawing' && probe.drawn === null) probe.drawn = entry.renderTime || entry.loadTime;
  });
  let sent = null;
  // Where vis has placed its items (inline styles: reading them forces no layout): a key answered moves them.
  const placed = (region) => Array.from(region.querySelectorAll('.vis-timeline .vis-item'), (item) => item.style.cssText).join('|');
  const frame = (now) => {
    const region = document.querySelector('.tl-region');
    const ready = region && region.getAttribute('data-window-start') !== null;
    if (ready && region.querySelector('.vis-timeline .vis-item')) {
      if (probe.items === null) probe.items = now;
      const places = placed(region);
      if (sent !== null && places !== sent.places) { probe.usable = now; return; }
      if (sent === null || now - sent.at > 250) {
        sent = { places, at: now };
        probe.keys += 1;
        keysAt.push(performance.now());
        region.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true, cancelable: true }));
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

export interface FirstViewLoad {
  app: 'chronique' | 'timelinejs';
  device: Device;
  fcpMs: number | null;
  lcpMs: number | null;
  /** Ours: the drawing painted. */
  drawnMs: number | null;
  /** Ours: items in .vis-timeline and a key answered. TimelineJS: the frame after its ready event. */
  usableMs: number | null;
  /** Ours: the first frame with items in .vis-timeline (before any key). */
  itemsMs: number | null;
  cls: number | null;
  /** Bytes received (encoded) when the page was first seen usable. */
  transferredBytes: number;
  error: string | null;
}

function watchBytes(cdp: CDPSession) {
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  return { received: () => bytes, ready: cdp.send('Network.enable') };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function throttle(cdp: CDPSession) {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PROFILE.latencyMs,
    downloadThroughput: SLOW_PROFILE.bytesPerSecond,
    uploadThroughput: SLOW_PROFILE.bytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PROFILE.cpuSlowdown });
}

/** One throttled load in a fresh context (service worker blocked, reduced motion, nothing from outside). */
export async function loadFirstView(browser: Browser, origin: string, app: FirstViewLoad['app'], device: Device): Promise<FirstViewLoad> {
  const { context: options, language } = DEVICES[device];
  const load: FirstViewLoad = {
    app,
    device,
    fcpMs: null,
    lcpMs: null,
    drawnMs: null,
    usableMs: null,
    itemsMs: null,
    cls: null,
    transferredBytes: 0,
    error: null,
  };
  const context = await browser.newContext({ ...options, reducedMotion: 'reduce', serviceWorkers: 'block' });
  try {
    await context.route(
      (url) => url.origin !== origin,
      (route) => route.abort(),
    );
    const page: Page = await context.newPage();
    if (app === 'chronique') await page.addInitScript(firstViewProbe);
    const cdp = await context.newCDPSession(page);
    const bytes = watchBytes(cdp);
    await bytes.ready;
    await throttle(cdp);
    const url = app === 'chronique' ? `${origin}/` : `${origin}${TIMELINEJS_PATH}index-${language}.html`;
    const probe = app === 'chronique' ? 'window.__firstView' : 'window.__timelinejs';
    const done =
      app === 'chronique'
        ? `window.__firstView && window.__firstView.usable !== null`
        : `window.__timelinejs && (window.__timelinejs.painted !== null || window.__timelinejs.error !== null)`;
    const started = Date.now();
    await withTimeout(page.goto(url, { waitUntil: 'commit' }), LOAD_LIMIT_MS, `navigating to ${url}`);
    while (!(await withTimeout(page.evaluate(done), LOAD_LIMIT_MS, 'polling the page').catch(() => false))) {
      if (Date.now() - started > LOAD_LIMIT_MS) throw new Error(`not usable within ${formatSeconds(LOAD_LIMIT_MS)}`);
      await sleep(50);
    }
    load.transferredBytes = bytes.received();
    // Layout shifts after the handover count too: watch a little longer.
    await sleep(1000);
    const result = (await withTimeout(page.evaluate(probe), 10_000, 'reading the probe')) as Record<string, number | string | null>;
    if (app === 'chronique') {
      Object.assign(load, {
        fcpMs: result.fcp,
        lcpMs: result.lcp,
        drawnMs: result.drawn,
        usableMs: result.usable,
        itemsMs: result.items,
        cls: result.cls,
      });
    } else {
      if (result.error) throw new Error(`TimelineJS: ${String(result.error)}`);
      const paints = (await page.evaluate(
        `Object.fromEntries(performance.getEntriesByType('paint').map((entry) => [entry.name, entry.startTime]))`,
      )) as Record<string, number>;
      Object.assign(load, { fcpMs: paints['first-contentful-paint'] ?? null, usableMs: result.painted });
    }
  } catch (error) {
    load.error = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 300) : String(error);
  } finally {
    await withTimeout(context.close(), 15_000, 'closing the context').catch(() => undefined);
  }
  return load;
}

/** `runs` loads of each app on each device, taking turns so that both see the same machine load. */
export async function runFirstView(
  browser: Browser,
  origin: string,
  runs: number,
  log: (message: string) => void,
): Promise<FirstViewLoad[]> {
  const loads: FirstViewLoad[] = [];
  for (let run = 0; run < runs; run += 1) {
    for (const device of Object.keys(DEVICES) as Device[]) {
      for (const app of ['chronique', 'timelinejs'] as const) {
        const load = await loadFirstView(browser, origin, app, device);
        loads.push(load);
        log(
          `first view ${device} ${app} run ${run + 1}/${runs}: ${app === 'chronique' ? `drawn ${load.drawnMs?.toFixed(0) ?? '—'} ms, items ${load.itemsMs?.toFixed(0) ?? '—'} ms, usable` : 'ready'} ${load.usableMs?.toFixed(0) ?? '—'} ms, ${(load.transferredBytes / 1000).toFixed(0)} KB${load.cls === null ? '' : `, CLS ${load.cls.toFixed(3)}`}${load.error ? `; ${load.error}` : ''}`,
        );
      }
    }
  }
  return loads;
}

export interface Spread {
  median: number | null;
  min: number | null;
  max: number | null;
  count: number;
}

const spread = (values: (number | null)[]): Spread => {
  const known = values.filter((value): value is number => value !== null);
  return {
    median: median(known),
    min: known.length ? Math.min(...known) : null,
    max: known.length ? Math.max(...known) : null,
    count: known.length,
  };
};

export interface FirstViewSummary {
  device: Device;
  drawn: Spread;
  usable: Spread;
  timelineJsReady: Spread;
  fcp: Spread;
  lcp: Spread;
  cls: Spread;
  bytes: Spread;
  timelineJsBytes: Spread;
  /** Medians over TimelineJS's median ready time. */
  drawnRatio: number | null;
  usableRatio: number | null;
  errors: string[];
}

export function summarizeFirstView(loads: readonly FirstViewLoad[]): FirstViewSummary[] {
  return (Object.keys(DEVICES) as Device[]).map((device) => {
    const ours = loads.filter((load) => load.device === device && load.app === 'chronique' && load.error === null);
    const theirs = loads.filter((load) => load.device === device && load.app === 'timelinejs' && load.error === null);
    const ready = spread(theirs.map((load) => load.usableMs));
    const drawn = spread(ours.map((load) => load.drawnMs));
    const usable = spread(ours.map((load) => load.usableMs));
    const ratio = (value: number | null) => (value === null || !ready.median ? null : value / ready.median);
    return {
      device,
      drawn,
      usable,
      timelineJsReady: ready,
      fcp: spread(ours.map((load) => load.fcpMs)),
      lcp: spread(ours.map((load) => load.lcpMs)),
      cls: spread(ours.map((load) => load.cls)),
      bytes: spread(ours.map((load) => load.transferredBytes)),
      timelineJsBytes: spread(theirs.map((load) => load.transferredBytes)),
      drawnRatio: ratio(drawn.median),
      usableRatio: ratio(usable.median),
      errors: [
        ...new Set(loads.filter((load) => load.device === device && load.error !== null).map((load) => `${load.app}: ${load.error}`)),
      ],
    };
  });
}

const time = (value: Spread) =>
  value.median === null
    ? 'not measured'
    : `${Math.round(value.median)} ms (${Math.round(value.min!)}–${Math.round(value.max!)}, n=${value.count})`;
const kilobytes = (value: Spread) => (value.median === null ? '—' : `${Math.round(value.median / 1000)} KB`);
const ratio = (value: number | null, target: number) =>
  value === null ? 'not measured' : `${value.toFixed(2)}× (target ≤ ${target}×: ${value <= target ? 'PASS' : 'MISS'})`;

export function firstViewTable(summaries: readonly FirstViewSummary[], timelineJsVersion: string): string[] {
  const lines = [
    `### First view against TimelineJS ${timelineJsVersion} (slow 4G ${SLOW_PROFILE.latencyMs} ms RTT, 1.6 Mbit/s, CPU ×${SLOW_PROFILE.cpuSlowdown}; median (min–max))`,
    '',
    '| device | ours: drawn | ours: usable | TimelineJS: ready | drawn / ready | usable / ready | ours: LCP | ours: CLS | bytes until usable: ours / TimelineJS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const summary of summaries) {
    lines.push(
      `| ${DEVICES[summary.device].label} | ${summary.drawn.median === null ? 'not measured (no drawing in the page)' : time(summary.drawn)} | ${time(summary.usable)} | ${time(summary.timelineJsReady)} | ${ratio(summary.drawnRatio, 0.35)} | ${ratio(summary.usableRatio, 1)} | ${time(summary.lcp)} | ${summary.cls.median === null ? '—' : summary.cls.max!.toFixed(3) + ' max'} | ${kilobytes(summary.bytes)} / ${kilobytes(summary.timelineJsBytes)} |`,
    );
  }
  const errors = summaries.flatMap((summary) => summary.errors.map((error) => `- ${summary.device}: ${error}`));
  if (errors.length) lines.push('', 'Failed loads:', ...errors);
  return lines;
}
