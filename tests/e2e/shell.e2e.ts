import { describe, expect, it } from 'vitest';
import { appUrl, openPage } from './support/browser';
import { browser, withBrowser } from './support/session';

withBrowser();

describe('the built app', () => {
  it('serves the store at /data/store.json with at least 20 events', async () => {
    const response = await fetch(appUrl('/data/store.json'));
    expect(response.status).toBe(200);
    const store = (await response.json()) as { schemaVersion: number; events: unknown[] };
    expect(store.schemaVersion).toBe(1);
    expect(store.events.length).toBeGreaterThanOrEqual(20);
  });

  it('shows the store title in a real browser, with no error and no third-party request', async () => {
    const { page, context, errors, thirdParty } = await openPage(browser);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Rutte');
    expect(errors).toEqual([]);
    expect(thirdParty).toEqual([]);
    await context.close();
  });
});
