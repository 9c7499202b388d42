import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { pathAliases } from './aliases.config.mjs';

// One config, four projects: `npm test` runs them all; `vitest run --project core` runs one.
export default defineConfig({
  test: {
    // CI also writes a JSON report so .ci/run can print a plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.tmp/vitest-results.json' }]] : ['default'],
    projects: [
      {
        resolve: { alias: pathAliases },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // The main-process start-up tests import electron/main/index afresh, which loads the whole core (about 150
          // modules): on a busy machine the first such import alone can pass the default 5 s.
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias: pathAliases },
        test: {
          name: 'core',
          include: ['tests/core/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
        },
      },
      {
        plugins: [react()],
        resolve: { alias: pathAliases },
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/renderer/setup.ts'],
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias: pathAliases },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
