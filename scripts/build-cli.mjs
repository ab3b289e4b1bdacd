#!/usr/bin/env node
/**
 * `npm run build`, after tsc: bundles the CLI into one file, dist/cli/strata.cjs, which bin/strata.js
 * starts. A command then reads one file instead of resolving and compiling some 150 modules, and the
 * verbs it does not run stay uninitialised (main.ts loads each verb group with a dynamic import, which
 * esbuild turns into a lazily run module wrapper). The library (dist/index.js and its .d.ts) is tsc's
 * output, untouched.
 *
 * CommonJS, so that bin/strata.js can compile it with vm.Script and V8's code cache; the bundle's
 * code cache is then primed by one `ps -a` on an empty store (bin/strata.js writes it when missing).
 * (A V8 start-up snapshot, `node --snapshot-blob`, measured no faster than the code cache for `ps`,
 * and a bin script cannot pass node that flag.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { identityOf } from '../dist/log/snapshot.js';

/**
 * commander requires child_process as it loads, for subcommands that are separate executables, which
 * this CLI never defines; child_process brings net and dgram with it. commander gets a stand-in that
 * requires the module on first use instead.
 */
const deferChildProcess = {
  name: 'defer-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'deferred' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'deferred' }, () => ({
      contents: "let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = join(root, 'dist', 'cli', 'strata.cjs');

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Blanks and syntax only, names kept (stack traces stay readable): a smaller file reads and
  // compiles faster (about 1 ms a command). Short lines, so that the source line node prints with an
  // uncaught error is a line, not the bundle.
  minifyWhitespace: true,
  minifySyntax: true,
  lineLimit: 120,
  charset: 'ascii', // bin/strata.js reads it as latin1, V8's cheapest string
  // Native addons cannot be inlined: they are required at run time from the package's node_modules.
  external: ['fs-native-extensions', 'zod'],
  // Sources written as ES modules ask import.meta.url for a require (createRequire); in CommonJS the
  // bundle's own file URL answers.
  // The bundle shares its snapshots with the library modules it is built from (src/log/snapshot.ts).
  define: { 'import.meta.url': '__bundleUrl', STRATA_BUILD: JSON.stringify(identityOf(join(root, 'dist', 'log', 'snapshot.js'))) },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [deferChildProcess],
  sourcemap: 'linked',
  sourcesContent: false,
  metafile: true,
  logLevel: 'warning',
});
// What the bundle holds, module by module (esbuild's metafile): for seeing what a change adds to it.
writeFileSync(join(root, 'dist', 'cli', 'strata.meta.json'), JSON.stringify(result.metafile));

// Prime the code cache with the command users run most (and the one the bench measures).
const home = mkdtempSync(join(tmpdir(), 'strata-build-'));
try {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'strata.js'), 'ps', '-a'], {
    env: { ...process.env, STRATA_HOME: home },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`build-cli: the bundled CLI failed its first run (exit ${r.status ?? r.signal})`);
} finally {
  rmSync(home, { recursive: true, force: true });
}
