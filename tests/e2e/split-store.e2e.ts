/**
 * The split store in real Chromium (`?data=` to the index the builder writes): the chronology is
 * there from the index alone, an event's shard is fetched when the event is shown, and a shard
 * that fails costs only its events' details: the panel and the rows say why, the rest of the
 * chronology works, and « Réessayer » fetches that shard again.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { searchStore } from '../../src/store/search';
import { buildSearchIndex } from '../../src/store/search-index';
import { compileQuery } from '../../src/store/search-query';
import type { SplitIndex } from '../../src/store/split-store';
import { appUrl, axeViolations, viewports } from './support/browser';
import { browser, store, withBrowser } from './support/session';

withBrowser();

const INDEX = '/data/split/index.json';

async function splitIndex(): Promise<SplitIndex> {
  return (await (await fetch(appUrl(INDEX))).json()) as SplitIndex;
}

/** Shard requests made by the page itself (not by the search worker, which reads every shard for the search). */
function pageShardRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    const fromWorker = (request.headers()['referer'] ?? '').includes('worker');
    if (url.pathname.startsWith('/data/split/shards/') && !fromWorker) requests.push(url.pathname);
  });
  return requests;
}

describe('a split store', () => {
  it('is usable from its index alone, before any shard arrives, and opening an event costs one shard request', async () => {
    const index = await splitIndex();
    const context = await browser.newContext({ viewport: viewports.desktop, locale: 'fr-FR', serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/split/shards/*', async (route) => {
      await released;
      await route.continue();
    });
    try {
      const event = store.events.at(-1)!;
      const shard = index.shards[index.events.shard[index.events.id.indexOf(event.id)]!]!;
      const requests = pageShardRequests(page);
      await page.goto(appUrl(`/?data=${INDEX}&event=${event.id}`));

      // Every shard held back: the timeline, the list (titles, dates) and the panel's head are there all the same.
      await page.locator('[data-ready="true"]').waitFor({ timeout: 45_000 });
      const row = page.locator(`[data-chronology-event="${event.id}"]`);
      expect(Number(await row.getAttribute('aria-setsize'))).toBe(store.events.length);
      expect(await row.locator('.chrono-title').textContent()).toBe(event.title.fr);
      const panel = page.locator('.event-detail');
      expect(await panel.locator('.event-detail-title').textContent()).toBe(event.title.fr);
      expect(await panel.getByRole('status').textContent()).toBe('Chargement des passages et des sources…');
      expect(await axeViolations(page)).toEqual([]);

      release();
      await panel.locator('.event-detail-quote').first().waitFor({ timeout: 30_000 });
      expect(await panel.locator('.event-detail-summary').textContent()).toBe(event.summary.fr);
      expect(await panel.locator('.event-detail-quote blockquote').first().textContent()).toBe(event.evidence[0]!.exact);
      expect(requests).toEqual([`/data/split/${shard}`]);

      // The previous event: no request when it is in the same shard, one when it is in another.
      const previousLink = panel.locator('a[rel="prev"]');
      const previousId = new URL((await previousLink.getAttribute('href'))!, appUrl('/')).searchParams.get('event')!;
      const previous = store.events.find((candidate) => candidate.id === previousId)!;
      await previousLink.click();
      await page.locator('.event-detail-summary').filter({ hasText: previous.summary.fr }).waitFor({ timeout: 30_000 });
      const previousShard = index.shards[index.events.shard[index.events.id.indexOf(previous.id)]!]!;
      expect(requests).toEqual([...new Set([`/data/split/${shard}`, `/data/split/${previousShard}`])]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('with a failing shard: says why where the details were needed, keeps the rest working, and a retry brings them', async () => {
    const index = await splitIndex();
    const lostShard = 1;
    const lost = index.events.id.filter((_, at) => index.events.shard[at] === lostShard);
    const kept = index.events.id.find((_, at) => index.events.shard[at] !== lostShard)!;
    expect(lost.length).toBeGreaterThan(0);

    const context = await browser.newContext({ viewport: viewports.desktop, locale: 'fr-FR', serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    let failing = true;
    await page.route(`**/data/split/${index.shards[lostShard]}`, async (route) => {
      if (failing) await route.fulfill({ status: 404, body: 'gone' });
      else await route.continue();
    });
    try {
      await page.goto(appUrl(`/?data=${INDEX}&event=${lost[0]}`));
      await page.locator('[data-ready="true"]').waitFor({ timeout: 45_000 });

      // Every event is in the list and on the timeline: only the lost shard's details are missing.
      const setSize = await page.locator('[data-chronology-event]').first().getAttribute('aria-setsize');
      expect(Number(setSize)).toBe(store.events.length);

      const failure = page.locator('.event-detail [data-details="failed"]');
      await failure.waitFor({ timeout: 30_000 });
      expect(await failure.textContent()).toContain('Les passages et les sources de cet événement n’ont pas pu être chargés.');
      // In the reader's words, not the server's.
      expect(await failure.locator('.details-status-why').textContent()).toBe('le fichier est introuvable sur le serveur (HTTP 404)');
      expect(await axeViolations(page, '.event-detail')).toEqual([]);

      // Another event's details come from its own shard.
      const keptEvent = store.events.find((event) => event.id === kept)!;
      await page.locator(`[data-chronology-event="${kept}"] .chrono-title a`).click();
      await page.locator('.event-detail .event-detail-quote').first().waitFor({ timeout: 30_000 });
      expect(await page.locator('.event-detail-summary').textContent()).toBe(keptEvent.summary.fr);

      // Back to the lost event: once the server has the shard again, « Réessayer » brings its details.
      await page.locator(`[data-chronology-event="${lost[0]}"] .chrono-title a`).click();
      await failure.waitFor({ timeout: 30_000 });
      failing = false;
      await failure.getByRole('button', { name: 'Réessayer' }).click();
      await page.locator('.event-detail .event-detail-quote').first().waitFor({ timeout: 30_000 });
      const lostEvent = store.events.find((event) => event.id === lost[0])!;
      expect(await page.locator('.event-detail-summary').textContent()).toBe(lostEvent.summary.fr);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
  it('prints, presents and reads in full: every shard is fetched when such a view is asked for', async () => {
    const index = await splitIndex();
    const context = await browser.newContext({ viewport: viewports.desktop, locale: 'fr-FR', serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      const requests = pageShardRequests(page);
      // Print and export wait to be asked for: every shard can be hundreds of megabytes.
      await page.goto(appUrl(`/?data=${INDEX}`));
      await page.locator('[data-ready="true"]').waitFor({ timeout: 45_000 });
      await page.getByRole('button', { name: 'Imprimer, exporter, thème' }).click();
      const loadWhole = page.getByRole('button', { name: 'Préparer l’impression et l’export' });
      await loadWhole.waitFor();
      expect(requests).toEqual([]);
      // Printed before that, the page says on paper how to print the full handout; on screen, nothing.
      const hint = page.locator('.print-hint');
      expect(await hint.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await hint.textContent()).toContain(
        '«\u202fPréparer l’impression et l’export\u202f» dans le menu «\u202fImprimer, exporter, thème\u202f»',
      );
      expect(await hint.isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
      await loadWhole.click();
      await page.getByRole('button', { name: 'Imprimer', exact: true }).waitFor({ timeout: 30_000 });
      expect(new Set(requests).size).toBe(index.shards.length);
      // The handout is there now: no hint.
      expect(await hint.count()).toBe(0);

      requests.length = 0;
      await page.goto(appUrl(`/?data=${INDEX}&slide=1`));
      const slide = page.locator('[data-present] article[data-event-id]').first();
      await slide.waitFor({ timeout: 45_000 });
      const first = store.events.find((event) => event.id === store.events[0]!.id)!;
      expect(await slide.getAttribute('data-event-id')).toBe(first.id);
      expect(await slide.locator('.present-summary').textContent()).toBe(first.summary.fr);
      expect(new Set(requests).size).toBe(index.shards.length);

      // The reader shows the article's text, its quoted passages marked.
      const quote = first.evidence[0]!;
      await page.goto(appUrl(`/?data=${INDEX}&article=${quote.article}`));
      const body = page.locator('.reader .reader-body');
      await body.waitFor({ timeout: 45_000 });
      expect(await body.textContent()).toContain(quote.exact);
      expect(await body.locator('mark').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
  it('searches as the single file does, answers from the heads meanwhile, and a shard that never answers does not hold the search for ever', async () => {
    const index = await splitIndex();
    const context = await browser.newContext({ viewport: viewports.desktop, locale: 'fr-FR', serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // What the page posts to its search worker, by message type.
    await page.addInitScript(() => {
      const types: unknown[] = [];
      Object.assign(window, { workerMessageTypes: types });
      const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
      Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
        types.push((args[0] as { type?: unknown } | null)?.type);
        post.apply(this, args);
      };
    });
    const heldShard = 1;
    await page.route(`**/data/split/${index.shards[heldShard]}`, () => {
      // Never answered.
    });
    try {
      await page.goto(appUrl(`/?data=${INDEX}`));
      await page.locator('[data-ready="true"]').waitFor({ timeout: 45_000 });
      // A word that the index alone does not find: only the shards' passages have it.
      const heads = {
        ...store,
        articles: store.articles.map((article) => ({ ...article, text: '', notes: [] })),
        events: store.events.map((event) => ({ ...event, summary: { fr: '', en: '' }, evidence: [], notes: [] })),
      };
      const count = (of: typeof store, raw: string) => searchStore(buildSearchIndex(of), compileQuery(raw, of.entities)!).matches;
      const outsideHeld = (matches: Uint8Array) =>
        store.events.filter((_, at) => matches[at] === 1 && index.events.shard[at] !== heldShard).length;
      const words = store.events.flatMap((event) => event.evidence.flatMap((quote) => quote.exact.split(/[\s,.;:!?«»()’']+/)));
      const word = words.find(
        (candidate) => candidate.length > 6 && outsideHeld(count(store, candidate)) > outsideHeld(count(heads, candidate)),
      )!;
      const full = count(store, word);
      const total = full.reduce((sum, match) => sum + match, 0);
      const fromShardsOutsideHeld = outsideHeld(full);
      await page.locator('input[type="search"]').fill(word);
      // Answered at once from the heads, and said to be partial: the shards are not all in.
      const early = page.locator('.search-box-count[data-result-count][data-partial="true"]');
      await early.waitFor({ timeout: 5_000 });
      expect(Number(await early.getAttribute('data-result-count'))).toBe(count(heads, word).reduce((sum, match) => sum + match, 0));
      expect(await early.textContent()).toContain('pour l’instant');
      // The worker was handed the index's text and read the heads itself: the page posted none of its events.
      const types = await page.evaluate(() => (window as unknown as { workerMessageTypes: unknown[] }).workerMessageTypes);
      expect(types.slice(0, 2)).toEqual(['split-index', 'adopt']);
      expect(types.filter((type) => type === 'events' || type === 'store')).toEqual([]);
      // The held shard counts as missing after the worker's 15 s: its events are searched by their heads only.
      const shown = page.locator('.search-box-count[data-result-count]:not([data-partial])');
      await shown.waitFor({ timeout: 30_000 });
      const found = Number(await shown.getAttribute('data-result-count'));
      expect(found).toBeGreaterThanOrEqual(fromShardsOutsideHeld);
      expect(found).toBeLessThanOrEqual(total);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
