import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    globalSetup: ['tests/helpers/build-store-once.ts'],
    // Speed is the bench's business (npm run bench): on two busy cores a jsdom render of every event
    // or a 100-run property test can take over vitest's 5 s default without anything being wrong.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/helpers/jsdom-setup.ts'],
        },
      },
    ],
  },
});
