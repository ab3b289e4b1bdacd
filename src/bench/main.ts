/**
 * `npm run bench`: figures measured in this run, each beside its baseline from the same run.
 * 1. Replay of a 1,000,000-event log: evolve folded inside ONE immer draft, against a hand-written
 *    mutable reducer over the same events (and, for scale, one `produce` per event on a prefix).
 * 2. The cost of one command (decide + append-free apply) with 10 and with 10,000 containers.
 */
import { produce } from 'immer';
import { decide } from '../decide.js';
import type { Envelope, Event } from '../events.js';
import { apply, evolve, replay } from '../evolve.js';
import * as table from '../core/table.js';
import type { Command } from '../commands.js';
import { DEFAULT_APPLETS, makeBaseRootfs } from '../layer/rootfs.js';
import { readLayerTar } from '../layer/tar-read.js';
import { Strata } from '../strata.js';
import type { State } from '../state.js';
import { testEnvironment } from '../testing/environment.js';

const hex = (n: number, salt: string): string => (salt + n.toString(16)).padStart(64, '0').slice(-64);

/** A realistic mix: containers are created, started, write a file, print, die and are removed; ~1,000 live at a time. */
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

/** The same projection written by hand: plain mutable Maps, no immer, no sharding. */
function handReducer(log: readonly Envelope[]): { containers: number; names: number; clock: number } {
  interface C { id: string; name: string; running: boolean; exitCode: number; rw: Map<string, unknown>; logs: unknown[]; startedAt: number | null; finishedAt: number | null; pid: number }
  const containers = new Map<string, C>();
  const names = new Map<string, string>();
  let clock = 0;
  for (const { at, event: e } of log) {
    clock = Math.max(clock, at);
    switch (e.type) {
      case 'ContainerCreated':
        containers.set(e.id, { id: e.id, name: e.name, running: false, exitCode: 0, rw: new Map(), logs: [], startedAt: null, finishedAt: null, pid: 0 });
        names.set(e.name, e.id);
        break;
      case 'ContainerStarted': {
        const c = containers.get(e.id)!;
        c.running = true;
        c.pid = e.pid;
        c.startedAt = at;
        break;
      }
      case 'ContainerFsChanged': {
        const c = containers.get(e.id)!;
        for (const [p, ch] of e.set) c.rw.set(p, ch);
        for (const p of e.removed) c.rw.delete(p);
        break;
      }
      case 'ContainerOutput':
        containers.get(e.id)!.logs.push(...e.output);
        break;
      case 'ContainerDied': {
        const c = containers.get(e.id)!;
        c.running = false;
        c.exitCode = e.exitCode;
        c.finishedAt = at;
        break;
      }
      case 'ContainerDestroyed': {
        const c = containers.get(e.id)!;
        containers.delete(e.id);
        names.delete(c.name);
        break;
      }
      default:
        break;
    }
  }
  return { containers: containers.size, names: names.size, clock };
}

function time<T>(f: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const r = f();
  return [r, Number(process.hrtime.bigint() - t0) / 1e6];
}

const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function baseImageEvents(): Promise<Envelope[]> {
  const layer = await readLayerTar(makeBaseRootfs(new TextEncoder().encode('busybox placeholder'), DEFAULT_APPLETS));
  if ('code' in layer) throw new Error(layer.message);
  const s = Strata.inMemory(testEnvironment(7));
  const d = s.execute({ type: 'import', layer, message: '', changes: [], repoTag: 'base:1' });
  if (d.error) throw new Error(d.error.code);
  return s.store.read().envelopes;
}

async function benchReplay(): Promise<void> {
  const N = 1_000_000;
  const log = syntheticLog(N, await baseImageEvents());
  console.log(`\n1. replay of a ${fmt(N, 0)}-event log (each figure: best of 3)`);
  let bestImmer = Infinity;
  let bestHand = Infinity;
  let state: State | undefined;
  let hand: ReturnType<typeof handReducer> | undefined;
  for (let i = 0; i < 3; i++) {
    const [s, ms] = time(() => replay(log));
    state = s;
    bestImmer = Math.min(bestImmer, ms);
    const [h, ms2] = time(() => handReducer(log));
    hand = h;
    bestHand = Math.min(bestHand, ms2);
  }
  if (!state || !hand || state.containers.size !== hand.containers || state.names.size !== hand.names || state.clock !== hand.clock) {
    throw new Error('the two projections disagree: the comparison would be meaningless');
  }
  const prefix = 2_000;
  const [, perEvent] = time(() => log.slice(0, prefix).reduce((s, env) => produce(s, (d) => evolve(d, env)), replay([])));
  console.log(`   strata replay (one immer draft)   ${fmt(bestImmer)} ms   ${fmt(N / (bestImmer / 1000), 0)} events/s`);
  console.log(`   hand-written mutable reducer      ${fmt(bestHand)} ms   ${fmt(N / (bestHand / 1000), 0)} events/s   (baseline)`);
  console.log(`   ratio                             ${fmt(bestImmer / bestHand, 2)}x the baseline`);
  console.log(`   for scale: one produce per event  ${fmt(perEvent)} ms for the first ${fmt(prefix, 0)} events (${fmt((perEvent / prefix) * 1000, 2)} µs/event)`);
  console.log(`   final state: ${state.containers.size} containers, ${state.seq} events applied`);
}

/** Build a state with `n` exited containers (through real commands), then time commands on it. */
async function benchCommands(): Promise<void> {
  console.log('\n2. one command (decide + apply) as the state grows (median of 200 runs on the same state)');
  const sizes = [10, 10_000];
  const results = new Map<number, Map<string, number>>();
  const layer = await readLayerTar(makeBaseRootfs(new TextEncoder().encode('busybox placeholder'), DEFAULT_APPLETS));
  if ('code' in layer) throw new Error(layer.message);
  for (const n of sizes) {
    const env = testEnvironment(n);
    const s = Strata.inMemory(env);
    s.execute({ type: 'import', layer, message: '', changes: [], repoTag: 'base:1' });
    for (let i = 0; i < n; i++) {
      env.advance(1);
      const d = s.execute({ type: 'run', detach: true, image: 'base:1', cmd: ['sh', '-c', 'echo hi > /f'], env: [], labels: [], restart: { name: 'no', max: 0 }, autoRemove: false, network: 'none', attach: false, name: `c${i}` });
      if (d.error) throw new Error(d.error.code);
    }
    const state = s.state;
    const ctx = s.context();
    const target = [...table.values(state.containers)][0]!;
    const commands: [string, Command][] = [
      ['create', { type: 'create', image: 'base:1', cmd: ['sleep', '1000'], env: [], labels: [], restart: { name: 'no', max: 0 }, autoRemove: false, network: 'none', attach: true, name: 'fresh' }],
      ['start (exited container)', { type: 'start', ref: target.name, attach: false }],
      ['stop (exited: a no-op)', { type: 'stop', ref: target.name }],
      ['rename', { type: 'rename', ref: target.name, name: 'renamed' }],
      ['rm', { type: 'rm', ref: target.id.slice(0, 12), force: false }],
      ['commit', { type: 'commit', ref: target.name, message: '', author: '', changes: [], pause: true }],
    ];
    const row = new Map<string, number>();
    for (const [label, cmd] of commands) {
      const samples: number[] = [];
      for (let i = 0; i < 200; i++) {
        const [, ms] = time(() => {
          const d = decide(cmd, state, ctx);
          if (d.error) throw new Error(`${label}: ${d.error.code}`);
          let seq = state.seq;
          apply(state, d.events.map(({ at, event }) => ({ seq: ++seq, at, event })));
        });
        samples.push(ms);
      }
      samples.sort((a, b) => a - b);
      row.set(label, samples[samples.length >> 1]!);
    }
    results.set(n, row);
  }
  const [small, large] = sizes as [number, number];
  console.log(`   ${'command'.padEnd(26)} ${`${fmt(small, 0)} containers`.padStart(18)} ${`${fmt(large, 0)} containers`.padStart(20)}   ratio`);
  for (const label of results.get(small)!.keys()) {
    const a = results.get(small)!.get(label)!;
    const b = results.get(large)!.get(label)!;
    console.log(`   ${label.padEnd(26)} ${`${fmt(a * 1000, 0)} µs`.padStart(18)} ${`${fmt(b * 1000, 0)} µs`.padStart(20)}   ${fmt(b / a, 2)}x`);
  }
}

console.log('strata bench (Node ' + process.version + ')');
await benchReplay();
await benchCommands();
