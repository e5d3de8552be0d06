/**
 * The embed as a guest on another site, in real Chromium: the app is served on 127.0.0.1, the
 * host page on localhost (another origin), and a third page on yet another port tries to drive it.
 */
import type { Server } from 'node:http';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, axeViolations, saveScreenshot } from './support/browser';
import { defaultEmbedSnippet, portOf, serve } from './support/embed-host';
import { browser, withBrowser } from './support/session';

withBrowser();

const EVENT = 'sommet-de-la-haye';
const appOrigin = new URL(appUrl('/')).origin;

/** The third origin: on the host's command, it posts a select command straight into the embed. */
const thirdPage = () => `<!doctype html><title>third</title><script>
addEventListener('message', (event) => {
  if (event.data !== 'fire') return;
  parent.frames[0].postMessage({ source: 'chronique', type: 'select', id: '${EVENT}' }, '*');
});
</script>`;

/** The host: an article with the generated snippet, a search box that has focus, a third-party frame. */
const hostPage = (snippet: string, thirdUrl: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host article</title></head>
<body style="margin:0;font-family:sans-serif">
<main>
<h1>A host article</h1>
<label>Host search <input id="host-input"></label>
${snippet}
<p style="height:2500px">The article goes on.</p>
<iframe id="third" src="${thirdUrl}" title="third party" width="10" height="10"></iframe>
</main>
<script>
window.received = [];
addEventListener('message', (event) => {
  if (event.data && event.data.source === 'chronique') window.received.push({ origin: event.origin, data: event.data });
});
document.getElementById('host-input').focus();
</script>
</body></html>`;

let host: Server;
let third: Server;
let hostUrl: string;

beforeAll(async () => {
  third = await serve(thirdPage);
  const snippet = defaultEmbedSnippet();
  host = await serve(() => hostPage(snippet, `http://127.0.0.1:${portOf(third)}/`));
  // localhost and 127.0.0.1 are different origins: the host is not the app's site.
  hostUrl = `http://localhost:${portOf(host)}/`;
});
afterAll(async () => {
  await new Promise((resolve) => host?.close(resolve));
  await new Promise((resolve) => third?.close(resolve));
});

type Received = { origin: string; data: { type: string; id?: string | null; command?: string; reason?: string } };
const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Received[] }).received);

async function openHost(width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(hostUrl);
  await expect.poll(async () => (await received(page)).some((message) => message.data.type === 'ready'), { timeout: 15_000 }).toBe(true);
  const frame = page.frames().find((candidate) => candidate.url().startsWith(`${appOrigin}/embed.html`)) as Frame;
  await frame.locator('.vis-timeline').waitFor({ timeout: 15_000 });
  return { page, context, frame, errors };
}

const iframeHeight = (page: Page) =>
  page.locator('iframe[data-chronique-embed]').evaluate((iframe) => iframe.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.locator('.embed').evaluate((root) => root.getBoundingClientRect().height);

describe('the embed on another site', () => {
  it('takes its content’s height, through the loader', async () => {
    const { page, context, frame, errors } = await openHost();
    await expect
      .poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))), { timeout: 5000 })
      .toBeLessThanOrEqual(1);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens an event on the parent’s select command, answers with a select event, and leaves focus on the host', async () => {
    const { page, context, frame } = await openHost();
    const before = await iframeHeight(page);
    await page
      .locator('iframe[data-chronique-embed]')
      .evaluate(
        (iframe, [id, origin]) =>
          (iframe as HTMLIFrameElement).contentWindow!.postMessage({ source: 'chronique', type: 'select', id }, origin!),
        [EVENT, appOrigin],
      );
    await expect
      .poll(async () => (await received(page)).find((message) => message.data.type === 'select'))
      .toEqual({
        origin: appOrigin,
        data: { source: 'chronique', type: 'select', id: EVENT },
      });
    await frame.getByRole('heading', { level: 2, name: 'NATO summit in The Hague' }).waitFor();
    expect(await frame.locator('.embed').getAttribute('data-selected')).toBe(EVENT);
    // The card now tells that event: the iframe follows the content's height.
    expect(before).toBeGreaterThan(0);
    await expect.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
    // No focus stealing: the host's own field still has it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('host-input');
    await saveScreenshot(page, 'embed-host-selected');
    await context.close();
  });

  it('answers an invalid command with an error, and a closed parent-only door to a third origin', async () => {
    const { page, context, frame } = await openHost();
    await page
      .locator('iframe[data-chronique-embed]')
      .evaluate(
        (iframe, origin) =>
          (iframe as HTMLIFrameElement).contentWindow!.postMessage({ source: 'chronique', type: 'select', id: 'no-such-event' }, origin),
        appOrigin,
      );
    await expect
      .poll(async () => (await received(page)).find((message) => message.data.type === 'error')?.data)
      .toMatchObject({
        command: 'select',
        reason: expect.stringContaining('no-such-event'),
      });

    await page.locator('#third').evaluate((iframe) => (iframe as HTMLIFrameElement).contentWindow!.postMessage('fire', '*'));
    await page.waitForTimeout(750);
    expect(await frame.locator('.embed').getAttribute('data-selected')).toBe('');
    expect((await received(page)).filter((message) => message.data.type === 'select')).toEqual([]);
    await context.close();
  });

  it('lets the mouse wheel over the embed scroll the host page', async () => {
    const { page, context, frame } = await openHost();
    const box = (await frame.locator('.vis-timeline').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 100));
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
    await context.close();
  });

  it('has no axe violation inside the embed, and fits 300 px with no horizontal overflow', async () => {
    const { page, context, frame } = await openHost(300);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await axeViolations(frame as unknown as Page)).toEqual([]);
    await saveScreenshot(page, 'embed-host-300');
    await context.close();
  });
});
