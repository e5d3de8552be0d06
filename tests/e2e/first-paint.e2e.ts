import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, axeViolations, openPage, viewports } from './support/browser';
import { browser, withBrowser } from './support/session';

withBrowser();

const store = JSON.parse(readFileSync(new URL('../../public/data/store.json', import.meta.url), 'utf8')) as {
  title: { fr: string; en: string };
  events: { id: string; title: { fr: string; en: string } }[];
};

/** Records, from the first byte of the page, whether the app ever showed its loading message. */
const watchForLoadingMessage = () => {
  const seen = { loading: false };
  (window as unknown as { seen: typeof seen }).seen = seen;
  new MutationObserver(() => {
    if (document.querySelector('main.loading')) seen.loading = true;
  }).observe(document, { childList: true, subtree: true });
};

const appReady = (page: Page) => page.locator('[role="feed"] article').first().waitFor();

describe('the chronology in the HTML (no JavaScript)', () => {
  it('shows the title, the dates and every event title, and says what needs JavaScript', async () => {
    const { page, context } = await openPage(browser, '/', { javaScriptEnabled: false });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(store.title.fr);
    const titles = await page.locator('[data-prerendered="fr"] .chrono-title').allTextContents();
    expect(titles).toEqual(store.events.map((event) => event.title.fr));
    await expect(page.locator('.chrono-when').first().textContent()).resolves.toMatch(/\d{4}/);
    await expect(page.locator('.chrono-month').first().textContent()).resolves.toMatch(/^\p{Lu}\p{Ll}+ \d{4}$/u);
    // Where the timeline would be, the page says it needs JavaScript, in the page's language.
    await expect(page.locator('[data-prerendered="fr"] .browse-timeline').textContent()).resolves.toContain('JavaScript');
    // Styled by the inline CSS, which the page's CSP allows by its hash: cards in the normal flow.
    const card = page.locator('.chrono-card').first();
    await expect(card.evaluate((element) => getComputedStyle(element).borderLeftWidth)).resolves.toBe('5px');
    await expect(
      page
        .locator('.chrono-row')
        .nth(1)
        .evaluate((row) => row.getBoundingClientRect().top),
    ).resolves.toBeGreaterThan(await card.evaluate((element) => element.getBoundingClientRect().bottom));
    await context.close();
  });

  it('links each event to its own view and offers the English version', async () => {
    const { page, context } = await openPage(browser, '/', { javaScriptEnabled: false });
    await expect(page.locator('[data-prerendered="fr"] .chrono-title a').first().getAttribute('href')).resolves.toBe(
      `/?event=${store.events[0]!.id}`,
    );
    await expect(
      page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' }).getAttribute('href'),
    ).resolves.toBe('/?lang=en');
    await context.close();
  });

  // axe needs JavaScript itself: the page's own scripts are blocked instead, which leaves the page
  // as it is before any of them runs.
  it.each([
    ['a desktop', viewports.desktop],
    ['a phone', viewports.phone],
  ])('has no axe violation before the app runs, on %s', async (_name, viewport) => {
    const context = await browser.newContext({ viewport, locale: 'fr-FR', serviceWorkers: 'block' });
    await context.route(/\.js$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(appUrl('/'));
    await expect(page.locator('[data-prerendered="fr"] .chrono-row').count()).resolves.toBe(store.events.length);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the English pre-render', () => {
  // Only the app's own scripts are blocked: the page's language script (not a module) still runs,
  // so this is the page as an English reader sees it before the app.
  it.each([
    ['an English browser', '/', 'en-GB'],
    ['?lang=en in a French browser', '/?lang=en', 'fr-FR'],
  ])('is the one shown to %s before any of the app runs, with no axe violation', async (_name, path, locale) => {
    const context = await browser.newContext({ viewport: viewports.phone, locale, serviceWorkers: 'block' });
    await context.route(/\/assets\/.*\.js$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(appUrl(path));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(store.title.en);
    await expect(page.locator('[data-prerendered="en"] .chrono-title').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-prerendered="fr"]').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('figure', { name: /^Timeline \(preview/ }).isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('stays until the app shows the same English view, which never shows French meanwhile', async () => {
    const context = await browser.newContext({ viewport: viewports.desktop, locale: 'en-GB', serviceWorkers: 'block' });
    await context.addInitScript(watchForLoadingMessage);
    const page = await context.newPage();
    await page.goto(appUrl('/'));
    await appReady(page);
    await expect(page.evaluate(() => (window as unknown as { seen: { loading: boolean } }).seen.loading)).resolves.toBe(false);
    await expect(page.locator('.site-header h1').textContent()).resolves.toBe(store.title.en);
    await expect(page.locator('[data-prerendered]').count()).resolves.toBe(0);
    await context.close();
  });
});

describe('the app taking over the pre-rendered chronology', () => {
  it('replaces it in the default view without a loading message in between, leaving one copy', async () => {
    const context = await browser.newContext({ viewport: viewports.desktop, locale: 'fr-FR' });
    await context.addInitScript(watchForLoadingMessage);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(appUrl('/'));
    await appReady(page);
    await expect(page.evaluate(() => (window as unknown as { seen: { loading: boolean } }).seen.loading)).resolves.toBe(false);
    await expect(page.locator('[data-prerendered]').count()).resolves.toBe(0);
    await expect(page.locator('.site-header h1').count()).resolves.toBe(1);
    await expect(page.locator('main').count()).resolves.toBe(1);
    await expect(page.locator('.skip-link').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fetches the store and the first view’s chunks once, asked for as soon as the page has painted on a slow link', async () => {
    for (const slow of [true, false]) {
      const context = await browser.newContext({ viewport: viewports.desktop, locale: 'fr-FR', serviceWorkers: 'block' });
      const page = await context.newPage();
      if (slow) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 150,
          downloadThroughput: 200_000,
          uploadThroughput: 200_000,
        });
      }
      const requested: string[] = [];
      const warnings: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      page.on('console', (message) => {
        if (/preload/i.test(message.text())) warnings.push(message.text());
      });
      await page.goto(appUrl('/'));
      await page.locator('.tl-region[data-ready="true"]').waitFor({ timeout: 30_000 });
      const preloaded = await page
        .locator('link[data-first-view]')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
      // On slow 4G the entry chunk is still on its way when the page paints: the preloads go first.
      // On a fast load the app may start before, and asks for them itself.
      if (slow) {
        expect(preloaded).toContain('/data/store.json');
        expect(preloaded.some((path) => /\/TimelineView-[\w-]+\.js$/.test(path))).toBe(true);
      }
      const timelineChunk = requested.find((path) => /\/TimelineView-[\w-]+\.js$/.test(path));
      for (const path of new Set([...preloaded, '/data/store.json', timelineChunk]))
        expect(
          requested.filter((candidate) => candidate === path),
          `${path} (${slow ? 'slow' : 'fast'} link)`,
        ).toHaveLength(1);
      expect(warnings).toEqual([]);
      await context.close();
    }
  });

  it('keeps it on screen while the store is slow, then hands over to the app', async () => {
    const slow = await browser.newContext({ viewport: viewports.desktop, locale: 'fr-FR', serviceWorkers: 'block' });
    await slow.addInitScript(watchForLoadingMessage);
    await slow.route('**/data/store.json', async (route) => {
      await new Promise((done) => setTimeout(done, 2000));
      await route.continue();
    });
    const slowPage = await slow.newPage();
    const errors: string[] = [];
    slowPage.on('pageerror', (error) => errors.push(error.message));
    await slowPage.goto(appUrl('/'), { waitUntil: 'domcontentloaded' });
    await slowPage.waitForTimeout(1000);
    await expect(slowPage.locator('[data-prerendered="fr"] .chrono-title').count()).resolves.toBe(store.events.length);
    await appReady(slowPage);
    await expect(slowPage.evaluate(() => (window as unknown as { seen: { loading: boolean } }).seen.loading)).resolves.toBe(false);
    expect(errors).toEqual([]);
    await slow.close();
  });

  it.each([
    ['?lang=en', async (page: Page) => expect(page.locator('.site-header h1').textContent()).resolves.toBe(store.title.en)],
    ['?q=madrid', async (page: Page) => expect(page.getByRole('searchbox').inputValue()).resolves.toBe('madrid')],
    [
      `?event=${store.events[1]!.id}`,
      async (page: Page) => expect(page.locator('[role="feed"] [aria-current="true"]').count()).resolves.toBe(1),
    ],
  ])('shows the view of %s, never leaving the pre-rendered one', async (search, check) => {
    const { page, context, errors } = await openPage(browser, `/${search}`);
    await appReady(page);
    await check(page);
    await expect(page.locator('[data-prerendered]').count()).resolves.toBe(0);
    await expect(page.locator('.site-header h1').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows English to an English browser without ?lang', async () => {
    const { page, context } = await openPage(browser, '/', { locale: 'en-GB' });
    await appReady(page);
    await expect(page.locator('.site-header h1').textContent()).resolves.toBe(store.title.en);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await context.close();
  });

  it('replaces it with the error page when ?data= is refused', async () => {
    const { page, context } = await openPage(browser, '/?data=https://elsewhere.example/store.json');
    await page.locator('[role="alert"], .load-error').first().waitFor();
    await expect(page.locator('[data-prerendered]').count()).resolves.toBe(0);
    await expect(page.locator('main').count()).resolves.toBe(1);
    await context.close();
  });
});
