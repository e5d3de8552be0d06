/** The scripted zoom/pan/search sequence against a page that stops answering: the run must go on, honestly. */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { interact, KEY_SEQUENCE, LIMITS, SEARCH_QUERIES, WHEEL_SEQUENCE } from '../../bench/scenarios';
import { Deadline } from '../../bench/timeout';

afterEach(() => {
  vi.useRealTimers();
});

/** A page whose answers come from `answer`; `undefined` means the call never answers (a busy main thread). */
function fakePage(answer: (expression: string) => unknown) {
  const calls: string[] = [];
  const page = {
    evaluate(expression: string) {
      calls.push(expression);
      const value = answer(expression);
      return value === undefined ? new Promise(() => {}) : Promise.resolve(value);
    },
  };
  return { page: page as unknown as Page, calls };
}

const fine = (expression: string): unknown => {
  if (expression.includes('longTasks.length')) return 0;
  if (expression.includes('longTasks')) return [];
  const key = /__bench(?:Key|Wheel)\("(.+)"\)/.exec(expression)?.[1];
  if (key) return { key, ms: 12, capped: false, mutations: 4 };
  if (expression.includes('__benchClearSearch')) return null;
  const query = /__benchSearch\((".*")\)/.exec(expression)?.[1];
  if (query) return { query: JSON.parse(query) as string, countMs: 5, settledMs: 9, capped: false, count: 1 };
  throw new Error(`unexpected call ${expression}`);
};

async function run(page: Page, deadline: Deadline) {
  vi.useFakeTimers();
  const result = interact(page, deadline);
  await vi.runAllTimersAsync();
  return result;
}

describe('interact', () => {
  it('measures every step and every search of a page that answers', async () => {
    const { page } = fakePage(fine);
    const result = await run(page, new Deadline(600_000));
    expect(result.stopped).toBeNull();
    expect(result.steps.map((step) => step.key)).toEqual([...KEY_SEQUENCE, ...WHEEL_SEQUENCE]);
    expect(result.steps.filter((step) => step.input === 'key').map((step) => step.key)).toEqual(KEY_SEQUENCE);
    expect(result.steps.filter((step) => step.kind === 'zoom').map((step) => step.key)).toEqual([
      ...KEY_SEQUENCE.filter((key) => key === '+' || key === '-'),
      ...WHEEL_SEQUENCE.filter((gesture) => gesture.startsWith('pinch')),
    ]);
    expect(result.search.map((search) => search.query)).toEqual(SEARCH_QUERIES);
  });

  it('counts a step that gets no answer as at least its limit, flags it, and stops the sequence there', async () => {
    const stuckAt = KEY_SEQUENCE.indexOf('ArrowRight');
    const { page, calls } = fakePage((expression) => (expression.includes('__benchKey("ArrowRight")') ? undefined : fine(expression)));
    const result = await run(page, new Deadline(600_000));
    expect(result.steps).toHaveLength(stuckAt + 1);
    expect(result.steps.at(-1)).toEqual({ key: 'ArrowRight', kind: 'pan', input: 'key', ms: LIMITS.stepMs, capped: true, mutations: 0 });
    expect(result.stopped).toBe('key pan step “ArrowRight”: no answer within 20 s');
    expect(result.search).toEqual([]);
    // Nothing more was sent to a page that does not answer.
    expect(calls.at(-1)).toContain('__benchKey("ArrowRight")');
  });

  it('leaves time for the searches when zoom/pan steps are slow, and says how many steps were measured', async () => {
    const { page } = fakePage(fine);
    const slowSteps = {
      evaluate: (expression: string) =>
        expression.includes('__benchKey') || expression.includes('__benchWheel')
          ? new Promise((resolve) => setTimeout(() => resolve(fine(expression)), 2_000))
          : page.evaluate(expression),
    } as unknown as Page;
    const result = await run(slowSteps, new Deadline(60_000));
    // 60 % of 60 s for steps of 2 s plus a 0.3 s pause each: the 16th starts before 36 s, the 17th after.
    expect(result.steps).toHaveLength(16);
    expect(result.stopped).toBe(
      'zoom/pan steps: stopped after 16 of 34, their share of the scenario’s time used up (searches measured next)',
    );
    expect(result.search.map((search) => search.query)).toEqual(SEARCH_QUERIES);
  });

  it('records no figure for a step cut short by the end of the scenario’s time, only why it stopped', async () => {
    vi.useFakeTimers();
    const deadline = new Deadline(3_000);
    const { page } = fakePage((expression) => (expression.includes('__benchKey') ? undefined : fine(expression)));
    const result = interact(page, deadline);
    await vi.runAllTimersAsync();
    const { steps, stopped } = await result;
    expect(steps).toEqual([]);
    expect(stopped).toBe('key zoom step “+”: no answer within 3 s (the scenario’s time budget ran out)');
  });
});
