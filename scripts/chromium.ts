/** Debian's Chromium driven by playwright-core (never a downloaded browser): for the browser tests and the card images. */
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error("No Chromium found: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.");
  }
}

/** Headless in a container, no background traffic, and text rendered the same on every machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
