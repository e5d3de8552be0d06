/** Summaries of the runs, the budgets of the performance issue, and the printed table. */
import type { ChunkReport } from './chunk-sizes';
import type { InteractionResult, LoadResult } from './scenarios';
import { median, percentile } from './stats';

export interface ScenarioRuns {
  name: string;
  description: string;
  loads: LoadResult[];
  interactions: InteractionResult[];
}

export interface ScenarioSummary {
  name: string;
  description: string;
  runs: number;
  failedRuns: number;
  errors: string[];
  fcpMs: number | null;
  lcpMs: number | null;
  lcpElement: string | null;
  readyMs: number | null;
  transferredBytes: number | null;
  heapUsedBytes: number | null;
  steps: { count: number; p50Ms: number | null; p95Ms: number | null; maxMs: number | null } | null;
  search: { count: number; medianMs: number | null; p95Ms: number | null; medianToCountMs: number | null; perQuery: { query: string; medianMs: number | null; results: number }[] } | null;
  longestTaskDuringInteractionMs: number | null;
  /** Zoom, pan or search measurements that hit the 5 s cap (their figure is a lower bound). */
  cappedMeasurements: number;
}

const values = <T>(items: readonly T[], pick: (item: T) => number | null) => items.map(pick).filter((value): value is number => value !== null);

export function summarize(runs: ScenarioRuns): ScenarioSummary {
  const ok = runs.loads.filter((load) => load.error === null);
  const steps = runs.interactions.flatMap((interaction) => interaction.steps);
  const searches = runs.interactions.flatMap((interaction) => interaction.search);
  const stepTimes = values(steps, (step) => step.ms);
  const searchTimes = values(searches, (search) => search.settledMs);
  const elements = ok.map((load) => load.lcpElement ?? '?');
  return {
    name: runs.name,
    description: runs.description,
    runs: runs.loads.length,
    failedRuns: runs.loads.length - ok.length,
    errors: [...new Set(runs.loads.flatMap((load) => (load.error ? [load.error] : [])))],
    fcpMs: median(values(ok, (load) => load.fcpMs)),
    lcpMs: median(values(ok, (load) => load.lcpMs)),
    lcpElement: elements.sort((a, b) => elements.filter((x) => x === b).length - elements.filter((x) => x === a).length)[0] ?? null,
    // A run that timed out may still have got ready later (while the page settled): that time counts.
    readyMs: median(values(runs.loads, (load) => load.readyMs)),
    transferredBytes: median(values(ok, (load) => load.transferredBytes)),
    heapUsedBytes: median(values(ok, (load) => load.heapUsedBytes)),
    steps: runs.interactions.length ? { count: stepTimes.length, p50Ms: median(stepTimes), p95Ms: percentile(stepTimes, 95), maxMs: percentile(stepTimes, 100) } : null,
    search: runs.interactions.length
      ? {
          count: searchTimes.length,
          medianMs: median(searchTimes),
          p95Ms: percentile(searchTimes, 95),
          medianToCountMs: median(values(searches, (search) => search.countMs)),
          perQuery: [...new Set(searches.map((search) => search.query))].map((query) => {
            const same = searches.filter((search) => search.query === query);
            return { query, medianMs: median(values(same, (search) => search.settledMs)), results: same[0]?.count ?? 0 };
          }),
        }
      : null,
    cappedMeasurements: [...steps, ...searches].filter((item) => item.capped).length,
    longestTaskDuringInteractionMs: percentile(runs.interactions.flatMap((interaction) => interaction.longTasks.map((task) => task.duration)), 100),
  };
}

export interface Budget {
  name: string;
  limit: string;
  measured: number | null;
  unit: 'ms' | 'kB';
  max: number;
  pass: boolean;
  note?: string;
}

const budget = (name: string, measured: number | null, max: number, unit: Budget['unit'], note?: string): Budget => ({
  name,
  limit: `≤ ${max} ${unit === 'kB' ? 'KB gzip' : 'ms'}`,
  measured,
  unit,
  max,
  pass: measured !== null && measured <= max,
  ...(note ? { note } : {}),
});

export function budgets(chunks: ChunkReport, summaries: readonly ScenarioSummary[]): Budget[] {
  const find = (name: string) => summaries.find((summary) => summary.name === name);
  const builtin = find('built-in');
  const big = find('100k');
  const missing = (summary: ScenarioSummary | undefined) => (summary === undefined ? 'not run' : summary.failedRuns > 0 ? `${summary.failedRuns}/${summary.runs} runs failed` : undefined);
  return [
    budget('initial JS (what index.html loads)', Math.round(chunks.totals.initialJsGzip / 100) / 10, 100, 'kB'),
    budget('built-in store, slow 4G: LCP', builtin?.lcpMs ?? null, 600, 'ms', missing(builtin)),
    budget('built-in store, slow 4G: timeline ready', builtin?.readyMs ?? null, 1500, 'ms', missing(builtin)),
    budget('100k events: timeline ready', big?.readyMs ?? null, 2000, 'ms', missing(big)),
    budget('100k events: zoom/pan step p95', big?.steps?.p95Ms ?? null, 50, 'ms', missing(big)),
    budget('100k events: search (median, until painted)', big?.search?.medianMs ?? null, 50, 'ms', missing(big)),
  ];
}

const ms = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${Math.round(value).toLocaleString('en')} ms`);
const kb = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${(value / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} KB`);
const mb = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${(value / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB`);

export interface Environment {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  chromium: string;
}

export function markdownTable(environment: Environment, chunks: ChunkReport, summaries: readonly ScenarioSummary[], checked: readonly Budget[], storeSizes: Record<string, number>): string {
  const lines: string[] = [];
  lines.push(`## chronique benchmark — ${environment.date}`, '');
  lines.push(`${environment.cpus} CPU cores (${environment.cpuModel}), ${environment.memoryGb} GB, Node ${environment.node}, Chromium ${environment.chromium}.`);
  lines.push('Figures are medians over the runs of each scenario (fresh browser context per run, service worker blocked, gzip served as a production host would).', '');
  lines.push('### Budgets', '', '| budget | limit | measured | result |', '| --- | --- | --- | --- |');
  for (const item of checked) {
    const measured = item.measured === null ? '—' : item.unit === 'kB' ? `${item.measured} KB` : ms(item.measured);
    lines.push(`| ${item.name} | ${item.limit} | ${measured}${item.note ? ` (${item.note})` : ''} | ${item.pass ? 'PASS' : 'MISS'} |`);
  }
  lines.push('', '### Scenarios', '', '| scenario | runs | FCP | LCP | timeline ready | transferred | JS heap | zoom/pan step p50 / p95 / max | search median / p95 (results shown) | longest task while interacting |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const summary of summaries) {
    const steps = summary.steps ? `${ms(summary.steps.p50Ms)} / ${ms(summary.steps.p95Ms)} / ${ms(summary.steps.maxMs)} (${summary.steps.count} steps)` : '—';
    const capped = summary.cappedMeasurements ? ` — ${summary.cappedMeasurements} measurement(s) still changing the page after 5 s, counted as 5 s` : '';
    const search = summary.search ? `${ms(summary.search.medianMs)} / ${ms(summary.search.p95Ms)} (count shown after ${ms(summary.search.medianToCountMs)})` : '—';
    const failed = summary.failedRuns ? `, ${summary.failedRuns} failed` : '';
    lines.push(
      `| ${summary.description} | ${summary.runs}${failed} | ${ms(summary.fcpMs)} | ${ms(summary.lcpMs)}${summary.lcpElement ? ` (${summary.lcpElement})` : ''} | ${ms(summary.readyMs)} | ${kb(summary.transferredBytes)} | ${mb(summary.heapUsedBytes)} | ${steps} | ${search} | ${ms(summary.longestTaskDuringInteractionMs)}${capped} |`,
    );
  }
  const searched = summaries.filter((summary) => summary.search);
  if (searched.length) {
    lines.push('', '### Search, per query (median until painted; number of results)', '', `| query | ${searched.map((summary) => summary.name).join(' | ')} |`, `| --- |${searched.map(() => ' --- |').join('')}`);
    for (const { query } of searched[0]!.search!.perQuery) {
      lines.push(`| \`${query}\` | ${searched.map((summary) => { const found = summary.search!.perQuery.find((item) => item.query === query); return found ? `${ms(found.medianMs)} (${found.results})` : '—'; }).join(' | ')} |`);
    }
  }
  const errors = summaries.flatMap((summary) => summary.errors.map((error) => `- ${summary.name}: ${error}`));
  if (errors.length) lines.push('', '### Failed runs', '', ...errors);
  lines.push('', '### Chunks (gzip level 9)', '', '| file | loaded | raw | gzip |', '| --- | --- | --- | --- |');
  for (const [label, list] of [['initial', chunks.initialJs], ['initial (CSS)', chunks.initialCss], ['lazy', chunks.lazyJs]] as const) {
    for (const chunk of list) lines.push(`| ${chunk.file} | ${label} | ${kb(chunk.bytes)} | ${kb(chunk.gzip)} |`);
  }
  lines.push(`| **total initial JS** | | | **${kb(chunks.totals.initialJsGzip)}** |`, `| total lazy JS | | | ${kb(chunks.totals.lazyJsGzip)} |`);
  if (Object.keys(storeSizes).length) {
    lines.push('', `Synthetic stores: ${Object.entries(storeSizes).map(([name, bytes]) => `${name} = ${mb(bytes)}`).join(', ')} (uncompressed JSON).`);
  }
  return lines.join('\n');
}
