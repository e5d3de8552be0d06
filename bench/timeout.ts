/**
 * Node-side time limits for page round trips. `page.evaluate` and CDP calls wait for the page's
 * main thread, so a page busy for minutes (loading 100,000 events) would hold the harness with
 * it; racing each call with a timer keeps the run going.
 */

export class RoundTripTimeout extends Error {
  override name = 'RoundTripTimeout';
  constructor(
    readonly what: string,
    readonly ms: number,
  ) {
    super(`${what}: no answer within ${formatSeconds(ms)}`);
  }
}

export const formatSeconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

/** The work's result, or a RoundTripTimeout after `ms`. The work is not cancelled (whoever owns it closes the page). */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  // A late rejection (the page closed under a call we gave up on) must not become an unhandled one.
  work.catch(() => {});
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RoundTripTimeout(what, ms)), Math.max(0, ms));
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

export const isTimeout = (error: unknown): error is RoundTripTimeout => error instanceof RoundTripTimeout;

/** A point in time that several round trips share: each gets at most what is left. */
export class Deadline {
  readonly at: number;
  constructor(
    ms: number,
    private readonly now: () => number = Date.now,
  ) {
    this.at = now() + ms;
  }

  remaining(): number {
    return Math.max(0, this.at - this.now());
  }

  passed(): boolean {
    return this.remaining() === 0;
  }

  /** The smaller of `ms` and what is left. */
  clip(ms: number): number {
    return Math.min(ms, this.remaining());
  }
}
