/**
 * The chronology for readers in real Chromium: list, search, filters, languages, URL state, themes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, axeViolations, openPage, saveScreenshot, viewports } from './support/browser';
import { browser, store, withBrowser } from './support/session';

withBrowser();

const feed = (page: Page) => page.getByRole('feed');
const listedIds = (page: Page) =>
  page.locator('[data-chronology-event]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-chronology-event')!));
const timelineIds = (page: Page) =>
  page.locator('.vis-timeline [data-event-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id')!));
const dimmedIds = (page: Page) =>
  page
    .locator('.vis-timeline [data-event-id]')
    .evaluateAll((items) =>
      items.filter((item) => item.closest('.vis-item')?.classList.contains('tl-dimmed')).map((item) => item.getAttribute('data-event-id')!),
    );

async function ready(page: Page) {
  await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
  await feed(page).waitFor();
}

/** Opens the filter panel (closed by default) and every long facet's full list of options. */
async function openFilters(page: Page) {
  const summary = page.locator('summary.filters-summary');
  if (!(await summary.evaluate((element) => (element.parentElement as HTMLDetailsElement).open))) await summary.click();
  const more = page.locator('section.filters button[aria-expanded="false"]');
  for (let i = 0; i < 10 && (await more.count()) > 0; i++) await more.first().click();
}

async function search(page: Page, text: string) {
  await page.getByRole('searchbox').fill(text);
  await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, text);
  // The search worker's answer: until it comes the status says so and gives no count.
  await page.locator('.search-box-count[data-result-count]').waitFor();
}

describe('search', () => {
  it.each([
    ['sentinelle', 'sentinelle-arctique'],
    ['elysee', 'macron-recoit-rutte-elysee'],
    ['ARCTIC SENTRY', 'sentinelle-arctique'],
  ])('"%s" finds %s, highlighted, and dims the others on the timeline', async (text, id) => {
    const { page, context, errors } = await openPage(browser);
    await ready(page);
    await search(page, text);
    const ids = await listedIds(page);
    expect(ids).toContain(id);
    expect(ids.length).toBeLessThan(store.events.length);
    expect(await page.locator(`[data-chronology-event="${id}"] mark`).count()).toBeGreaterThan(0);
    const dimmed = await dimmedIds(page);
    expect(dimmed).not.toContain(id);
    expect(dimmed.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"l\'OTAN" with a straight apostrophe finds text written with ’', async () => {
    const { page, context } = await openPage(browser);
    await ready(page);
    await search(page, "l'OTAN");
    const ids = await listedIds(page);
    expect(ids.length).toBeGreaterThan(0);
    const marks = await page.locator('[data-chronology-event] mark').allTextContents();
    expect(marks.some((mark) => mark.includes('’'))).toBe(true);
    await context.close();
  });

  it('"kiev" finds events written Kyiv', async () => {
    const { page, context } = await openPage(browser);
    await ready(page);
    await search(page, 'kiev');
    expect(await listedIds(page)).toContain('rutte-premiere-visite-kyiv');
    await context.close();
  });

  it('lays the answer out once: a kept row that gains its month heading does not move the rows below a frame later', async () => {
    const { page, context } = await openPage(browser);
    await ready(page);
    // Typed in the page, to watch every frame from the keystroke on.
    const seen = await page.evaluate(async (query) => {
      const rows = () => [...document.querySelectorAll<HTMLElement>('[data-chronology-event]')];
      const layout = () => new Map(rows().map((row) => [row.dataset.chronologyEvent!, row.style.transform]));
      const withHeading = (row: HTMLElement) => row.querySelector(':scope > .chrono-month') !== null;
      const headedBefore = new Map(rows().map((row) => [row.dataset.chronologyEvent!, withHeading(row)]));
      const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, query);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const counted = () => document.querySelector('.search-box-count[data-result-count]') !== null;
      for (let waited = 0; !counted() && waited < 600; waited += 1) await frame();
      const answered = layout();
      const gained = rows()
        .filter((row) => withHeading(row) && headedBefore.get(row.dataset.chronologyEvent!) === false)
        .map((row) => row.dataset.chronologyEvent!);
      const moved: string[] = [];
      for (let later = 0; later < 6; later += 1) {
        await frame();
        for (const [id, transform] of layout()) if (answered.has(id) && answered.get(id) !== transform) moved.push(id);
      }
      return { gained, moved: [...new Set(moved)] };
    }, 'kiev');
    // Kyiv's first visit, the second event of October 2024, opens the month once the first is left out.
    expect(seen.gained).toContain('rutte-premiere-visite-kyiv');
    expect(seen.moved).toEqual([]);
    await context.close();
  });
});

describe('filters', () => {
  it('filtering by an actor leaves only that actor’s events, in list and timeline', async () => {
    const { page, context } = await openPage(browser);
    await ready(page);
    const actor = store.entities.actors.find((entity) => entity.id === 'marco-rubio')!;
    const expected = store.events.filter((event) => event.actors.includes(actor.id)).map((event) => event.id);
    await openFilters(page);
    await page.getByRole('checkbox', { name: new RegExp(actor.label.fr) }).check();
    await page.waitForURL(/actors=marco-rubio/);
    await expect.poll(async () => (await listedIds(page)).sort()).toEqual([...expected].sort());
    await expect.poll(async () => (await timelineIds(page)).sort()).toEqual([...expected].sort());
    await page.getByRole('button', { name: /effacer les filtres/i }).click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('actors'));
    // The first window shows the story's stretch; "show all" brings the earlier events in too.
    await page.getByRole('button', { name: /tout afficher/i }).click();
    await expect.poll(async () => (await timelineIds(page)).length).toBe(store.events.length);
    await context.close();
  });
});

describe('list and timeline together', () => {
  it('scrolling the list moves the timeline to the events in view', async () => {
    const { page, context } = await openPage(browser);
    await ready(page);
    const axis = () => page.locator('.vis-time-axis.vis-foreground .vis-text').allTextContents();
    const before = (await axis()).join(' ');
    const last = store.events.at(-1)!;
    const rangeBefore = new URL(page.url()).searchParams.get('range');
    await feed(page).hover();
    const atBottom = () => page.locator('.chrono-scroll').evaluate((list) => list.scrollTop + list.clientHeight >= list.scrollHeight - 2);
    for (let i = 0; i < 40 && !(await atBottom()); i++) await page.mouse.wheel(0, 800);
    await page.waitForFunction((before) => new URL(location.href).searchParams.get('range') !== before, rangeBefore);
    await expect.poll(async () => (await axis()).join(' ')).not.toBe(before);
    // Once the list has stopped, the timeline shows its last events.
    await expect
      .poll(() => (new URL(page.url()).searchParams.get('range') ?? '').split('..')[1]! >= last.date.start.slice(0, 7))
      .toBe(true);
    await context.close();
  });

  it('panning the timeline scrolls the list, and the list does not pull the timeline back', async () => {
    const { page, context } = await openPage(browser);
    await ready(page);
    const firstVisibleRow = () =>
      page.locator('.chrono-scroll').evaluate((list) => {
        const top = list.getBoundingClientRect().top;
        const rows = [...list.querySelectorAll('[data-chronology-event]')];
        const visible = rows.find((row) => row.getBoundingClientRect().bottom > top + 40);
        return visible?.getAttribute('data-chronology-event') ?? null;
      });
    expect(await firstVisibleRow()).toBe(store.events[0]!.id);
    // Zoom in to a few months, then go to the last event: the list follows.
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: /zoom avant/i }).click();
    await page.getByRole('button', { name: /dernier événement/i }).click();
    await page.waitForFunction((first) => {
      const list = document.querySelector('.chrono-scroll')!;
      const top = list.getBoundingClientRect().top;
      const row = [...list.querySelectorAll('[data-chronology-event]')].find((r) => r.getBoundingClientRect().bottom > top + 40);
      return row && row.getAttribute('data-chronology-event') !== first;
    }, store.events[0]!.id);
    // The step to the last event has settled (the zoom steps before it may have moved the list first).
    const lastStart = Date.parse(`${store.events.at(-1)!.date.start}T00:00:00Z`);
    await expect
      .poll(async () => Number(await page.locator('[data-ready="true"]').getAttribute('data-window-end')))
      .toBeGreaterThan(lastStart);
    const windowAfterPan = await page.locator('[data-ready="true"]').getAttribute('data-window-start');
    await page.waitForTimeout(800);
    expect(await page.locator('[data-ready="true"]').getAttribute('data-window-start')).toBe(windowAfterPan);
    const shown = store.events.find((event) => event.id === 'sentinelle-arctique')!;
    expect(await page.locator(`[data-chronology-event="${shown.id}"]`).count()).toBe(1);
    await context.close();
  });
});

describe('URL state', () => {
  it('a URL with filters, search, event and lang=en reproduces the view in a fresh page', async () => {
    const path = '/?event=rutte-a-washington&q=washington&kinds=visit,meeting&lang=en';
    const fresh = await browser.newContext({ viewport: viewports.desktop, locale: 'fr-FR' });
    const page = await fresh.newPage();
    await page.goto(appUrl(path));
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('searchbox').inputValue()).toBe('washington');
    await openFilters(page);
    expect(await page.getByRole('checkbox', { name: /^Visit/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Meeting/ }).isChecked()).toBe(true);
    const panelTitle = await page.locator('aside.event-detail h2').first().textContent();
    expect(panelTitle).toBe(store.events.find((event) => event.id === 'rutte-a-washington')!.title.en);
    const ids = await listedIds(page);
    for (const id of ids) {
      const event = store.events.find((candidate) => candidate.id === id)!;
      expect(['visit', 'meeting']).toContain(event.kind);
    }
    expect(ids).toContain('rutte-a-washington');
    await fresh.close();
  });

  it('falls back to defaults on invalid values, and says so', async () => {
    const { page, context, errors } = await openPage(browser, '/?lang=xx&kinds=party&years=abc&range=2025-02-30..x&event=%3Cscript%3E');
    await ready(page);
    expect(await listedIds(page).then((ids) => ids.length)).toBeGreaterThan(0);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /n’est pas valide/ })
        .count(),
    ).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('languages, themes, phone: axe', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of ['fr', 'en'] as const) {
      it(`has no axe violation in ${lang}, ${scheme}`, async () => {
        const { page, context } = await openPage(browser, `/?lang=${lang}&scheme=${scheme}&event=sommet-de-la-haye`);
        await ready(page);
        expect(await axeViolations(page)).toEqual([]);
        // The frame fits the window: the list, timeline and panel scroll, the page does not drift.
        expect(await page.evaluate(() => [window.scrollY, document.documentElement.scrollHeight - window.innerHeight])).toEqual([0, 0]);
        await saveScreenshot(page, `chronology-${lang}-${scheme}-desktop`);
        await context.close();
      });
    }
  }

  it('has no axe violation and no horizontal overflow at 390×844, list as main view', async () => {
    const { page, context } = await openPage(browser, '/?q=rutte', { viewport: viewports.phone });
    await ready(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const listBox = (await feed(page).boundingBox())!;
    expect(listBox.height).toBeGreaterThan(300);
    await saveScreenshot(page, 'chronology-phone');
    await context.close();
  });

  it('follows prefers-color-scheme when no scheme is chosen', async () => {
    const { page, context } = await openPage(browser, '/', { colorScheme: 'dark' });
    await ready(page);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(17, 20, 24)');
    await context.close();
  });
});
