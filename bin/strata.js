#!/usr/bin/env node
'use strict';
/**
 * The `strata` command. It starts the bundled CLI (dist/cli/strata.cjs, written by `npm run build`)
 * through V8's code cache, so most of its code is neither parsed nor compiled again.
 *
 * The cache file holds the exact bundle bytes it was made from, then V8's data. A cache made from
 * other bytes, missing, unreadable, or refused by V8 (another node version, other V8 flags) is not
 * used: the bundle is compiled from source, and a fresh cache is written when the command is done
 * (atomically; skipped where the directory is read-only). V8 itself only compares the source's
 * length, hence the copy. This file is CommonJS (bin/package.json) because an ES module entry point
 * costs node a few milliseconds more to start.
 */
const fs = require('node:fs');
const path = require('node:path');

const dist = path.join(__dirname, '..', 'dist', 'cli');
const bundle = path.join(dist, 'strata.cjs');
const modules = path.join(dist, 'main.js');
const cacheFile = `${bundle}.cache`;
const argv = process.argv.slice(2);

/** The bundle, unless tsc alone rebuilt the modules after it: those are then the current code. */
function bundleIsCurrent() {
  const b = fs.statSync(bundle, { throwIfNoEntry: false });
  const m = fs.statSync(modules, { throwIfNoEntry: false });
  return b !== undefined && (m === undefined || b.mtimeMs >= m.mtimeMs);
}

/** The V8 data of a cache made from exactly `source`, or undefined. */
function readCache(source) {
  let file;
  try {
    file = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const n = source.length;
  if (file.length <= 4 + n || file.readUInt32LE(0) !== n || !file.subarray(4, 4 + n).equals(source)) return undefined;
  return file.subarray(4 + n);
}

function writeCache(source, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(source.length, 0);
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, Buffer.concat([length, source, data]));
    fs.renameSync(tmp, cacheFile);
  } catch {
    fs.rmSync(tmp, { force: true });
  }
}

function runBundle() {
  const vm = require('node:vm');
  const { createRequire } = require('node:module');
  const source = fs.readFileSync(bundle);
  const cachedData = readCache(source);
  // Module.wrap's parameters, on the bundle's first line so that its line numbers stay its own.
  // The bundle is ASCII (esbuild's charset), so latin1 is exact and V8's cheapest decoding.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source.toString('latin1')}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(bundle), mod, bundle, dist);
  return mod.exports.main(argv).then((code) => {
    process.exitCode = code;
    if (cachedData === undefined || script.cachedDataRejected) writeCache(source, script.createCachedData());
  });
}

if (bundleIsCurrent()) runBundle();
else import(require('node:url').pathToFileURL(modules).href).then(async ({ main }) => (process.exitCode = await main(argv)));
