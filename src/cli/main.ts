/**
 * `strata`: docker's verbs, flags, output and exit codes over the model. A thin adaptor: it parses
 * argv (commander), runs one command through Strata.execute, and prints what docker prints.
 */
import { Command, CommanderError, Option } from 'commander';
import { STORE_EXIT_CODE, StoreError } from '../log/errors.js';
import type { View } from '../reader.js';
import type { Strata } from '../strata.js';
import type { Cli, Opts } from './containers.js';
import { type Io, clientNow, processIo } from './io.js';
import { USAGES, checkArgs } from './usage.js';

type Handler = (cli: Cli, args: string[], opts: Opts) => number | Promise<number>;

/**
 * Each verb group, and the model behind it, is loaded when one of its verbs runs: the flags of every
 * verb are declared up front (commander needs them for its errors), their code is not, so `ps` never
 * loads the build, archive or tar code. In the bundled CLI these imports become lazily run modules.
 */
type Loader = () => Handler | Promise<Handler>;
type Module<M> = M | Promise<M>;
const lazy =
  <M extends Record<K, Handler>, K extends string>(load: () => Module<M>, name: K): Loader =>
  () => {
    const m = load();
    return m instanceof Promise ? m.then((loaded) => loaded[name]) : m[name];
  };

/** Where each verb group's code comes from: dynamic imports for the CLI, the modules themselves in process (embedded.ts). */
export interface Groups {
  readonly A: () => Module<typeof import('./archive.js')>;
  readonly B: () => Module<typeof import('./build.js')>;
  readonly C: () => Module<typeof import('./containers.js')>;
  readonly I: () => Module<typeof import('./images.js')>;
  readonly Q: () => Module<typeof import('./queries.js')>;
  readonly S: () => Module<typeof import('./store.js')>;
  readonly X: () => Module<typeof import('./export.js')>;
}

const GROUPS: Groups = {
  A: () => import('./archive.js'),
  B: () => import('./build.js'),
  C: () => import('./containers.js'),
  I: () => import('./images.js'),
  Q: () => import('./queries.js'),
  S: () => import('./store.js'),
  X: () => import('./export.js'),
};

/** The verbs that only look: they read the store without its lock and without loading decide. */
const READ_VERBS = new Set(['ps', 'images', 'inspect', 'image inspect', 'logs', 'diff', 'history', 'events']);

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

/** Boolean flags that docker also accepts as `--flag=true|false` (pflag); commander needs them rewritten. */
const BOOLS = ['rm', 'force-rm', 'no-cache', 'detach', 'all', 'quiet', 'force', 'no-trunc', 'attach', 'interactive', 'tty', 'no-prune', 'pause'];

function normaliseBools(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of argv) {
    const m = /^--([a-z-]+)=(true|false|1|0)$/.exec(a);
    if (!m || !BOOLS.includes(m[1]!)) {
      out.push(a);
      continue;
    }
    const on = m[2] === 'true' || m[2] === '1';
    // --pause (and build's --rm) default to true: their negation needs a flag; the others default to false.
    if (m[1] === 'pause' || m[1] === 'rm') {
      if (!on) out.push(`--no-${m[1]}`);
      else if (m[1] === 'rm') out.push('--rm');
    } else if (on) {
      out.push(`--${m[1]}`);
    }
  }
  return out;
}

/** Runs a verb: its argument count checked, then its handler loaded and run. */
type Run = (verb: string, load: Loader, args: string[], opts: Opts) => Promise<void> | void;

function define(program: Command, name: string, verb: string, load: Loader, io: Io, setup: (c: Command) => void, run: Run): Command {
  const cmd = program.command(name).argument('[args...]').allowExcessArguments(true).helpOption('--help');
  cmd.configureOutput({ writeErr: () => undefined, writeOut: (t) => io.out(t) });
  setup(cmd);
  cmd.action((args: string[], opts: Opts) => run(verb, load, args, opts));
  return cmd;
}

/**
 * The verb argv starts with, if it is one: only its command is then declared, since declaring all
 * thirty costs commander a few milliseconds a run. A flag first, an unknown word or nothing declare
 * them all, for commander's help and its unknown-command error.
 */
function verbOf(argv: readonly string[]): string | undefined {
  const first = argv[0];
  return first !== undefined && Object.keys(USAGES).some((k) => k.split(' ')[0] === first) ? first : undefined;
}

const createFlags = (c: Command): void => {
  c.option('--name <string>')
    .option('-e, --env <list>', '', collect)
    .option('-l, --label <list>', '', collect)
    .option('-w, --workdir <string>')
    .option('--entrypoint <string>')
    .option('--restart <string>')
    .option('--rm')
    .option('--no-rm')
    .option('--network <string>')
    .option('--pull <string>')
    .passThroughOptions();
};

/**
 * What one verb may do with the store. A read verb gets a view (a Reader: no lock, no decide, no
 * event schema) unless a timer has fallen due, when the writer logs what happened first; any other
 * verb gets the writer. `opened` is told of a writer when one is opened.
 */
export async function cliFor(io: Io, verb: string, opened: (s: Strata) => void = () => undefined): Promise<Cli> {
  const onWarning = (w: string): void => io.err(`${w}\n`);
  const given = io.engine?.strata;
  if (given !== undefined) {
    // one engine for every verb, caught up with its clock first as any command does
    const look = async (): Promise<View> => (given.tick(), given);
    return { io, strata: () => given, view: () => given, look };
  }
  const reading = READ_VERBS.has(verb);
  const writer = reading ? undefined : await import('../strata.js');
  let strata: Strata | undefined;
  const openStrata = (Strata: typeof import('../strata.js').Strata): Strata => {
    if (strata === undefined) {
      strata = Strata.open(io.home, undefined, { onWarning });
      opened(strata);
    }
    return strata;
  };
  const look = async (): Promise<View> => {
    const { Reader } = await import('../reader.js');
    const r = Reader.open(io.home, { onWarning });
    if (!r.due(clientNow(io))) return r;
    // what happened by now (a sleep ended, a restart) is logged first, as any command does
    const s = openStrata((await import('../strata.js')).Strata);
    s.refresh();
    s.tick();
    return s;
  };
  let view: View | undefined = reading ? await look() : undefined;
  const cli: Cli = {
    io,
    strata: () => {
      if (writer === undefined) throw new Error(`strata: ${verb} is a read verb: it has no writer`);
      return openStrata(writer.Strata);
    },
    view: () => (view ??= cli.strata()),
    look,
  };
  return cli;
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  // strata's own verbs for formal checks, which docker has not: `strata check` explores every state
  // of a small universe, `strata export promela` writes the model for SPIN (so `promela` is a word
  // `strata export` keeps for itself: a container of that name is exported by its id)
  if (argv[0] === 'check' || (argv[0] === 'export' && argv[1] === 'promela')) {
    const checker = await import('../check/main.js');
    return checker.main(argv, io);
  }
  let code = 0;
  let strata: Strata | undefined;
  const run: Run = async (verb, load, args, opts) => {
    const bad = checkArgs(verb, args.length);
    if (bad) {
      io.err(bad);
      code = 1;
      return;
    }
    const [handler, cli] = await Promise.all([load(), cliFor(io, verb, (s) => (strata = s))]);
    code = await handler(cli, args, opts);
  };
  try {
    await program(argv, io, GROUPS, run).parseAsync(normaliseBools(argv), { from: 'user' });
    return code;
  } catch (e) {
    return failed(io, argv, e);
  } finally {
    strata?.close();
  }
}

/**
 * The same command line run synchronously against the engine `io` carries (Io.engine), with every
 * verb group's code given: what the testing kit runs, where a property cannot wait. A verb whose
 * handler has to wait (reading stdin, asking for a confirmation, following events) is refused.
 */
export function mainSync(argv: readonly string[], io: Io & { readonly engine: NonNullable<Io['engine']> }, groups: Groups): number {
  let code = 0;
  const { strata } = io.engine;
  const look = async (): Promise<View> => (strata.tick(), strata);
  const run: Run = (verb, load, args, opts) => {
    const bad = checkArgs(verb, args.length);
    if (bad) {
      io.err(bad);
      code = 1;
      return;
    }
    const handler = load();
    if (handler instanceof Promise) throw new Error(`strata: the ${verb} handler was not given to the in-process CLI`);
    strata.tick();
    const r = handler({ io, strata: () => strata, view: () => strata, look }, args, opts);
    if (r instanceof Promise) {
      void r.catch(() => undefined);
      throw new Error(`strata: \`docker ${verb}\` with these flags waits for input, which the in-process CLI cannot give`);
    }
    code = r;
  };
  try {
    program(argv, io, groups, run).parse(normaliseBools(argv), { from: 'user' });
    return code;
  } catch (e) {
    return failed(io, argv, e);
  }
}

/** The exit code of what went wrong: a flag error as docker reports it, a store fault as one line; else rethrown. */
function failed(io: Io, argv: readonly string[], e: unknown): number {
  if (e instanceof CommanderError) return flagError(io, argv, e);
  // the store's faults (corruption, a full disk, a read-only or missing home…): one line, no trace
  if (e instanceof StoreError) {
    io.err(`${e.message}\n`);
    return STORE_EXIT_CODE;
  }
  throw e;
}

/** docker's command line: every verb's flags, each verb's handler run by `run`. */
function program(argv: readonly string[], io: Io, groups: Groups, run: Run): Command {
  const { A, B, C, I, Q, S, X } = groups;
  const program = new Command('docker').enablePositionalOptions().exitOverride().helpOption('--help');
  program.configureOutput({ writeErr: () => undefined, writeOut: (t) => io.out(t) });
  const only = verbOf(argv);
  const wanted = (name: string): boolean => only === undefined || only === name;
  const d = (name: string, verb: string, load: Loader, setup: (c: Command) => void = () => undefined): void => {
    if (wanted(name)) define(program, name, verb, load, io, setup, run).exitOverride();
  };

  d('create', 'create', lazy(C, 'create'), createFlags);
  d('run', 'run', lazy(C, 'run'), (c) => {
    createFlags(c);
    c.option('-d, --detach').option('-i, --interactive').option('-t, --tty');
  });
  d('start', 'start', lazy(C, 'start'), (c) => c.option('-a, --attach').option('-i, --interactive'));
  d('stop', 'stop', lazy(C, 'stop'), (c) => c.option('-t, --time <int>'));
  d('restart', 'restart', lazy(C, 'restart'), (c) => c.option('-t, --time <int>'));
  d('kill', 'kill', lazy(C, 'kill'), (c) => c.option('-s, --signal <string>'));
  d('pause', 'pause', lazy(C, 'pause'));
  d('unpause', 'unpause', lazy(C, 'unpause'));
  d('rm', 'rm', lazy(C, 'rm'), (c) => c.option('-f, --force').option('-v, --volumes'));
  d('exec', 'exec', lazy(C, 'exec'), (c) =>
    c.option('-e, --env <list>', '', collect).option('-w, --workdir <string>').option('-d, --detach').option('-i, --interactive').option('-t, --tty').passThroughOptions(),
  );
  d('wait', 'wait', lazy(C, 'wait'));
  d('rename', 'rename', lazy(C, 'rename'));
  d('commit', 'commit', lazy(C, 'commit'), (c) =>
    c.option('-m, --message <string>').option('-a, --author <string>').option('-c, --change <list>', '', collect).addOption(new Option('-p, --pause').default(true)).option('--no-pause'),
  );
  d('logs', 'logs', lazy(Q, 'logs'));
  d('diff', 'diff', lazy(Q, 'diff'));
  d('inspect', 'inspect', lazy(Q, 'inspect'), (c) => c.option('-f, --format <string>').option('--type <string>').option('-s, --size'));
  d('ps', 'ps', lazy(Q, 'ps'), (c) => c.option('-a, --all').option('-q, --quiet').option('--no-trunc').option('-f, --filter <filter>', '', collect).option('--format <string>'));
  d('images', 'images', lazy(Q, 'images'), (c) => c.option('-a, --all').option('-q, --quiet').option('--no-trunc').option('-f, --filter <filter>', '', collect).option('--format <string>'));
  d('history', 'history', lazy(Q, 'history'), (c) => c.option('-q, --quiet').option('--no-trunc').option('-H, --human').option('--format <string>'));
  d('events', 'events', lazy(Q, 'events'), (c) => c.option('--since <string>').option('--until <string>').option('-f, --filter <filter>', '', collect).option('--format <string>'));
  d('export', 'export', lazy(X, 'exportCmd'), (c) => c.option('-o, --output <string>'));
  d('import', 'import', lazy(I, 'importCmd'), (c) => c.option('-c, --change <list>', '', collect).option('-m, --message <string>'));
  d('tag', 'tag', lazy(I, 'tag'));
  d('save', 'save', lazy(A, 'save'), (c) => c.option('-o, --output <string>').option('--format <string>'));
  d('load', 'load', lazy(A, 'load'), (c) => c.option('-i, --input <string>').option('-q, --quiet').option('--format <string>'));
  d('build', 'build', lazy(B, 'build'), (c) =>
    c
      .option('-t, --tag <list>', '', collect)
      .option('-f, --file <string>')
      .option('--no-cache')
      .option('--rm')
      .option('--no-rm')
      .option('--force-rm')
      .option('--target <string>')
      .option('--build-arg <list>', '', collect)
      .option('-q, --quiet'),
  );
  d('rmi', 'rmi', lazy(I, 'rmi'), (c) => c.option('-f, --force').option('--no-prune'));
  if (wanted('image')) {
    const image = program.command('image').exitOverride();
    const asImage = (q: typeof import('./queries.js')): Handler => (c, args, opts) => q.inspect(c, args, { ...opts, type: 'image' });
    const imageInspect: Loader = () => {
      const q = Q();
      return q instanceof Promise ? q.then(asImage) : asImage(q);
    };
    define(image, 'inspect', 'image inspect', imageInspect, io, (c) => c.option('-f, --format <string>'), run).exitOverride();
    define(image, 'prune', 'image prune', lazy(I, 'imagePrune'), io, (c) => c.option('-a, --all').option('-f, --force').option('--filter <filter>', '', collect), run).exitOverride();
  }
  if (wanted('container')) {
    const container = program.command('container').exitOverride();
    define(container, 'prune', 'container prune', lazy(I, 'containerPrune'), io, (c) => c.option('-f, --force').option('--filter <filter>', '', collect), run).exitOverride();
  }
  if (wanted('store')) {
    // strata's own verbs for its store (docker has none: its daemon keeps its state)
    const store = program.command('store').exitOverride();
    define(store, 'check', 'store check', lazy(S, 'check'), io, () => undefined, run).exitOverride();
    define(store, 'repair', 'store repair', lazy(S, 'repair'), io, (c) => c.option('--truncate-at <line>'), run).exitOverride();
  }

  return program;
}

/** Report a flag error the way docker's pflag-based CLI does (exit 125). */
function flagError(io: Io, argv: readonly string[], e: CommanderError): number {
  const verb = argv.find((a) => !a.startsWith('-')) ?? '';
  if (e.code === 'commander.helpDisplayed' || e.code === 'commander.help') return 0;
  if (e.code === 'commander.unknownCommand') {
    io.err(`docker: '${verb}' is not a docker command.\nSee 'docker --help'\n`);
    return 1;
  }
  const sub = argv[0] === 'image' || argv[0] === 'container' ? `${argv[0]} ${argv[1] ?? ''}` : verb;
  const m = /unknown option '([^']+)'/.exec(e.message);
  if (m) {
    const flag = m[1]!;
    const text = flag.startsWith('--') ? `unknown flag: ${flag}` : `unknown shorthand flag: '${flag.slice(1, 2)}' in ${flag}`;
    io.err(`${text}\nSee 'docker ${sub} --help'.\n`);
    return 125;
  }
  const missing = /option '([^']+)' argument missing/.exec(e.message);
  if (missing) {
    // The flag as typed: "-s, --signal <string>" names both spellings; the last one on the line wins.
    const spellings = missing[1]!.split(/[ ,]+/).filter((f) => f.startsWith('-'));
    const flag = [...argv].reverse().find((a) => spellings.includes(a)) ?? spellings[spellings.length - 1]!;
    io.err(`flag needs an argument: ${flag.startsWith('--') ? `--${flag.slice(2)}` : `'${flag.slice(1)}' in ${flag}`}\nSee 'docker ${sub} --help'.\n`);
    return 125;
  }
  io.err(`${e.message.replace(/^error: /, '')}\nSee 'docker ${sub} --help'.\n`);
  return 125;
}
