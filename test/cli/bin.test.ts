/**
 * bin/strata.js, the launcher: it runs the bundle through V8's code cache, and the cache may only
 * ever make it faster; the read verbs start the read bundle, which may hand the command back to the
 * whole CLI. Each case copies the launcher next to small stand-in bundles whose `main` prints which
 * bundle it is, so what ran is visible.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { READ_BUNDLE_VERBS } from '../../src/cli/read.js';

const LAUNCHER = new URL('../../bin/strata.js', import.meta.url);
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A package layout with the launcher and a bundle whose main prints `name` and its arguments. */
function install(name: string): { root: string; bundle: string; cache: string; modules: string } {
  const root = mkdtempSync(join(tmpdir(), 'strata-bin-'));
  dirs.push(root);
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
  copyFileSync(LAUNCHER, join(root, 'bin', 'strata.js'));
  writeFileSync(join(root, 'bin', 'package.json'), '{ "type": "commonjs" }\n');
  const bundle = join(root, 'dist', 'cli', 'strata.cjs');
  writeFileSync(bundle, bundleSource(name));
  return { root, bundle, cache: `${bundle}.cache`, modules: join(root, 'dist', 'cli', 'main.js') };
}

/** A bundle's text: a module's code in node's module wrapper, as the build writes it. */
const wrapped = (code: string): string => `(function (exports, require, module, __filename, __dirname) {${code}\n})\n`;

const bundleSource = (name: string): string =>
  wrapped(`exports.main = async (argv) => { process.stdout.write(${JSON.stringify(name)} + ' ' + argv.join(' ') + '\\n'); return argv.length; };`);

/** A stand-in read bundle: it hands back (answers undefined) when the last argument says so. */
function installReads(root: string): string {
  const reads = join(root, 'dist', 'cli', 'strata-read.cjs');
  writeFileSync(
    reads,
    wrapped("exports.main = async (argv) => { if (argv.at(-1) === 'back') return undefined; process.stdout.write('R ' + argv.join(' ') + '\\n'); return 10 + argv.length; };"),
  );
  return reads;
}

function strata(root: string, args: string[] = [], nodeArgs: string[] = []): { out: string; status: number | null } {
  const r = spawnSync(process.execPath, [...nodeArgs, join(root, 'bin', 'strata.js'), ...args], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return { out: r.stdout, status: r.status };
}

describe('bin/strata.js', () => {
  it('runs the bundle with the arguments and exits with its code; the first run writes the cache, later runs use it', () => {
    const p = install('A');
    expect(existsSync(p.cache)).toBe(false);
    expect(strata(p.root, ['ps', '-a'])).toEqual({ out: 'A ps -a\n', status: 2 });
    const written = statSync(p.cache).mtimeMs;
    expect(readFileSync(p.cache).includes(readFileSync(p.bundle))).toBe(true);
    expect(strata(p.root, ['ps'])).toEqual({ out: 'A ps\n', status: 1 });
    expect(statSync(p.cache).mtimeMs).toBe(written);
  });

  it('never runs code from a cache made for another bundle, even one of the same length', () => {
    const p = install('A');
    strata(p.root);
    // V8 would take this cache for the new source: it only compares lengths
    writeFileSync(p.bundle, bundleSource('B'));
    expect(strata(p.root, ['x'])).toEqual({ out: 'B x\n', status: 1 });
    // and the cache is now B's
    expect(strata(p.root, ['y'])).toEqual({ out: 'B y\n', status: 1 });
    expect(readFileSync(p.cache).includes(readFileSync(p.bundle))).toBe(true);
  });

  it('a truncated, garbled or foreign cache file is not used, and is replaced', () => {
    const p = install('A');
    strata(p.root);
    const good = readFileSync(p.cache);
    for (const bad of [good.subarray(0, 10), good.subarray(0, good.length - 100), Buffer.alloc(good.length, 0x41), Buffer.alloc(0)]) {
      writeFileSync(p.cache, bad);
      expect(strata(p.root, ['z'])).toEqual({ out: 'A z\n', status: 1 });
      expect(readFileSync(p.cache).equals(good)).toBe(false);
      expect(readFileSync(p.cache).length).toBeGreaterThan(readFileSync(p.bundle).length);
    }
  });

  it('a cache V8 refuses (made under other flags) is not used, and is rewritten for these', () => {
    const p = install('A');
    strata(p.root, [], ['--no-opt']);
    const other = readFileSync(p.cache);
    expect(strata(p.root, ['w'])).toEqual({ out: 'A w\n', status: 1 });
    expect(readFileSync(p.cache).equals(other)).toBe(false);
  });

  it('works without a cache where none can be read or written', () => {
    const p = install('A');
    mkdirSync(p.cache); // a directory: reading it fails, and renaming a file onto it fails, even for root
    expect(strata(p.root, ['v'])).toEqual({ out: 'A v\n', status: 1 });
    expect(strata(p.root, ['v'])).toEqual({ out: 'A v\n', status: 1 });
    expect(readdirSync(join(p.root, 'dist', 'cli')).sort()).toEqual(['strata.cjs', 'strata.cjs.cache']);
  });

  it('runs the modules tsc wrote when they are newer than the bundle (tsc run without the bundler)', () => {
    const p = install('A');
    writeFileSync(p.modules, `export async function main(argv) { process.stdout.write('modules ' + argv.join(' ') + '\\n'); return 3; }\n`);
    writeFileSync(join(p.root, 'dist', 'package.json'), '{ "type": "module" }\n');
    const old = new Date(Date.now() - 60_000);
    utimesSync(p.bundle, old, old);
    expect(strata(p.root, ['q'])).toEqual({ out: 'modules q\n', status: 3 });
    const now = new Date();
    utimesSync(p.bundle, now, now);
    expect(strata(p.root, ['q'])).toEqual({ out: 'A q\n', status: 1 });
  });

  it('starts the read bundle for the read verbs and the whole CLI for the others, each through its own cache', () => {
    const p = install('A');
    const reads = installReads(p.root);
    for (const verb of READ_BUNDLE_VERBS) {
      const args = [...verb.split(' '), 'x'];
      expect(strata(p.root, args)).toEqual({ out: `R ${args.join(' ')}\n`, status: 10 + args.length });
    }
    for (const args of [['events'], ['rm', 'ps'], ['image', 'prune'], ['image'], ['--help'], []]) {
      expect(strata(p.root, args)).toEqual({ out: `A ${args.join(' ')}\n`, status: args.length });
    }
    expect(readFileSync(`${reads}.cache`).includes(readFileSync(reads))).toBe(true);
    expect(readFileSync(p.cache).includes(readFileSync(p.bundle))).toBe(true);
  });

  it('a command the read bundle hands back is run by the whole CLI, with the same arguments', () => {
    const p = install('A');
    installReads(p.root);
    expect(strata(p.root, ['ps', '-a', 'back'])).toEqual({ out: 'A ps -a back\n', status: 3 });
    expect(strata(p.root, ['image', 'inspect', 'back'])).toEqual({ out: 'A image inspect back\n', status: 3 });
    expect(readdirSync(join(p.root, 'dist', 'cli')).sort()).toEqual(['strata-read.cjs', 'strata-read.cjs.cache', 'strata.cjs', 'strata.cjs.cache']);
  });

  it('without a current read bundle, the whole CLI runs the read verbs', () => {
    const p = install('A');
    expect(strata(p.root, ['ps'])).toEqual({ out: 'A ps\n', status: 1 });
    const reads = installReads(p.root);
    // the modules newer than the read bundle, not than the whole CLI's
    writeFileSync(p.modules, 'export async function main() { return 9; }\n');
    const older = new Date(Date.now() - 30_000);
    const oldest = new Date(Date.now() - 60_000);
    utimesSync(p.modules, older, older);
    utimesSync(reads, oldest, oldest);
    expect(strata(p.root, ['ps'])).toEqual({ out: 'A ps\n', status: 1 });
    expect(existsSync(`${reads}.cache`)).toBe(false);
  });
});
