/**
 * Made to be shared, in real Chromium on the built site: an event's own page carries its card
 * (Open Graph, Twitter, the image) for crawlers, which run no script, and takes a reader straight
 * to the app at that event; the app's page carries its JSON-LD without a CSP violation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, axeViolations, openPage, saveScreenshot } from './support/browser';
import { browser, store, withBrowser } from './support/session';
import { pngSize } from '../helpers/png-size';

withBrowser();

const metaContent = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');

describe("an event's page", () => {
  it('gives a crawler (no JavaScript) the event’s own card: Open Graph and Twitter tags and a 1200×630 image', async () => {
    const event = store.events.find((candidate) => candidate.date.from === 'weekday') ?? store.events[0]!;
    const { page, context, errors, thirdParty } = await openPage(browser, `/e/${event.id}/en/`, { javaScriptEnabled: false });
    expect(new URL(page.url()).pathname).toBe(`/e/${event.id}/en/`);
    expect(await metaContent(page, 'og:title')).toContain(event.title.en);
    expect(await metaContent(page, 'og:description')).toBe(event.summary.en);
    expect(await metaContent(page, 'og:type')).toBe('article');
    expect(await metaContent(page, 'og:locale')).toBe('en_GB');
    expect(await metaContent(page, 'og:url')).toBe(`/e/${event.id}/en/`);
    expect(await metaContent(page, 'twitter:card')).toBe('summary_large_image');
    const image = await metaContent(page, 'og:image');
    expect(image).toBe(`/cards/en/${event.id}.png`);
    expect(await metaContent(page, 'twitter:image')).toBe(image);
    expect(await metaContent(page, 'og:image:alt')).toContain(event.title.en);

    const response = await context.request.get(appUrl(image!));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });

    // What a reader without JavaScript sees: the event, and a link into the app at it.
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(event.title.en);
    const link = page.getByRole('link', { name: 'Open this event in the timeline' });
    expect(await link.getAttribute('href')).toBe(`/?event=${event.id}&lang=en`);
    expect(await page.locator('link[rel="alternate"][hreflang="fr"]').getAttribute('href')).toBe(`/e/${event.id}/`);
    expect(errors).toEqual([]);
    expect(thirdParty).toEqual([]);
    await context.close();
  });

  it('passes axe, in French, as a reader without JavaScript reads it', async () => {
    const event = store.events[0]!;
    const { page, context } = await openPage(browser, `/e/${event.id}/`, { javaScriptEnabled: false });
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await saveScreenshot(page, 'event-page-no-script');
    await context.close();
    // axe runs as a script: the same page with JavaScript, held before it leaves for the app.
    const held = await browser.newContext({ locale: 'fr-FR' });
    const heldPage = await held.newPage();
    await heldPage.route('**/open-app.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
    await heldPage.goto(appUrl(`/e/${event.id}/`));
    expect(await axeViolations(heldPage)).toEqual([]);
    await held.close();
  });

  it('opens the app at that event, in the page’s language, for a reader with JavaScript', async () => {
    const event = store.events.at(-1)!;
    const { page, context, errors } = await openPage(browser, `/e/${event.id}/en/`);
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('event') === event.id);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    const panel = page.locator('aside.event-detail');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).first().textContent()).toBe(event.title.en);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the French app from the French page, and the English collection from /en/', async () => {
    const event = store.events[0]!;
    const { page, context } = await openPage(browser, `/e/${event.id}/`);
    await page.waitForURL((url) => url.searchParams.get('event') === event.id && url.searchParams.get('lang') === 'fr');
    await page.goto(appUrl('/en/'));
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('lang') === 'en');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });
});

describe("the app's page", () => {
  it('carries its JSON-LD and its card, and Chromium reports no CSP violation', async () => {
    const { page, context, errors, thirdParty } = await openPage(browser, '/');
    const violations = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
          // Past the load and the app's first render: any violation of the page so far has been reported to the console too.
          setTimeout(() => resolve(seen), 1500);
        }),
    );
    expect(violations).toEqual([]);
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    const graph = JSON.parse(jsonLd!);
    expect(graph['@graph'][0].mainEntity.itemListElement).toHaveLength(store.events.length);
    expect(await metaContent(page, 'og:image')).toBe('/cards/fr.png');
    expect(await metaContent(page, 'og:title')).toContain(store.title.fr);
    expect(await page.title()).toContain(store.title.fr);
    expect(errors.filter((error) => /Content Security Policy|Refused to/i.test(error))).toEqual([]);
    expect(errors).toEqual([]);
    expect(thirdParty).toEqual([]);
    await context.close();
  });
});
