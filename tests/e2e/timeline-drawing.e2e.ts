import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, axeViolations, launchChromium, viewports } from './support/browser';

const store = JSON.parse(readFileSync(new URL('../../public/data/store.json', import.meta.url), 'utf8')) as {
  events: { id: string; short: { fr: string; en: string } }[];
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

/** Each shown label of the timeline, drawn or live: its text and its frame's place on the page. */
async function shownLabels(page: Page, live: boolean) {
  return page.evaluate((live) => {
    const frames = live
      ? [...document.querySelectorAll('.tl-region .vis-item:not(.vis-dot)')]
          .filter((item) => getComputedStyle(item).visibility !== 'hidden' && !item.querySelector('.tl-event[inert]'))
          .map((item) => ({
            id: item.querySelector('[data-event-id]')?.getAttribute('data-event-id'),
            frame: item.querySelector('.vis-item-content')!,
          }))
      : [...document.querySelectorAll('.tl-drawing-item')]
          .filter((item) => item.closest('.tl-drawing')!.getBoundingClientRect().width > 0)
          .map((item) => ({
            id: item.getAttribute('data-event-ref'),
            frame: item.querySelector('.tl-drawing-label')!,
          }));
    const panels = [...document.querySelectorAll(live ? '.vis-panel.vis-center' : '.tl-drawing-items')].map((element) =>
      element.getBoundingClientRect(),
    );
    const panel = panels.find((rect) => rect.width > 0)!;
    return frames
      .map(({ id, frame }) => {
        const box = frame.getBoundingClientRect();
        return {
          id: id ?? '',
          text: frame.querySelector('.tl-event-title, .tl-drawing-title')?.textContent ?? '',
          x: box.x,
          y: box.y,
          right: box.right,
        };
      })
      .filter((label) => label.right > panel.left && label.x < panel.right)
      .sort((a, b) => a.id.localeCompare(b.id));
  }, live);
}

const short = (id: string, language: 'fr' | 'en') => store.events.find((event) => event.id === id)!.short[language];

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
    // The events of the first window, by their short labels, whole (no ellipsis, not cut).
    const labels = await shownLabels(page, false);
    expect(labels.length).toBeGreaterThanOrEqual(5);
    for (const label of labels) expect(label.text).toBe(short(label.id, 'fr'));
    const cut = await drawing
      .locator('.tl-drawing-title')
      .evaluateAll((titles) => titles.filter((title) => title.scrollWidth > title.clientWidth + 1).length);
    expect(cut).toBe(0);
    await expect(page.locator('.vis-timeline').count()).resolves.toBe(0);
    await context.close();
  });

  // The drawing and the live timeline, measured in Chromium: the same labels at the same places,
  // at the sizes the design is judged at, in both languages; then the handover moves nothing.
  it.each([
    ['1440×900', 'fr', { width: 1440, height: 900 }, 'fr-FR'],
    ['1440×900', 'en', { width: 1440, height: 900 }, 'en-GB'],
    ['390×844', 'fr', { width: 390, height: 844 }, 'fr-FR'],
    ['390×844', 'en', { width: 390, height: 844 }, 'en-GB'],
  ] as const)(
    'at %s in %s: vis-timeline shows what was drawn, where it was drawn, with no layout shift',
    async (_size, language, viewport, locale) => {
      const context = await browser.newContext({ viewport, locale, serviceWorkers: 'block' });
      await context.addInitScript(watchLayoutShifts);
      const chunk = await holdTimelineChunk(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(appUrl('/'));
      // The app has taken over the list (its search box is there), the timeline is still its drawing.
      await page.getByRole('searchbox').waitFor();
      const drawing = page.getByRole('figure', { name: language === 'fr' ? /^Frise chronologique \(aperçu/ : /^Timeline \(preview/ });
      await expect(drawing.isVisible()).resolves.toBe(true);
      await expect(page.locator('.vis-timeline').count()).resolves.toBe(0);
      const drawn = await shownLabels(page, false);
      const earlier = await page.locator('.tl-drawing-toolbar .tl-beyond').textContent();
      // The reader is on the list: focus and scroll must survive the handover.
      const link = page.locator('[role="feed"] article a').first();
      await link.focus();
      const scroller = viewport.width < 760 ? 'html' : '.chrono-scroll';
      const scroll = await page.locator(scroller).evaluate((element) => element.scrollTop);
      await page.evaluate(() => {
        const shifts = (window as unknown as { shifts: { total: number; moved: string[] } }).shifts;
        shifts.total = 0;
        shifts.moved = [];
      });
      await chunk.release();
      await page.locator('.tl-region[data-ready="true"] .vis-timeline .vis-item').first().waitFor({ state: 'attached' });
      await expect.poll(() => page.locator('.tl-drawing').count()).toBe(0);
      const live = await shownLabels(page, true);
      expect(live.map((label) => label.text)).toEqual(drawn.map((label) => label.text));
      for (const [index, label] of live.entries()) {
        expect(Math.abs(label.x - drawn[index]!.x), `${label.id} x`).toBeLessThan(2);
        expect(Math.abs(label.y - drawn[index]!.y), `${label.id} y`).toBeLessThan(2);
      }
      await expect(page.locator('.tl-toolbar .tl-beyond').textContent()).resolves.toBe(earlier);
      await page.waitForTimeout(500);
      const shift = await page.evaluate(() => (window as unknown as { shifts: { total: number; moved: string[] } }).shifts);
      expect(shift.total, `moved: ${shift.moved.join(', ')}`).toBeLessThanOrEqual(0.02);
      await expect(link.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
      await expect(page.locator(scroller).evaluate((element) => element.scrollTop)).resolves.toBe(scroll);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  // Chrome paints a long page before it has parsed all of it (here, on a slow phone's CPU): a
  // drawing that came after the list in the markup pushed the painted list down (a shift of ~0.4).
  it('on a slow phone, paints the drawing above the list from the first frame: the list never moves down', async () => {
    const context = await browser.newContext({ viewport: viewports.phone, locale: 'fr-FR', serviceWorkers: 'block' });
    await context.addInitScript(watchLayoutShifts);
    await holdTimelineChunk(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await page.goto(appUrl('/'));
    await page.getByRole('searchbox').waitFor();
    await page.waitForTimeout(300);
    const shift = await page.evaluate(() => (window as unknown as { shifts: { total: number; moved: string[] } }).shifts);
    expect(shift.total, `moved: ${shift.moved.join(', ')}`).toBeLessThanOrEqual(0.02);
    await context.close();
  });

  it('has no axe violation while the chunk is held', async () => {
    const context = await browser.newContext({ viewport: viewports.desktop, locale: 'en-GB', serviceWorkers: 'block' });
    const chunk = await holdTimelineChunk(context);
    const page = await context.newPage();
    await page.goto(appUrl('/'));
    await page.getByRole('figure', { name: /^Timeline \(preview/ }).waitFor();
    await page.getByRole('searchbox').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await chunk.release();
    await page.locator('.tl-region[data-ready="true"]').waitFor();
    await context.close();
  });
});
