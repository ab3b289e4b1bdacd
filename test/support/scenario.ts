/**
 * Scenarios typed into both the real engine and strata: each step is one docker command line; both
 * sides' stdout, stderr and exit code must match once ids and times are masked. This is the
 * conformance check behind the CLI's claim to print what docker prints.
 */
import { ModelDriver } from '../../src/conformance/driver.js';
import { Masker, observe, tarListing } from '../../src/testing/observe.js';
import { loadBusybox } from '../../src/host/busybox.js';
import { DEFAULT_APPLETS, makeBaseRootfs } from '../../src/layer/rootfs.js';
import { type DockerResult, docker, ensureBaseImage } from './engine.js';
import { untickedQueries } from './ticks.js';

export interface Step {
  readonly args: readonly string[];
  readonly input?: string | Uint8Array;
  /**
   * Keep this step's stdout (trimmed) under a name, separately for each side: later steps write
   * `%NAME%` for it, or `%NAME:12%` for its first 12 hex digits (`sha256:` dropped). This is how a
   * scenario names an object by an id, which differs between the two sides. `%SIDE%` is preset to
   * `engine` / `model`.
   */
  readonly capture?: string;
  /**
   * stdout is a tar (`cp CONTAINER:PATH -`): both sides' bytes are replaced by a listing of it
   * before they are compared (see tarListing).
   */
  readonly tar?: true;
  /**
   * Compare the output's columns by their order only (runs of spaces as two), not their widths: for
   * a table with a time column, whose width follows each side's times before they are masked.
   */
  readonly looseColumns?: true;
}

/** Replace `%NAME%` / `%NAME:n%` in the arguments with what this side captured. */
function expand(args: readonly string[], vars: ReadonlyMap<string, string>): string[] {
  return args.map((a) =>
    a.replace(/%([A-Za-z_][A-Za-z0-9_]*)(?::([0-9]+))?%/g, (whole, name: string, len?: string) => {
      const v = vars.get(name);
      if (v === undefined) return whole;
      return len === undefined ? v : v.replace(/^sha256:/, '').slice(0, Number(len));
    }),
  );
}

/** The base image both sides start from: the project's own busybox rootfs, imported as-is. */
export const BASE_TAR = makeBaseRootfs(loadBusybox(), DEFAULT_APPLETS);

/** A strata CLI with its own store, run in-process (the conformance model driver). */
export class StrataCli extends ModelDriver {
  run(args: readonly string[], input: string | Uint8Array = ''): Promise<DockerResult> {
    return this.cli(args, typeof input === 'string' ? new TextEncoder().encode(input) : input);
  }

  dispose(): void {
    void this.close();
  }
}

export interface StepResult {
  readonly args: readonly string[];
  readonly engine: DockerResult;
  readonly model: DockerResult;
}

/** Run the steps on both sides (the engine at `socket`, else the shared one); the masked results, for the test to compare. */
export async function runBoth(prefix: string, steps: readonly Step[], socket?: string): Promise<StepResult[]> {
  const unticked = untickedQueries(steps);
  if (unticked.length > 0) throw new Error(`a query of events up to now needs a tick (a foreground sleep) after the last step that logs events:\n${unticked.join('\n')}`);
  await ensureBaseImage(BASE_TAR, `${prefix}base:1`, socket);
  const cli = new StrataCli();
  const engineMask = new Masker({ exactColumns: true });
  const modelMask = new Masker({ exactColumns: true });
  const out: StepResult[] = [];
  try {
    const imported = await cli.run(['import', '-', `${prefix}base:1`], BASE_TAR);
    if (imported.exitCode !== 0) throw new Error(`strata import failed: ${imported.stderr}`);
    // %SIDE% names the side, for paths each side must have to itself (export -o, then import).
    const engineVars = new Map<string, string>([['SIDE', 'engine']]);
    const modelVars = new Map<string, string>([['SIDE', 'model']]);
    for (const step of steps) {
      const options = { ...(step.tar === true ? { binary: true } : {}), ...(socket === undefined ? {} : { socket }) };
      let e = await docker(expand(step.args, engineVars), step.input === undefined ? options : { ...options, input: step.input });
      let m = await cli.run(expand(step.args, modelVars), step.input);
      if (step.tar === true) {
        e = { ...e, stdout: tarListing(e.stdout) };
        m = { ...m, stdout: tarListing(m.stdout) };
      }
      if (step.capture !== undefined) {
        engineVars.set(step.capture, e.stdout.trim());
        modelVars.set(step.capture, m.stdout.trim());
      }
      // observe(): masked, with the engine's own nondeterminism (the client's racy wait line, which
      // container an rmi conflict names) normalised as the generated scenarios do
      const seen = (o: DockerResult): DockerResult => (step.looseColumns === true ? { ...o, stdout: o.stdout.replace(/ {2,}/g, '  ') } : o);
      out.push({ args: step.args, engine: seen(observe(engineMask, e)), model: seen(observe(modelMask, m)) });
    }
  } finally {
    cli.dispose();
  }
  return out;
}

/** A docker CLI to run a line with: the engine's client, or the model's. */
export type SideCli = (args: string[]) => Promise<DockerResult>;

/**
 * `watch` run on the engine and on a fresh model holding the base image `<prefix>base:1`, side by
 * side, for a scenario that must follow each side at its own pace (the restart manager's backoff,
 * whose starts take what the machine's load makes them take on the engine): each side's answer.
 */
export async function sideBySide<T>(prefix: string, watch: (cli: SideCli) => Promise<T>): Promise<{ engine: T; model: T }> {
  await ensureBaseImage(BASE_TAR, `${prefix}base:1`);
  const model = new StrataCli();
  try {
    await model.run(['import', '-', `${prefix}base:1`], BASE_TAR);
    const [engine, strata] = await Promise.all([watch((args) => docker(args)), watch((args) => model.run(args))]);
    return { engine, model: strata };
  } finally {
    model.dispose();
  }
}

/** Shell words of a line, for writing steps compactly: `step("run --name x base sh -c 'exit 3'")`. */
export function step(line: string, input?: string): Step {
  const args: string[] = [];
  const re = /'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) args.push(m[1] ?? (m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]!));
  return input === undefined ? { args } : { args, input };
}

/** A step whose stdout is kept as `%name%` for later steps (see Step.capture). */
export function capture(name: string, line: string, input?: string): Step {
  return { ...step(line, input), capture: name };
}
