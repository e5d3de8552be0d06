import { defineConfig } from 'vitest/config';

/** Browser tests: the production build served locally, driven in Debian's Chromium by playwright-core. */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/serve-dist.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A condition the page reaches after an animation, a redraw or a fetch: 1 s (the default) is
    // too short on a loaded two-core CI machine; a poll still fails if the page never gets there.
    expect: { poll: { timeout: 10_000 } },
  },
});
