/**
 * The benchmark's Chromium, launched as a server so that the harness holds its process: when a
 * wedged page keeps even `context.close()` from answering, the process is killed and a new one
 * launched, and the run goes on.
 */
import { chromium, type Browser, type BrowserContext, type BrowserServer } from 'playwright-core';
import { CHROMIUM_ARGS } from '../scripts/chromium';
import { withTimeout } from './timeout';

const ARGS = CHROMIUM_ARGS;
const CLOSE_TIMEOUT_MS = 15_000;

export interface BrowserHandle {
  current(): Browser;
  /** Closes a context; if that hangs, kills Chromium and launches a new one. Says which happened. */
  closeContext(context: BrowserContext): Promise<'closed' | 'restarted'>;
  /** Kills Chromium and launches a new one (when it does not even open a context any more). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function launchBrowser(executablePath: string, log: (message: string) => void): Promise<BrowserHandle> {
  let server: BrowserServer;
  let browser: Browser;
  const start = async () => {
    server = await chromium.launchServer({ executablePath, args: ARGS });
    browser = await chromium.connect(server.wsEndpoint());
  };
  const kill = async () => {
    await withTimeout(browser.close(), 5_000, 'closing the connection to Chromium').catch(() => {});
    await server.kill();
  };
  const restart = async () => {
    await kill();
    await start();
  };
  await start();
  return {
    current: () => browser,
    restart,
    async closeContext(context) {
      try {
        await withTimeout(context.close(), CLOSE_TIMEOUT_MS, 'closing the browser context');
        return 'closed';
      } catch (error) {
        log(`${String(error)}: killing Chromium and launching a new one`);
        await restart();
        return 'restarted';
      }
    },
    async close() {
      await withTimeout(browser.close(), CLOSE_TIMEOUT_MS, 'closing Chromium').catch(() => {});
      await server.kill();
    },
  };
}
