/**
 * The read verbs' entry point: `npm run build` bundles it apart (dist/cli/strata-read.cjs), and
 * bin/strata.js starts that small bundle instead of the whole CLI when argv names one of the verbs
 * below. It holds the queries' code and the reader, and neither commander nor anything that writes:
 * it reads argv as commander would (verbs.ts readArgv) and runs the verb as main.ts would.
 *
 * Whatever it cannot do alone it hands over, before it has printed or written anything: `main`
 * then answers undefined and bin/strata.js runs the whole CLI on the same argv, which does exactly
 * what it would have done first. That is argv commander must answer (help, a flag error), a verb
 * this bundle does not hold (`events`, which follows the log and fires timers as it goes, or any
 * other), and a store where a timer has fallen due (a writer logs what happened first, as any
 * command does).
 */
import { Reader } from '../index.js';
import type { Cli, Opts } from './containers.js';
import { type Io, processIo } from './io.js';
import { READ_FLAGS, badBool, normaliseBools, readArgv, readLoaders, runVerb } from './verbs.js';

/** The verbs this entry point runs itself: main.ts's READ_VERBS but `events`. */
export const READ_BUNDLE_VERBS: ReadonlySet<string> = new Set(['ps', 'images', 'inspect', 'image inspect', 'logs', 'diff', 'history', 'log']);

/** Thrown to hand the command back to the whole CLI (not an error: nothing was printed or written). */
const HANDOVER: unique symbol = Symbol('strata: hand over to the whole CLI');

/** The queries group; events, which this entry point does not run, is not in its bundle. */
const LOADERS = readLoaders({ Q: () => import('./queries.js'), E: () => Promise.reject(HANDOVER), L: () => import('./log.js') });

/** A reader's view of the store, as main.ts cliFor gives a read verb when no timer is due. */
function readerCli(io: Io, verb: string): Cli {
  const r = Reader.look(io.home);
  if (r.due(Date.now())) throw HANDOVER;
  r.settle({ onWarning: (w) => io.err(`${w}\n`) });
  const noWriter = (): never => {
    throw new Error(`strata: ${verb} is a read verb: it has no writer`);
  };
  return { io, strata: noWriter, view: () => r, look: noWriter, answered: () => r.leave() };
}

/**
 * The read verb argv names, with its arguments and options as commander makes them, or undefined:
 * another verb, or argv commander must answer.
 */
export function readCommand(argv: readonly string[]): { verb: string; args: string[]; opts: Opts } | undefined {
  if (badBool(argv)) return undefined;
  const all = normaliseBools(argv);
  const verb = all[0] === 'image' ? `image ${all[1]}` : all[0];
  if (verb === undefined || !READ_BUNDLE_VERBS.has(verb)) return undefined;
  const parsed = readArgv(all.slice(verb.split(' ').length), READ_FLAGS[verb]!);
  return parsed && { verb, ...parsed };
}

/** The exit code, or undefined: the command is the whole CLI's (nothing printed, nothing written). */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number | undefined> {
  const command = readCommand(argv);
  if (command === undefined) return undefined;
  const { verb, args, opts } = command;
  // the past (`--at`) is replayed by the whole CLI: rare, and not worth this bundle's weight
  if (opts['at'] !== undefined) return undefined;
  // so is a follower (`logs -f`): it logs what falls due while it follows, so it needs the writer
  if (opts['follow'] === true) return undefined;
  try {
    return await runVerb(io, verb, LOADERS[verb]!, args, opts, async () => readerCli(io, verb));
  } catch (e) {
    if (e === HANDOVER) return undefined;
    throw e;
  }
}
