/**
 * `npm run bench`: figures measured in this run, each beside its baseline from the same run.
 * 1. Replay of a 1,000,000-event log (`replay`: evolve on a private state, frozen once at the end)
 *    against a hand-written mutable reducer that builds the same projection from the same events
 *    (checked equal, record by record); for scale, the same fold inside one immer draft and one
 *    `produce` per event.
 * 2. One command (decide, then apply: the live path) against a state of 10 and of 10,000
 *    containers, command by command, medians of many runs interleaved between the two states.
 * 3. The same beside sleeping containers.
 * 4. `strata check` of one universe with one worker (the baseline) and with two, alternating.
 * Each section runs in a process of its own (`--section N` runs that one here, for a profile).
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { type Draft, createDraft, finishDraft, produce } from 'immer';
import { decide } from '../decide.js';
import type { Envelope, Event } from '../events.js';
import { apply, evolve, replay } from '../evolve.js';
import * as table from '../core/table.js';
import type { Command } from '../commands.js';
import { imageConfigOf } from '../image/config.js';
import { unsavableOf } from '../image/evolve.js';
import type { Digest } from '../layer/changeset.js';
import { chainIds } from '../layer/digest.js';
import { DEFAULT_APPLETS, makeBaseRootfs } from '../layer/rootfs.js';
import { readLayerTar } from '../layer/tar-read.js';
import { Strata } from '../strata.js';
import { type Container, type Image, type Layer, type State, initialState } from '../state.js';
import { testEnvironment } from '../testing/environment.js';
import { render } from '../core/errors.js';
import { explore } from '../check/explore.js';

const hex = (n: number, salt: string): string => (salt + n.toString(16)).padStart(64, '0').slice(-64);

/**
 * The log: an imported base image, then containers that are created, started, write a file, print,
 * die and are removed, the oldest first once 1,000 are kept.
 */
function syntheticLog(total: number, image: Envelope[]): Envelope[] {
  const log: Envelope[] = [...image];
  const created = image.find((e) => e.event.type === 'ImageCreated')!.event as Extract<Event, { type: 'ImageCreated' }>;
  let t = Date.UTC(2026, 0, 1);
  let n = 0;
  const push = (event: Event): void => {
    log.push({ seq: log.length + 1, at: (t += 7), event });
  };
  const live: string[] = [];
  while (log.length < total) {
    const id = hex(n++, 'c');
    push({
      type: 'ContainerCreated',
      id,
      name: `c${n}`,
      path: 'sh',
      args: ['-c', 'echo hi > /f'],
      config: { Hostname: id.slice(0, 12), Domainname: '', User: '', AttachStdin: false, AttachStdout: false, AttachStderr: false, Tty: false, OpenStdin: false, StdinOnce: false, Env: null, Cmd: ['sh', '-c', 'echo hi > /f'], Image: 'base:1', Volumes: null, WorkingDir: '', Entrypoint: null, OnBuild: null, Labels: {} },
      hostConfig: { NetworkMode: 'none', RestartPolicy: { Name: 'no', MaximumRetryCount: 0 }, AutoRemove: false },
      image: created.id,
      imageRef: 'base:1',
    });
    push({ type: 'ContainerStarted', id, pid: n, restart: false });
    push({ type: 'ContainerFsChanged', id, set: [['f', { type: 'file', mode: 0o644, mtime: 0, size: 3, digest: `sha256:${'a'.repeat(64)}` }]], removed: [] });
    push({ type: 'ContainerOutput', id, output: [{ stream: 'stdout', text: 'hi\n' }] });
    push({ type: 'ContainerDied', id, exitCode: 0 });
    live.push(id);
    if (live.length > 1000) push({ type: 'ContainerDestroyed', id: live.shift()! });
  }
  return log.slice(0, total);
}

type Mut<T> = { -readonly [K in keyof T]: T[K] };

/** The projection as a hand-written reducer would hold it: mutable records in Maps keyed by id. */
interface Hand {
  containers: Map<string, Mut<Container> & { state: Mut<Container['state']>; rw: Map<string, unknown>; logs: unknown[] }>;
  names: Map<string, string>;
  images: Map<Digest, Mut<Image> & { children: Digest[] }>;
  tags: Map<string, Digest>;
  layers: Map<Digest, Mut<Layer>>;
  timers: Map<string, number>;
  clock: number;
  seq: number;
  pids: number;
}

/**
 * The same projection written by hand: what evolve does for every event kind of the log, with the
 * same records (every field), names, tags, timers and reference counts, mutated in place in Maps.
 * No immer, no sharding, no freezing. An event kind the log does not use is refused, so the two
 * can never silently do different work.
 */
function handReducer(log: readonly Envelope[]): Hand {
  const h: Hand = { containers: new Map(), names: new Map(), images: new Map(), tags: new Map(), layers: new Map(), timers: new Map(), clock: 0, seq: 0, pids: 0 };
  for (const { seq, at, event: e } of log) {
    h.seq = seq;
    if (at > h.clock) h.clock = at;
    switch (e.type) {
      case 'LayerRegistered': {
        if (h.layers.has(e.chainId)) break;
        h.layers.set(e.chainId, { chainId: e.chainId, diffId: e.diffId, parent: e.parent, size: e.size, changes: new Map(e.changes), stored: e.stored === true, unsavable: unsavableOf(e), refs: 0 });
        const parent = e.parent ? h.layers.get(e.parent) : undefined;
        if (parent) parent.refs++;
        break;
      }
      case 'ImageCreated': {
        if (h.images.has(e.id)) break;
        const config = imageConfigOf(e.json);
        const chain = chainIds(config.rootfs.diff_ids as Digest[]);
        h.images.set(e.id, { id: e.id, json: e.json, config, chain, parent: e.parent, children: [], builtLocally: e.builtLocally, created: Date.parse(config.created), lastTagTime: null });
        const parent = e.parent ? h.images.get(e.parent) : undefined;
        if (parent) parent.children.push(e.id);
        const layer = h.layers.get(chain[chain.length - 1]!);
        if (layer) layer.refs++;
        break;
      }
      case 'ImageTagged': {
        h.tags.set(e.ref, e.id);
        const img = h.images.get(e.id);
        if (img && e.quiet !== true) img.lastTagTime = at;
        break;
      }
      case 'ContainerCreated': {
        const img = e.image === '' ? undefined : h.images.get(e.image);
        const top = img?.chain[img.chain.length - 1] ?? null;
        h.containers.set(e.id, {
          id: e.id, name: e.name, created: at, path: e.path, args: e.args, config: e.config, hostConfig: e.hostConfig, image: e.image, imageRef: e.imageRef, layer: top,
          state: { running: false, paused: false, restarting: false, dead: false, pid: 0, exitCode: 0, error: '', startedAt: null, finishedAt: null },
          restartCount: 0, restartDelay: 0, manuallyStopped: false, restartCanceled: false, rw: new Map(), logs: [], process: null,
        });
        h.names.set(e.name, e.id);
        const layer = top ? h.layers.get(top) : undefined;
        if (layer) layer.refs++;
        break;
      }
      case 'ContainerStarted': {
        const c = h.containers.get(e.id);
        if (!c) break;
        Object.assign(c.state, { running: true, paused: false, restarting: false, pid: e.pid, exitCode: 0, error: '', startedAt: at });
        if (!e.restart) {
          c.manuallyStopped = false;
          c.restartCanceled = false;
          c.restartDelay = 0;
        }
        h.pids = Math.max(h.pids, e.lastPid ?? e.pid);
        break;
      }
      case 'ContainerFsChanged': {
        const c = h.containers.get(e.id);
        if (!c) break;
        for (const [path, change] of e.set) c.rw.set(path, change);
        for (const path of e.removed) c.rw.delete(path);
        break;
      }
      case 'ContainerOutput': {
        // The log keeps whole lines, each at the time its newline came; this log's output is whole lines.
        const c = h.containers.get(e.id);
        if (!c) break;
        for (const o of e.output) {
          if (!o.text.endsWith('\n')) throw new Error('the hand-written reducer keeps whole lines only');
          for (const line of o.text.slice(0, -1).split('\n')) c.logs.push({ stream: o.stream, text: `${line}\n`, at });
        }
        break;
      }
      case 'ContainerDied': {
        const c = h.containers.get(e.id);
        if (!c) break;
        Object.assign(c.state, { running: false, paused: false, restarting: false, pid: 0, exitCode: e.exitCode, finishedAt: at, error: e.error ?? '' });
        c.process = null;
        h.timers.delete(e.id);
        break;
      }
      case 'ContainerDestroyed': {
        const c = h.containers.get(e.id);
        if (!c) break;
        h.containers.delete(e.id);
        h.timers.delete(e.id);
        if (h.names.get(c.name) === e.id) h.names.delete(c.name);
        const layer = c.layer ? h.layers.get(c.layer) : undefined;
        if (layer) layer.refs--;
        break;
      }
      default:
        throw new Error(`the hand-written reducer does not handle ${e.type}`);
    }
  }
  return h;
}

/** strata's state in the hand reducer's shape, to check that both built the same projection. */
const asHand = (s: State) => ({
  containers: new Map(table.entries(s.containers)),
  names: new Map(table.entries(s.names)),
  images: new Map(table.entries(s.images)),
  tags: new Map(table.entries(s.tags)),
  layers: new Map(table.entries(s.layers)),
  timers: new Map(table.entries(s.timers)),
  clock: s.clock,
  seq: s.seq,
  pids: s.pids,
});

/**
 * Equal as data: structured clones compared, since a frozen collection's prototype says how it was
 * frozen (by immer or by table.ts), which is no part of the projection.
 */
const sameData = (a: unknown, b: unknown): boolean => isDeepStrictEqual(structuredClone(a), structuredClone(b));

function time<T>(f: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const r = f();
  return [r, Number(process.hrtime.bigint() - t0) / 1e6];
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function baseLayer() {
  const layer = await readLayerTar(makeBaseRootfs(new TextEncoder().encode('busybox placeholder'), DEFAULT_APPLETS));
  if ('code' in layer) throw new Error(render(layer.error));
  return layer;
}

async function baseImageEvents(): Promise<Envelope[]> {
  const s = Strata.inMemory(testEnvironment(7));
  const d = s.execute({ type: 'import', layer: await baseLayer(), message: '', changes: [], repoTag: 'base:1' });
  if (d.error) throw new Error(d.error.code);
  return s.store.read().envelopes;
}

async function benchReplay(): Promise<void> {
  const N = 1_000_000;
  const ROUNDS = 5;
  const log = syntheticLog(N, await baseImageEvents());
  console.log(`\n1. replay of a ${fmt(N, 0)}-event log (median of ${ROUNDS} runs, the two alternating)`);
  const strataMs: number[] = [];
  const handMs: number[] = [];
  let state: State | undefined;
  let hand: Hand | undefined;
  for (let i = 0; i < ROUNDS; i++) {
    const [s, ms] = time(() => replay(log));
    state = s;
    strataMs.push(ms);
    const [h, ms2] = time(() => handReducer(log));
    hand = h;
    handMs.push(ms2);
  }
  if (!state || !hand || !sameData(asHand(state), hand)) throw new Error('the two projections differ: the comparison would be meaningless');
  const [viaDraft, draftMs] = time(() => {
    const d = createDraft(initialState());
    for (const env of log) evolve(d as Draft<State>, env);
    return finishDraft(d) as State;
  });
  if (!sameData(asHand(viaDraft), hand)) throw new Error('the immer fold differs from the replay');
  const prefix = 2_000;
  const [, perEvent] = time(() => log.slice(0, prefix).reduce((s, env) => produce(s, (d) => evolve(d, env)), replay([])));
  const a = median(strataMs);
  const b = median(handMs);
  const rate = (ms: number): string => `${fmt(N / (ms / 1000), 0)} events/s`;
  console.log(`   strata replay (private state, frozen at the end) ${fmt(a).padStart(9)} ms   ${rate(a)}`);
  console.log(`   hand-written mutable reducer (baseline)          ${fmt(b).padStart(9)} ms   ${rate(b)}   same projection, checked equal`);
  console.log(`   ratio                                            ${fmt(a / b, 2).padStart(9)}x the baseline`);
  console.log(`   for scale: the same fold inside one immer draft  ${fmt(draftMs).padStart(9)} ms   (${fmt(draftMs / b, 2)}x the baseline; one run)`);
  console.log(`   for scale: one produce per event                 ${fmt(perEvent).padStart(9)} ms   for the first ${fmt(prefix, 0)} events (${fmt((perEvent / prefix) * 1000, 2)} µs/event)`);
  console.log(`   final state: ${state.containers.size} containers, ${state.seq} events applied`);
}

interface Fixture {
  readonly state: State;
  readonly ctx: ReturnType<Strata['context']>;
  readonly commands: readonly [string, Command][];
}

/** The `n` containers of a fixture: exited (each ran `sh -c 'echo hi > /f'`), or all sleeping, a timer each. */
type Crowd = 'exited' | 'sleeping';
const CROWD: Readonly<Record<Crowd, string[]>> = { exited: ['sh', '-c', 'echo hi > /f'], sleeping: ['sleep', '100000'] };

/**
 * A state of `n` containers (see Crowd) and one running container (a shell that traps TERM and
 * sleeps in a loop), built through real commands.
 */
async function fixture(n: number, crowd: Crowd): Promise<Fixture> {
  const env = testEnvironment(n);
  const s = Strata.inMemory(env);
  s.execute({ type: 'import', layer: await baseLayer(), message: '', changes: [], repoTag: 'base:1' });
  const run = (name: string, cmd: string[]): void => {
    env.advance(1);
    const d = s.execute({ type: 'run', detach: true, image: 'base:1', cmd, env: [], labels: [], restart: { name: 'no', max: 0 }, autoRemove: false, network: 'none', attach: false, name });
    if (d.error) throw new Error(d.error.code);
  };
  for (let i = 0; i < n; i++) run(`c${i}`, CROWD[crowd]);
  run('live', ['sh', '-c', 'trap "exit 0" TERM; while :; do sleep 1; done']);
  const state = s.state;
  const first = table.get(state.containers, table.get(state.names, 'c0')!)!;
  return {
    state,
    ctx: s.context(),
    commands: [
      ['create', { type: 'create', image: 'base:1', cmd: ['sleep', '1000'], env: [], labels: [], restart: { name: 'no', max: 0 }, autoRemove: false, network: 'none', attach: true, name: 'fresh' }],
      crowd === 'exited' ? ['start (exited; runs its shell)', { type: 'start', ref: 'c0', attach: false }] : ['stop (sleeping; TERM ends it)', { type: 'stop', ref: 'c0' }],
      ['stop (running; traps TERM)', { type: 'stop', ref: 'live' }],
      ['kill (running)', { type: 'kill', ref: 'live', signal: 'KILL' }],
      ['pause (running)', { type: 'pause', ref: 'live' }],
      ['rename', { type: 'rename', ref: 'c0', name: 'renamed' }],
      [crowd === 'exited' ? 'rm (by id prefix)' : 'rm -f (by id prefix)', { type: 'rm', ref: first.id.slice(0, 12), force: crowd === 'sleeping' }],
      ['commit (one-file RW layer)', { type: 'commit', ref: 'c0', message: '', author: '', changes: [], pause: true }],
      ['tag', { type: 'tag', source: 'base:1', target: 'other:2' }],
    ],
  };
}

/** One command as the live path runs it: decide against the state, then apply its events. */
function once(f: Fixture, label: string, cmd: Command): { total: number; apply: number; events: number } {
  const t0 = process.hrtime.bigint();
  const d = decide(cmd, f.state, f.ctx);
  const t1 = process.hrtime.bigint();
  let seq = f.state.seq;
  apply(f.state, d.events.map(({ at, event }) => ({ seq: ++seq, at, event })));
  const t2 = process.hrtime.bigint();
  if (d.error) throw new Error(`${label}: ${d.error.code}`);
  return { total: Number(t2 - t0) / 1e3, apply: Number(t2 - t1) / 1e3, events: d.events.length };
}

async function benchCommands(section: string, crowd: Crowd): Promise<void> {
  const RUNS = 1000;
  const WARM = 200;
  const sizes = [10, 10_000] as const;
  const fixtures = await Promise.all(sizes.map((n) => fixture(n, crowd)));
  console.log(`\n${section}. one command: decide + apply (the apply part in brackets), µs, median of ${fmt(RUNS, 0)} runs on the same state,`);
  console.log(`   the two states alternating; the containers are ${crowd === 'sleeping' ? 'all running `sleep 100000` (a timer each)' : 'exited'}, and each state also holds one running container`);
  const labels = fixtures[0]!.commands.map(([l]) => l);
  const samples = fixtures.map(() => labels.map(() => ({ total: [] as number[], apply: [] as number[], events: 0 })));
  for (let r = 0; r < WARM + RUNS; r++) {
    fixtures.forEach((f, i) => {
      f.commands.forEach(([label, cmd], j) => {
        const m = once(f, label, cmd);
        if (r < WARM) return;
        const cell = samples[i]![j]!;
        cell.total.push(m.total);
        cell.apply.push(m.apply);
        cell.events = m.events;
      });
    });
  }
  const [small, large] = sizes;
  const head = (n: number): string => `${fmt(n, 0)} containers`.padStart(22);
  console.log(`   ${'command'.padEnd(30)} events ${head(small)} ${head(large)}   ratio`);
  const cellText = (c: { total: number[]; apply: number[] }): string => `${fmt(median(c.total))} (${fmt(median(c.apply))})`.padStart(22);
  labels.forEach((label, j) => {
    const a = samples[0]![j]!;
    const b = samples[1]![j]!;
    console.log(`   ${label.padEnd(30)} ${String(a.events).padStart(6)} ${cellText(a)} ${cellText(b)}   ${fmt(median(b.total) / median(a.total), 2)}x`);
  });
  const mid = (i: number): number => median(samples[i]!.map((c) => median(c.total)));
  console.log(`   ${'median of the commands'.padEnd(30)} ${''.padStart(6)} ${`${fmt(mid(0))}`.padStart(22)} ${`${fmt(mid(1))}`.padStart(22)}   ${fmt(mid(1) / mid(0), 2)}x`);
}

const CHECK_UNIVERSE = { containers: 2, images: 1 } as const;
const CHECK_DEPTH = 6;

interface CheckRun {
  readonly wall: number;
  readonly cpu: number;
  readonly states: number;
  readonly transitions: number;
}

/** One `strata check` in this process, as a fresh CLI process runs it: its wall and CPU time (every thread). */
async function checkRun(workers: number): Promise<CheckRun> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await explore({ universe: CHECK_UNIVERSE, depth: CHECK_DEPTH, workers });
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000, states: result.states, transitions: result.transitions };
}

/** Each run in a process of its own, so that neither count of workers finds code already compiled. */
function checkRunApart(workers: number): CheckRun {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--check-run', String(workers)], { encoding: 'utf8' });
  return JSON.parse(out) as CheckRun;
}

function benchCheck(): void {
  const ROUNDS = 3;
  console.log(`\n4. strata check --containers 2 --images 1 --depth ${CHECK_DEPTH}: one worker (the baseline) and two, median of ${ROUNDS} runs each,`);
  console.log('   alternating, each in a new process; CPU is the whole process\'s (every thread); wall time includes starting the workers');
  const runs = new Map<number, CheckRun[]>([[1, []], [2, []]]);
  for (let r = 0; r < ROUNDS; r++) for (const w of [1, 2]) runs.get(w)!.push(checkRunApart(w));
  const all = [...runs.values()].flat();
  if (all.some((m) => m.states !== all[0]!.states || m.transitions !== all[0]!.transitions)) throw new Error('strata check found different states in two runs');
  const wall = (w: number): number => median(runs.get(w)!.map((m) => m.wall));
  const cpu = (w: number): number => median(runs.get(w)!.map((m) => m.cpu));
  const { states, transitions } = all[0]!;
  console.log(`   ${'workers'.padEnd(10)} ${'wall ms'.padStart(10)} ${'CPU ms'.padStart(10)} ${'states/s'.padStart(10)} ${'states per CPU-s'.padStart(17)}   speedup`);
  for (const w of [1, 2]) {
    const speed = w === 1 ? '1.00x (baseline)' : `${fmt(wall(1) / wall(w), 2)}x`;
    console.log(`   ${String(w).padEnd(10)} ${fmt(wall(w), 0).padStart(10)} ${fmt(cpu(w), 0).padStart(10)} ${fmt(states / (wall(w) / 1000), 0).padStart(10)} ${fmt(states / (cpu(w) / 1000), 0).padStart(17)}   ${speed}`);
  }
  console.log(`   ${fmt(states, 0)} states, ${fmt(transitions, 0)} transitions; for reference (not measured here): TLC explores about 2,900 states/s per core`);
}

/** Other processes share the machine: its load is printed, as the figures are only comparable within a run. */
const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

/** `--section N`, repeatable: run only those sections (for a profile of one of them). */
const only = process.argv.flatMap((a, i, all) => (a === '--section' && all[i + 1] ? [all[i + 1]!] : []));
const wanted = (n: string): boolean => only.length === 0 || only.includes(n);

const checkWorkers = process.argv.indexOf('--check-run');
if (checkWorkers >= 0) {
  process.stdout.write(JSON.stringify(await checkRun(Number(process.argv[checkWorkers + 1]))));
  process.exit(0);
}

const SECTIONS: Readonly<Record<string, () => unknown>> = {
  '1': benchReplay,
  '2': () => benchCommands('2', 'exited'),
  '3': () => benchCommands('3', 'sleeping'),
  '4': benchCheck,
};
// `--part`: one section, run by the whole bench in a process of its own
const part = process.argv.includes('--part');
if (!part) console.log(`strata bench (Node ${process.version}; load average ${load()})`);
for (const n of Object.keys(SECTIONS).filter(wanted)) {
  if (part || only.length > 0) await SECTIONS[n]!();
  // Each section in a new process when the whole bench runs: what one leaves behind (the replay's
  // million events grow the heap to gigabytes) would otherwise slow the next one's collections, and
  // so its figures (the median command took half as long again after the replay as without it).
  else execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--part', '--section', n], { stdio: 'inherit' });
}
if (!part) console.log(`\nload average at the end: ${load()}`);
