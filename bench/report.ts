/** Summaries of the runs, the budgets of the performance issue, and the printed table. */
import type { ChunkReport } from './chunk-sizes';
import type { InteractionResult, LoadResult, StepInput, StepKind, StorePhases } from './scenarios';
import { median, percentile } from './stats';

export interface ScenarioRuns {
  name: string;
  description: string;
  /** Runs asked for; fewer may have run (see notes). */
  planned: number;
  loads: LoadResult[];
  interactions: InteractionResult[];
  /** Why runs stopped early or what the harness had to do (a relaunched Chromium). */
  notes: string[];
}

export interface TimeStats {
  count: number;
  p50Ms: number | null;
  p95Ms: number | null;
  maxMs: number | null;
}

export interface ScenarioSummary {
  name: string;
  description: string;
  runs: number;
  planned: number;
  failedRuns: number;
  /** Distinct reasons a load failed, a sequence stopped early, or runs stopped: what the table calls "not measured". */
  errors: string[];
  fcpMs: number | null;
  lcpMs: number | null;
  lcpElement: string | null;
  readyMs: number | null;
  /** Medians of the store's loading phases, ms since navigation start. */
  storePhases: StorePhases;
  transferredBytes: number | null;
  heapUsedBytes: number | null;
  /** All zoom and pan steps by key together, then each kind alone. */
  steps: TimeStats | null;
  zoom: TimeStats | null;
  pan: TimeStats | null;
  /** The same by wheel (Ctrl+wheel zooms, horizontal swipes), reported apart. */
  wheel: TimeStats | null;
  search: {
    count: number;
    medianMs: number | null;
    p95Ms: number | null;
    medianToCountMs: number | null;
    perQuery: { query: string; medianMs: number | null; results: number | null }[];
  } | null;
  /** The query typed the moment the timeline was ready (scenarios.ts FirstSearchResult), over the runs. */
  firstSearch: {
    query: string;
    runs: number;
    /** Until the first answer's count was shown, partial or not. */
    medianToCountMs: number | null;
    /** Runs whose first answer said it was partial (the index not ready yet). */
    partialRuns: number;
    medianToCompleteMs: number | null;
    /** Results of the first answer, and of the complete one (medians). */
    medianCount: number | null;
    medianCompleteCount: number | null;
  } | null;
  longestTaskDuringInteractionMs: number | null;
  /** Zoom, pan or search measurements that hit a cap (their figure is a lower bound), in all and by kind. */
  cappedMeasurements: number;
  cappedSteps: number;
  cappedSearches: number;
}

const values = <T>(items: readonly T[], pick: (item: T) => number | null) =>
  items.map(pick).filter((value): value is number => value !== null);

export function timeStats(times: readonly number[]): TimeStats {
  return { count: times.length, p50Ms: median(times), p95Ms: percentile(times, 95), maxMs: percentile(times, 100) };
}

const mostCommon = (items: readonly string[]) =>
  [...items].sort((a, b) => items.filter((x) => x === b).length - items.filter((x) => x === a).length)[0] ?? null;

export function summarize(runs: ScenarioRuns): ScenarioSummary {
  const ok = runs.loads.filter((load) => load.error === null);
  const steps = runs.interactions.flatMap((interaction) => interaction.steps);
  const searches = runs.interactions.flatMap((interaction) => interaction.search);
  const interacted = runs.interactions.length > 0;
  const stepsOf = (input: StepInput, kind?: StepKind) => {
    const chosen = steps.filter((step) => (step.input ?? 'key') === input && (kind === undefined || step.kind === kind));
    return interacted ? timeStats(values(chosen, (step) => step.ms)) : null;
  };
  const searchTimes = values(searches, (search) => search.settledMs);
  const reasons = [
    ...runs.loads.flatMap((load) => (load.error ? [load.error] : [])),
    ...runs.interactions.flatMap((interaction) =>
      interaction.stopped ? [`part of the zoom/pan/search sequence not measured: ${interaction.stopped}`] : [],
    ),
    ...runs.notes,
  ];
  return {
    name: runs.name,
    description: runs.description,
    runs: runs.loads.length,
    planned: runs.planned,
    failedRuns: runs.loads.length - ok.length,
    errors: [...new Set(reasons)],
    fcpMs: median(values(ok, (load) => load.fcpMs)),
    lcpMs: median(values(ok, (load) => load.lcpMs)),
    lcpElement: mostCommon(ok.map((load) => load.lcpElement ?? '?')),
    readyMs: median(values(ok, (load) => load.readyMs)),
    storePhases: {
      receivedMs: median(values(ok, (load) => load.storePhases?.receivedMs ?? null)),
      parsedMs: median(values(ok, (load) => load.storePhases?.parsedMs ?? null)),
      validatedMs: median(values(ok, (load) => load.storePhases?.validatedMs ?? null)),
    },
    transferredBytes: median(values(ok, (load) => load.transferredBytes)),
    heapUsedBytes: median(values(ok, (load) => load.heapUsedBytes)),
    steps: stepsOf('key'),
    zoom: stepsOf('key', 'zoom'),
    pan: stepsOf('key', 'pan'),
    wheel: stepsOf('wheel'),
    search: interacted
      ? {
          count: searchTimes.length,
          medianMs: median(searchTimes),
          p95Ms: percentile(searchTimes, 95),
          medianToCountMs: median(values(searches, (search) => search.countMs)),
          perQuery: [...new Set(searches.map((search) => search.query))].map((query) => {
            const same = searches.filter((search) => search.query === query);
            return {
              query,
              medianMs: median(values(same, (search) => search.settledMs)),
              results: same.find((search) => search.count !== null)?.count ?? null,
            };
          }),
        }
      : null,
    firstSearch: firstSearchOf(ok),
    cappedMeasurements: [...steps, ...searches].filter((item) => item.capped).length,
    cappedSteps: steps.filter((step) => step.capped).length,
    cappedSearches: searches.filter((search) => search.capped).length,
    longestTaskDuringInteractionMs: percentile(
      runs.interactions.flatMap((interaction) => interaction.longTasks.map((task) => task.duration)),
      100,
    ),
  };
}

function firstSearchOf(loads: readonly LoadResult[]): ScenarioSummary['firstSearch'] {
  const found = loads.flatMap((load) => (load.firstSearch && !load.firstSearch.error ? [load.firstSearch] : []));
  if (found.length === 0) return null;
  return {
    query: found[0]!.query,
    runs: found.length,
    medianToCountMs: median(values(found, (search) => search.countMs)),
    partialRuns: found.filter((search) => search.partial).length,
    medianToCompleteMs: median(values(found, (search) => search.completeMs)),
    medianCount: median(values(found, (search) => search.count)),
    medianCompleteCount: median(values(found, (search) => search.completeCount)),
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

/** Why a budget's figure is missing or partial, for the table; undefined when there is nothing to say. */
function caveat(summary: ScenarioSummary | undefined, measured: number | null): string | undefined {
  if (summary === undefined) return 'scenario not run (see --only)';
  const parts: string[] = [];
  if (measured === null) parts.push(summary.errors[0] ?? 'no run produced this figure');
  else if (summary.failedRuns > 0) parts.push(`${summary.failedRuns}/${summary.runs} runs failed`);
  if (summary.runs < summary.planned) parts.push(`${summary.runs} of ${summary.planned} runs`);
  return parts.length ? parts.join('; ') : undefined;
}

export function budgets(chunks: ChunkReport, summaries: readonly ScenarioSummary[]): Budget[] {
  const find = (name: string) => summaries.find((summary) => summary.name === name);
  const builtin = find('built-in');
  const capped = (summary: ScenarioSummary | undefined) =>
    summary?.cappedMeasurements ? `; ${summary.cappedMeasurements} capped measurement(s), lower bounds` : '';
  const check = (name: string, summary: ScenarioSummary | undefined, measured: number | null | undefined, max: number, extra = '') => {
    const note = [caveat(summary, measured ?? null), extra.replace(/^; /, '')].filter(Boolean).join('; ');
    return budget(name, measured ?? null, max, 'ms', note || undefined);
  };
  /** The 100k budgets, for the single file (always listed) and for the split store the builder writes (when it ran). */
  const bigBudgets = (prefix: string, big: ScenarioSummary | undefined) => [
    check(`${prefix}: timeline ready`, big, big?.readyMs, 1500),
    check(`${prefix}: zoom/pan step p95, by key`, big, big?.steps?.p95Ms, 33, capped(big)),
    check(`${prefix}: zoom/pan step p95, by wheel`, big, big?.wheel?.p95Ms, 33, capped(big)),
    check(`${prefix}: search (median, until painted)`, big, big?.search?.medianMs, 50),
    check(
      `${prefix}: first keystroke, typed as the timeline is ready (median, until a count shows)`,
      big,
      big?.firstSearch?.medianToCountMs,
      100,
      big?.firstSearch ? `; ${big.firstSearch.partialRuns}/${big.firstSearch.runs} first answers partial (index not ready)` : '',
    ),
  ];
  const split = find('100k-split');
  return [
    budget('initial JS (what index.html loads)', Math.round(chunks.totals.initialJsGzip / 100) / 10, 100, 'kB'),
    check('built-in store, slow 4G: LCP', builtin, builtin?.lcpMs, 600),
    check('built-in store, slow 4G: timeline ready', builtin, builtin?.readyMs, 1500),
    ...bigBudgets('100k events', find('100k')),
    ...(split ? bigBudgets('100k events, split store', split) : []),
  ];
}

const ms = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${Math.round(value).toLocaleString('en')} ms`;
const kb = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${(value / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} KB`;
const mb = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${(value / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

export interface Environment {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  chromium: string;
}

export function markdownTable(
  environment: Environment,
  chunks: ChunkReport,
  summaries: readonly ScenarioSummary[],
  checked: readonly Budget[],
  storeSizes: Record<string, number>,
): string {
  const lines: string[] = [];
  lines.push(`## chronique benchmark — ${environment.date}`, '');
  lines.push(
    `${environment.cpus} CPU cores (${environment.cpuModel}), ${environment.memoryGb} GB, Node ${environment.node}, Chromium ${environment.chromium}.`,
  );
  lines.push(
    'Figures are medians over the runs of each scenario (fresh browser context per run, service worker blocked, gzip served as a production host would); steps and searches are pooled over the runs.',
    '',
  );
  lines.push('### Budgets', '', '| budget | limit | measured | result |', '| --- | --- | --- | --- |');
  for (const item of checked) {
    const figure = item.unit === 'kB' ? `${item.measured} KB` : ms(item.measured);
    const measured =
      item.measured === null ? `not measured: ${item.note ?? 'no figure'}` : `${figure}${item.note ? ` (${item.note})` : ''}`;
    // Only a figure within the limit passes: a scenario that ran and gave no figure has not shown it.
    const result = item.pass ? 'PASS' : item.note?.startsWith('scenario not run') ? 'not run' : 'MISS';
    lines.push(`| ${item.name} | ${item.limit} | ${measured} | ${result} |`);
  }
  lines.push(
    '',
    '### Scenarios',
    '',
    '“not measured”: the runs gave no figure (reasons under the table); “+”: includes measurements that hit a cap (lower bounds).',
    '',
    '| scenario | runs | FCP | LCP | timeline ready | transferred | JS heap | keys: zoom+pan step p50 / p95 / max | keys: zoom p50 / p95 | keys: pan p50 / p95 | wheel: zoom+pan step p50 / p95 / max | search median / p95 (results shown) | longest task while interacting |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const summary of summaries) {
    const missing = 'not measured';
    const measuredOr = (text: string, value: number | null | undefined) => (value === null || value === undefined ? missing : text);
    const stats = (item: TimeStats | null, withMax: boolean) =>
      item === null
        ? summary.name === 'built-in'
          ? 'n/a'
          : missing
        : measuredOr(
            `${ms(item.p50Ms)} / ${ms(item.p95Ms)}${withMax ? ` / ${ms(item.maxMs)}${summary.cappedSteps ? '+' : ''}` : ''} (${item.count})`,
            item.p50Ms,
          );
    const search =
      summary.search === null
        ? summary.name === 'built-in'
          ? 'n/a'
          : missing
        : measuredOr(
            `${ms(summary.search.medianMs)} / ${ms(summary.search.p95Ms)}${summary.cappedSearches ? '+' : ''} (count shown after ${ms(summary.search.medianToCountMs)})`,
            summary.search.medianMs,
          );
    const runs = `${summary.runs}${summary.runs < summary.planned ? ` of ${summary.planned}` : ''}${summary.failedRuns ? `, ${summary.failedRuns} failed` : ''}`;
    lines.push(
      `| ${summary.description} | ${runs} | ${measuredOr(ms(summary.fcpMs), summary.fcpMs)} | ${measuredOr(`${ms(summary.lcpMs)}${summary.lcpElement ? ` (${summary.lcpElement})` : ''}`, summary.lcpMs)} | ${measuredOr(ms(summary.readyMs), summary.readyMs)} | ${measuredOr(kb(summary.transferredBytes), summary.transferredBytes)} | ${measuredOr(mb(summary.heapUsedBytes), summary.heapUsedBytes)} | ${stats(summary.steps, true)} | ${stats(summary.zoom, false)} | ${stats(summary.pan, false)} | ${stats(summary.wheel, true)} | ${search} | ${summary.search === null ? 'n/a' : measuredOr(ms(summary.longestTaskDuringInteractionMs), summary.longestTaskDuringInteractionMs)} |`,
    );
  }
  const loaded = summaries.filter((summary) => summary.readyMs !== null);
  if (loaded.length) {
    lines.push(
      '',
      '### Where the time to ready goes (medians, ms since navigation start)',
      '',
      '| scenario | store received | JSON parsed | store validated | timeline ready |',
      '| --- | --- | --- | --- | --- |',
      ...loaded.map(
        ({ name, storePhases: phases, readyMs }) =>
          `| ${name} | ${ms(phases.receivedMs)} | ${ms(phases.parsedMs)} | ${ms(phases.validatedMs)} | ${ms(readyMs)} |`,
      ),
    );
  }
  const typedAtReady = summaries.filter((summary) => summary.firstSearch !== null);
  if (typedAtReady.length) {
    lines.push(
      '',
      '### First keystroke: a query typed the moment the timeline is ready (medians, ms after typing)',
      '',
      '| scenario | query | first count shown | first answers partial | its results | complete answer shown | its results |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...typedAtReady
        .map(({ name, firstSearch: first }) =>
          [
            name,
            `\`${first!.query}\``,
            ms(first!.medianToCountMs),
            `${first!.partialRuns}/${first!.runs}`,
            first!.medianCount ?? '—',
            ms(first!.medianToCompleteMs),
            first!.medianCompleteCount ?? '—',
          ].join(' | '),
        )
        .map((row) => `| ${row} |`),
    );
  }
  const searched = summaries.filter((summary) => summary.search?.perQuery.length);
  if (searched.length) {
    lines.push(
      '',
      '### Search, per query (median until painted; number of results)',
      '',
      `| query | ${searched.map((summary) => summary.name).join(' | ')} |`,
      `| --- |${searched.map(() => ' --- |').join('')}`,
    );
    const queries = [...new Set(searched.flatMap((summary) => summary.search!.perQuery.map((item) => item.query)))];
    for (const query of queries) {
      lines.push(
        `| \`${query}\` | ${searched
          .map((summary) => {
            const found = summary.search!.perQuery.find((item) => item.query === query);
            return found ? `${ms(found.medianMs)} (${found.results ?? 'no count'})` : 'not measured';
          })
          .join(' | ')} |`,
      );
    }
  }
  const errors = summaries.flatMap((summary) => summary.errors.map((error) => `- ${summary.name}: ${error}`));
  if (errors.length) lines.push('', '### Not measured, failed or stopped runs', '', ...errors);
  lines.push('', '### Chunks (gzip level 9)', '', '| file | loaded | raw | gzip |', '| --- | --- | --- | --- |');
  for (const [label, list] of [
    ['initial', chunks.initialJs],
    ['initial (CSS)', chunks.initialCss],
    ['first view (preloaded, run when imported)', chunks.firstViewJs ?? []],
    ['lazy', chunks.lazyJs],
  ] as const) {
    for (const chunk of list) lines.push(`| ${chunk.file} | ${label} | ${kb(chunk.bytes)} | ${kb(chunk.gzip)} |`);
  }
  lines.push(
    `| **total initial JS** | | | **${kb(chunks.totals.initialJsGzip)}** |`,
    `| total first-view JS (preloaded) | | | ${kb((chunks.firstViewJs ?? []).reduce((total, chunk) => total + chunk.gzip, 0))} |`,
    `| total lazy JS | | | ${kb(chunks.totals.lazyJsGzip)} |`,
  );
  if (Object.keys(storeSizes).length) {
    lines.push(
      '',
      `Synthetic stores: ${Object.entries(storeSizes)
        .map(([name, bytes]) => `${name} = ${mb(bytes)}`)
        .join(', ')} (uncompressed JSON).`,
    );
  }
  return lines.join('\n');
}
