import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `import … from 'strata'` in modules the tests load (strata check's invariant modules) is this library
  resolve: { alias: { strata: fileURLToPath(new URL('./src/index.ts', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts', 'spec/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // One fixed property seed per run, printed (STRATA_SEED overrides it), and a private reference
    // Docker engine for test/engine (see scripts/engine.sh).
    globalSetup: ['test/support/global-seed.ts', 'test/support/global-engine.ts'],
    setupFiles: ['test/support/setup-seed.ts'],
  },
});
