import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'spec/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Starts a private reference Docker engine for test/engine (see scripts/engine.sh).
    globalSetup: ['test/support/global-engine.ts'],
  },
});
