#!/usr/bin/env node
/**
 * `npm run build`, last: the explorer page's script (src/explore/page), bundled by vite into one
 * classic script, dist/explore/page/explorer.js, which `strata explore` inlines into the page it
 * writes (a module script would not run from file://).
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist/explore/page',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: { entry: 'src/explore/page/main.ts', formats: ['iife'], name: 'StrataExplore', fileName: () => 'explorer.js' },
  },
});
