import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, axeViolations, launchChromium, viewports } from './support/browser';

const store = JSON.parse(readFileSync(new URL('../../public/data/store.json', import.meta.url), 'utf8')) as {
  events: { title: { fr: string } }[];
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The store's requests get no answer (not even an error) until `answer()`; later ones go through. */
async function hangingStore(context: BrowserContext) {
  let answering = false;
  const held: Route[] = [];
  await context.route('**/data/store.json', async (route) => {
    if (answering) await route.continue();
    else held.push(route);
  });
  return {
    held: () => held.length,
    answer: () => {
      answering = true;
    },
  };
}

describe('a store that never answers', () => {
  it('keeps the pre-rendered chronology readable, says within 15 s that the server is slow, and recovers on « Réessayer »', async () => {
    const context = await browser.newContext({ viewport: viewports.desktop, locale: 'fr-FR', serviceWorkers: 'block' });
    const server = await hangingStore(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const started = Date.now();
    await page.goto(appUrl('/'), { waitUntil: 'commit' });
    const notice = page.locator('.store-slow');
    await notice.waitFor({ timeout: 15_000 });
    expect(Date.now() - started).toBeLessThan(15_000);
    await expect(notice.getByRole('status').textContent()).resolves.toContain('Le serveur met du temps à répondre');
    const retry = notice.getByRole('button', { name: 'Réessayer' });
    await expect(retry.isVisible()).resolves.toBe(true);
    // Still the chronology, every title readable, and no loading page in its place.
    await expect(page.locator('[data-prerendered="fr"] .chrono-title').allTextContents()).resolves.toEqual(
      store.events.map((event) => event.title.fr),
    );
    await expect(page.locator('[data-prerendered="fr"] .chrono-title').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('main.loading').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(server.held()).toBeGreaterThan(0);

    server.answer();
    await retry.click();
    await page.locator('.tl-region[data-ready="true"]').waitFor({ timeout: 30_000 });
    await expect(page.locator('[role="feed"] article').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.store-slow').count()).resolves.toBe(0);
    await expect(page.locator('[data-prerendered]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so in the loading page of a view that is not pre-rendered, and loads once the server answers by itself', async () => {
    const context = await browser.newContext({ viewport: viewports.phone, locale: 'fr-FR', serviceWorkers: 'block' });
    const server = await hangingStore(context);
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(appUrl('/?lang=en&q=otan'), { waitUntil: 'commit' });
    const notice = page.locator('.store-slow');
    await notice.waitFor({ timeout: 15_000 });
    expect(Date.now() - started).toBeLessThan(15_000);
    await expect(notice.getByRole('status').textContent()).resolves.toContain('The server is slow to answer');
    await expect(notice.getByRole('button', { name: 'Try again' }).isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // No click: the hung attempt times out and the next one gets the answer.
    server.answer();
    await page.locator('.tl-region[data-ready="true"]').waitFor({ timeout: 40_000 });
    await expect(page.locator('.store-slow').count()).resolves.toBe(0);
    await context.close();
  });
});
