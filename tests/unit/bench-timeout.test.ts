/** The benchmark's Node-side time limits: a page that never answers must not hold the run. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Deadline, isTimeout, RoundTripTimeout, withTimeout } from '../../bench/timeout';

afterEach(() => {
  vi.useRealTimers();
});

describe('withTimeout', () => {
  it('gives the answer of a call that answers in time', async () => {
    await expect(withTimeout(Promise.resolve(42), 1_000, 'answer')).resolves.toBe(42);
  });

  it('passes on the error of a call that fails in time', async () => {
    await expect(withTimeout(Promise.reject(new Error('page crashed')), 1_000, 'call')).rejects.toThrow('page crashed');
  });

  it('gives up on a call that never answers, naming it and the limit', async () => {
    vi.useFakeTimers();
    const never = new Promise<never>(() => {});
    const raced = withTimeout(never, 20_000, 'zoom step “+”');
    const outcome = raced.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(20_000);
    const error = await outcome;
    expect(isTimeout(error)).toBe(true);
    expect(error).toBeInstanceOf(RoundTripTimeout);
    expect((error as RoundTripTimeout).ms).toBe(20_000);
    expect((error as Error).message).toBe('zoom step “+”: no answer within 20 s');
  });

  it('does not give up before the limit', async () => {
    vi.useFakeTimers();
    let settled = false;
    void withTimeout(new Promise<never>(() => {}), 5_000, 'slow').catch(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });

  it('leaves no unhandled rejection when a call given up on fails later (its page closed)', async () => {
    vi.useFakeTimers();
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      let fail: (error: Error) => void = () => {};
      const late = new Promise<never>((_, reject) => {
        fail = reject;
      });
      const outcome = withTimeout(late, 100, 'late').catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(100);
      expect(isTimeout(await outcome)).toBe(true);
      fail(new Error('Target page, context or browser has been closed'));
      vi.useRealTimers();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('Deadline', () => {
  it('shares what is left among the calls, never less than nothing', () => {
    let now = 1_000;
    const deadline = new Deadline(60_000, () => now);
    expect(deadline.clip(20_000)).toBe(20_000);
    now += 50_000;
    expect(deadline.remaining()).toBe(10_000);
    expect(deadline.clip(20_000)).toBe(10_000);
    expect(deadline.passed()).toBe(false);
    now += 15_000;
    expect(deadline.remaining()).toBe(0);
    expect(deadline.clip(20_000)).toBe(0);
    expect(deadline.passed()).toBe(true);
  });
});
