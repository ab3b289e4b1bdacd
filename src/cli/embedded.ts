/**
 * The docker CLI in process, synchronously, against a Strata the caller holds: what the testing kit
 * runs for every line of a scenario (a property cannot wait). Every verb group is imported here, so
 * nothing loads on demand; the printing, flags and exit codes are the CLI's own (main.ts).
 */
import type { Strata } from '../index.js';
import * as archive from './archive.js';
import * as build from './build.js';
import * as containers from './containers.js';
import * as diagram from './diagram.js';
import * as events from './events.js';
import * as exportGroup from './export.js';
import * as images from './images.js';
import * as logGroup from './log.js';
import { bufferIo } from './io.js';
import { type Groups, mainSync } from './main.js';
import * as queries from './queries.js';
import * as store from './store.js';
import * as system from './system.js';

const GROUPS: Groups = { A: () => archive, B: () => build, C: () => containers, D: () => diagram, E: () => events, I: () => images, L: () => logGroup, Q: () => queries, S: () => store, X: () => exportGroup, Y: () => system };

export interface DockerCliOptions {
  /** the engine: a Strata, in memory or on a store */
  readonly strata: Strata;
  /** the client's clock, for "2 seconds ago" and timers due (default: the wall clock) */
  readonly now?: () => number;
  /** the client's environment, for `-e NAME` without a value (default: none) */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface DockerCliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/**
 * `docker <argv>` against `options.strata`: what the docker CLI would print and its exit code. Verbs
 * that read standard input or ask for a confirmation (`import -`, `load` without -i, a prune without
 * -f) and `events` without --until are refused with an Error: they need the process CLI.
 */
export function dockerCli(argv: readonly string[], options: DockerCliOptions): DockerCliResult {
  const { io, printed } = bufferIo({ home: '', env: options.env ?? {}, engine: { strata: options.strata, now: options.now ?? Date.now } });
  const exitCode = mainSync(argv, io, GROUPS);
  return { ...printed(), exitCode };
}
