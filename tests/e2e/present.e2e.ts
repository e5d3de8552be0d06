/** Presentation mode in real Chromium: the keys a clicker sends, the slide, the URL, axe. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/schema';
import { axeViolations, openPage, saveScreenshot } from './support/browser';
import { browser, store, withBrowser } from './support/session';

withBrowser();

const slideParam = (page: Page) => new URL(page.url()).searchParams.get('slide');
const slideTitle = (page: Page) => page.locator('[data-present] article[data-event-id] h2').first().textContent();

async function expectSlide(page: Page, number: number, events: Store['events']) {
  await page.waitForFunction((n) => new URL(location.href).searchParams.get('slide') === String(n), number);
  expect(await slideTitle(page)).toBe(events[number - 1]!.title.fr);
  expect(await page.locator('[data-present-counter]').first().textContent()).toContain(`${number} / ${events.length}`);
}

describe('presentation mode', () => {
  it('starts from the Present link, moves with clicker keys, follows the URL, leaves with Esc', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.locator('[data-present-start]').click();
    await page.locator('[data-present]').waitFor();
    const events = store.events;
    await expectSlide(page, 1, events);
    const quote = events[0]!.evidence[0]!.exact;
    expect(await page.locator('[data-present] blockquote').first().textContent()).toContain(quote);

    for (const key of ['ArrowRight', 'Space', 'PageDown']) await page.keyboard.press(key);
    await expectSlide(page, 4, events);
    await page.keyboard.press('PageUp');
    await expectSlide(page, 3, events);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 2, events);
    await page.keyboard.press('End');
    await expectSlide(page, events.length, events);
    await page.keyboard.press('Home');
    await expectSlide(page, 1, events);

    // The page behind is out of reach while presenting: inert, and Tab never leaves the slides.
    const behindIsInert = () =>
      page.evaluate(() => [...document.querySelectorAll('header, main')].map((element) => element.closest('[inert]') !== null));
    expect(await behindIsInert()).not.toContain(false);
    for (let press = 0; press < 12; press += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('[data-present]') !== null)).toBe(true);
    }

    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations.map((v) => [v.id, v.nodes.map((n) => n.target)]))).toEqual([]);
    await saveScreenshot(page, 'present-desktop');

    await page.keyboard.press('Escape');
    await page.locator('[data-present]').waitFor({ state: 'detached' });
    expect(slideParam(page)).toBeNull();
    expect(await behindIsInert()).not.toContain(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resumes at the slide in the URL and presents only the searched selection', async () => {
    const { page, context } = await openPage(browser, '/?q=washington&slide=2');
    await page.locator('[data-present]').waitFor();
    const count = Number(await page.locator('[data-present]').getAttribute('data-slide-count'));
    expect(count).toBeGreaterThan(1);
    expect(count).toBeLessThan(store.events.length);
    expect(await page.locator('[data-present]').getAttribute('data-slide-index')).toBe('1');
    const shown = await page.locator('[data-present] article[data-event-id]').first().getAttribute('data-event-id');
    const mentioning = store.events.filter((event) =>
      JSON.stringify([event.title, event.summary, event.evidence.map((quote) => quote.exact), event.places])
        .toLowerCase()
        .includes('washington'),
    );
    expect(mentioning.map((event) => event.id)).toContain(shown);
    await context.close();
  });
});
