/**
 * Scenarios typed into both the real engine and strata: each step is one docker command line; both
 * sides' stdout, stderr and exit code must match once ids and times are masked. This is the
 * conformance check behind the CLI's claim to print what docker prints.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { DEFAULT_APPLETS, loadBusybox, makeBaseRootfs } from '../../src/layer/rootfs.js';
import { type DockerResult, docker, ensureBaseImage } from './engine.js';

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

/** A strata CLI with its own store, run in-process. */
export class StrataCli {
  readonly home = mkdtempSync(join(tmpdir(), 'strata-conf-'));

  async run(args: readonly string[], input: string | Uint8Array = ''): Promise<DockerResult> {
    let stdout = '';
    let stderr = '';
    const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
    const io: Io = {
      out: (t) => {
        stdout += t;
      },
      err: (t) => {
        stderr += t;
      },
      outBytes: (b) => {
        stdout += Buffer.from(b).toString('latin1');
      },
      stdoutIsTerminal: false,
      stdin: async () => bytes,
      home: this.home,
      env: {},
    };
    const exitCode = await main(args, io);
    return { stdout, stderr, exitCode };
  }

  dispose(): void {
    rmSync(this.home, { recursive: true, force: true });
  }
}

/** Engine-only noise: the reference engine runs with --ip-forward=false, so every run warns. */
const ENGINE_NOISE = /^WARNING: IPv4 forwarding is disabled\. Networking will not work\.\n/gm;

/**
 * Replace what legitimately differs between two engines: ids (each side numbered in order of
 * appearance), durations and timestamps, pids.
 */
export class Masker {
  private readonly ids = new Map<string, string>();

  mask(text: string): string {
    return text
      .replace(ENGINE_NOISE, '')
      .replace(/\b[0-9a-f]{64}\b/g, (id) => this.id(id))
      .replace(/\b[0-9a-f]{12}\b/g, (id) => this.short(id))
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, '<time>')
      .replace(/(?:Less than a second|About a minute|About an hour|\d+ (?:seconds?|minutes|hours|days|weeks|months|years)) ago/g, '<ago>')
      .replace(/Up (?:Less than a second|About a minute|About an hour|\d+ (?:seconds?|minutes|hours|days|weeks|months|years))/g, 'Up <duration>');
  }

  private id(full: string): string {
    let sym = this.ids.get(full);
    if (!sym) {
      sym = `<id${this.ids.size + 1}>`;
      this.ids.set(full, sym);
    }
    return sym;
  }

  /** A short id is the same object as the full id it prefixes, if one was seen. */
  private short(s: string): string {
    for (const [full, sym] of this.ids) if (full.startsWith(s)) return sym.replace('>', ':short>');
    return this.id(s.padEnd(64, '?')).replace('>', ':short>');
  }
}

export interface StepResult {
  readonly args: readonly string[];
  readonly engine: DockerResult;
  readonly model: DockerResult;
}

/** Run the steps on both sides; the masked results, for the test to compare. */
export async function runBoth(prefix: string, steps: readonly Step[]): Promise<StepResult[]> {
  await ensureBaseImage(BASE_TAR, `${prefix}base:1`);
  const cli = new StrataCli();
  const engineMask = new Masker();
  const modelMask = new Masker();
  const out: StepResult[] = [];
  try {
    const imported = await cli.run(['import', '-', `${prefix}base:1`], BASE_TAR);
    if (imported.exitCode !== 0) throw new Error(`strata import failed: ${imported.stderr}`);
    // %SIDE% names the side, for paths each side must have to itself (export -o, then import).
    const engineVars = new Map<string, string>([['SIDE', 'engine']]);
    const modelVars = new Map<string, string>([['SIDE', 'model']]);
    for (const step of steps) {
      const e = await docker(expand(step.args, engineVars), step.input === undefined ? {} : { input: step.input });
      const m = await cli.run(expand(step.args, modelVars), step.input);
      if (step.capture !== undefined) {
        engineVars.set(step.capture, e.stdout.trim());
        modelVars.set(step.capture, m.stdout.trim());
      }
      out.push({
        args: step.args,
        engine: { stdout: engineMask.mask(e.stdout), stderr: engineMask.mask(e.stderr), exitCode: e.exitCode },
        model: { stdout: modelMask.mask(m.stdout), stderr: modelMask.mask(m.stderr), exitCode: m.exitCode },
      });
    }
  } finally {
    cli.dispose();
  }
  return out;
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
