/**
 * Lighthouse 12.8.2 (its default: mobile, simulated slow 4G) on the built app, in French and in
 * English. It drives the same Debian Chromium through chrome-launcher (never a download); the
 * browser's language is set with --lang and --accept-lang, so that the app sees a French or an
 * English reader without ?lang.
 *
 * It runs on its own build (servedForLighthouse), made as a deployment is (README, « Deploying »):
 * with SITE_ORIGIN set to the origin it is served from, so that the canonical and hreflang links
 * are absolute, as the SEO audits ask. Otherwise it is the same build as dist/.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { median } from './stats';
import { serveDirectory, type StaticServer } from './static-server';

/** A free port on 127.0.0.1, to build for before serving on it. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Builds the app into outDir with SITE_ORIGIN set to the origin it is then served from. */
export async function servedForLighthouse(root: string, outDir: string, log: (line: string) => void): Promise<StaticServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  log(`lighthouse: building with SITE_ORIGIN=${origin} into ${outDir}…`);
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    env: { ...process.env, SITE_ORIGIN: origin },
    stdio: ['ignore', 'ignore', process.stderr],
  });
  const server = await serveDirectory(outDir, port);
  if (server.origin !== origin) throw new Error(`lighthouse: served at ${server.origin}, built for ${origin}`);
  return server;
}

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const AUDITS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

export interface LighthouseRun {
  language: 'fr' | 'en';
  scores: Partial<Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number | null>>;
  audits: Partial<Record<(typeof AUDITS)[number], number | null>>;
  lcpElement: string | null;
  /** Audits of the four categories that did not get a full score, with their titles. */
  failing: string[];
  error: string | null;
}

const LOCALES = { fr: 'fr-FR', en: 'en-US' } as const;

export async function runLighthouse(url: string, language: 'fr' | 'en', chromePath: string): Promise<LighthouseRun> {
  const run: LighthouseRun = { language, scores: {}, audits: {}, lcpElement: null, failing: [], error: null };
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', `--lang=${LOCALES[language]}`, `--accept-lang=${LOCALES[language]}`],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...LIGHTHOUSE_CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse gave no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    for (const category of LIGHTHOUSE_CATEGORIES) {
      const score = lhr.categories[category]?.score;
      run.scores[category] = score === null || score === undefined ? null : Math.round(score * 100);
    }
    for (const audit of AUDITS) run.audits[audit] = lhr.audits[audit]?.numericValue ?? null;
    const lcp = lhr.audits['largest-contentful-paint-element']?.details as
      { items?: { items?: { node?: { selector?: string } }[] }[] } | undefined;
    run.lcpElement = lcp?.items?.[0]?.items?.[0]?.node?.selector ?? null;
    for (const category of LIGHTHOUSE_CATEGORIES) {
      for (const reference of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[reference.id];
        if (reference.weight > 0 && audit && audit.score !== null && audit.score < 1 && category !== 'performance')
          run.failing.push(`${category}: ${audit.id} (${audit.title})`);
      }
    }
  } catch (error) {
    run.error = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 300) : String(error);
  } finally {
    chrome.kill();
  }
  return run;
}

export function lighthouseTable(runs: readonly LighthouseRun[]): string[] {
  const lines = [
    '### Lighthouse 12.8.2 (mobile, simulated throttling; medians)',
    '',
    '| language | runs | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | speed index | LCP element |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const language of ['fr', 'en'] as const) {
    const ok = runs.filter((run) => run.language === language && run.error === null);
    if (!ok.length) continue;
    const med = (pick: (run: LighthouseRun) => number | null | undefined) =>
      median(ok.map(pick).filter((value): value is number => value !== null && value !== undefined));
    const score = (category: (typeof LIGHTHOUSE_CATEGORIES)[number]) => {
      const values = ok.map((run) => run.scores[category]).filter((value): value is number => typeof value === 'number');
      return values.length ? `${med((run) => run.scores[category])} (${Math.min(...values)}–${Math.max(...values)})` : '—';
    };
    const msOf = (audit: (typeof AUDITS)[number]) => {
      const value = med((run) => run.audits[audit]);
      return value === null ? '—' : `${Math.round(value)} ms`;
    };
    const cls = med((run) => run.audits['cumulative-layout-shift']);
    lines.push(
      `| ${language} | ${ok.length} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${msOf('first-contentful-paint')} | ${msOf('largest-contentful-paint')} | ${msOf('total-blocking-time')} | ${cls === null ? '—' : cls.toFixed(3)} | ${msOf('speed-index')} | \`${ok[0]!.lcpElement ?? '?'}\` |`,
    );
  }
  const failing = [...new Set(runs.flatMap((run) => run.failing.map((item) => `${run.language}: ${item}`)))];
  if (failing.length) lines.push('', 'Audits short of full marks:', ...failing.map((item) => `- ${item}`));
  const errors = runs.filter((run) => run.error !== null).map((run) => `- ${run.language}: ${run.error}`);
  if (errors.length) lines.push('', 'Failed Lighthouse runs:', ...errors);
  return lines;
}
