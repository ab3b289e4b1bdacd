/** The projection run every way it is run: immer's live path, the private replays, and their frozen results. */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import type { Draft } from 'immer';
import { expect } from 'vitest';
import type { Envelope, Event } from '../src/events.js';
import { render } from '../src/core/errors.js';
import * as table from '../src/core/table.js';
import { apply, evolve, freezeState, replay } from '../src/evolve.js';
import type { ContainerConfig } from '../src/image/config.js';
import type { Change } from '../src/layer/changeset.js';
import { type State, initialState } from '../src/state.js';
import { Harness, runScenario, scenario, seedArb } from './arbitraries.js';

const RUNS = Number(process.env['SPEC_RUNS'] ?? 25);

/** Paths to everything reachable from `root` that is not frozen (a Map or Set must also refuse `set`/`add`). */
function unfrozen(root: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown, path: string): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (!Object.isFrozen(v)) out.push(path);
    if (v instanceof Map || v instanceof Set) {
      const working = v instanceof Map ? v.set === Map.prototype.set || v.delete === Map.prototype.delete : v.add === Set.prototype.add || v.delete === Set.prototype.delete;
      if (working) out.push(`${path} (mutators)`);
      for (const [k, x] of v.entries()) walk(x, `${path}[${String(k)}]`);
      return;
    }
    for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(root, '$');
  return out;
}

/** core/table.ts: a table's `size` is the number of its entries. */
const sizeViolations = (s: State): string[] =>
  (['containers', 'names', 'images', 'tags', 'layers', 'timers'] as const)
    .map((k) => [k, s[k].size, [...table.entries(s[k] as table.Table<unknown>)].length] as const)
    .filter(([, size, n]) => size !== n)
    .map(([k, size, n]) => `${k}: size ${size}, ${n} entries`);

/**
 * Fold `units` (a log cut into the batches the live path applied) every way evolve is run, and check
 * after every event that all agree: the immer fold of each event, the immer fold of each batch
 * (several events in one produce), evolve on one private state written in place, and a replay of
 * each event from the previous (frozen) state. Returns the state they agree on.
 */
function foldAllWays(units: readonly (readonly Envelope[])[]): State {
  let perBatch: State = initialState();
  let perEvent: State = initialState();
  const inPlace = initialState() as Draft<State>;
  let copied: State = replay([]);
  for (const unit of units) {
    perBatch = apply(perBatch, unit);
    for (const env of unit) {
      const at = `after seq ${env.seq} (${env.event.type})`;
      perEvent = apply(perEvent, [env]);
      evolve(inPlace, env);
      copied = replay([env], copied);
      expect(inPlace, at).toStrictEqual(perEvent);
      expect(copied, at).toStrictEqual(perEvent);
      expect(unfrozen(copied), at).toEqual([]);
      expect(sizeViolations(copied), at).toEqual([]);
    }
    expect(perBatch).toStrictEqual(perEvent);
  }
  const log = units.flat();
  const fromZero = replay(log);
  expect(fromZero).toStrictEqual(perBatch);
  expect(unfrozen(fromZero)).toEqual([]);
  return perBatch;
}

/*
 * evolve.ts: "evolve is one recipe … run three ways": `apply`, the live path (one immer produce per
 * command); `replay` from zero, on a private plain state written in place and frozen once at the
 * end; `replay` from a state others hold (and decide's Work), on a private copy of its root that
 * copies on write what it shares. Whatever the way, the same events give the same state after every
 * event (foldAllWays), and the live state at the end. What a replay returns is frozen throughout
 * (core/table.ts `writable` relies on it), and decide, which copies on write in the same way, never
 * trips over a frozen part (a write into one is a TypeError, which decide reports as a model bug).
 */
test.prop([scenario(), seedArb], { numRuns: RUNS })('[STORE-9] every way of running evolve gives the same state after every event, and replays are frozen', async (cmds, seed) => {
  const batches: Envelope[][] = [];
  const h = await runScenario(cmds, seed, (o) => {
    const e = o.decision?.error;
    expect(e?.code === 'model_bug' ? render(e) : '', o.label).toBe('');
    if (o.envelopes.length > 0) batches.push([...o.envelopes]);
  });
  const log = h.strata.store.read().envelopes;
  const setup = log.slice(0, (batches[0]?.[0]?.seq ?? log.length + 1) - 1);
  const units = [setup, ...batches].filter((b) => b.length > 0);
  expect(units.flat().map((e) => e.seq)).toEqual(log.map((e) => e.seq));
  const folded = foldAllWays(units);
  expect(folded).toStrictEqual(h.state);
  expect(unfrozen(h.state)).toEqual([]);
  // a state just parsed (a snapshot) is made the live path's by freezeState, in place, unchanged
  const parsed = structuredClone(folded);
  expect(unfrozen(parsed)).not.toEqual([]);
  expect(freezeState(parsed)).toBe(parsed);
  expect(unfrozen(parsed)).toEqual([]);
  expect(parsed).toStrictEqual(folded);
  // and a replay from an unfrozen state takes it over the same way
  const tail = log.slice(-3);
  const head = structuredClone(replay(log.slice(0, log.length - tail.length)));
  const resumed = replay(tail, head);
  expect(resumed).toBe(head);
  expect(resumed).toStrictEqual(folded);
  expect(unfrozen(resumed)).toEqual([]);
});

/*
 * The same, where copy on write has the most to get wrong: the scenarios above rarely put two keys
 * in one shard of a table (there are 4,096), so here every container id starts with the same three
 * digits (one shard for all), RW layers and logs grow over several events, and timers come and go,
 * in random orders of the container events (evolve is total: what does not apply is ignored).
 */
const IDS = [0, 1, 2, 3, 4].map((i) => `abc${i.toString(16).padStart(61, '0')}`);
const NAMES = ['n0', 'n1', 'n2'];
const CONFIG: ContainerConfig = { Hostname: 'abc', Domainname: '', User: '', AttachStdin: false, AttachStdout: false, AttachStderr: false, Tty: false, OpenStdin: false, StdinOnce: false, Env: null, Cmd: ['sh'], Image: 'base:1', Volumes: null, WorkingDir: '', Entrypoint: null, OnBuild: null, Labels: {} };
const FILE = (size: number): Change => ({ type: 'file', mode: 0o644, mtime: 0, size, digest: `sha256:${'a'.repeat(64)}` });
const containerEvent = (image: string): fc.Arbitrary<Event> => {
  const id = fc.constantFrom(...IDS);
  const path = fc.constantFrom('a', 'b', 'c', 'd/e');
  const wakeAt = fc.option(fc.integer({ min: 1, max: 9 }), { freq: 3 });
  return fc.oneof(
    fc.record({ id, name: fc.constantFrom(...NAMES) }).map(({ id, name }): Event => ({ type: 'ContainerCreated', id, name, path: 'sh', args: [], config: CONFIG, hostConfig: { NetworkMode: 'none', RestartPolicy: { Name: 'no', MaximumRetryCount: 0 }, AutoRemove: false }, image: image as `sha256:${string}`, imageRef: 'base:1' })),
    fc.record({ id, pid: fc.nat(9), restart: fc.boolean() }).map((e): Event => ({ type: 'ContainerStarted', ...e })),
    fc.record({ id, set: fc.array(fc.tuple(path, fc.nat(9).map(FILE)), { maxLength: 3 }), removed: fc.array(path, { maxLength: 2 }) }).map((e): Event => ({ type: 'ContainerFsChanged', ...e })),
    fc.record({ id, text: fc.constantFrom('x\n', 'y\n') }).map(({ id, text }): Event => ({ type: 'ContainerOutput', id, output: [{ stream: 'stdout', text }] })),
    fc.record({ id, wakeAt }).map(({ id, wakeAt }): Event => ({ type: 'ContainerProcessBlocked', id, state: { kind: 'sleep', wakeAt: wakeAt ?? 0 }, wakeAt })),
    fc.record({ id, wakeAt: fc.integer({ min: 1, max: 9 }), delay: fc.nat(9) }).map((e): Event => ({ type: 'ContainerRestarting', ...e })),
    fc.record({ id, exitCode: fc.nat(3) }).map((e): Event => ({ type: 'ContainerDied', ...e })),
    fc.record({ id, name: fc.constantFrom(...NAMES) }).map((e): Event => ({ type: 'ContainerRenamed', ...e })),
    id.chain((id) => fc.constantFrom<Event>({ type: 'ContainerPaused', id }, { type: 'ContainerUnpaused', id }, { type: 'ContainerKilled', id, signal: 9 }, { type: 'ContainerStopped', id }, { type: 'ContainerDestroyed', id })),
  );
};

const setup = (await Harness.create(1)).strata.store.read().envelopes;
const baseImage = setup.find((e) => e.event.type === 'ImageCreated')!.event as Extract<Event, { type: 'ImageCreated' }>;

test.prop([fc.array(fc.array(containerEvent(baseImage.id), { minLength: 1, maxLength: 4 }), { maxLength: 25 })], { numRuns: RUNS })(
  '[STORE-9] every way of running evolve agrees where many keys share a shard and collections grow',
  (batches) => {
    let seq = setup.length;
    let at = setup[setup.length - 1]!.at;
    foldAllWays([setup, ...batches.map((batch) => batch.map((event): Envelope => ({ seq: ++seq, at: (at += 1), event })))]);
  },
);
