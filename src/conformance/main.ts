/**
 * `npm run conformance -- --runs N --seed S [--max-commands M] [--socket PATH] [--no-shrink] [--max-minutes T]`
 * Generated command sequences run on the real engine and on the model, compared step by step.
 * Ends with `conformance: <sequences> sequences, <commands> commands, <divergences> divergences, seed <S>`;
 * exits 0 only with zero divergences. Without --socket (or STRATA_ENGINE_SOCK) it starts a private
 * engine with scripts/engine.sh (root) and stops it at the end.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { DEFAULT_APPLETS, loadBusybox, makeBaseRootfs } from '../index.js';
import { EngineDriver, ModelDriver } from './driver.js';
import { sequenceArb } from './generate.js';
import { addTally, type SequenceResult, type Tally, runSequence } from './run.js';

interface Options {
  runs: number;
  seed: number;
  maxCommands: number;
  socket?: string;
  shrink: boolean;
  /** stop drawing (or shrinking) after this long; by default all `runs` sequences run */
  maxMinutes?: number;
}

function parse(argv: readonly string[]): Options | string {
  const o: Options = { runs: 20, seed: Date.now() % 2 ** 31, maxCommands: 25, shrink: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = argv[i + 1];
    const num = (): number => {
      i++;
      if (v === undefined || !/^\d+$/.test(v)) throw new Error(`${a} needs a non-negative integer`);
      return Number(v);
    };
    try {
      if (a === '--runs') o.runs = num();
      else if (a === '--seed') o.seed = num();
      else if (a === '--max-commands') o.maxCommands = num();
      else if (a === '--max-minutes') o.maxMinutes = num();
      else if (a === '--socket' && v !== undefined) {
        o.socket = v;
        i++;
      } else if (a === '--no-shrink') o.shrink = false;
      else return `unknown option: ${a}`;
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (o.socket === undefined && process.env['STRATA_ENGINE_SOCK']) o.socket = process.env['STRATA_ENGINE_SOCK'];
  return o;
}

const SCRIPT = fileURLToPath(new URL('../../scripts/engine.sh', import.meta.url));

function startEngine(): { socket: string; dir: string } {
  const r = spawnSync('bash', [SCRIPT, 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const socket = /STRATA_ENGINE_SOCK=(\S+?);/.exec(r.stdout)?.[1];
  const dir = /STRATA_ENGINE_DIR=(\S+)/.exec(r.stdout)?.[1];
  if (r.status !== 0 || !socket || !dir) throw new Error('conformance: could not start the reference engine (scripts/engine.sh start)');
  return { socket, dir };
}

export interface Totals {
  sequences: number;
  commands: number;
  divergences: number;
  /** what the sequences ran, by verb and the flags the harness means to reach (run.ts tallyKey) */
  tally: Map<string, Tally>;
  smallest?: SequenceResult;
}

/** Run `runs` generated sequences against the engine at `socket`; shrink the first divergence. */
export async function conformance(socket: string, o: Omit<Options, 'socket'>, log: (line: string) => void = () => undefined): Promise<Totals> {
  const engine = new EngineDriver(socket);
  const busybox = loadBusybox();
  const totals: Totals = { sequences: 0, commands: 0, divergences: 0, tally: new Map() };
  let run = 0;
  let shrinking = false;
  const property = fc.asyncProperty(sequenceArb(o.maxCommands), async (steps) => {
    const model = new ModelDriver();
    const prefix = `cg${o.seed % 100000}-${run++}-`;
    let result: SequenceResult | undefined;
    try {
      // A layer of its own: layers are shared by content, and the engine holds other images.
      const base = makeBaseRootfs(busybox, DEFAULT_APPLETS, { '.strata-sequence': prefix });
      result = await runSequence(engine, model, steps, prefix, base);
    } finally {
      await model.close();
      await cleanupEngine(engine, prefix, result?.engineImages ?? []);
    }
    if (!shrinking) {
      totals.sequences++;
      totals.commands += result.commands;
      addTally(totals.tally, result.tally);
      log(`[${totals.sequences}/${o.runs}] ${result.commands} commands${result.skipped ? ` (${result.skipped} skipped: they would block, race the clock or pull an image; run.ts plan)` : ''}: ${result.divergence ? `DIVERGENCE at step ${result.divergence.step + 1}` : 'ok'}`);
      // shown now, in case shrinking is interrupted
      if (result.divergence) log(`  at: ${result.divergence.command}\n  what differs: ${result.divergence.what}\n${result.divergence.diff.replace(/^/gm, '    ')}`);
    } else if (result.divergence) {
      log(`  shrinking: ${result.commands} commands still diverge`);
    }
    if (result.divergence) {
      if (!shrinking) totals.divergences++;
      shrinking = true;
      if (!totals.smallest || result.commands <= totals.smallest.commands) totals.smallest = result;
      return false;
    }
    return true;
  });
  const r = await fc.check(property, { numRuns: o.runs, seed: o.seed, endOnFailure: !o.shrink, ...(o.maxMinutes !== undefined ? { interruptAfterTimeLimit: o.maxMinutes * 60_000 } : {}) });
  await engine.close();
  // A sequence that threw (the harness, a driver, the model) is no divergence and no pass: it ends the run as an error.
  // (a divergence fails the property by returning false, and is counted)
  if (r.failed && totals.divergences === 0) {
    throw new Error(`conformance: sequence ${totals.sequences + 1} failed with an error, not a divergence: ${r.errorInstance instanceof Error ? r.errorInstance.stack ?? r.errorInstance.message : String(r.errorInstance)}`);
  }
  return totals;
}

async function cleanupEngine(engine: EngineDriver, prefix: string, images: readonly string[]): Promise<void> {
  // what builds left behind (random names, no tags) carries the sequence's label
  await engine.cli(['container', 'prune', '-f', '--filter', `label=k=${prefix}`]);
  const ids = await engine.cli(['ps', '-aq', '--no-trunc', '--filter', `name=^/${prefix}`]);
  const list = ids.stdout.split('\n').filter(Boolean);
  if (list.length > 0) await engine.cli(['rm', '-f', ...list]);
  const tags = await engine.cli(['images', '--format', '{{.Repository}}:{{.Tag}}', '--filter', `reference=${prefix}*`]);
  const refs = [...tags.stdout.split('\n').filter(Boolean), ...images];
  if (refs.length > 0) await engine.cli(['rmi', '-f', ...refs]);
  await engine.cli(['image', 'prune', '-a', '-f', '--filter', `label=k=${prefix}`]);
}

async function cli(): Promise<number> {
  const o = parse(process.argv.slice(2));
  if (typeof o === 'string') {
    process.stderr.write(`conformance: ${o}\n`);
    return 2;
  }
  let started: { socket: string; dir: string } | undefined;
  const socket = o.socket ?? (started = startEngine()).socket;
  try {
    console.log(`conformance: ${o.runs} sequences of up to ${o.maxCommands} commands, seed ${o.seed}, engine at ${socket}`);
    const t = await conformance(socket, o, (l) => console.log(l));
    if (t.smallest?.divergence) {
      const d = t.smallest.divergence;
      console.log(`\nfirst divergence (shrunk to ${t.smallest.commands} commands), at: ${d.command}`);
      console.log(`what differs: ${d.what}\n${d.diff}\n\nthe sequence, as a shell script:\n${t.smallest.script}\n`);
    }
    const ran = [...t.tally].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${k} ${n.ran}/${n.ok}`);
    console.log(`commands run / run with exit 0 on the engine:\n  ${ran.join(', ')}`);
    console.log(`conformance: ${t.sequences} sequences, ${t.commands} commands, ${t.divergences} divergences, seed ${o.seed}`);
    return t.divergences === 0 ? 0 : 1;
  } finally {
    if (started) spawnSync('bash', [SCRIPT, 'stop'], { env: { ...process.env, STRATA_ENGINE_DIR: started.dir }, stdio: 'inherit' });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await cli();
