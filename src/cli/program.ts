/**
 * docker's command line for the whole CLI (main.ts): commander declares the verbs and their flags,
 * parses argv, and reports flag and argument errors as docker's pflag-based client does. The read
 * verbs' flags come from verbs.ts, where read.ts (the read verbs' small bundle, without commander)
 * reads them too.
 */
import { Command, CommanderError, Option } from 'commander';
import { STORE_EXIT_CODE, StoreError } from '../index.js';
import type { Cli, Opts } from './containers.js';
import type { Io } from './io.js';
import { USAGES, checkArgs } from './usage.js';
import { AtRefused, type CliFor, type Flag, type Groups, type Loader, READ_FLAGS, collect, lazy, normaliseBools, readLoaders, runVerb, seqFlag, atRefusedText } from './verbs.js';

export type { CliFor, Groups } from './verbs.js';

/** Runs a verb with the arguments and options commander parsed. */
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

/** Declare flags of the kinds verbs.ts describes (the read verbs'). */
const declare =
  (flags: readonly Flag[]) =>
  (c: Command): void => {
    for (const f of flags) {
      if (f.list) c.option(f.flags, '', collect);
      else c.option(f.flags);
    }
  };

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

/** Parse argv and run its verb: the exit code, docker's for a flag error or a store fault. */
export async function runProgram(argv: readonly string[], io: Io, groups: Groups, cliFor: CliFor): Promise<number> {
  let code = 0;
  const run: Run = async (verb, load, args, opts) => {
    code = await runVerb(io, verb, load, args, opts, cliFor);
  };
  try {
    await program(argv, io, groups, run).parseAsync(normaliseBools(argv), { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return flagError(io, argv, e);
    throw e;
  }
}

/**
 * The same, synchronously, with every group's module given and one Cli for every verb: what the
 * testing kit runs in process, where a property cannot wait. A handler that has to wait (reading
 * stdin, asking for a confirmation, following events) is refused with an Error.
 */
export function runProgramSync(argv: readonly string[], io: Io, groups: Groups, cliAt: (at: number | undefined) => Cli): number {
  let code = 0;
  const run: Run = (verb, load, args, opts) => {
    const bad = checkArgs(verb, args.length);
    if (bad) {
      io.err(bad);
      code = 1;
      return;
    }
    const at = seqFlag(opts['at'], '--at');
    if (typeof at === 'string') {
      io.err(`${at}\nSee 'strata ${verb} --help'.\n`);
      code = 125;
      return;
    }
    const handler = load();
    if (handler instanceof Promise) throw new Error(`strata: the ${verb} handler was not given to the in-process CLI`);
    let cli: Cli;
    try {
      cli = cliAt(at);
    } catch (e) {
      if (!(e instanceof AtRefused)) throw e;
      io.err(atRefusedText(e));
      code = 1;
      return;
    }
    const r = handler(cli, args, opts);
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
    if (e instanceof CommanderError) return flagError(io, argv, e);
    if (e instanceof StoreError) {
      io.err(`${e.message}\n`);
      return STORE_EXIT_CODE;
    }
    throw e;
  }
}

/** docker's command line: every verb's flags, each verb's handler run by `run`. */
function program(argv: readonly string[], io: Io, groups: Groups, run: Run): Command {
  const { A, B, C, D, I, S, X } = groups;
  const reads = readLoaders(groups);
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
  for (const verb of ['logs', 'diff', 'inspect', 'ps', 'images', 'history', 'events', 'log']) d(verb, verb, reads[verb]!, declare(READ_FLAGS[verb]!));
  d('export', 'export', lazy(X, 'exportCmd'), (c) => c.option('-o, --output <string>'));
  d('cp', 'cp', lazy(X, 'cp'), (c) => c.option('-L, --follow-link').option('-a, --archive'));
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
    define(image, 'inspect', 'image inspect', reads['image inspect']!, io, declare(READ_FLAGS['image inspect']!), run).exitOverride();
    define(image, 'prune', 'image prune', lazy(I, 'imagePrune'), io, (c) => c.option('-a, --all').option('-f, --force').option('--filter <filter>', '', collect), run).exitOverride();
  }
  if (wanted('container')) {
    const container = program.command('container').exitOverride();
    define(container, 'prune', 'container prune', lazy(I, 'containerPrune'), io, (c) => c.option('-f, --force').option('--filter <filter>', '', collect), run).exitOverride();
  }
  if (wanted('diagram')) {
    // strata's own verbs for pictures of the model (docker removed `images --tree`)
    const diagram = program.command('diagram').exitOverride();
    define(diagram, 'lifecycle', 'diagram lifecycle', lazy(D, 'lifecycle'), io, (c) => c.option('--format <string>').option('--loops'), run).exitOverride();
    define(diagram, 'layers', 'diagram layers', lazy(D, 'layers'), io, (c) => c.option('--format <string>').option('--graph').option('--at <seq>'), run).exitOverride();
  }
  d('explore', 'explore', lazy(D, 'explore'), (c) => c.option('-o, --output <string>').option('--title <string>'));
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
