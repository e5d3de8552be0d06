/** The benchmark's figures and table: what a reader of the report relies on. */
import { describe, expect, it } from 'vitest';
import type { ChunkReport } from '../../bench/chunk-sizes';
import { budgets, markdownTable, summarize, timeStats, type ScenarioRuns } from '../../bench/report';
import type { InteractionResult, LoadResult, StepResult } from '../../bench/scenarios';
import { median, percentile } from '../../bench/stats';

const load = (overrides: Partial<LoadResult> = {}): LoadResult => ({
  fcpMs: 300,
  lcpMs: 400,
  lcpElement: 'p.chrono-summary',
  readyMs: 1_000,
  storePhases: { receivedMs: 500, parsedMs: 600, validatedMs: 800 },
  transferredBytes: 200_000,
  requests: [],
  heapUsedBytes: 20e6,
  longTasks: [],
  heading: 'Événements synthétiques',
  error: null,
  stuck: false,
  firstSearch: null,
  ...overrides,
});

const step = (key: string, ms: number, capped = false): StepResult => ({
  key,
  kind: key === '+' || key === '-' || key.startsWith('pinch') ? 'zoom' : 'pan',
  input: key.startsWith('pinch') || key.startsWith('swipe') ? 'wheel' : 'key',
  ms,
  capped,
  mutations: 3,
});

const interaction = (steps: StepResult[], searchMs: number[] = [10, 20], stopped: string | null = null): InteractionResult => ({
  steps,
  search: searchMs.map((ms, index) => ({ query: `q${index}`, countMs: ms / 2, settledMs: ms, capped: false, count: index })),
  longTasks: [{ start: 0, duration: 80 }],
  stopped,
});

const chunks: ChunkReport = {
  initialJs: [{ file: 'assets/index.js', bytes: 200_000, gzip: 60_000 }],
  initialCss: [],
  lazyJs: [],
  totals: { initialJsGzip: 60_000, initialCssGzip: 0, lazyJsGzip: 0 },
};

const environment = { date: '2026-01-01T00:00:00.000Z', cpus: 2, cpuModel: 'test', memoryGb: 8, node: 'v20', chromium: '150' };

describe('percentiles', () => {
  it('takes the nearest rank and ignores what is not a number', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100], 95)).toBe(19);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100], 100)).toBe(100);
    expect(median([Number.NaN, 7])).toBe(7);
    expect(median([])).toBeNull();
  });

  it('summarizes step times by p50, p95 and max', () => {
    expect(timeStats([30, 10, 20])).toEqual({ count: 3, p50Ms: 20, p95Ms: 30, maxMs: 30 });
    expect(timeStats([])).toEqual({ count: 0, p50Ms: null, p95Ms: null, maxMs: null });
  });
});

describe('summarize', () => {
  it('reports key zoom, key pan and wheel steps apart, and key steps together, pooled over the runs', () => {
    const summary = summarize({
      name: '10k',
      description: '10k',
      planned: 2,
      loads: [load(), load()],
      interactions: [
        interaction([step('+', 100), step('ArrowRight', 10), step('pinch-in', 7)]),
        interaction([step('-', 300), step('ArrowLeft', 30), step('swipe-left', 70)]),
      ],
      notes: [],
    });
    expect(summary.zoom).toMatchObject({ count: 2, p50Ms: 100, maxMs: 300 });
    expect(summary.pan).toMatchObject({ count: 2, p50Ms: 10, maxMs: 30 });
    expect(summary.steps).toMatchObject({ count: 4, p50Ms: 30, maxMs: 300 });
    // Wheel steps are reported apart, never mixed into the keys' figures.
    expect(summary.wheel).toMatchObject({ count: 2, p50Ms: 7, maxMs: 70 });
  });

  it('takes load figures from the runs that worked only, and keeps every reason a run failed or stopped', () => {
    const summary = summarize({
      name: '100k',
      description: '100k',
      planned: 3,
      loads: [load({ readyMs: 9_000 }), load({ readyMs: null, fcpMs: 50, error: 'the timeline was not ready within 120 s', stuck: true })],
      interactions: [interaction([step('+', 20_000, true)], [], 'zoom step “+”: no answer within 20 s')],
      notes: ['stopped after 2 of 3 runs: the next would not fit in the scenario’s 275 s'],
    });
    expect(summary.runs).toBe(2);
    expect(summary.failedRuns).toBe(1);
    expect(summary.readyMs).toBe(9_000);
    expect(summary.fcpMs).toBe(300);
    expect(summary.cappedMeasurements).toBe(1);
    expect(summary.errors).toEqual([
      'the timeline was not ready within 120 s',
      'part of the zoom/pan/search sequence not measured: zoom step “+”: no answer within 20 s',
      'stopped after 2 of 3 runs: the next would not fit in the scenario’s 275 s',
    ]);
  });
});

describe('budgets and the table', () => {
  const failed100k = (): ScenarioRuns => ({
    name: '100k',
    description: '100,000 synthetic events',
    planned: 1,
    loads: [load({ readyMs: null, error: 'the timeline was not ready within 120 s', stuck: true })],
    interactions: [],
    notes: [],
  });
  const fast10k = (): ScenarioRuns => ({
    name: '10k',
    description: '10,000 synthetic events',
    planned: 1,
    loads: [load()],
    interactions: [interaction([step('+', 40), step('ArrowLeft', 20)])],
    notes: [],
  });

  it('misses a budget that the runs could not measure, and says why', () => {
    const checked = budgets(chunks, [summarize(failed100k())]);
    const ready = checked.find((item) => item.name === '100k events: timeline ready')!;
    expect(ready).toMatchObject({ measured: null, pass: false });
    expect(ready.note).toContain('the timeline was not ready within 120 s');
    expect(checked.find((item) => item.name.startsWith('initial JS'))).toMatchObject({ measured: 60, pass: true });
  });

  it('prints “not measured: <reason>” in the table, and the scenarios that ran', () => {
    const summaries = [summarize(fast10k()), summarize(failed100k())];
    const table = markdownTable(environment, chunks, summaries, budgets(chunks, summaries), {});
    expect(table).toContain('| 100k events: timeline ready | ≤ 1500 ms | not measured: the timeline was not ready within 120 s | MISS |');
    expect(table).toContain('| built-in store, slow 4G: LCP | ≤ 600 ms | not measured: scenario not run (see --only) | not run |');
    const row100k = table.split('\n').find((line) => line.startsWith('| 100,000 synthetic events'))!;
    expect(row100k).toContain('| 1, 1 failed | not measured |');
    const row10k = table.split('\n').find((line) => line.startsWith('| 10,000 synthetic events'))!;
    expect(row10k).toContain('| 20 ms / 40 ms / 40 ms (2) | 40 ms / 40 ms (1) | 20 ms / 20 ms (1) |');
    expect(table).toContain('- 100k: the timeline was not ready within 120 s');
  });

  it('marks as lower bounds the steps that hit a cap, and not the searches of the same runs', () => {
    const runs = { ...fast10k(), interactions: [interaction([step('+', 5_000, true), step('ArrowLeft', 20)], [30])] };
    const table = markdownTable(environment, chunks, [summarize(runs)], budgets(chunks, [summarize(runs)]), {});
    const row = table.split('\n').find((line) => line.startsWith('| 10,000 synthetic events'))!;
    expect(row).toContain('| 20 ms / 5,000 ms / 5,000 ms+ (2) |');
    expect(row).toContain('| 30 ms / 30 ms (count shown after 15 ms) |');
  });

  it('shows where the time to ready went: store received, parsed, validated, drawn', () => {
    const phases = (receivedMs: number | null, parsedMs: number | null, validatedMs: number | null) => ({
      storePhases: { receivedMs, parsedMs, validatedMs },
    });
    const loads = [
      load(),
      load({ ...phases(700, 900, 1_200), readyMs: 2_000 }),
      load(phases(900, 1_000, 1_500)),
      load(phases(null, null, null)),
    ];
    const runs = { ...fast10k(), planned: 4, loads };
    const table = markdownTable(environment, chunks, [summarize(runs)], budgets(chunks, [summarize(runs)]), {});
    // Medians over the runs that have the marks.
    expect(table).toContain('| 10k | 700 ms | 900 ms | 1,200 ms | 1,000 ms |');
  });

  it('reports the query typed at ready: until a count shows, how many first answers were partial, until the complete one', () => {
    const typed = (countMs: number, partial: boolean, completeMs: number | null) => ({
      firstSearch: {
        query: 'dissuasion',
        countMs,
        count: partial ? 40 : 900,
        partial,
        completeMs,
        completeCount: completeMs === null ? null : 900,
      },
    });
    const loads = [load(typed(30, true, 2_000)), load(typed(50, true, 3_000)), load(typed(20, false, 20)), load({ error: 'x' })];
    const runs = { ...fast10k(), name: '100k', planned: 4, loads };
    const checked = budgets(chunks, [summarize(runs)]);
    expect(checked.find((item) => item.name.startsWith('100k events: first keystroke'))).toMatchObject({
      measured: 30,
      pass: true,
      note: '1/4 runs failed; 2/3 first answers partial (index not ready)',
    });
    const table = markdownTable(environment, chunks, [summarize(runs)], checked, {});
    expect(table).toContain('| 100k | `dissuasion` | 30 ms | 2/3 | 40 | 2,000 ms | 900 |');
    expect(summarize({ ...runs, loads: [load()] }).firstSearch).toBeNull();
  });

  it('judges the split store’s 100k figures against the same budgets, in rows of their own, when it ran', () => {
    const single = { ...fast10k(), name: '100k' };
    const split = { ...fast10k(), name: '100k-split', loads: [load({ readyMs: 2_000 })] };
    const names = (checked: ReturnType<typeof budgets>) => checked.map((item) => item.name);
    expect(names(budgets(chunks, [summarize(single)])).some((name) => name.includes('split'))).toBe(false);
    const checked = budgets(chunks, [summarize(single), summarize(split)]);
    expect(checked.find((item) => item.name === '100k events: timeline ready')).toMatchObject({ measured: 1_000, pass: true });
    expect(checked.find((item) => item.name === '100k events, split store: timeline ready')).toMatchObject({
      measured: 2_000,
      pass: false,
    });
    expect(names(checked).filter((name) => name.startsWith('100k events, split store')).length).toBe(5);
  });

  it('says when fewer runs than asked were measured', () => {
    const runs = { ...fast10k(), name: '100k', planned: 3, notes: ['stopped after 1 of 3 runs: the next would not fit'] };
    const checked = budgets(chunks, [summarize(runs)]);
    expect(checked.find((item) => item.name === '100k events: timeline ready')).toMatchObject({
      measured: 1_000,
      pass: true,
      note: '1 of 3 runs',
    });
    const table = markdownTable(environment, chunks, [summarize(runs)], checked, {});
    expect(table).toContain('| 1 of 3 |');
  });
});
