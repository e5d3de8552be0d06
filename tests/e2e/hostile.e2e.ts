/**
 * Hostile input in real Chromium: every store of the corpus (tests/fixtures/hostile/corpus.ts) is
 * served from dist/hostile/ and loaded through ?data=. Whatever it holds: no payload runs (the
 * sentinel global stays unset, no dialog), no uncaught error, no CSP violation, never a blank page:
 * either the chronology (with a notice for what was left out) or an error page that says why.
 * Then network faults: failures, offline, slow answers, and recovery.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/schema';
import { hostileCorpus, SENTINEL, writeCorpus, type HostileCase } from '../fixtures/hostile/corpus';
import { readBuiltStore } from '../helpers/built-store';
import { appUrl, saveScreenshot, viewports } from './support/browser';
import { browser, withBrowser } from './support/session';

withBrowser();

// The folder the preview serves (dist/ unless a run serves another build).
const hostileDir = resolve(process.env.E2E_DIST_DIR ?? resolve(import.meta.dirname, '../../dist'), 'hostile');
const cases = hostileCorpus(readBuiltStore() as Store);

beforeAll(async () => {
  writeCorpus(cases, hostileDir);
});
afterAll(async () => {
  rmSync(hostileDir, { recursive: true, force: true });
});

interface Watched {
  page: Page;
  context: BrowserContext;
  problems: string[];
}

/** A page that records everything a payload or a crash would leave behind. */
async function watchedPage(options: { viewport?: { width: number; height: number }; allowConsole?: RegExp } = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: options.viewport ?? viewports.desktop, locale: 'fr-FR', serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems: string[] = [];
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !options.allowConsole?.test(text)) problems.push(`console: ${text.slice(0, 300)}`);
    if (message.type() === 'warning' && text.includes('A feature failed')) problems.push(`feature failed: ${text.slice(0, 300)}`);
  });
  return { page, context, problems };
}

/** What waits until every script the page has asked for so far has arrived (or failed). */
function scriptsFinished(page: Page): () => Promise<void> {
  const pending = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().endsWith('.js')) pending.add(request.url());
  });
  const settled = (request: { url: () => string }) => pending.delete(request.url());
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  return async () => {
    const deadline = Date.now() + 15_000;
    while (pending.size > 0 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 20));
  };
}

/** Waits until the page has settled: a heading, the store loaded or refused, the timeline's code in. */
async function settle(page: Page) {
  await page.waitForFunction(
    () =>
      document.querySelector('h1') !== null &&
      !document.querySelector('[data-store-state]') &&
      !document.querySelector('.timeline-loading'),
    null,
    { timeout: 45_000 },
  );
  // Give an injected onerror/onload a chance to fire.
  await page.waitForTimeout(300);
}

async function leftovers(page: Page) {
  return page.evaluate((sentinel) => {
    const root = document.getElementById('root')!;
    const handlers = [...document.querySelectorAll('*')].filter((element) =>
      [...element.attributes].some((attribute) => /^on/i.test(attribute.name)),
    );
    const dangerous = root.querySelectorAll(
      'script, iframe, object, embed, img, form, meta, base, link, style, math, details[open][ontoggle]',
    );
    const links = [...document.querySelectorAll('a[href]')]
      .map((link) => link.getAttribute('href')!)
      .filter((href) => !/^(https?:|\/|\?|#)/i.test(href));
    return {
      sentinel: (window as unknown as Record<string, unknown>)[sentinel],
      csp: (window as unknown as { __cspViolations: string[] }).__cspViolations,
      text: root.innerText.trim().length,
      handlers: handlers.map((element) => element.outerHTML.slice(0, 120)),
      dangerous: [...dangerous].map((element) => element.outerHTML.slice(0, 120)),
      links,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      error: document.querySelector('[data-load-error]')?.getAttribute('data-load-error') ?? null,
      invalid: Number(document.querySelector('[data-invalid-events]')?.getAttribute('data-invalid-events') ?? 0),
    };
  }, SENTINEL);
}

function target(hostile: HostileCase) {
  return hostile.url ?? `/?data=/hostile/${hostile.name}.json${hostile.extra ?? ''}`;
}

describe('hostile stores and URLs', () => {
  it('the corpus has at least 50 stores', () => {
    expect(cases.filter((hostile) => hostile.body !== undefined).length).toBeGreaterThanOrEqual(50);
  });

  it.each(cases.map((hostile) => [hostile.name, hostile] as const))(
    '%s: nothing runs, nothing crashes, never blank',
    async (_, hostile) => {
      const { page, context, problems } = await watchedPage({
        allowConsole: hostile.name === 'url-data-missing-file' ? /404/ : undefined,
      });
      try {
        await page.goto(appUrl(target(hostile)));
        await settle(page);
        const found = await leftovers(page);
        expect(problems, hostile.name).toEqual([]);
        expect(found.sentinel, hostile.name).toBeUndefined();
        expect(found.csp, hostile.name).toEqual([]);
        expect(found.text, `${hostile.name}: the page shows text`).toBeGreaterThan(0);
        expect(found.handlers, hostile.name).toEqual([]);
        expect(found.dangerous, hostile.name).toEqual([]);
        expect(found.links, hostile.name).toEqual([]);
        expect(found.overflow, `${hostile.name}: no horizontal overflow`).toBeLessThanOrEqual(0);
        if (hostile.expect === 'error') {
          expect(found.error, `${hostile.name}: an error page`).not.toBeNull();
          await expect(
            page
              .getByRole('button', { name: 'Réessayer' })
              .or(page.getByRole('link', { name: 'Ouvrir la chronologie intégrée' }))
              .count(),
          ).resolves.toBe(1);
        } else {
          expect(found.error, `${hostile.name}: the chronology, not an error page`).toBeNull();
        }
      } catch (error) {
        await saveScreenshot(page, `hostile-${hostile.name}`);
        throw error;
      } finally {
        await context.close();
      }
    },
  );

  it('shows "N events could not be shown" with the reasons on demand', async () => {
    const { page, context, problems } = await watchedPage();
    await page.goto(appUrl('/?data=/hostile/impossible-dates.json'));
    await settle(page);
    const notice = page.locator('[data-invalid-events]');
    await expect(notice.textContent()).resolves.toContain('8 événements n’ont pas pu être affichés.');
    await notice.getByText('Voir pourquoi').click();
    await expect(notice.textContent()).resolves.toContain('ce jour n’existe pas au calendrier');
    await expect(notice.textContent()).resolves.toContain('la fin précède le début');
    await saveScreenshot(page, 'hostile-invalid-events-notice');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a javascript: source as text with a notice, never as a link', async () => {
    const { page, context, problems } = await watchedPage();
    const store = readBuiltStore();
    const withSources = store.events.find((event) => event.corroboration.length > 0) ?? store.events[0]!;
    await page.goto(appUrl(`/?data=/hostile/xss-source-urls.json&event=${withSources.id}`));
    await settle(page);
    await expect(page.locator('[data-dropped-parts]').getAttribute('data-dropped-parts')).resolves.not.toBe('0');
    await expect(page.locator('a[href^="javascript" i], a[href^="data" i], a[href^="vbscript" i]').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an error page at 390 px: readable, no horizontal overflow', async () => {
    const { page, context, problems } = await watchedPage({ viewport: viewports.phone });
    await page.goto(appUrl(`/?data=${encodeURIComponent('https://evil.example/' + 'a'.repeat(400) + '.json')}`));
    await settle(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('n’est pas autorisée');
    expect((await leftovers(page)).overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'hostile-data-not-allowed-phone');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('network faults', () => {
  const storeUrl = '**/data/store.json';

  it('retries a failing store with backoff, then shows a clear message and a retry button that recovers', async () => {
    const { page, context, problems } = await watchedPage({ allowConsole: /Failed to load resource|ERR_FAILED|500/ });
    let attempts = 0;
    await page.route(storeUrl, (route) => {
      attempts += 1;
      return route.fulfill({ status: 500, body: 'down' });
    });
    await page.goto(appUrl('/'));
    await page.locator('[data-load-error="http"]').waitFor({ timeout: 30_000 });
    expect(attempts).toBe(4);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('HTTP 500');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('/data/store.json');
    await saveScreenshot(page, 'hostile-store-500');
    await page.unroute(storeUrl);
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await page.getByRole('heading', { level: 1, name: /Rutte/ }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('does not retry a 404, and says the file was not found', async () => {
    const { page, context, problems } = await watchedPage({ allowConsole: /404/ });
    let attempts = 0;
    await page.route(storeUrl, (route) => {
      attempts += 1;
      return route.fulfill({ status: 404, body: 'missing' });
    });
    await page.goto(appUrl('/'));
    await page.locator('[data-load-error="http"]').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('introuvable');
    expect(attempts).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a truncated body is reported as an incomplete file', async () => {
    const { page, context, problems } = await watchedPage();
    await page.route(storeUrl, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(readBuiltStore()).slice(0, 10_000) }),
    );
    await page.goto(appUrl('/'));
    await page.locator('[data-load-error="json"]').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('offline while loading: says so, and loads by itself when the network returns', async () => {
    const { page, context, problems } = await watchedPage({ allowConsole: /ERR_INTERNET_DISCONNECTED|Failed to load resource/ });
    // The network drops once the page's code has arrived and while the store is on its way. (The
    // store is preloaded alongside the code: dropping it at its first request would sometimes cut
    // the code too, and a page without its code can only keep showing its pre-rendered chronology.)
    const codeArrived = scriptsFinished(page);
    await page.route(storeUrl, async (route) => {
      await codeArrived();
      await context.setOffline(true);
      await route.abort('internetdisconnected');
    });
    await page.goto(appUrl('/?lang=en'));
    await page.locator('[data-store-state="offline"]').waitFor({ timeout: 30_000 });
    await expect(page.getByRole('status').textContent()).resolves.toContain('You are offline');
    await page.unroute(storeUrl);
    await context.setOffline(false);
    await page.getByRole('heading', { level: 1, name: /Rutte/ }).waitFor({ timeout: 30_000 });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a network failure while online recovers when the network returns, without a click', async () => {
    const { page, context, problems } = await watchedPage({ allowConsole: /Failed to load resource|ERR_FAILED|ERR_INTERNET_DISCONNECTED/ });
    await page.route(storeUrl, (route) => route.abort('internetdisconnected'));
    await page.goto(appUrl('/'));
    await page.locator('[data-load-error="network"]').waitFor({ timeout: 30_000 });
    await page.unroute(storeUrl);
    await context.setOffline(true);
    await context.setOffline(false);
    await page.getByRole('heading', { level: 1, name: /Rutte/ }).waitFor({ timeout: 30_000 });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a very slow store shows the loading message, then the chronology', async () => {
    const { page, context, problems } = await watchedPage();
    await page.route(storeUrl, async (route) => {
      await new Promise((done) => setTimeout(done, 3000));
      await route.continue();
    });
    // Not the default view (in either language): that one keeps its pre-rendered chronology
    // meanwhile (first-paint.e2e.ts).
    await page.goto(appUrl('/?lang=en&q=otan'));
    await page.locator('[data-store-state="loading"]').waitFor();
    await page.getByRole('heading', { level: 1, name: /Rutte/ }).waitFor({ timeout: 30_000 });
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the Content-Security-Policy of the built page', () => {
  it('is strict, and the timeline, the list, the panel and the reader work under it', async () => {
    const { page, context, problems } = await watchedPage();
    const store = readBuiltStore();
    const event = store.events[0]!;
    await page.goto(appUrl(`/?event=${event.id}`));
    await settle(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    await page.locator('.vis-timeline').waitFor();
    await page
      .getByRole('button', { name: /Zoom avant/ })
      .first()
      .click()
      .catch(() => undefined);
    await page.goto(appUrl(`/?article=${event.evidence[0]!.article}&passage=${event.evidence[0]!.start}-${event.evidence[0]!.end}`));
    await settle(page);
    const found = await leftovers(page);
    expect(found.csp).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
