/**
 * `npm run soak:store -- [--kills N] [--races R] [--short S] [--seed X]`: faults injected into real
 * `strata` processes, each followed by a look at the store through the CLI. It checks what the store
 * promises (README, "The store"):
 * - kill -9 at a random point of a mutating command: every acknowledged command (exit 0) is there,
 *   and a killed one is there whole or not at all (a `run` shows `Exited (0)` or nothing, never
 *   `Created` or `Up`);
 * - four writers racing, after a dead process's pid was left in the lock file: all four acknowledged
 *   and present;
 * - short writes (a file-size limit just above the log's size): the command fails with one line and
 *   changes nothing;
 * - a full disk (a small tmpfs, as root; skipped with the reason otherwise): every command either
 *   acknowledged and present or refused with one line; the store stays sound;
 * - a read-only store (a read-only bind mount, as root): a writer fails with one EROFS line, readers
 *   still answer.
 * After every fault `strata store check` must report the store sound. It prints its counts and exits
 * 1 on any lost or half-applied command.
 */
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBusybox } from '../host/busybox.js';
import { DEFAULT_APPLETS, makeBaseRootfs } from '../layer/rootfs.js';

const BIN = fileURLToPath(new URL('../../bin/strata.js', import.meta.url));

interface Options {
  kills: number;
  races: number;
  short: number;
  seed: number;
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { kills: 200, races: 20, short: 10, seed: Date.now() % 1_000_000 };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    const value = Number(argv[i + 1]);
    if ((key !== 'kills' && key !== 'races' && key !== 'short' && key !== 'seed') || !Number.isSafeInteger(value) || value < 0) {
      process.stderr.write('usage: soak:store [--kills N] [--races R] [--short S] [--seed X]\n');
      process.exit(2);
    }
    o[key] = value;
  }
  return o;
}

/** A small deterministic generator (mulberry32), so a seed replays the same delays. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const counts = { acknowledged: 0, killed: 0, applied: 0, refused: 0, lost: 0, half: 0, unsound: 0 };
const problems: string[] = [];

function strata(home: string, args: readonly string[], limitBlocks?: number): SpawnSyncReturns<string> {
  const env = { ...process.env, STRATA_HOME: home };
  if (limitBlocks === undefined) return spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8' });
  return spawnSync('sh', ['-c', `ulimit -f ${limitBlocks}; exec "$0" "$@"`, process.execPath, BIN, ...args], { env, encoding: 'utf8' });
}

function must(home: string, args: readonly string[]): string {
  const r = strata(home, args);
  if (r.status !== 0) throw new Error(`strata ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** Container name → status, as `ps -a` shows it. */
function containers(home: string): Map<string, string> {
  const out = must(home, ['ps', '-a', '--format', '{{.Names}}\t{{.Status}}']);
  return new Map(out.split('\n').filter(Boolean).map((l) => l.split('\t') as [string, string]));
}

function sound(home: string, when: string): void {
  const r = strata(home, ['store', 'check']);
  if (r.status !== 0) {
    counts.unsound++;
    problems.push(`${when}: store check: ${r.stdout}${r.stderr}`);
  }
}

function newStore(root: string, name: string): string {
  const home = path.join(root, name);
  const tar = path.join(root, 'rootfs.tar');
  if (!fs.existsSync(tar)) fs.writeFileSync(tar, makeBaseRootfs(loadBusybox(), DEFAULT_APPLETS));
  must(home, ['import', tar, 'base:1']);
  return home;
}

const runArgs = (name: string): string[] => ['run', '--name', name, 'base:1', 'sh', '-c', 'echo x > /f; echo ok'];

/** A `run` is whole when its container exited 0 (it ran to the end), absent when it never happened. */
function judgeRun(home: string, name: string, acknowledged: boolean, seen: Map<string, string>): void {
  const status = seen.get(name);
  if (status === undefined) {
    if (acknowledged) {
      counts.lost++;
      problems.push(`${name}: acknowledged, then lost`);
    }
    return;
  }
  if (!/^Exited \(0\)/.test(status)) {
    counts.half++;
    problems.push(`${name}: half-applied (${status}) in ${home}`);
  } else if (!acknowledged) counts.applied++;
}

async function killRun(home: string, name: string, delayMs: number): Promise<boolean> {
  const child = spawn(process.execPath, [BIN, ...runArgs(name)], { env: { ...process.env, STRATA_HOME: home }, stdio: 'ignore' });
  const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
  const [code] = (await new Promise((resolve) => child.once('exit', (c, s) => resolve([c, s])))) as [number | null, NodeJS.Signals | null];
  clearTimeout(timer);
  return code === 0;
}

async function kills(root: string, o: Options, rnd: () => number): Promise<void> {
  const home = newStore(root, 'kills');
  const t0 = Date.now();
  must(home, runArgs('warm'));
  const typical = Date.now() - t0;
  for (let i = 0; i < o.kills; i++) {
    const name = `k${i}`;
    const acknowledged = await killRun(home, name, Math.floor(rnd() * typical * 1.3));
    if (acknowledged) counts.acknowledged++;
    else counts.killed++;
    judgeRun(home, name, acknowledged, containers(home));
    if (i % 10 === 9) sound(home, `after kill ${i}`);
  }
  // every acknowledged command is still there at the end, after every later repair
  const seen = containers(home);
  for (const [name, status] of seen) if (name.startsWith('k') && !/^Exited \(0\)/.test(status)) problems.push(`${name}: ${status} at the end`);
  sound(home, 'after the kills');
}

async function races(root: string, o: Options): Promise<void> {
  const home = newStore(root, 'races');
  for (let r = 0; r < o.races; r++) {
    fs.writeFileSync(path.join(home, 'lock'), '999999999\n'); // a dead holder's pid, as a crash leaves it
    const names = [0, 1, 2, 3].map((i) => `r${r}x${i}`);
    const done = await Promise.all(
      names.map(
        (n) =>
          new Promise<boolean>((resolve) => {
            const c = spawn(process.execPath, [BIN, ...runArgs(n)], { env: { ...process.env, STRATA_HOME: home }, stdio: 'ignore' });
            c.once('exit', (code) => resolve(code === 0));
          }),
      ),
    );
    const seen = containers(home);
    names.forEach((n, i) => {
      if (done[i]) counts.acknowledged++;
      else problems.push(`${n}: a racing writer failed`);
      judgeRun(home, n, done[i] === true, seen);
    });
  }
  sound(home, 'after the races');
}

function shortWrites(root: string, o: Options): void {
  const home = newStore(root, 'short');
  for (let i = 0; i < o.short; i++) {
    const log = path.join(home, 'events.jsonl');
    const before = fs.readFileSync(log);
    const blocks = Math.ceil((before.length + 16) / 512); // room for a few bytes of the next line only
    const r = strata(home, runArgs(`s${i}`), blocks);
    if (r.status === 0) {
      problems.push(`s${i}: acknowledged although the log could not grow (${r.stdout})`);
      continue;
    }
    counts.refused++;
    if (!/^strata: cannot append to .*(file too large|short write)/m.test(r.stderr)) problems.push(`s${i}: unexpected message: ${r.stderr}`);
    if (!fs.readFileSync(log).equals(before)) problems.push(`s${i}: the log changed although the command failed`);
    judgeRun(home, `s${i}`, false, containers(home));
    must(home, runArgs(`ok${i}`)); // and the store goes on
    counts.acknowledged++;
    sound(home, `after short write ${i}`);
  }
}

function fullDisk(root: string): void {
  if (process.getuid?.() !== 0) {
    process.stdout.write('soak:store: full disk skipped: mounting a small tmpfs needs root\n');
    return;
  }
  const mnt = path.join(root, 'full');
  fs.mkdirSync(mnt);
  const m = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mnt], { encoding: 'utf8' });
  if (m.status !== 0) {
    process.stdout.write(`soak:store: full disk skipped: mount failed: ${m.stderr.trim()}\n`);
    return;
  }
  try {
    const home = newStore(mnt, 'store');
    const filler = path.join(mnt, 'filler');
    // leave a few kilobytes: the next commands' lines (and blobs) soon find the disk full
    const free = (): number => Number(spawnSync('df', ['-B1', '--output=avail', mnt], { encoding: 'utf8' }).stdout.split('\n')[1]);
    fs.writeFileSync(filler, Buffer.alloc(Math.max(0, free() - 8192)));
    let refusedHere = 0;
    for (let i = 0; i < 40 && refusedHere < 3; i++) {
      const r = strata(home, runArgs(`f${i}`));
      if (r.status === 0) counts.acknowledged++;
      else {
        refusedHere++;
        counts.refused++;
        if (!/^strata: .*no space left on device \(ENOSPC\)/m.test(r.stderr)) problems.push(`f${i}: unexpected message: ${r.stderr}`);
      }
      judgeRun(home, `f${i}`, r.status === 0, containers(home));
    }
    if (refusedHere === 0) problems.push('full disk: no command met ENOSPC');
    fs.rmSync(filler);
    must(home, runArgs('after-full'));
    sound(home, 'after the full disk');
  } finally {
    spawnSync('umount', [mnt]);
  }
}

/** A store on a read-only mount (as root): writers fail with one line, readers still answer. */
function readOnly(root: string): void {
  if (process.getuid?.() !== 0) {
    process.stdout.write('soak:store: read-only store skipped: a read-only bind mount needs root\n');
    return;
  }
  const home = newStore(root, 'rw');
  must(home, runArgs('before-ro'));
  const ro = path.join(root, 'ro');
  fs.mkdirSync(ro);
  const bind = spawnSync('sh', ['-c', `mount --bind "$0" "$1" && mount -o remount,ro,bind "$1"`, home, ro], { encoding: 'utf8' });
  if (bind.status !== 0) {
    process.stdout.write(`soak:store: read-only store skipped: mount failed: ${bind.stderr.trim()}\n`);
    return;
  }
  try {
    const r = strata(ro, runArgs('on-ro'));
    counts.refused++;
    if (r.status !== 1 || !/^strata: cannot .*read-only file system \(EROFS\)/m.test(r.stderr) || r.stderr.split('\n').filter(Boolean).length !== 1) {
      problems.push(`read-only store: expected one EROFS line and exit 1, got ${r.status}: ${r.stderr}`);
    }
    const seen = containers(ro);
    if (!/^Exited \(0\)/.test(seen.get('before-ro') ?? '') || seen.has('on-ro')) problems.push(`read-only store: readers saw ${[...seen].join(', ')}`);
  } finally {
    spawnSync('umount', [ro]);
  }
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const rnd = random(o.seed);
  const root = fs.mkdtempSync(path.join(tmpdir(), 'strata-soak-'));
  const started = Date.now();
  try {
    await kills(root, o, rnd);
    await races(root, o);
    shortWrites(root, o);
    fullDisk(root);
    readOnly(root);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  for (const p of problems) process.stdout.write(`problem: ${p}\n`);
  const c = counts;
  process.stdout.write(
    `soak:store: ${o.kills} kills, ${o.races} races, ${o.short} short writes, seed ${o.seed}: ${c.acknowledged} acknowledged, ${c.killed} killed (${c.applied} of them applied whole), ${c.refused} refused; ${c.lost} lost, ${c.half} half-applied, ${c.unsound} unsound checks, in ${Math.round((Date.now() - started) / 1000)} s\n`,
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
}

await main();
