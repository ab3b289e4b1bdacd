/**
 * `scenario(options)`: command sequences generated from the model's state as they go, and
 * `runModel(scenario)`: what the model answers to each of their lines, as the docker CLI prints it.
 *
 * A scenario is drawn as abstract steps (steps.ts), which fast-check shrinks; the steps become docker
 * lines by running them on an in-memory model one by one (plan.ts picks targets among what exists at
 * that point and keeps the scenario within its bounds). Running the lines again (runModel) gives the
 * same answers: the model is deterministic for a seed.
 */
import fc from 'fast-check';
import { type State, type Status, statusOf, table } from '../index.js';
import { type Bounds, Planner, type ScenarioCommand } from './plan.js';
import type { Result } from './observe.js';
import { ModelSession, type SessionOptions } from './session.js';
import { SCENARIO_VERBS, type ScenarioVerb, type Step, stepArbitrary } from './steps.js';

export interface ScenarioOptions {
  /** at most this many containers exist at once (default 3) */
  readonly containers?: number;
  /** at most this many images besides the base image (default 2) */
  readonly images?: number;
  /** at most this many commands (default 25) */
  readonly maxCommands?: number;
  /** the verbs to draw from (default: all of SCENARIO_VERBS) */
  readonly verbs?: readonly ScenarioVerb[];
  /**
   * prepended to every name and tag (default none): scenarios that share an engine keep apart; their
   * containers then carry a label that their prunes filter on, and `ps`/`images` filter on the prefix
   */
  readonly prefix?: string;
}

export interface Scenario {
  readonly bounds: Bounds;
  readonly commands: readonly ScenarioCommand[];
  /** the docker lines, one per command */
  toString(): string;
}

export interface ModelStep {
  readonly command: ScenarioCommand;
  /** the docker line */
  readonly line: string;
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Coverage {
  /** per verb, how many of its commands exited 0 */
  readonly accepted: Readonly<Partial<Record<ScenarioVerb, number>>>;
  /** per verb, how many of its commands exited non-zero */
  readonly refused: Readonly<Partial<Record<ScenarioVerb, number>>>;
  /** every status a container had after some command */
  readonly statuses: readonly Status[];
}

export interface ModelRun {
  /** the state after the last command */
  readonly state: State;
  readonly steps: readonly ModelStep[];
  /** commands that exited 0 */
  readonly accepted: number;
  /** commands that exited non-zero */
  readonly refused: number;
  readonly coverage: Coverage;
}

const positive = (name: string, v: number | undefined, fallback: number): number => {
  const n = v ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw new TypeError(`strata/testing: ${name} must be a whole number ≥ 0, not ${String(v)}`);
  return n;
};

/** The bounds the options ask for, checked (a TypeError names a bad option). */
export function boundsOf(options: ScenarioOptions): Bounds {
  const prefix = options.prefix ?? '';
  // it starts container names and repository names: lowercase alphanumerics, each run maybe followed by one of . _ -
  if (!/^(?:[a-z0-9]+[._-]?)*$/.test(prefix)) throw new TypeError(`strata/testing: prefix ${JSON.stringify(prefix)} must be lowercase letters and digits, each run maybe followed by one of . _ - (it starts names and tags)`);
  return { containers: positive('containers', options.containers, 3), images: positive('images', options.images, 2), prefix };
}

function makeScenario(bounds: Bounds, commands: readonly ScenarioCommand[]): Scenario {
  return { bounds, commands, toString: () => commands.map((c) => c.line).join('\n') };
}

/** Plan and run steps one by one on a fresh model: the scenario's lines, and what each printed. */
function build(bounds: Bounds, steps: readonly Step[], session: ModelSession): { commands: ScenarioCommand[]; results: Result[] } {
  const planner = new Planner(bounds);
  const commands: ScenarioCommand[] = [];
  const results: Result[] = [];
  for (const step of steps) {
    const command = planner.plan(step, session.state);
    if (command === undefined) continue;
    const r = session.run(command.argv);
    planner.done(command, r.exitCode, session.state);
    commands.push(command);
    results.push(r);
  }
  return { commands, results };
}

/** Command sequences of the given verbs, within the given bounds, from a base image `base:1` of busybox. */
export function scenario(options: ScenarioOptions = {}): fc.Arbitrary<Scenario> {
  const bounds = boundsOf(options);
  const maxCommands = positive('maxCommands', options.maxCommands, 25);
  const steps = fc.array(stepArbitrary(options.verbs ?? SCENARIO_VERBS), { minLength: 1, maxLength: Math.max(1, maxCommands), size: 'max' });
  return steps.map((s) => makeScenario(bounds, build(bounds, s, new ModelSession(bounds.prefix)).commands));
}

/** Run a scenario's lines on a fresh model (deterministic: the same scenario gives the same run). */
export function runModel(s: Scenario, options: SessionOptions = {}): ModelRun {
  const session = new ModelSession(s.bounds.prefix, options);
  const steps: ModelStep[] = [];
  const accepted: Partial<Record<ScenarioVerb, number>> = {};
  const refused: Partial<Record<ScenarioVerb, number>> = {};
  const statuses = new Set<Status>();
  for (const command of s.commands) {
    const r = session.run(command.argv);
    steps.push({ command, line: command.line, ...r });
    const tally = r.exitCode === 0 ? accepted : refused;
    tally[command.verb] = (tally[command.verb] ?? 0) + 1;
    for (const c of table.values(session.state.containers)) statuses.add(statusOf(c.state));
  }
  const count = (t: Partial<Record<ScenarioVerb, number>>): number => Object.values(t).reduce((a, b) => a + b, 0);
  return {
    state: session.state,
    steps,
    accepted: count(accepted),
    refused: count(refused),
    coverage: { accepted, refused, statuses: [...statuses].sort() },
  };
}

/**
 * Labels for `fc.statistics` (or a report): the verbs a run had accepted and refused, and the
 * statuses it reached. A suite whose scenarios never get a command accepted shows it at once.
 */
export function coverageLabels(run: ModelRun): string[] {
  const { accepted, refused, statuses } = run.coverage;
  return [
    ...Object.keys(accepted).map((v) => `accepted: ${v}`),
    ...Object.keys(refused).map((v) => `refused: ${v}`),
    ...statuses.map((st) => `status: ${st}`),
  ];
}
