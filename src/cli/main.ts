/**
 * `strata`: docker's verbs, flags, output and exit codes over the model. A thin adaptor: it parses
 * argv (commander, program.ts), runs one command through Strata.execute, and prints what docker
 * prints. The bundled CLI also has a smaller entry point for the read verbs (read.ts).
 */
import { type Envelope, isPastTheEnd, pastView, type Strata, type View } from '../index.js';
import type { Cli } from './containers.js';
import { type Io, clientNow, processIo } from './io.js';
import { MANAGEMENT } from './management.js';
import { helpTopic } from './own-help.js';
import { type Groups, runProgram, runProgramSync } from './program.js';
import { AtRefused } from './verbs.js';

export type { Groups };

/** Every verb group, each loaded by a dynamic import when one of its verbs runs. */
const GROUPS: Groups = {
  A: () => import('./archive.js'),
  B: () => import('./build.js'),
  C: () => import('./containers.js'),
  D: () => import('./diagram.js'),
  E: () => import('./events.js'),
  I: () => import('./images.js'),
  L: () => import('./log.js'),
  Q: () => import('./queries.js'),
  S: () => import('./store.js'),
  X: () => import('./export.js'),
  Y: () => import('./system.js'),
};

/** The verbs that only look: they read the store without its lock and without loading decide. */
export const READ_VERBS: ReadonlySet<string> = (() => {
  const verbs = ['ps', 'images', 'inspect', 'image inspect', 'container inspect', 'logs', 'diff', 'history', 'events', 'log', 'diagram layers', 'explore', 'version', 'info', 'system df'];
  // and their management forms (`container ls` is `ps`)
  const forms = Object.entries(MANAGEMENT).flatMap(([group, subs]) => Object.entries(subs).flatMap(([name, { verb }]) => (verbs.includes(verb) ? [`${group} ${name}`] : [])));
  return new Set([...verbs, ...forms]);
})();

/**
 * What one verb may do with the store. A read verb gets a view (a Reader: no lock, no decide, no
 * event schema) unless a timer has fallen due, when the writer logs what happened first; any other
 * verb gets the writer. `opened` is told of a writer when one is opened.
 */
export async function cliFor(io: Io, verb: string, opened: (s: Strata) => void = () => undefined, at?: number): Promise<Cli> {
  const onWarning = (w: string): void => io.err(`${w}\n`);
  const given = io.engine?.strata;
  if (given !== undefined) return atSeq(engineCli(io, given), at);
  if (at !== undefined) {
    // the past: what the log held then, whatever timers have fallen due since
    const { Reader } = await import('../reader.js');
    return atSeq(readerCli(io, verb, Reader.open(io.home, { onWarning })), at);
  }
  const reading = READ_VERBS.has(verb);
  const writer = reading ? undefined : await import('../strata.js');
  let strata: Strata | undefined;
  const openStrata = (Strata: typeof import('../index.js').Strata): Strata => {
    if (strata === undefined) {
      strata = Strata.open(io.home, undefined, { onWarning });
      opened(strata);
    }
    return strata;
  };
  let reader: { leave(): void } | undefined;
  const look = async (): Promise<View> => {
    const { Reader } = await import('../reader.js');
    const r = Reader.look(io.home);
    if (!r.due(clientNow(io))) {
      reader ??= r;
      return r.settle({ onWarning });
    }
    // what happened by now (a sleep ended, a restart) is logged first, as any command does; the
    // writer finds, and tells, what the look found worth a warning
    const s = openStrata((await import('../strata.js')).Strata);
    s.refresh();
    s.tick();
    return s;
  };
  let view: View | undefined = reading ? await look() : undefined;
  const attached = async (onCommands: (commands: readonly (readonly Envelope[])[]) => void): Promise<Strata> => {
    const { Strata, systemEnvironment } = await import('../strata.js');
    // the model clock may be ahead of the wall clock (waits carried it): from here it runs at the
    // wall's pace, so that a sleep of a second ends a second from now
    let ahead = 0;
    const env = { ...systemEnvironment, now: () => Date.now() + ahead };
    const s = Strata.open(io.home, env, { onWarning, onCommands });
    ahead = Math.max(0, s.state.clock - Date.now());
    return s;
  };
  const cli: Cli = {
    io,
    strata: () => {
      if (writer === undefined) throw new Error(`strata: ${verb} is a read verb: it has no writer`);
      return openStrata(writer.Strata);
    },
    view: () => (view ??= cli.strata()),
    look,
    attached,
    // once the verb has answered, the first look, or the writer, leaves a snapshot for the next command
    answered: () => {
      reader?.leave();
      strata?.leave();
    },
  };
  return cli;
}

/** A Cli over a reader: it looks, and never writes. */
export function readerCli(io: Io, verb: string, view: View): Cli {
  const noWriter = (): never => {
    throw new Error(`strata: ${verb} is a read verb: it has no writer`);
  };
  return { io, strata: noWriter, view: () => view, look: noWriter };
}

/** The Cli as it was right after event `at` (`--at`); past the log's end, an AtRefused (runVerb prints it). */
export function atSeq(cli: Cli, at: number | undefined): Cli {
  if (at === undefined) return cli;
  const past = pastView(cli.view(), at);
  if (isPastTheEnd(past)) throw new AtRefused(past);
  // the past cannot be followed: no `attached`
  return { io: cli.io, strata: cli.strata, view: () => past, look: async () => past };
}

/** One Cli for every verb over an engine the caller holds (Io.engine), caught up with its clock first as any command does. */
function engineCli(io: Io, strata: Strata): Cli {
  const look = async (): Promise<View> => (strata.tick(), strata);
  strata.tick();
  return { io, strata: () => strata, view: () => strata, look };
}

/**
 * The same command line run synchronously against the engine `io` carries, with every verb group's
 * module given: what the testing kit runs (embedded.ts), where a property cannot wait.
 */
export function mainSync(argv: readonly string[], io: Io & { readonly engine: NonNullable<Io['engine']> }, groups: Groups): number {
  return runProgramSync(argv, io, groups, (at) => atSeq(engineCli(io, io.engine.strata), at));
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  if (argv[0] === 'help') {
    const topic = helpTopic(argv.slice(1));
    if (typeof topic === 'string') return (io.err(topic), 1);
    return main([...topic, '--help'], io);
  }
  // strata's own verbs for formal checks, which docker has not: `strata check` explores every state
  // of a small universe, `strata export promela` writes the model for SPIN (so `promela` is a word
  // `strata export` keeps for itself: a container of that name is exported by its id)
  if (argv[0] === 'check' || (argv[0] === 'export' && argv[1] === 'promela')) {
    const checker = await import('../check/main.js');
    return checker.main(argv, io);
  }
  let strata: Strata | undefined;
  try {
    return await runProgram(argv, io, GROUPS, (verb, at) => cliFor(io, verb, (s) => (strata = s), at));
  } finally {
    strata?.close();
  }
}
