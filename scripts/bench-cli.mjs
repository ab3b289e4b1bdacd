#!/usr/bin/env node
/**
 * `npm run bench:cli`: how long `strata ps -a` takes next to a bare `node -e 0`, on a store holding
 * one imported image and on one whose log holds 100,000 events, measured pair by pair: each round
 * runs `node -e 0` and then `strata ps -a` on each store, so both sides of a pair see the same machine.
 * Prints the medians and the median of the per-pair ratios.
 *
 *   node scripts/bench-cli.mjs [--rounds N] [--events N] [--stores DIR] [--root DIR]... [--env-as-is]
 *                              [--instructions]
 *
 * --instructions counts instructions instead of timing: each run under valgrind's callgrind (Debian's
 * `valgrind`), its "I refs" total. Slow (some ten seconds a run; --rounds defaults to 3 then), but
 * blind to what else the machine runs, so it can compare two checkouts on a busy machine. Both sides
 * then run with node's `--hash-seed=1 --random-seed=1 --single-threaded`, which makes a count
 * repeat to a few thousand instructions (with V8's random seeds and its background threads it
 * varies by some five million, more than most changes weigh); the background threads' work is then
 * done on the main thread and counted with it. Two of those flags change V8's flag hash, so V8 also
 * refuses node's own code cache there: node's modules are compiled from source on both sides, and a
 * count overstates what loading one costs. It counts the work, not the wait: a figure for
 * comparing, not for what a user waits.
 *
 * Both sides run without NODE_EXTRA_CA_CERTS, unless --env-as-is: with it node reads and parses that
 * certificate bundle as it starts, before any script (a system bundle of some 150 certificates takes
 * about five times as many instructions as the rest of a bare start), a constant on both sides that
 * would hide what strata itself costs.
 *
 * Each checkout's code caches are primed as `npm run build` primes them (scripts/prime.mjs), under the
 * node flags measured, and put back as they were when the bench is done.
 *
 * --root names a checkout to measure (default: this one; repeat it to compare checkouts in one run):
 * its library (dist/index.js) writes its stores, its bin/strata.js is timed. --stores keeps the
 * stores in DIR and reuses them on the next run (by default they are made afresh in a temporary
 * directory and removed). Both stores are written through the library, command by command, so the
 * log is what the CLI would have written: the big one imports an image, then runs and removes
 * containers that write a file and print lines, keeping the last ten.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { keepCaches, primeCaches } from './prime.mjs';
import { KEPT, writeStore } from './store.mjs';

const { values: opts } = parseArgs({
  options: {
    rounds: { type: 'string' },
    events: { type: 'string', default: '100000' },
    stores: { type: 'string' },
    root: { type: 'string', multiple: true },
    'env-as-is': { type: 'boolean', default: false },
    instructions: { type: 'boolean', default: false },
  },
});
const counting = opts.instructions;
if (counting && spawnSync('valgrind', ['--version']).status !== 0) {
  process.stderr.write('bench:cli: --instructions needs valgrind (apt-get install valgrind)\n');
  process.exit(2);
}
const env = { ...process.env };
const unset = opts['env-as-is'] ? [] : ['NODE_EXTRA_CA_CERTS'].filter((k) => k in env);
for (const k of unset) delete env[k];
const rounds = Number(opts.rounds ?? (counting ? 3 : 30));
const target = Number(opts.events);
const roots = (opts.root ?? [fileURLToPath(new URL('..', import.meta.url))]).map((r) => resolve(r));
const storeDir = opts.stores ? resolve(opts.stores) : mkdtempSync(join(tmpdir(), 'strata-bench-cli-'));
/** A store in `home` written by the library of `root`: the image, then containers until `events`. */
async function makeStore(root, home, events) {
  const lib = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
  return writeStore(lib, home, events);
}

/** The stores of one checkout, made unless --stores already holds them. */
async function storesOf(root, label) {
  const stores = [];
  for (const [name, events] of [
    ['one image', 0],
    [`${target.toLocaleString('en')} events`, target],
  ]) {
    const home = join(storeDir, label, events === 0 ? 'one-image' : `events-${events}`);
    let made = { events: null, containers: events === 0 ? 0 : KEPT };
    if (!existsSync(join(home, 'events.jsonl'))) {
      process.stderr.write(`bench:cli: writing the ${name} store of ${root} …\n`);
      made = await makeStore(root, home, events);
    }
    stores.push({ name, home, ...made });
  }
  return stores;
}

/** How both sides are run: stdout read through a pipe, as a terminal or `| grep` would take it. */
const spawned = (home) => ({ env: { ...env, STRATA_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] });
/** node's flags when counting, for counts that repeat (see the top); the warm-up runs as the counted runs do. */
const nodeFlags = counting ? ['--hash-seed=1', '--random-seed=1', '--single-threaded'] : [];

/** Milliseconds one run of `args` took; its exit code and output checked by the caller. */
function time(args, home) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...nodeFlags, ...args], spawned(home));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

/** One run's instructions (callgrind's "I refs"), in the shape time() answers (`ms` holds the count). */
function count(args, home) {
  const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...nodeFlags, ...args], spawned(home));
  const refs = /I\s+refs:\s+([\d,]+)/.exec(r.stderr.toString())?.[1];
  if (r.status !== 0 || refs === undefined) throw new Error(`bench:cli: valgrind ${args.join(' ')} exited ${r.status}:\n${r.stderr.toString().slice(-2000)}`);
  return { ms: Number(refs.replaceAll(',', '')), status: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}
const measure = counting ? count : time;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

const cases = [];
/** Each checkout's code caches as built, put back when the bench is done. */
const restores = [];
try {
  for (const [i, root] of roots.entries()) {
    const label = roots.length === 1 ? 'this' : `root-${i + 1}`;
    const stores = await storesOf(root, label);
    const bin = join(root, 'bin', 'strata.js');
    const bundle = join(root, 'dist', 'cli', 'strata.cjs');
    if (existsSync(bundle) && statSync(bundle).mtimeMs < statSync(join(root, 'dist', 'cli', 'main.js')).mtimeMs) {
      throw new Error(`bench:cli: ${bundle} is older than tsc's output, so bin/strata.js would run the modules: npm run build first`);
    }
    // The caches primed as the build primes them, under the node flags measured (V8 refuses a cache
    // made under other flags, and the first warm-up would then write one shaped by its own store).
    restores.push(keepCaches(root));
    await primeCaches(root, { nodeArgs: nodeFlags, env });
    for (const store of stores) {
      // warm-up: the page cache filled, a snapshot made if due
      for (let w = 0; w < 3; w++) {
        const r = time([bin, 'ps', '-a'], store.home);
        const rows = r.stdout.split('\n').filter((l) => l !== '').length - 1;
        if (r.status !== 0 || !r.stdout.startsWith('CONTAINER ID') || rows !== store.containers) {
          throw new Error(`bench:cli: strata ps -a on the ${store.name} store of ${root} exited ${r.status} with ${rows} rows (expected ${store.containers}):\n${r.stdout}${r.stderr}`);
        }
      }
      cases.push({ root, store, bin, node: [], strata: [] });
    }
  }

  for (let round = 0; round < rounds; round++) {
    for (const c of cases) {
      c.node.push(measure(['-e', '0'], c.store.home).ms);
      c.strata.push(measure([c.bin, 'ps', '-a'], c.store.home).ms);
    }
  }
} finally {
  for (const restore of restores) restore();
}

const fmt = (x) => (counting ? `${(x / 1e6).toFixed(1)}M instructions` : `${x.toFixed(1)} ms`);
console.log(`strata ps -a against node -e 0, ${rounds} pairs per row, run alternately${counting ? ', instructions counted' : ''} (node ${process.version}, ${availableParallelism()} CPUs${unset.length ? `; ${unset.join(', ')} unset for both` : ''})`);
console.log(['checkout', 'store', 'events', 'node -e 0', 'strata ps -a', 'ratio', '(middle half)'].join('\t'));
for (const c of cases) {
  const ratios = c.node.map((n, i) => c.strata[i] / n);
  console.log(
    [
      c.root,
      c.store.name,
      c.store.events === null ? 'kept' : c.store.events.toLocaleString('en'),
      fmt(median(c.node)),
      fmt(median(c.strata)),
      `${median(ratios).toFixed(2)}×`,
      `${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}`,
    ].join('\t'),
  );
}
if (!opts.stores) rmSync(storeDir, { recursive: true, force: true });
