import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../../scripts/chromium';

const require = createRequire(import.meta.url);
export const screenshotDir = join(import.meta.dirname, '../../../test-results/screenshots');

export { launchChromium };

export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

export function appUrl(path = '/'): string {
  return new URL(path, inject('baseUrl')).toString();
}

/**
 * A fresh page on the app. Console errors and uncaught exceptions are collected so that a test
 * can assert none happened; any request that leaves localhost is recorded as a third-party request.
 */
export async function openPage(browser: Browser, path = '/', options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: viewports.desktop, locale: 'fr-FR', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const thirdParty: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    const { hostname } = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(hostname) && !request.url().startsWith('data:')) thirdParty.push(request.url());
  });
  await page.goto(appUrl(path));
  return { page, context, errors, thirdParty };
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe-core's WCAG 2.x A/AA rules on the current page; returns the violations, readably. */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run(selector ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  }, include);
  return violations;
}

export async function saveScreenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: false });
}
