/**
 * One Chromium per test file, and the built-in store as the app serves it. `withBrowser()` at the
 * top of a file launches it before the file's tests and closes it after; `browser` and `store`
 * are live bindings, set once it has run.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Store } from '../../../src/store/schema';
import { appUrl, launchChromium } from './browser';

export let browser: Browser;
export let store: Store;

export function withBrowser(): void {
  beforeAll(async () => {
    browser = await launchChromium();
    store = (await (await fetch(appUrl('/data/store.json'))).json()) as Store;
  });
  afterAll(async () => {
    await browser?.close();
  });
}
