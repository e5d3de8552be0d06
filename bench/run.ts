/**
 * `npm run bench`: builds, serves dist/ with gzip, drives Debian's Chromium with playwright-core,
 * writes bench/results/<timestamp>.json, latest.json and latest.md, and prints the table.
 * Missed budgets are reported, not failed (exit 0); a harness fault exits 1.
 *
 * Options: --skip-build, --runs <n> (default 5), --big-runs <n> (100k; default 3),
 * --only first-view,lighthouse,built-in,1k,10k,100k (and, only when named, 10k-split,100k-split), --out-dir <dir> (default dist; the build goes there),
 * --minutes <m> (default 11: the time the built-in and synthetic scenarios share; see SCENARIO_WEIGHTS),
 * --first-view-runs <n> (default 3 loads per app and device), --lighthouse-runs <n> (default 1 per language).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, type BrowserHandle } from './browser-handle';
import { chunkSizes } from './chunk-sizes';
import { firstViewTable, runFirstView, summarizeFirstView, type FirstViewLoad } from './first-view';
import { lighthouseTable, runLighthouse, servedForLighthouse, type LighthouseRun } from './lighthouse';
import { budgets, markdownTable, summarize, type Environment, type ScenarioRuns } from './report';
import { FIRST_SEARCH_QUERY, interact, loadApp, SLOW_PROFILE, type OpenRun } from './scenarios';
import { serveDirectory } from './static-server';
import { TIMELINEJS_VERSION, writeTimelineJsPage } from './timelinejs-page';
import { Deadline, formatSeconds, isTimeout } from './timeout';
import { writeSplitStore, writeStoreFile } from './write-store';

const root = resolve(import.meta.dirname, '..');
const resultsDir = join(root, 'bench', 'results');

/** The split ones (data/README.md, « The split store ») run only when --only names them. */
const SYNTHETIC: readonly { name: string; events: number; split?: boolean }[] = [
  { name: '1k', events: 1_000 },
  { name: '10k', events: 10_000 },
  { name: '100k', events: 100_000 },
  { name: '10k-split', events: 10_000, split: true },
  { name: '100k-split', events: 100_000, split: true },
];

const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    'big-runs': { type: 'string', default: '3' },
    only: { type: 'string', default: 'first-view,lighthouse,built-in,1k,10k,100k' },
    'first-view-runs': { type: 'string', default: '3' },
    'lighthouse-runs': { type: 'string', default: '1' },
    'out-dir': { type: 'string', default: 'dist' },
    minutes: { type: 'string', default: '11' },
  },
});
const dist = resolve(root, args['out-dir']);
const runs = Number(args.runs);
const minutes = Number(args.minutes);
const bigRuns = Number(args['big-runs']);
const only = new Set(args.only.split(',').map((name) => name.trim()));
const firstViewRuns = Number(args['first-view-runs']);
const lighthouseRuns = Number(args['lighthouse-runs']);
/** Scenarios outside the shared --minutes: a fixed number of loads each, every load bounded (60 s; Lighthouse its own limits). */
const FIXED_SCENARIOS = ['first-view', 'lighthouse'];

/**
 * Shares of --minutes (of the time left when a scenario starts): a scenario stops starting runs
 * when the next one would not fit, and no
 * round trip waits past its scenario's end, so the whole benchmark ends in bounded time even when
 * the app is slow (a 100k load can take a minute on 2 busy cores).
 */
const SCENARIO_WEIGHTS: Record<string, number> = { 'built-in': 2, '1k': 2.5, '10k': 3, '100k': 4.5, '10k-split': 3, '100k-split': 4.5 };
const READY_TIMEOUT_MS: Record<string, number> = {
  'built-in': 60_000,
  '1k': 60_000,
  '10k': 90_000,
  '100k': 180_000,
  '10k-split': 90_000,
  '100k-split': 180_000,
};

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const known = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
  if (known) return known;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
  } catch (error) {
    throw new Error(
      `No Chromium found (${String(error).slice(0, 200)}): install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
}

const log = (message: string) => console.error(`[bench] ${message}`);

interface ScenarioPlan {
  name: string;
  description: string;
  url: string;
  throttle: boolean;
  runs: number;
  interactive: boolean;
  expectHeading?: string;
  /** Typed the moment the timeline is ready (RunOptions.firstSearch). */
  firstSearch?: string;
}

/** A scenario's runs so far: a scenario that ran out of time may get more runs from the time others left. */
interface Progress {
  plan: ScenarioPlan;
  scenario: ScenarioRuns;
  attempted: number;
  longestRunMs: number;
  outOfTime: boolean;
}

const startProgress = (plan: ScenarioPlan): Progress => ({
  plan,
  scenario: { name: plan.name, description: plan.description, planned: plan.runs, loads: [], interactions: [], notes: [] },
  attempted: 0,
  longestRunMs: 0,
  outOfTime: false,
});

/** Adds runs to a scenario within the time given; every run gets a fresh context, closed whatever happened. */
async function runScenario(handle: BrowserHandle, progress: Progress, budgetMs: number): Promise<void> {
  const { plan, scenario } = progress;
  const deadline = new Deadline(budgetMs);
  progress.outOfTime = false;
  while (progress.attempted < plan.runs) {
    if (progress.attempted > 0 && deadline.remaining() < progress.longestRunMs) {
      progress.outOfTime = true;
      break;
    }
    const run = progress.attempted;
    progress.attempted += 1;
    const started = Date.now();
    let open: OpenRun | undefined;
    try {
      try {
        open = await loadApp(handle.current(), {
          url: plan.url,
          throttle: plan.throttle,
          readyTimeoutMs: READY_TIMEOUT_MS[plan.name] ?? 60_000,
          deadline,
          firstSearch: plan.firstSearch,
        });
      } catch (error) {
        // Chromium did not even open a context or page in time: a fault of this run, not of the harness.
        if (!isTimeout(error)) throw error;
        scenario.notes.push(`run ${run + 1} not measured: ${error.message}; Chromium was killed and relaunched`);
        log(`${plan.name} run ${run + 1}: ${error.message}; relaunching Chromium`);
        await handle.restart();
        continue;
      }
      const { load } = open;
      if (plan.expectHeading && load.error === null && !load.heading.includes(plan.expectHeading)) {
        throw new Error(`the app did not load ${plan.url} (heading: "${load.heading}")`);
      }
      scenario.loads.push(load);
      if (plan.interactive && load.error === null) scenario.interactions.push(await interact(open.page, deadline));
      const last = scenario.interactions.at(-1);
      const steps = last
        ? `, steps ${last.steps.map((step) => `${step.ms?.toFixed(0)}${step.capped ? '+' : ''}`).join(' ')}, search ${last.search.map((search) => search.settledMs?.toFixed(0)).join(' ')}`
        : '';
      log(
        `${plan.name} run ${run + 1}/${plan.runs}: ready ${load.readyMs?.toFixed(0) ?? '—'} ms, LCP ${load.lcpMs?.toFixed(0) ?? '—'} ms, heap ${load.heapUsedBytes === null ? '—' : (load.heapUsedBytes / 1e6).toFixed(0)} MB${steps}${load.error ? `; ${load.error}` : ''}${last?.stopped ? `; stopped: ${last.stopped}` : ''}`,
      );
    } finally {
      if (open) {
        const closing = Date.now();
        if ((await handle.closeContext(open.context)) === 'restarted')
          scenario.notes.push(`run ${run + 1}: the page could not be closed in time; Chromium was killed and relaunched`);
        if (Date.now() - closing > 5_000) log(`closing the context took ${formatSeconds(Date.now() - closing)}`);
      }
    }
    progress.longestRunMs = Math.max(progress.longestRunMs, Date.now() - started);
    // A store that never gets ready will not get ready next time either: say so once.
    if (scenario.loads.at(-1)?.error?.startsWith('the timeline was not ready')) {
      if (progress.attempted < plan.runs)
        scenario.notes.push(
          `stopped after ${progress.attempted} of ${plan.runs} runs: a store not ready within the limit would not be the next time either`,
        );
      break;
    }
  }
}

/** Each scenario gets its share of the time; then those that ran out get, in order, what the others left. */
async function runAll(handle: BrowserHandle, plans: readonly ScenarioPlan[]): Promise<ScenarioRuns[]> {
  const progress = plans.map(startProgress);
  const end = new Deadline(minutes * 60_000);
  let weightLeft = plans.reduce((total, plan) => total + SCENARIO_WEIGHTS[plan.name]!, 0);
  for (const item of progress) {
    // A share of the time left, so that what a quick scenario did not use goes to the next ones.
    const budgetMs = (end.remaining() * SCENARIO_WEIGHTS[item.plan.name]!) / weightLeft;
    weightLeft -= SCENARIO_WEIGHTS[item.plan.name]!;
    log(`${item.plan.name}: up to ${item.plan.runs} runs within ${formatSeconds(budgetMs)}`);
    await runScenario(handle, item, budgetMs);
  }
  for (const item of progress.filter((candidate) => candidate.outOfTime)) {
    if (end.remaining() < item.longestRunMs) continue;
    log(`${item.plan.name}: more runs in the ${formatSeconds(end.remaining())} the other scenarios left`);
    await runScenario(handle, item, end.remaining());
  }
  for (const item of progress.filter((candidate) => candidate.outOfTime)) {
    item.scenario.notes.push(
      `stopped after ${item.attempted} of ${item.plan.runs} runs: the next would not fit in the time left (--minutes ${minutes})`,
    );
  }
  return progress.map((item) => item.scenario);
}

async function main() {
  if (![runs, bigRuns, firstViewRuns, lighthouseRuns].every((value) => Number.isInteger(value) && value >= 1))
    throw new Error('--runs, --big-runs, --first-view-runs and --lighthouse-runs take a positive integer');
  if (!(minutes > 0)) throw new Error('--minutes takes a positive number');
  const known = [...FIXED_SCENARIOS, ...Object.keys(SCENARIO_WEIGHTS)];
  const unknown = [...only].filter((name) => !known.includes(name));
  if (unknown.length) throw new Error(`--only: unknown scenario(s) ${unknown.join(', ')}; known: ${known.join(', ')}`);
  const executablePath = chromiumPath();
  if (!args['skip-build'])
    execFileSync('npm', ['run', 'build', '--', '--outDir', dist, '--emptyOutDir'], {
      cwd: root,
      stdio: ['ignore', process.stderr, process.stderr],
    });
  const chunks = chunkSizes(dist);

  const storeSizes: Record<string, number> = {};
  for (const { name, events, split } of SYNTHETIC) {
    if (!only.has(name)) continue;
    const started = performance.now();
    storeSizes[name] = split
      ? (await writeSplitStore(join(dist, 'bench-data', name), { events })).bytes
      : (await writeStoreFile(join(dist, 'bench-data', `${name}.json`), { events })).bytes;
    log(`generated ${name}: ${(storeSizes[name] / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  if (only.has('first-view')) writeTimelineJsPage(dist);
  log('compressing dist/ for the static server…');
  const server = await serveDirectory(dist);
  let handle: BrowserHandle | undefined;
  try {
    handle = await launchBrowser(executablePath, log);
    const chromiumVersion = handle.current().version();
    let firstView: FirstViewLoad[] = [];
    if (only.has('first-view')) firstView = await runFirstView(handle.current(), server.origin, firstViewRuns, log);
    const lighthouseResults: LighthouseRun[] = [];
    if (only.has('lighthouse')) {
      const lighthouseServer = await servedForLighthouse(root, `${dist}-lighthouse`, log);
      try {
        for (let run = 0; run < lighthouseRuns; run += 1) {
          for (const language of ['fr', 'en'] as const) {
            const result = await runLighthouse(`${lighthouseServer.origin}/`, language, executablePath);
            lighthouseResults.push(result);
            log(
              `lighthouse ${language} run ${run + 1}/${lighthouseRuns}: ${
                result.error ??
                Object.entries(result.scores)
                  .map(([category, score]) => `${category} ${score}`)
                  .join(', ')
              }`,
            );
          }
        }
      } finally {
        await lighthouseServer.close();
      }
    }
    const plans: ScenarioPlan[] = [];
    if (only.has('built-in')) {
      plans.push({
        name: 'built-in',
        description: `built-in store, slow 4G (${SLOW_PROFILE.latencyMs} ms RTT, 1.6 Mbit/s, CPU ×${SLOW_PROFILE.cpuSlowdown})`,
        url: `${server.origin}/`,
        throttle: true,
        runs,
        interactive: false,
      });
    }
    for (const { name, events, split } of SYNTHETIC) {
      if (!only.has(name)) continue;
      plans.push({
        name,
        description: `${events.toLocaleString('en')} synthetic events via ?data=${split ? ' (split: index and shards)' : ''}, no throttling`,
        url: `${server.origin}/?data=/bench-data/${split ? `${name}/index.json` : `${name}.json`}`,
        throttle: false,
        runs: events >= 100_000 ? bigRuns : runs,
        interactive: true,
        expectHeading: 'synthétiques',
        firstSearch: FIRST_SEARCH_QUERY,
      });
    }
    const all = await runAll(handle, plans);

    const summaries = all.map(summarize);
    const checked = budgets(chunks, summaries);
    const date = new Date();
    const environment: Environment = {
      date: date.toISOString(),
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(totalmem() / 1e9),
      node: process.version,
      chromium: chromiumVersion,
    };
    const firstViewSummaries = summarizeFirstView(firstView);
    const table = [
      markdownTable(environment, chunks, summaries, checked, storeSizes),
      ...(firstView.length ? ['', ...firstViewTable(firstViewSummaries, TIMELINEJS_VERSION)] : []),
      ...(lighthouseResults.length ? ['', ...lighthouseTable(lighthouseResults)] : []),
    ].join('\n');
    const result = {
      environment,
      options: { runs, bigRuns, minutes, firstViewRuns, lighthouseRuns, only: [...only], slowProfile: SLOW_PROFILE },
      budgets: checked,
      chunks,
      storeSizes,
      summaries,
      firstView: { summaries: firstViewSummaries, loads: firstView, timelineJsVersion: TIMELINEJS_VERSION },
      lighthouse: lighthouseResults,
      raw: all,
    };
    mkdirSync(resultsDir, { recursive: true });
    const stamp = date.toISOString().replace(/[:.]/g, '-');
    writeFileSync(join(resultsDir, `${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(join(resultsDir, 'latest.md'), `${table}\n`);
    console.log(table);
    log(`results: bench/results/${stamp}.json, latest.json, latest.md`);
  } finally {
    await handle?.close();
    await server.close();
  }
}

main().then(
  // Explicitly: a page call given up on may still hold a handle, and the run must end.
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench] harness error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
