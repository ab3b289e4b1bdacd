#!/usr/bin/env node
'use strict';
/**
 * The `strata` command. It starts the bundled CLI (dist/cli/strata.cjs, written by `npm run build`)
 * through V8's code cache, so most of its code is neither parsed nor compiled again.
 *
 * The cache file holds the exact code it was made from (the bundle, wrapped), then V8's data. A
 * cache made from other code, missing, unreadable, or refused by V8 (another node version, other V8
 * flags) is not used: the bundle is compiled from source, and a fresh cache is written when the
 * command is done (whole or not at all; skipped where the directory is read-only). V8 itself only
 * compares the source's length, hence the copy. This file is CommonJS (bin/package.json) because an
 * ES module entry point costs node a few milliseconds more to start.
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

// Module.wrap's parameters, on the bundle's first line so that its line numbers stay its own.
const HEAD = Buffer.from('(function (exports, require, module, __filename, __dirname) {', 'latin1');
const TAIL = Buffer.from('\n})', 'latin1');

/** The V8 data of a cache made from exactly this code (HEAD, `source`, TAIL), or undefined. */
function readCache(source) {
  let file;
  try {
    file = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const parts = [HEAD, source, TAIL];
  const n = HEAD.length + source.length + TAIL.length;
  if (file.length <= 4 + n || file.readUInt32LE(0) !== n) return undefined;
  let at = 4;
  for (const part of parts) {
    if (!file.subarray(at, at + part.length).equals(part)) return undefined;
    at += part.length;
  }
  return file.subarray(at);
}

/** Written whole or not at all (a temporary file, fsynced, renamed); failures only mean no cache. */
function writeCache(source, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(HEAD.length + source.length + TAIL.length, 0);
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeFileSync(fd, Buffer.concat([length, HEAD, source, TAIL, data]));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
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
  // The bundle is ASCII (esbuild's charset), so latin1 is exact and V8's cheapest decoding.
  const script = new vm.Script(`${HEAD.toString('latin1')}${source.toString('latin1')}${TAIL.toString('latin1')}`, {
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
