/**
 * Search in the built app, in real Chromium: the search worker (under the page's CSP) answers as
 * the reader types, the count and the list follow its answers, and a ?q= link never shows every
 * event before the first one. Every view passes axe.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { searchStore } from '../../src/store/search';
import { buildSearchIndex } from '../../src/store/search-index';
import { compileQuery } from '../../src/store/search-query';
import { appUrl, axeViolations, openPage } from './support/browser';
import { browser, store, withBrowser } from './support/session';

withBrowser();

const expectedIds = (raw: string) => {
  const { matches } = searchStore(buildSearchIndex(store), compileQuery(raw, store.entities)!);
  return store.events.filter((_, at) => matches[at] === 1).map((event) => event.id);
};
const status = (page: Page) => page.locator('.search-box-count');
/** The list's rows on screen (it is virtualized: the rows in view), in order. */
const listedIds = (page: Page) =>
  page
    .locator('[role="feed"] [data-chronology-event]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-chronology-event')!));

async function answered(page: Page, count: number) {
  await page.locator(`.search-box-count[data-result-count="${count}"]`).waitFor();
  expect(await status(page).getAttribute('data-search-by')).toBe('worker');
  expect(await status(page).getAttribute('data-pending')).toBeNull();
}

describe('search in a worker', () => {
  it('answers keystrokes from the worker: the count and the list follow the query', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
    const box = page.getByRole('searchbox');
    await box.click();
    await page.keyboard.type('washington', { delay: 20 });
    const washington = expectedIds('washington');
    expect(washington.length).toBeGreaterThan(0);
    expect(washington.length).toBeLessThan(store.events.length);
    await answered(page, washington.length);
    expect(page.workers().some((worker) => worker.url().includes('search.worker'))).toBe(true);
    await expect(status(page).textContent()).resolves.toMatch(new RegExp(`^${washington.length} `));
    await expect.poll(() => listedIds(page)).toEqual(washington.slice(0, (await listedIds(page)).length));
    expect((await listedIds(page)).length).toBeGreaterThan(0);

    // Another query replaces it: the list and the count are the new answer's.
    await box.fill('otan');
    const otan = expectedIds('otan');
    await answered(page, otan.length);
    const shown = await listedIds(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(otan.slice(0, shown.length));
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations.map((v) => [v.id, v.nodes.map((n) => n.target)]))).toEqual([]);

    // Cleared: every event again, no count.
    await box.fill('');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('q'));
    await expect.poll(() => status(page).getAttribute('data-result-count')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never empties the list at the first keystroke: the rows stay until the answer replaces them', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
    // The rows on screen in every frame from just before the keystroke until well after the answer.
    await page.evaluate(() => {
      const frames: number[] = [];
      (window as unknown as { rowsPerFrame: number[] }).rowsPerFrame = frames;
      const sample = () => {
        frames.push(document.querySelectorAll('[role="feed"] [data-chronology-event]').length);
        if (frames.length < 40) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.getByRole('searchbox').press('w');
    const w = expectedIds('w');
    await answered(page, w.length);
    await page.waitForFunction(() => (window as unknown as { rowsPerFrame: number[] }).rowsPerFrame.length >= 40);
    const frames = await page.evaluate(() => (window as unknown as { rowsPerFrame: number[] }).rowsPerFrame);
    expect(frames[0]).toBeGreaterThan(0);
    expect(frames.filter((rows) => rows === 0)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a ?q= link shows only the matching events, from the first paint of the app on (never every event first)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    // Every row the app ever puts in its list, from the document's start.
    await context.addInitScript(() => {
      const seen = new Set<string>();
      (window as unknown as { seenRows: Set<string> }).seenRows = seen;
      new MutationObserver(() => {
        for (const row of document.querySelectorAll('[role="feed"] [data-chronology-event]'))
          if (!row.closest('[data-prerendered]')) seen.add(row.getAttribute('data-chronology-event')!);
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(appUrl('/?q=washington'));
    const washington = expectedIds('washington');
    await answered(page, washington.length);
    await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
    const seen = await page.evaluate(() => [...(window as unknown as { seenRows: Set<string> }).seenRows]);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((id) => !washington.includes(id))).toEqual([]);
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations.map((v) => [v.id, v.nodes.map((n) => n.target)]))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
