/**
 * The model as the oracle of a model-based test of your own system: fast-check commands for
 * `fc.asyncModelRun` that run each generated docker line on the model and on your system (through an
 * adapter), and fail when the two answers differ once ids and times are masked, as the conformance
 * harness compares strata with the real engine.
 *
 *   const adapter = { run: (argv) => execDocker(argv) };   // your system: { stdout, stderr, exitCode }
 *   await fc.assert(fc.asyncProperty(modelCommands({ containers: 3 }), (cmds) =>
 *     fc.asyncModelRun(modelSetup(adapter), cmds)));
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { sha256 } from '../index.js';
import { Masker, type Result, difference, observe } from './observe.js';
import { Planner, baseRef, scopeLabel } from './plan.js';
import { type ScenarioOptions, boundsOf } from './scenario.js';
import { ModelSession, type SessionOptions, baseTar } from './session.js';
import { SCENARIO_VERBS, type Step, stepArbitrary } from './steps.js';

/** Your system, as a docker CLI: run `docker <argv>` and report what it printed. */
export interface Adapter {
  run(argv: string[]): Promise<Result>;
}

/** What the commands share during one run: the model, the planner, and each side's id numbering. */
export interface OracleModel {
  readonly session: ModelSession;
  readonly planner: Planner;
  readonly model: Masker;
  readonly real: Masker;
  /** the lines run so far, for the report of a difference */
  readonly lines: string[];
}

/**
 * The runs set up in this process, by prefix: how many (a run's number) and those not cleared yet,
 * each with its own prefix and the id your system gave its base.
 */
const runsSetUp = new Map<string, { count: number; open: { prefix: string; base?: string }[] }>();

/**
 * The setup for `fc.asyncModelRun`: a fresh model, and your system given the same base image
 * (`docker import <file> <prefix><run>-base:1`, from a temporary copy of baseTar()). Each run's names
 * and tags start with `<prefix><run>-` (run 0, 1, … in this process, whichever setup made them), so
 * runs do not meet on your system; listings and prunes are scoped to the run (see
 * ScenarioOptions.prefix). `clearRuns(adapter, { prefix })` removes what the runs left.
 */
export function modelSetup(adapter: Adapter, options: ScenarioOptions & SessionOptions = {}): () => Promise<{ model: OracleModel; real: Adapter }> {
  const given = boundsOf(options);
  return async () => {
    // each run names its objects apart from the runs before it: `<prefix><run>-`, counted per
    // process, since a property makes a new setup for every run it tries
    const runs = runsSetUp.get(given.prefix) ?? { count: 0, open: [] };
    runsSetUp.set(given.prefix, runs);
    const bounds = { ...given, prefix: `${given.prefix}${runs.count++}-` };
    const setUp: { prefix: string; base?: string } = { prefix: bounds.prefix };
    runs.open.push(setUp);
    const base = options.base ?? baseTar(bounds.prefix);
    const session = new ModelSession(bounds.prefix, { ...options, base });
    const dir = mkdtempSync(join(tmpdir(), 'strata-base-'));
    try {
      const file = join(dir, 'base.tar');
      writeFileSync(file, base);
      const r = await adapter.run(['import', file, baseRef(bounds.prefix)]);
      if (r.exitCode !== 0) throw new Error(`strata/testing: your system refused the base image (docker import … ${baseRef(bounds.prefix)}): ${r.stderr}`);
      setUp.base = r.stdout.trim();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const model = new Masker();
    const real = new Masker();
    // the base layer's DiffID is the same on both sides: left as it is
    const diffId = sha256(base).slice(7);
    model.literal.add(diffId);
    real.literal.add(diffId);
    return { model: { session, planner: new Planner(bounds), model, real, lines: [] }, real: adapter };
  };
}

class DockerLine implements fc.AsyncCommand<OracleModel, Adapter> {
  private line: string | undefined;

  constructor(private readonly step: Step) {}

  check(): boolean {
    return true;
  }

  async run(m: OracleModel, r: Adapter): Promise<void> {
    const command = m.planner.plan(this.step, m.session.state);
    if (command === undefined) {
      this.line = `# (${this.step.verb}: dropped, out of bounds or timing-dependent here)`;
      return;
    }
    this.line = command.line;
    m.lines.push(command.line);
    const expected = m.session.run(command.argv);
    m.planner.done(command, expected.exitCode, m.session.state);
    const actual = await r.run([...command.argv]);
    const want = observe(m.model, expected, command.unordered);
    const got = observe(m.real, actual, command.unordered);
    if (JSON.stringify(want) !== JSON.stringify(got)) {
      throw new Error(
        `${command.line}\nanswered differently (- strata, + your system):\n${difference(want, got)}\n\nthe lines so far:\n${m.lines.join('\n')}`,
      );
    }
  }

  toString(): string {
    return this.line ?? `(${this.step.verb}, not run yet)`;
  }
}

/** Commands for `fc.asyncModelRun` with `modelSetup(adapter, options)`: one docker line each. */
export function modelCommands(options: ScenarioOptions = {}): fc.Arbitrary<Iterable<fc.AsyncCommand<OracleModel, Adapter>>> {
  const step = stepArbitrary(options.verbs ?? SCENARIO_VERBS);
  return fc.commands([step.map((s) => new DockerLine(s))], { maxCommands: options.maxCommands ?? 25, size: 'max' });
}

/**
 * Remove from your system what the runs `modelSetup(adapter, { prefix })` set up in this process
 * left: their containers and images (each carries its run's `strata.scenario` label, tagged or
 * not), then each run's base image, whatever tags it has by then. Through the adapter, as docker
 * lines; it fails, naming them, when any of them is still there afterwards. Later runs are still
 * numbered on from the cleared ones.
 */
export async function clearRuns(adapter: Adapter, options: { readonly prefix?: string } = {}): Promise<void> {
  const { prefix } = boundsOf(options);
  const runs = runsSetUp.get(prefix)?.open ?? [];
  const ids = async (argv: string[]): Promise<string[]> => {
    const r = await adapter.run(argv);
    if (r.exitCode !== 0) throw new Error(`strata/testing: docker ${argv.join(' ')} failed: ${r.stderr}`);
    return r.stdout.split('\n').filter((l) => l !== '');
  };
  const left: string[] = [];
  for (const run of runs) {
    const label = `label=${scopeLabel(run.prefix)}`;
    const containers = await ids(['ps', '-a', '-q', '--no-trunc', '--filter', label]);
    if (containers.length > 0) await adapter.run(['rm', '-f', ...containers]);
    // newest first, so that a child goes before its parent
    const images = [...new Set(await ids(['images', '-a', '-q', '--no-trunc', '--filter', label]))];
    for (const image of images) await adapter.run(['rmi', '-f', image]);
    if (run.base !== undefined) await adapter.run(['rmi', '-f', run.base]);
    left.push(...(await ids(['ps', '-a', '-q', '--filter', label])).map((c) => `container ${c}`));
    left.push(...(await ids(['images', '-a', '-q', '--filter', label])).map((i) => `image ${i}`));
    if (run.base !== undefined && (await adapter.run(['image', 'inspect', '--format', '{{.Id}}', run.base])).exitCode === 0) left.push(`image ${run.base} (the base of ${run.prefix})`);
  }
  if (left.length > 0) throw new Error(`strata/testing: clearRuns left ${left.join(', ')}`);
  runs.splice(0);
}
