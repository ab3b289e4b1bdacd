/**
 * What a scenario is drawn as: abstract steps, plain data that fast-check generates and shrinks.
 * A step names its target by an index, taken modulo the containers or images that exist when it is
 * planned, or asks for a reference that names nothing; the planner (plan.ts) turns it into a docker
 * command line against the model's state at that point.
 */
import fc from 'fast-check';
import { CHANGES, CREATE_FLAGS, EXEC_PROGRAMS, PROGRAMS } from './programs.js';

/** The verbs scenarios use, as docker spells them. */
export const SCENARIO_VERBS = [
  'create', 'run', 'start', 'stop', 'restart', 'kill', 'pause', 'unpause', 'wait', 'rm', 'exec', 'rename',
  'commit', 'tag', 'rmi', 'logs', 'diff', 'inspect', 'ps', 'images', 'history', 'container prune', 'image prune',
] as const;
export type ScenarioVerb = (typeof SCENARIO_VERBS)[number];

/** An index into the live containers or images, or -1: a reference that names nothing. */
export type Target = number;

export type Step =
  | { readonly verb: 'create' | 'run'; readonly program: number; readonly rm: boolean; readonly image: Target; readonly flags: number }
  | { readonly verb: 'start' | 'pause' | 'unpause' | 'wait' | 'logs' | 'diff' | 'inspect' | 'rename'; readonly target: Target }
  | { readonly verb: 'stop' | 'restart'; readonly target: Target; readonly timeout: 0 | 1 }
  | { readonly verb: 'kill'; readonly target: Target; readonly signal: 'KILL' | 'TERM' | 'USR1' | 'BOGUS' }
  | { readonly verb: 'rm'; readonly target: Target; readonly force: boolean }
  | { readonly verb: 'exec'; readonly target: Target; readonly program: number }
  | { readonly verb: 'commit'; readonly target: Target; readonly tag: boolean; readonly changes: number }
  | { readonly verb: 'tag' | 'history'; readonly image: Target }
  | { readonly verb: 'rmi'; readonly image: Target; readonly force: boolean; readonly noPrune: boolean }
  | { readonly verb: 'ps'; readonly all: boolean }
  | { readonly verb: 'images' | 'container prune' }
  | { readonly verb: 'image prune'; readonly all: boolean };

/** The members of Step with a verb in V (for a generator that draws some of these steps among its own). */
export type StepOf<V extends Step['verb']> = Step & { readonly verb: V };

/** Half the containers run a program that exits at once, half one that blocks (so pause, exec, kill and stop have something to act on). */
const blocking = PROGRAMS.flatMap((p, i) => (p.kind === 'instant' ? [] : [i]));
const instant = PROGRAMS.flatMap((p, i) => (p.kind === 'instant' ? [i] : []));
const program = fc.oneof(fc.constantFrom(...instant), fc.constantFrom(...blocking));

/** Mostly existing objects; one draw in thirteen names nothing. */
export const target: fc.Arbitrary<Target> = fc.oneof({ weight: 12, arbitrary: fc.nat(40) }, { weight: 1, arbitrary: fc.constant(-1) });

const on = <V extends Step['verb']>(...verbs: V[]): fc.Arbitrary<V> => fc.constantFrom(...verbs);

/** An exec of one of `programs`, by index: the kit's EXEC_PROGRAMS, or a list that begins with them. */
export const execStep = (programs: readonly (readonly string[])[] = EXEC_PROGRAMS): fc.Arbitrary<StepOf<'exec'>> =>
  fc.record({ verb: on('exec'), target, program: fc.nat(programs.length - 1) });

/** A commit with one of `changes`, by index: the kit's CHANGES, or a list that begins with them. */
export const commitStep = (changes: readonly (readonly string[])[] = CHANGES): fc.Arbitrary<StepOf<'commit'>> =>
  fc.record({ verb: on('commit'), target, tag: fc.boolean(), changes: fc.nat(changes.length - 1) });

/** Each verb's arbitrary (the conformance harness draws the steps it shares with scenarios from these). */
export const STEP_ARBITRARIES: { readonly [V in ScenarioVerb]: fc.Arbitrary<StepOf<V>> } = {
  create: fc.record({ verb: on('create'), program, rm: fc.constant(false), image: target, flags: fc.nat(CREATE_FLAGS.length - 1) }),
  run: fc.record({ verb: on('run'), program, rm: fc.boolean(), image: target, flags: fc.nat(CREATE_FLAGS.length - 1) }),
  start: fc.record({ verb: on('start'), target }),
  stop: fc.record({ verb: on('stop'), target, timeout: fc.constantFrom(0 as const, 1 as const) }),
  restart: fc.record({ verb: on('restart'), target, timeout: fc.constantFrom(0 as const, 1 as const) }),
  kill: fc.record({ verb: on('kill'), target, signal: fc.constantFrom('KILL' as const, 'TERM' as const, 'USR1' as const, 'BOGUS' as const) }),
  pause: fc.record({ verb: on('pause'), target }),
  unpause: fc.record({ verb: on('unpause'), target }),
  wait: fc.record({ verb: on('wait'), target }),
  rm: fc.record({ verb: on('rm'), target, force: fc.boolean() }),
  exec: execStep(),
  rename: fc.record({ verb: on('rename'), target }),
  commit: commitStep(),
  tag: fc.record({ verb: on('tag'), image: target }),
  rmi: fc.record({ verb: on('rmi'), image: target, force: fc.boolean(), noPrune: fc.boolean() }),
  logs: fc.record({ verb: on('logs'), target }),
  diff: fc.record({ verb: on('diff'), target }),
  inspect: fc.record({ verb: on('inspect'), target }),
  ps: fc.record({ verb: on('ps'), all: fc.boolean() }),
  images: fc.record({ verb: on('images') }),
  history: fc.record({ verb: on('history'), image: target }),
  'container prune': fc.record({ verb: on('container prune') }),
  // -a removes the base image once nothing uses it, after which every create is refused: one in four
  'image prune': fc.record({ verb: on('image prune'), all: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }) }),
};

/** Each verb's weight in a scenario: the verbs that make state come most often. */
const WEIGHTS: { readonly [V in ScenarioVerb]: number } = {
  create: 4, run: 12, start: 4, stop: 3, restart: 1, kill: 3, pause: 2, unpause: 2, wait: 1, rm: 3, exec: 3, rename: 1,
  commit: 3, tag: 1, rmi: 2, logs: 1, diff: 1, inspect: 1, ps: 1, images: 1, history: 1, 'container prune': 1, 'image prune': 1,
};

/** One step of the given verbs (all of them by default). */
export function stepArbitrary(verbs: readonly ScenarioVerb[] = SCENARIO_VERBS): fc.Arbitrary<Step> {
  const unknown = verbs.filter((v) => !(SCENARIO_VERBS as readonly string[]).includes(v));
  if (unknown.length > 0) throw new TypeError(`strata/testing: unknown verb ${unknown.map((v) => JSON.stringify(v)).join(', ')}; scenarios know ${SCENARIO_VERBS.join(', ')}`);
  if (verbs.length === 0) throw new TypeError('strata/testing: `verbs` is empty: a scenario needs at least one verb');
  return fc.oneof(...[...new Set(verbs)].map((v) => ({ weight: WEIGHTS[v], arbitrary: STEP_ARBITRARIES[v] as fc.Arbitrary<Step> })));
}
