/**
 * A big store in real Chromium: the timeline draws clusters for crowded slots, labelled, reachable
 * and opened with the keyboard, and zooming in reveals the events. The store is generated here.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeStoreFile } from '../../bench/write-store';
import { axeViolations, openPage, saveScreenshot, viewports } from './support/browser';
import { browser, withBrowser } from './support/session';

withBrowser();

const EVENTS = 3000;
const file = join(import.meta.dirname, '../../dist/bench-data/e2e-scale.json');
beforeAll(async () => {
  await writeStoreFile(file, { events: EVENTS, seed: 7 });
});
afterAll(async () => {
  rmSync(file, { force: true });
});

const region = (page: Page) => page.locator('.tl-region[data-ready="true"]');
const clusters = (page: Page) => page.locator('.vis-timeline [data-cluster-id]');
const events = (page: Page) => page.locator('.vis-timeline [data-event-id]');

async function open(language: 'fr' | 'en', phone = false) {
  const opened = await openPage(browser, `/?data=/bench-data/e2e-scale.json&lang=${language}`, phone ? { viewport: viewports.phone } : {});
  await region(opened.page).waitFor({ state: 'visible', timeout: 30_000 });
  return opened;
}

const clusterIds = (page: Page) =>
  clusters(page).evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-cluster-id')).join(' '));

/** The drawn clusters' ids when they have not changed for half a second, else ''. */
async function settledClusterIds(page: Page): Promise<string> {
  const before = await clusterIds(page);
  await page.waitForTimeout(500);
  return before !== '' && (await clusterIds(page)) === before ? before : '';
}

async function shownSpan(page: Page): Promise<number> {
  const [start, end] = await Promise.all([region(page).getAttribute('data-window-start'), region(page).getAttribute('data-window-end')]);
  return Number(end) - Number(start);
}

describe('timeline of a big store', () => {
  it('shows labelled clusters instead of thousands of items, in both languages', async () => {
    const { page, context, errors } = await open('en');
    await expect.poll(() => clusters(page).count()).toBeGreaterThan(0);
    expect(await events(page).count()).toBeLessThan(EVENTS / 4);
    const labels = await clusters(page).evaluateAll((buttons) =>
      buttons.map((button) => [button.textContent, button.getAttribute('aria-label')]),
    );
    for (const [text, label] of labels) {
      expect(text).toMatch(/^[\d,]+ events$/);
      // The name starts with what is seen, then the dates and what activating does.
      expect(label).toMatch(new RegExp(`^${text}, .+\\d{4}; zoom in to see them$`));
    }
    const counted = labels.reduce((sum, [text]) => sum + Number(text!.replace(/\D/g, '')), 0);
    expect(counted).toBeGreaterThan(EVENTS / 2);
    await saveScreenshot(page, 'timeline-scale-clusters');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();

    const french = await open('fr');
    await expect
      .poll(() => clusters(french.page).first().getAttribute('aria-label'))
      .toMatch(/^[\d\s\u202f]+ événements, .+\u202f; zoomer pour les voir$/);
    await french.context.close();
  });

  it('opens a cluster with the keyboard: zooms into it until its events show, focus kept in the timeline', async () => {
    const { page, context, errors } = await open('en');
    // The clusters of the fitted window replace the first drawing's once vis reports the fit (200 ms
    // after it): tab to them once they stay the same.
    await expect.poll(() => clusters(page).count()).toBeGreaterThan(0);
    await expect.poll(() => settledClusterIds(page), { timeout: 15_000 }).not.toBe('');
    await region(page).focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-cluster-id') ?? null);
    for (let step = 0; step < 10 && (await focused()) === null; step++) await page.keyboard.press('Tab');
    expect(await focused()).not.toBeNull();

    let before = await shownSpan(page);
    for (let opened = 0; opened < 12 && (await clusters(page).count()) > 0; opened++) {
      const cluster = clusters(page).first();
      await cluster.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => shownSpan(page)).toBeLessThan(before);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('tl-region'))).toBe(true);
      before = await shownSpan(page);
      if ((await events(page).count()) > 0) break;
    }
    // Zoomed in, events are drawn as items: focusable buttons named by title and date.
    const item = events(page).first();
    await expect.poll(() => events(page).count()).toBeGreaterThan(0);
    await item.focus();
    expect(await item.getAttribute('aria-label')).toMatch(/\d{4}/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('aside.event-detail').count()).toBe(1);
    await saveScreenshot(page, 'timeline-scale-opened');
    expect(await axeViolations(page, '.tl')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('mutes search non-matches without remaking the drawn items', async () => {
    const { page, context, errors } = await open('en');
    await expect.poll(() => clusters(page).count()).toBeGreaterThan(0);
    // Zoom in with the keys until items show.
    await region(page).focus();
    for (let step = 0; step < 10 && (await events(page).count()) === 0; step++) {
      await page.keyboard.press('+');
      await page.waitForTimeout(350);
    }
    const first = events(page).first();
    const id = await first.getAttribute('data-event-id');
    const title = await first.locator('.tl-event-title').textContent();
    const kept = await first.elementHandle();
    await page.locator('input[type="search"]').fill(title!.split(/\s+/).slice(0, 3).join(' '));
    await expect.poll(() => page.locator('.vis-timeline [data-dimmed="true"]').count()).toBeGreaterThan(0);
    const same = page.locator(`.vis-timeline [data-event-id="${id}"]`);
    expect(await same.getAttribute('data-dimmed')).toBeNull();
    // The very same button: nothing was rebuilt for the search.
    expect(await kept!.evaluate((button) => button.isConnected)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('clusters the phone strip too, across its single lane', async () => {
    const { page, context, errors } = await open('en', true);
    expect(await page.locator('.tl[data-variant="strip"]').count()).toBe(1);
    await expect.poll(() => clusters(page).count()).toBeGreaterThan(0);
    const ids = await clusters(page).evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-cluster-id')));
    // One lane: a slot holds one cluster, not one per theme.
    const slots = ids.map((id) => id!.split(':').slice(-2).join(':'));
    expect(new Set(slots).size).toBe(slots.length);
    await saveScreenshot(page, 'timeline-scale-phone');
    expect(await axeViolations(page, '.tl')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
