/**
 * Waiting on the model clock (container/ahead.ts, runtime.ts advance):
 *
 * 1. Its cost. A process that only loops on `sleep` does nothing anyone can see between two
 *    commands, so a wait on it appends a bounded number of events, whatever its length (issue 10:
 *    `stop -t 10000` on `while :; do sleep 1; done` appended 10,007 events).
 * 2. What it keeps. The clock moved in one step gives the log the clock moved wake-up by wake-up
 *    gives, but for the quiet wake-ups' ContainerProcessBlocked events: every other event with its
 *    time and content, in the same order, and the same state at the end (each process exactly where
 *    its rounds left it). The log is the only truth, so `logs`, `events`, `inspect` and a replay are
 *    what they were.
 */
import { fc, test } from '@fast-check/vitest';
import { beforeAll, expect } from 'vitest';
import type { Command, LayerInput } from '../src/commands.js';
import * as table from '../src/core/table.js';
import type { Envelope } from '../src/events.js';
import { DEFAULT_APPLETS, makeBaseRootfs } from '../src/layer/rootfs.js';
import { readLayerTar } from '../src/layer/tar-read.js';
import type { State } from '../src/state.js';
import { Strata } from '../src/strata.js';
import { createRequest } from '../src/testing/decider-spec.js';
import { type TestEnvironment, testEnvironment } from '../src/testing/environment.js';
import { render } from '../src/core/errors.js';

const RUNS = Number(process.env['SPEC_RUNS'] ?? 25);

let base: LayerInput;
beforeAll(async () => {
  const layer = await readLayerTar(makeBaseRootfs(new TextEncoder().encode('busybox'), DEFAULT_APPLETS));
  if ('code' in layer) throw new Error(render(layer.error));
  base = layer;
});

// ---------------------------------------------------------------------------------------------
// Programs

const sleep = fc.integer({ min: 1, max: 4 }).map((s) => `sleep ${s}`);
/** what a round does besides sleeping: nothing anyone sees, or something they do */
const quietStep = fc.constantFrom(':', 'true', 'X=a', 'cd /', 'echo x > /dev/null');
const loudStep = fc.constantFrom('echo tick', 'echo err >&2', 'echo x >> /log', 'touch /t', 'X=${X}a', 'rm -f /t');
const round = (step: fc.Arbitrary<string>) =>
  fc.array(fc.oneof(sleep, step), { minLength: 0, maxLength: 3 }).chain((rest) => fc.tuple(sleep, fc.constant(rest), fc.nat()).map(([s, r, at]) => {
    const steps = [...r];
    steps.splice(at % (steps.length + 1), 0, s);
    return steps.join('; ');
  }));
/** `while :; do …; done`, with an inner endless loop sometimes, behind a prefix and a TERM trap */
const loop = (step: fc.Arbitrary<string>) =>
  fc
    .record({
      trap: fc.constantFrom('', "trap '' TERM; ", "trap ':' TERM; "),
      prefix: fc.constantFrom('', 'sleep 2; ', 'echo start; '),
      body: round(step),
      inner: fc.option(round(step), { nil: undefined }),
    })
    .map(({ trap, prefix, body, inner }) => `${trap}${prefix}while :; do ${body}${inner === undefined ? '' : `; while :; do ${inner}; done`}; done`);

const quietLoop = loop(quietStep);
const anyProgram = fc.oneof(loop(fc.oneof(quietStep, loudStep)), fc.constantFrom('sleep 3; echo done', 'sleep 1; exit 2', "trap 'exit 3' TERM; sleep 5"));

// ---------------------------------------------------------------------------------------------
// Worlds

const run = (name: string, script: string, restart = false): Command => ({
  type: 'run',
  detach: true,
  ...createRequest(name, ['sh', '-c', script], restart ? { restart: { name: 'on-failure', max: 3 } } : {}),
  attach: false,
});

function world(programs: readonly { script: string; restart?: boolean }[]): { env: TestEnvironment; strata: Strata } {
  const env = testEnvironment(3);
  const strata = Strata.inMemory(env);
  strata.execute({ type: 'import', layer: base, message: '', changes: [], repoTag: 'base:1' });
  programs.forEach(({ script, restart }, i) => {
    env.advance(137 * (i + 1));
    const d = strata.execute(run(`c${i}`, script, restart));
    if (d.error) throw new Error(`run ${script}: ${d.error.code}`);
  });
  return { env, strata };
}

const appended = (s: Strata, from: number): readonly Envelope[] => s.store.read().envelopes.slice(from);

/** The next time a timer of a running, unfrozen container falls due, at or before `to`. */
function nextDue(s: State, to: number): number | undefined {
  let next: number | undefined;
  for (const [id, at] of table.entries(s.timers)) {
    const c = table.get(s.containers, id);
    if (c && !c.state.paused && at <= to && (next === undefined || at < next)) next = at;
  }
  return next;
}

/** Everything about the containers a command can show, Maps spelled out. */
function containersOf(s: State): string {
  const cs = [...table.values(s.containers)].sort((a, b) => (a.id < b.id ? -1 : 1));
  return JSON.stringify({ cs, timers: [...table.entries(s.timers)].sort() }, (_k, v: unknown) => (v instanceof Map ? [...v.entries()] : v));
}

const seen = (log: readonly Envelope[]): string[] =>
  log.filter((e) => e.event.type !== 'ContainerProcessBlocked').map((e) => JSON.stringify({ at: e.at, event: e.event }));

// ---------------------------------------------------------------------------------------------
// Properties

test.prop([quietLoop, fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 86_400_000 })], { numRuns: RUNS })(
  '[TIME-3] stop -t on a loop that only sleeps appends a bounded number of events, whatever the timeout, and waits exactly the timeout',
  (script, timeout, idle) => {
    const { env, strata } = world([{ script }]);
    env.advance(idle);
    const from = strata.store.read().envelopes.length;
    const d = strata.execute({ type: 'stop', ref: 'c0', timeout });
    expect(d.error).toBeUndefined();
    const log = appended(strata, from);
    // the catch-up's record, TERM and the state it leaves, the grace period's record, KILL, die, stop
    expect(log.length).toBeLessThanOrEqual(8);
    const kills = log.filter((e) => e.event.type === 'ContainerKilled');
    expect(kills.map((e) => e.event.type === 'ContainerKilled' && e.event.signal)).toEqual([15, 9]);
    expect(kills[1]!.at - kills[0]!.at).toBe(timeout * 1000);
  },
);

test.prop([fc.array(quietLoop, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 10_000_000_000 })], { numRuns: RUNS })(
  '[TIME-3, TIME-5] the next command after any idle time appends at most one event per container that only sleeps; wait on one is refused with none',
  (scripts, idle) => {
    const { env, strata } = world(scripts.map((script) => ({ script })));
    env.advance(idle);
    const from = strata.store.read().envelopes.length;
    strata.tick();
    expect(appended(strata, from).length).toBeLessThanOrEqual(scripts.length);
    const w = strata.execute({ type: 'wait', ref: 'c0' });
    expect(w.error?.code).toBe('would_block');
    expect(w.events).toEqual([]);
  },
);

test.prop(
  [fc.array(fc.record({ script: anyProgram, restart: fc.boolean() }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 90_000 })],
  { numRuns: RUNS },
)('[TIME-2] the clock moved in one step keeps what the clock moved wake-up by wake-up keeps, but for quiet ProcessBlocked events', (programs, idle) => {
  const once = world(programs);
  const stepwise = world(programs);
  const from = once.strata.store.read().envelopes.length;
  const end = once.env.now() + idle;
  once.env.advance(idle);
  once.strata.tick();
  // the reference: a command at every wake-up, so no command ever has more than one to run
  for (let due = nextDue(stepwise.strata.state, end); due !== undefined; due = nextDue(stepwise.strata.state, end)) {
    stepwise.env.advance(Math.max(0, due - stepwise.env.now()));
    stepwise.strata.tick();
  }
  stepwise.env.advance(end - stepwise.env.now());
  stepwise.strata.tick();
  const a = appended(once.strata, from);
  const b = appended(stepwise.strata, from);
  expect(seen(a)).toEqual(seen(b));
  expect(containersOf(once.strata.state)).toEqual(containersOf(stepwise.strata.state));
  expect(a.length).toBeLessThanOrEqual(b.length);
});
