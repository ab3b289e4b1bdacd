#!/usr/bin/env node
'use strict';
/**
 * The `strata` command. It starts the bundled CLI (written by `npm run build`) through V8's code
 * cache, so most of its code is neither parsed nor compiled again. There are two bundles: the whole
 * CLI (dist/cli/strata.cjs) and a small one for the read verbs (dist/cli/strata-read.cjs, from
 * src/cli/read.ts), started when argv begins with one of them. The small one hands back what it
 * cannot do alone (a timer has fallen due, so a writer must log what happened first) before it has
 * printed or written anything: its `main` then answers undefined and the whole CLI runs the same argv.
 *
 * A bundle is a CommonJS module's code inside the function node wraps a module in (the build writes
 * the wrapper on the first line, so that line numbers stay the file's own): it evaluates to that
 * function. A cache file holds the exact code it was made from (the bundle), then V8's data. A cache
 * made from other code, missing, unreadable, or refused by V8 (another node version, other V8 flags)
 * is not used: the bundle is compiled from source, and a fresh cache is written when the command is
 * done (whole or not at all; skipped where the directory is read-only). V8 itself only compares the
 * source's length, hence the copy. This file is CommonJS (bin/package.json) because an ES module
 * entry point costs node a few milliseconds more to start.
 */
const fs = require('node:fs');
const path = require('node:path');

const dist = path.join(__dirname, '..', 'dist', 'cli');
const whole = path.join(dist, 'strata.cjs');
const reads = path.join(dist, 'strata-read.cjs');
const modules = path.join(dist, 'main.js');
const argv = process.argv.slice(2);

/**
 * The verbs the read bundle runs (src/cli/read.ts READ_BUNDLE_VERBS). Only a question of speed: the
 * read bundle hands any other verb back to the whole CLI.
 */
const READ_VERBS = new Set(['ps', 'images', 'inspect', 'logs', 'diff', 'history', 'log']);
const isRead = READ_VERBS.has(argv[0]) || (argv[0] === 'image' && argv[1] === 'inspect');

/** A bundle there, unless tsc alone rebuilt the modules after it: those are then the current code. */
function isCurrent(bundle) {
  const b = fs.statSync(bundle, { throwIfNoEntry: false });
  const m = fs.statSync(modules, { throwIfNoEntry: false });
  return b !== undefined && (m === undefined || b.mtimeMs >= m.mtimeMs);
}

/** The V8 data of a cache made from exactly this code, or undefined. */
function readCache(cacheFile, source) {
  let file;
  try {
    file = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  if (file.length <= 4 + source.length || file.readUInt32LE(0) !== source.length) return undefined;
  if (!file.subarray(4, 4 + source.length).equals(source)) return undefined;
  return file.subarray(4 + source.length);
}

/** Written whole or not at all (a temporary file, fsynced, renamed); failures only mean no cache. */
function writeCache(cacheFile, source, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(source.length, 0);
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeFileSync(fd, Buffer.concat([length, source, data]));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, cacheFile);
  } catch {
    fs.rmSync(tmp, { force: true });
  }
}

/** Run a bundle's `main` on argv: what it answers (an exit code; undefined from the read bundle: not its). */
function runBundle(bundle) {
  const vm = require('node:vm');
  const cacheFile = `${bundle}.cache`;
  const source = fs.readFileSync(bundle);
  const cachedData = readCache(cacheFile, source);
  // The bundle is ASCII (esbuild's charset), so latin1 is exact and V8's cheapest decoding; its text
  // is compiled as it is, one string (a copy with the wrapper added costs a garbage collection).
  const script = new vm.Script(source.toString('latin1'), {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  const mod = { exports: {} };
  // Module is node:module's export, here without loading that module (it loads node's ES module loader)
  script.runInThisContext()(mod.exports, module.constructor.createRequire(bundle), mod, bundle, dist);
  return mod.exports.main(argv).then((code) => {
    if (cachedData === undefined || script.cachedDataRejected) writeCache(cacheFile, source, script.createCachedData());
    return code;
  });
}

// A bundle runs as a script, where import() finds no loader (node gives it only to module files and,
// from a code cache, not even to a script given one): this file lends its own, for the ES modules a
// user names (`check --invariant`).
globalThis[Symbol.for('strata.importModule')] = (url) => import(url);

if (isCurrent(whole)) {
  (isRead && isCurrent(reads) ? runBundle(reads) : Promise.resolve(undefined))
    .then((code) => code ?? runBundle(whole))
    .then((code) => {
      // The command is done and its output written (the CLI writes to the descriptors synchronously).
      // Left to itself node would run its event loop once more before exiting, and V8 a garbage
      // collection it had scheduled there: a millisecond spent on a heap about to be dropped.
      process.exitCode = code;
      process.exit();
    });
} else {
  import(require('node:url').pathToFileURL(modules).href).then(async ({ main }) => (process.exitCode = await main(argv)));
}
