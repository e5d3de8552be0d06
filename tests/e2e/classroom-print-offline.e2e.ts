/**
 * The classroom: a printed A4 handout of the selection, and the app working with no network once
 * it has been opened, in real Chromium.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, axeViolations, openPage, saveScreenshot } from './support/browser';
import { browser, store, withBrowser } from './support/session';

withBrowser();

async function ready(page: Page) {
  await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
  await page.getByRole('feed').waitFor();
}

const timelineIds = (page: Page) =>
  page.locator('.vis-timeline [data-event-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id')!));
const undimmedTimelineIds = (page: Page) =>
  page
    .locator('.vis-timeline .vis-item:not(.tl-dimmed) [data-event-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id')!));
const listedIds = (page: Page) =>
  page.locator('[data-chronology-event]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-chronology-event')!));
const handoutIds = (page: Page) =>
  page.locator('[data-handout] [data-handout-event]').evaluateAll((items) => items.map((item) => item.getAttribute('data-handout-event')!));

/** Print media, and the handout (mounted only while printing) in the page. */
async function printView(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await page.locator('[data-handout]').waitFor({ state: 'attached' });
}

/** Waits until the service worker controls the page, reloading once if it installed after the page loaded. */
async function controlledByServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/**
 * The built app on its own origin, whose deployments the test controls: deploy() changes the
 * service worker script by one comment, as a new build would. (The preview server cannot do that,
 * and Chromium fetches a worker's script for an update outside of Playwright's request routing.)
 */
async function serveDeployments() {
  const dist = join(import.meta.dirname, '../../dist');
  let version = 1;
  const served = new Set<number>();
  const server = createServer((request, response) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      const file = path === '/' || !extname(path) ? '/index.html' : path;
      try {
        let body: Buffer | string = await readFile(join(dist, file));
        if (file === '/sw.js') {
          body = `${body.toString('utf8')}\n// deployment ${version}\n`;
          served.add(version);
        }
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    deploy: () => {
      version += 1;
    },
    servedVersions: () => [...served],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Every control or timeline part that a reader would see on the page as it is now rendered. */
function visibleControls(page: Page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, input, select, textarea, summary, [role="button"], [role="toolbar"], .vis-timeline, canvas',
      ),
    ]
      .filter((element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      .map((element) => element.outerHTML.slice(0, 120)),
  );
}

describe('offline', () => {
  it('after one visit, reloads with no network and still shows every event', async () => {
    const { page, context, thirdParty } = await openPage(browser);
    await ready(page);
    await controlledByServiceWorker(page);
    await ready(page);

    await context.setOffline(true);
    await page.reload();
    await ready(page);
    // The first window shows the story's stretch: "show all" brings in the earlier events too.
    await page.getByRole('button', { name: 'Tout afficher' }).click();
    await expect.poll(async () => (await timelineIds(page)).sort()).toEqual(store.events.map((event) => event.id).sort());
    await expect(page.locator('.chrono-count').textContent()).resolves.toContain(String(store.events.length));
    await printView(page);
    expect(await page.locator('[data-handout] [data-handout-event]').count()).toBe(store.events.length);
    await page.emulateMedia({ media: 'screen' });

    // A shared link (another view, in its query) opens offline too.
    await page.goto(appUrl('/?q=washington&lang=en'));
    await ready(page);
    expect((await listedIds(page)).length).toBeGreaterThan(0);
    expect(thirdParty).toEqual([]);
    await context.close();
  });

  it('starts saving the app for offline use, and fetching the search index, once the timeline has drawn, never competing with its download', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const indexRequests: string[] = [];
    context.on('request', (request) => {
      if (request.url().endsWith('/data/search-index.json')) indexRequests.push(request.url());
    });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/\/assets\/TimelineView-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(appUrl('/'));
    await page.getByRole('feed').waitFor();
    await page.waitForTimeout(1_500);
    const registered = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
    expect(await registered()).toBe(false);
    expect(indexRequests).toEqual([]);
    release();
    await ready(page);
    await expect.poll(registered, { timeout: 10_000 }).toBe(true);
    await expect.poll(() => indexRequests.length).toBeGreaterThan(0);
    await context.close();
  });

  it('says once that the app is saved for offline use, without getting in the way', async () => {
    const { page, context } = await openPage(browser);
    await ready(page);
    const mainTop = () => page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().top);
    const before = await mainTop();
    await page.evaluate(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift' });
    });
    const notice = page.locator('[data-offline-notice="offline-ready"]');
    await notice.waitFor({ timeout: 15_000 });
    await expect(notice.getAttribute('role')).resolves.toBe('status');
    await expect(notice.textContent()).resolves.toContain('sans connexion');
    expect(await axeViolations(page, '[data-offline-notice]')).toEqual([]);
    // In a corner of the window for a few seconds, out of the flow: the page does not move when it appears.
    await expect(notice.evaluate((element) => getComputedStyle(element).position)).resolves.toBe('fixed');
    await page.waitForTimeout(500);
    expect(await mainTop()).toBe(before);
    const shifted = await page.evaluate(() =>
      (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, value) => sum + value, 0),
    );
    expect(shifted).toBeLessThan(0.001);
    // Inside the window, on a phone too, and dismissible.
    const box = (await notice.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await expect(notice.getByRole('button', { name: 'Fermer ce message' }).count()).resolves.toBe(1);

    await controlledByServiceWorker(page);
    await ready(page);
    await page.waitForTimeout(1_000);
    expect(await page.locator('[data-offline-notice="offline-ready"]').count()).toBe(0);
    await context.close();
  });

  it('offers a new version when one is deployed, and reloads into it only when asked', async () => {
    const site = await serveDeployments();
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    try {
      await page.goto(site.url);
      await ready(page);
      await controlledByServiceWorker(page);
      await ready(page);
      expect(await page.locator('[data-offline-notice="update"]').count()).toBe(0);

      site.deploy();
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())!.update();
      });
      const prompt = page.locator('[data-offline-notice="update"]');
      await prompt.waitFor({ timeout: 15_000 });
      await expect(prompt.textContent()).resolves.toContain('Une nouvelle version est disponible');
      // A question that waits for its answer: in the status line, over nothing.
      await expect(prompt.evaluate((element) => getComputedStyle(element).position)).resolves.toBe('static');
      expect(await axeViolations(page, '[data-offline-notice]')).toEqual([]);
      await saveScreenshot(page, 'offline-update-prompt');

      // "Plus tard": the old version stays in charge, the new one keeps waiting.
      await page.getByRole('button', { name: 'Plus tard' }).click();
      expect(await prompt.count()).toBe(0);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting !== null)).toBe(true);

      await page.reload();
      await ready(page);
      await prompt.waitFor({ timeout: 15_000 });
      const reloaded = page.waitForEvent('load');
      await page.getByRole('button', { name: 'Recharger' }).click();
      await reloaded;
      await ready(page);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting)).toBeNull();
      expect(await page.locator('[data-offline-notice="update"]').count()).toBe(0);
      expect(site.servedVersions()).toContain(2);
    } finally {
      await context.close();
      await site.close();
    }
  });
});

describe('printed handout', () => {
  it('prints only the selected events, in full, with no control and no timeline', async () => {
    const { page, context, errors } = await openPage(browser, '/?q=washington');
    await ready(page);
    // The selection, as the timeline shows it (the list only renders the rows in view), in store order.
    const matching = new Set(await undimmedTimelineIds(page));
    const selected = store.events.filter((event) => matching.has(event.id)).map((event) => event.id);
    expect(selected.length).toBeGreaterThan(0);
    expect(selected.length).toBeLessThan(store.events.length);
    await expect(page.locator('.chrono-count').textContent()).resolves.toMatch(new RegExp(`^${selected.length} `));

    await printView(page);
    expect(await handoutIds(page)).toEqual(selected);
    for (const id of selected) {
      const event = store.events.find((candidate) => candidate.id === id)!;
      const title = page.locator(`[data-handout-event="${id}"] h2`);
      expect(await title.isVisible()).toBe(true);
      await expect(title.textContent()).resolves.toBe(event.title.fr);
      for (const source of event.corroboration) {
        expect(await page.locator(`[data-handout-event="${id}"]`).textContent()).toContain(source.url);
      }
      await expect(page.locator(`[data-handout-event="${id}"]`).evaluate((element) => getComputedStyle(element).breakInside)).resolves.toBe(
        'avoid',
      );
    }
    await expect(page.locator('[data-handout]').textContent()).resolves.toContain('washington');
    expect(await visibleControls(page)).toEqual([]);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('makes an A4 PDF of the whole chronology, black on white even in the dark scheme', async () => {
    const { page, context } = await openPage(browser, '/?scheme=dark');
    await ready(page);
    await printView(page);
    expect(await handoutIds(page)).toEqual(store.events.map((event) => event.id));
    expect(await visibleControls(page)).toEqual([]);
    const colours = await page.locator('[data-handout]').evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.color, getComputedStyle(document.body).backgroundColor];
    });
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    // 21 events with their quotes and sources: several pages, and never one page per line.
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(store.events.length + 1);
    await context.close();
  });

  it('has a print button on screen, and the handout stays off screen', async () => {
    const { page, context } = await openPage(browser);
    await ready(page);
    // In the masthead's menu.
    await page.getByRole('button', { name: 'Imprimer, exporter, thème' }).click();
    const button = page.getByRole('button', { name: 'Imprimer', exact: true });
    expect(await button.isVisible()).toBe(true);
    expect(await page.locator('[data-handout]').count()).toBe(0);
    await context.close();
  });
});
