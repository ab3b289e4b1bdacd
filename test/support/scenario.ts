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
    for (const step of steps) {
      const e = await docker([...step.args], step.input === undefined ? {} : { input: step.input });
      const m = await cli.run(step.args, step.input);
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
