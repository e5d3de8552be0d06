/**
 * The split store in real Chromium (`?data=` to the index the builder writes): a shard that fails
 * costs only its events, the page says which part is missing and why, the rest of the chronology
 * works, and « Réessayer » fetches that shard again and completes the store.
 */
import { describe, expect, it } from 'vitest';
import type { SplitIndex } from '../../src/store/split-store';
import { appUrl, axeViolations, viewports } from './support/browser';
import { browser, store, withBrowser } from './support/session';

withBrowser();

const INDEX = '/data/split/index.json';

describe('a split store with a failing shard', () => {
  it('shows the error where the events are missing, keeps the rest working, and a retry brings them', async () => {
    const index = (await (await fetch(appUrl(INDEX))).json()) as SplitIndex;
    const lostShard = 1;
    const lost = index.events.id.filter((_, at) => index.events.shard[at] === lostShard);
    expect(lost.length).toBeGreaterThan(0);

    const context = await browser.newContext({ viewport: viewports.desktop, locale: 'fr-FR', serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    let failing = true;
    let shardRequests = 0;
    await page.route(`**/data/split/${index.shards[lostShard]}`, async (route) => {
      shardRequests += 1;
      if (failing) await route.fulfill({ status: 404, body: 'gone' });
      else await route.continue();
    });
    try {
      await page.goto(appUrl(`/?data=${INDEX}`));
      const notice = page.locator('[data-missing-shards="1"]');
      await notice.waitFor({ timeout: 45_000 });
      expect(await notice.textContent()).toContain('Une partie de la chronologie n’a pas pu être chargée\u202f; ses événements manquent.');

      // The rest of the chronology is there, without the lost events, and the timeline works.
      await page.locator('[data-ready="true"]').waitFor({ timeout: 45_000 });
      const setSize = () => page.locator('[data-chronology-event]').first().getAttribute('aria-setsize');
      expect(Number(await setSize())).toBe(store.events.length - lost.length);
      expect(await page.locator(lost.map((id) => `[data-chronology-event="${id}"]`).join(', ')).count()).toBe(0);

      // Why, on demand: the shard and what the server said.
      await notice.locator('summary').click();
      expect(await notice.locator('li').first().textContent()).toBe(`${index.shards[lostShard]} — HTTP 404`);
      expect(await axeViolations(page, '[data-missing-shards]')).toEqual([]);

      failing = false;
      await notice.getByRole('button', { name: 'Réessayer' }).click();
      await page.locator('[data-missing-shards]').waitFor({ state: 'detached', timeout: 30_000 });
      expect(Number(await setSize())).toBe(store.events.length);
      expect(shardRequests).toBe(2);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
