#!/usr/bin/env node
/**
 * `npm run build`, after tsc: bundles the CLI into one file, dist/cli/strata.cjs, which bin/strata.js
 * starts. A command then reads one file instead of resolving and compiling some 150 modules, and the
 * verbs it does not run stay uninitialised (main.ts loads each verb group with a dynamic import, which
 * esbuild turns into a lazily run module wrapper). The read verbs get a second, small bundle,
 * dist/cli/strata-read.cjs (src/cli/read.ts): the reader and the queries, no writer, so that a `ps`
 * reads and deserialises a third of the code. The library (dist/index.js and its .d.ts) is tsc's
 * output, untouched.
 *
 * CommonJS, wrapped as node wraps a module, so that bin/strata.js can compile them with vm.Script and
 * V8's code cache; each bundle's code cache is then primed by one command on a small store
 * (scripts/prime.mjs).
 * (A V8 start-up snapshot, `node --snapshot-blob`, measured no faster than the code cache for `ps`,
 * and a bin script cannot pass node that flag.)
 */
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { identityOf } from '../dist/log/snapshot.js';
import { primeCaches } from './prime.mjs';

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

/**
 * The library requires zod when it first needs the event schema (src/log/schema.ts), through
 * createRequire, which esbuild cannot follow. In the bundle that require is a plain one, so zod is
 * bundled: its code is then in the code cache, where a require from node_modules parsed some 300 KB
 * of it on every command that appends (about 250M instructions, some 100 ms).
 */
const ZOD_REQUIRE = "createRequire(import.meta.url)('zod')";
const bundleZod = {
  name: 'bundle-zod',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]log[\\/]schema\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(ZOD_REQUIRE)) throw new Error(`build-cli: ${args.path} no longer loads zod as ${ZOD_REQUIRE}`);
      return { contents: text.replace(ZOD_REQUIRE, "require('zod')"), loader: 'ts' };
    });
  },
};

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist', 'cli');

/** One bundle of the CLI: `entry` and what it imports, as `name`.cjs, with its metafile beside it. */
async function bundle(entry, name) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: join(dist, `${name}.cjs`),
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
    // Graphviz in WebAssembly (some 1.5 MB) is loaded only by a diagram drawn as SVG.
    external: ['fs-native-extensions', '@viz-js/viz'],
    // Sources written as ES modules ask import.meta.url for a require (createRequire); in CommonJS the
    // bundle's own file URL answers, made when first asked (a URL costs a command a quarter millisecond).
    // The bundles share their snapshots with the library modules they are built from (src/log/snapshot.ts).
    define: { 'import.meta.url': '__bundle.url', STRATA_BUILD: JSON.stringify(identityOf(join(root, 'dist', 'log', 'snapshot.js'))) },
    // The module's code inside node's module wrapper (Module.wrap), which bin/strata.js compiles as it
    // is: the file evaluates to the function that runs the module.
    banner: { js: "(function (exports, require, module, __filename, __dirname) {const __bundle = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
    footer: { js: '})' },
    plugins: [deferChildProcess, bundleZod],
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'warning',
  });
  // What the bundle holds, module by module (esbuild's metafile): for seeing what a change adds to it.
  writeFileSync(join(dist, `${name}.meta.json`), JSON.stringify(result.metafile));
}

// The whole CLI, and the read verbs' bundle (src/cli/read.ts), which bin/strata.js starts for them.
await bundle('src/cli/main.ts', 'strata');
await bundle('src/cli/read.ts', 'strata-read');

// Each bundle's code cache, primed on a store like one in use (scripts/prime.mjs says why).
await primeCaches(root);
