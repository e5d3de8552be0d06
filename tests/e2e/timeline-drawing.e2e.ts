import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, axeViolations, launchChromium, viewports } from './support/browser';

const store = JSON.parse(readFileSync(new URL('../../public/data/store.json', import.meta.url), 'utf8')) as {
  events: { title: { fr: string; en: string } }[];
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Sums the layout shifts (not caused by input) from the first byte of the page. */
const watchLayoutShifts = () => {
  const shifts = { total: 0, moved: [] as string[] };
  (window as unknown as { shifts: typeof shifts }).shifts = shifts;
  type Shift = PerformanceEntry & {
    value: number;
    hadRecentInput: boolean;
    sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Shift[]) {
      if (entry.hadRecentInput) continue;
      shifts.total += entry.value;
      for (const { node, previousRect, currentRect } of entry.sources)
        shifts.moved.push(`${node instanceof Element ? node.className : String(node?.nodeName)} y ${previousRect.y}→${currentRect.y}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/** Holds the timeline's chunk (vis-timeline) until `release()`. */
async function holdTimelineChunk(context: BrowserContext) {
  const held: Route[] = [];
  let released = false;
  await context.route(/\/assets\/TimelineView-[\w-]+\.js$/, async (route) => {
    if (released) await route.continue();
    else held.push(route);
  });
  return {
    release: async () => {
      released = true;
      await Promise.all(held.map((route) => route.continue()));
    },
  };
}

const titles = (language: 'fr' | 'en') => store.events.map((event) => event.title[language]).sort();

describe('the timeline drawn before vis-timeline', () => {
  it.each([
    ['a desktop', viewports.desktop],
    ['a phone', viewports.phone],
  ])('is in the HTML, readable without JavaScript, on %s', async (_name, viewport) => {
    const context = await browser.newContext({ viewport, locale: 'fr-FR', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(appUrl('/'));
    const drawing = page.getByRole('figure', { name: /^Frise chronologique \(aperçu/ });
    await expect(drawing.count()).resolves.toBe(1);
    await expect(drawing.isVisible()).resolves.toBe(true);
    // Every event of the default window, at its place, labelled with its title.
    const labels = drawing.locator('.tl-drawing-title');
    await expect(labels.allTextContents().then((texts) => texts.sort())).resolves.toEqual(titles('fr'));
    const first = await labels.first().boundingBox();
    const box = await drawing.boundingBox();
    expect(first!.x).toBeGreaterThan(box!.x);
    await expect(page.locator('.vis-timeline').count()).resolves.toBe(0);
    await context.close();
  });

  it('stays while the timeline chunk is held (labelled, no axe violation), then vis-timeline replaces it in place', async () => {
    const context = await browser.newContext({ viewport: viewports.desktop, locale: 'fr-FR', serviceWorkers: 'block' });
    await context.addInitScript(watchLayoutShifts);
    const chunk = await holdTimelineChunk(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(appUrl('/'));
    // The app has taken over the list (its search box is there), the timeline is still its drawing.
    await page.getByRole('searchbox').waitFor();
    const drawing = page.getByRole('figure', { name: /^Frise chronologique \(aperçu/ });
    await expect(drawing.isVisible()).resolves.toBe(true);
    await expect(page.locator('.vis-timeline').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    const before = await page.locator('.tl-drawing-lane').first().boundingBox();
    // The reader is on the list (without scrolling it, which would ask the timeline for another
    // window than the drawn one): focus and scroll must survive the handover.
    const link = page.locator('[role="feed"] article a').first();
    await link.focus();
    const scroll = await page.locator('.chrono-scroll').evaluate((element) => element.scrollTop);

    // From here on, only what the handover moves counts.
    await page.evaluate(() => {
      const shifts = (window as unknown as { shifts: { total: number; moved: string[] } }).shifts;
      shifts.total = 0;
      shifts.moved = [];
    });
    await chunk.release();
    await page.locator('.tl-region[data-ready="true"] .vis-timeline .vis-item').first().waitFor();
    await expect.poll(() => page.locator('.tl-drawing').count()).toBe(0);
    const lane = await page.locator('.vis-timeline .vis-foreground .vis-group').first().boundingBox();
    expect(Math.abs(lane!.y - before!.y)).toBeLessThan(8);
    await page.waitForTimeout(500);
    const shift = await page.evaluate(() => (window as unknown as { shifts: { total: number; moved: string[] } }).shifts);
    expect(shift.total, `moved: ${shift.moved.join(', ')}`).toBeLessThanOrEqual(0.02);
    await expect(link.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(page.locator('.chrono-scroll').evaluate((element) => element.scrollTop)).resolves.toBe(scroll);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is drawn in English for an English reader while the chunk loads', async () => {
    const context = await browser.newContext({ viewport: viewports.desktop, locale: 'en-GB', serviceWorkers: 'block' });
    const chunk = await holdTimelineChunk(context);
    const page = await context.newPage();
    await page.goto(appUrl('/'));
    const drawing = page.getByRole('figure', { name: /^Timeline \(preview/ });
    await drawing.waitFor();
    await expect(drawing.locator('.tl-drawing-lane-label').first().textContent()).resolves.toMatch(/\w/);
    const labels = await drawing.locator('.tl-drawing-title').allTextContents();
    expect(labels.sort()).toEqual(titles('en'));
    await chunk.release();
    await page.locator('.tl-region[data-ready="true"]').waitFor();
    await context.close();
  });
});
