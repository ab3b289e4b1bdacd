/**
 * The CLI's code caches (dist/cli/*.cjs.cache), made on purpose rather than by whatever command
 * happens to run first. bin/strata.js writes a bundle's cache when it finds none it can use, and the
 * cache then holds the functions that one run compiled: a first `ps` on an empty store leaves out the
 * rows, the snapshot's check and the lines' decoding, and every later `ps` on a store in use compiles
 * them again (some six million instructions at 100,000 events). A cache V8 refuses is written anew
 * the same way, and V8 refuses one made under other V8 flags, so a run with `--hash-seed` (the
 * start-up bench's counting mode) would otherwise leave a cache shaped by its own first command.
 *
 * `npm run build` primes both caches; `npm run bench:cli` primes them under the node flags it runs
 * with, then puts the built ones back.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeStore } from './store.mjs';

const BUNDLES = ['strata.cjs', 'strata-read.cjs'];
const cacheFiles = (root) => BUNDLES.map((b) => join(root, 'dist', 'cli', `${b}.cache`));

/**
 * Write the code caches of the checkout at `root` afresh, each from one command on a store like one
 * in use (past its first snapshot, every 256 events, with lines after it and three containers): the
 * read bundle's from the command users run most (and the bench measures), the whole CLI's from a
 * writer's. `nodeArgs` are node's flags for those runs (the cache is valid under those alone).
 */
export async function primeCaches(root, { nodeArgs = [], env = process.env } = {}) {
  for (const f of cacheFiles(root)) rmSync(f, { force: true });
  const home = mkdtempSync(join(tmpdir(), 'strata-prime-'));
  try {
    await writeStore(await import(pathToFileURL(join(root, 'dist', 'index.js')).href), home, 300, 3);
    for (const args of [
      ['ps', '-a'],
      ['container', 'prune', '-f'],
    ]) {
      const r = spawnSync(process.execPath, [...nodeArgs, join(root, 'bin', 'strata.js'), ...args], {
        env: { ...env, STRATA_HOME: home },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      if (r.status !== 0) throw new Error(`prime: the bundled CLI of ${root} failed ${args.join(' ')} (exit ${r.status ?? r.signal})`);
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** The code caches of `root` as they are now, and a function that puts exactly those back. */
export function keepCaches(root) {
  const kept = cacheFiles(root).map((f) => {
    try {
      return { f, bytes: readFileSync(f) };
    } catch {
      return { f, bytes: undefined };
    }
  });
  return () => {
    for (const { f, bytes } of kept) {
      if (bytes === undefined) rmSync(f, { force: true });
      else writeFileSync(f, bytes);
    }
  };
}
