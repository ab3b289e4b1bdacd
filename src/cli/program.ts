/**
 * docker's command line for the whole CLI (main.ts): commander declares the verbs and their flags,
 * parses argv, and reports flag and argument errors as docker's pflag-based client does. The read
 * verbs' flags come from verbs.ts, where read.ts (the read verbs' small bundle, without commander)
 * reads them too.
 */
import { Command, CommanderError, Option } from 'commander';
import { STORE_EXIT_CODE, StoreError } from '../index.js';
import type { Cli, Opts } from './containers.js';
import { DOCKER_FLAGS, STRATA_FLAGS, VERBS_NOT_MODELLED, commanderFlags, refusals, verbRefusal } from './flags.js';
import { DOCKER_HELP } from './help-texts.js';
import { OWN_HELP, topHelp } from './own-help.js';
import { GROUP_USAGES } from './help.js';
import type { Io } from './io.js';
import { MANAGEMENT, subcommandName } from './management.js';
import { allUsages, checkArgs } from './usage.js';
import { AtRefused, type CliFor, type Flag, type Groups, type Loader, READ_FLAGS, badBool, collect, lazy, normaliseBools, readLoaders, runVerb, seqFlag, atRefusedText } from './verbs.js';

export type { CliFor, Groups } from './verbs.js';

/** Runs a verb with the arguments and options commander parsed. */
type Run = (verb: string, load: Loader, args: string[], opts: Opts) => Promise<void> | void;

/** Sets the exit code of a command answered without running a verb (a refusal, a management command's usage). */
type SetCode = (code: number) => void;

/**
 * Declare a verb: its flags (`setup`), then every other flag docker has for it (flags.ts, under
 * `flags`, its key there), so that none is an unknown flag; a refused one, or a value not modelled,
 * is answered with strata's line and exit 125 once the argument count is right, before anything runs.
 */
function define(program: Command, name: string, verb: string, load: Loader, io: Io, setup: (c: Command) => void, run: Run, setCode: SetCode, flags = verb): Command {
  const cmd = program.command(name).argument('[args...]').allowExcessArguments(true).helpOption('--help');
  cmd.configureOutput({ writeErr: () => undefined, writeOut: (t) => io.out(t) });
  const help = helpOf(verb, flags);
  if (help !== undefined) cmd.configureHelp({ formatHelp: () => help });
  setup(cmd);
  for (const f of DOCKER_FLAGS[flags] ?? []) {
    if (cmd.options.some((o) => o.long === f.long)) continue;
    if (f.class.kind === 'modelled') throw new Error(`strata: flags.ts says ${flags} ${f.long} is modelled, and program.ts does not declare it`);
    cmd.option(commanderFlags(f));
    // a flag on by default is turned off as --x=false, which normaliseFlags spells --no-x
    if (f.type === undefined && f.class.kind === 'partly') cmd.option(`--no-${f.long.slice(2)}`);
  }
  cmd.action((args: string[], opts: Opts) => {
    const refused = refusals(flags, (long) => given(cmd, long));
    if (refused.length > 0 && checkArgs(verb, args.length) === undefined) {
      for (const line of refused) io.err(line);
      setCode(125);
      return;
    }
    return run(verb, load, args, opts);
  });
  return cmd;
}

/**
 * `--help` of a verb: what docker's client prints (help-texts.ts), then strata's own flags on it, if
 * any; for strata's own verbs, their own (own-help.ts).
 */
function helpOf(verb: string, flags: string): string | undefined {
  const docker = DOCKER_HELP[verb];
  if (docker === undefined) return OWN_HELP[verb];
  const own = STRATA_FLAGS[flags] ?? [];
  if (own.length === 0) return docker;
  const width = Math.max(...own.map((f) => f.flag.length));
  return `${docker}\nstrata's own options:\n${own.map((f) => `      ${f.flag.padEnd(width)}   ${f.does}\n`).join('')}`;
}

/** The value of a flag typed on the command line (true for a boolean one, false for its --no- form), else undefined. */
function given(cmd: Command, long: string): unknown {
  const o = cmd.options.find((x) => x.long === long);
  if (o === undefined) return undefined;
  const key = o.attributeName();
  return cmd.getOptionValueSource(key) === 'cli' ? cmd.getOptionValue(key) : undefined;
}

/**
 * docker's boolean flags that commander cannot read as `--flag=true|false` (verbs.ts normaliseBools
 * has the modelled ones): given false, a flag off by default is as if not given; a flag on by default
 * is spelled --no-flag; given true, --flag. Only the verb's own flags: for the verbs whose command
 * follows the image or container (create, run, exec), what follows the first argument is left as it is.
 */
function normaliseFlags(argv: readonly string[]): string[] {
  const group = argv[0] !== undefined && MANAGEMENT[argv[0]] !== undefined ? argv[0] : undefined;
  const sub = group !== undefined ? subcommandName(group, argv[1] ?? '') : undefined;
  const key = group === undefined ? argv[0] : sub === undefined ? undefined : MANAGEMENT[group]![sub]!.verb;
  const flags = key === undefined ? [] : (DOCKER_FLAGS[key] ?? []);
  const bools = flags.filter((f) => f.type === undefined && f.class.kind !== 'modelled');
  if (bools.length === 0) return [...argv];
  const valued = new Set(flags.flatMap((f) => (f.type === undefined ? [] : [f.long, ...(f.short !== undefined ? [f.short] : [])])));
  const commandFollows = key === 'create' || key === 'run' || key === 'exec';
  const out = argv.slice(0, group === undefined ? 1 : 2);
  for (let i = out.length; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--' || (commandFollows && !a.startsWith('-'))) return [...out, ...argv.slice(i)];
    if (valued.has(a) || (/^-[A-Za-z]+$/.test(a) && valued.has(`-${a.slice(-1)}`))) {
      // a flag whose value is the next argument
      out.push(a, ...argv.slice(i + 1, i + 2));
      i++;
      continue;
    }
    const m = /^(--[a-z-]+)=(true|false|1|0)$/.exec(a);
    const f = m === null ? undefined : bools.find((b) => b.long === m[1]);
    if (f === undefined) out.push(a);
    else if (m![2] === 'true' || m![2] === '1') out.push(f.long);
    else if (f.class.kind === 'partly') out.push(`--no-${f.long.slice(2)}`);
  }
  return out;
}

/**
 * A management command (`docker container`): its subcommands are declared into it; alone it prints
 * docker's usage on stderr (exit 0), with --help on stdout, and for a subcommand it does not know on
 * stderr, exit 1.
 */
function groupCommand(program: Command, group: string, io: Io, setCode: SetCode): Command {
  const usage = GROUP_USAGES[group]!;
  const cmd = program.command(group).argument('[args...]').allowExcessArguments(true).helpOption(false).option('--help').exitOverride();
  cmd.configureOutput({ writeErr: () => undefined, writeOut: (t) => io.out(t) });
  cmd.action((args: string[], opts: Opts) => {
    if (opts['help'] === true) return io.out(usage);
    io.err(usage);
    if (args.length > 0) setCode(1);
  });
  return cmd;
}

/** A verb docker has and strata does not: whatever follows, its refusal (exit 125). */
function notModelled(parent: Command, name: string, verb: string, io: Io, setCode: SetCode): void {
  parent
    .command(name)
    .argument('[args...]')
    .allowExcessArguments(true)
    .allowUnknownOption()
    .helpOption(false)
    .exitOverride()
    .action(() => {
      io.err(verbRefusal(verb));
      setCode(125);
    });
}

/**
 * The verb argv starts with, if it is one: only its command is then declared, since declaring all
 * thirty costs commander a few milliseconds a run. A flag first, an unknown word or nothing declare
 * them all, for commander's help and its unknown-command error.
 */
function verbOf(argv: readonly string[]): string | undefined {
  const first = argv[0];
  return first !== undefined && [...Object.keys(allUsages()), ...Object.keys(VERBS_NOT_MODELLED)].some((k) => k.split(' ')[0] === first) ? first : undefined;
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
    .option('-h, --hostname <string>')
    .option('--stop-signal <string>')
    .option('--stop-timeout <int>')
    .option('--read-only')
    .option('--init')
    .option('--no-init')
    .option('-u, --user <string>')
    .passThroughOptions();
};

/** A boolean flag given a value pflag does not read: its error, printed (docker exits 125). */
function refusedBool(io: Io, argv: readonly string[]): boolean {
  const bad = badBool(argv);
  if (bad) io.err(`${bad.message}\nSee 'docker ${bad.command} --help'.\n`);
  return bad !== undefined;
}

/** Parse argv and run its verb: the exit code, docker's for a flag error or a store fault. */
export async function runProgram(argv: readonly string[], io: Io, groups: Groups, cliFor: CliFor): Promise<number> {
  let code = 0;
  const run: Run = async (verb, load, args, opts) => {
    code = await runVerb(io, verb, load, args, opts, cliFor);
  };
  if (refusedBool(io, argv)) return 125;
  try {
    await program(argv, io, groups, run, (c) => (code = c)).parseAsync(normaliseFlags(normaliseBools(argv)), { from: 'user' });
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
  if (refusedBool(io, argv)) return 125;
  try {
    program(argv, io, groups, run, (c) => (code = c)).parse(normaliseFlags(normaliseBools(argv)), { from: 'user' });
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
function program(argv: readonly string[], io: Io, groups: Groups, run: Run, setCode: SetCode): Command {
  const { A, B, C, D, I, S, X, Y } = groups;
  const reads = readLoaders(groups);
  const program = new Command('docker').enablePositionalOptions().exitOverride().helpOption('--help');
  program.configureOutput({ writeErr: () => undefined, writeOut: (t) => io.out(t) });
  const only = verbOf(argv);
  const wanted = (name: string): boolean => only === undefined || only === name;
  /** every verb's handler and flags, for its management form too (`container rm` is `rm`) */
  const verbs = new Map<string, { load: Loader; setup: (c: Command) => void }>();
  /** a verb: declared at the top level unless its name is a management form (`image inspect`) */
  const d = (name: string, verb: string, load: Loader, setup: (c: Command) => void = () => undefined): void => {
    verbs.set(verb, { load, setup });
    if (!name.includes(' ') && wanted(name)) define(program, name, verb, load, io, setup, run, setCode).exitOverride();
  };

  d('create', 'create', lazy(C, 'create'), createFlags);
  d('run', 'run', lazy(C, 'run'), (c) => {
    createFlags(c);
    c.option('-d, --detach').addOption(new Option('--sig-proxy').default(true)).option('--no-sig-proxy');
  });
  d('attach', 'attach', lazy(C, 'attach'), (c) => c.addOption(new Option('--sig-proxy').default(true)).option('--no-sig-proxy').option('--no-stdin'));
  d('start', 'start', lazy(C, 'start'), (c) => c.option('-a, --attach'));
  d('stop', 'stop', lazy(C, 'stop'), (c) => c.option('-t, --time <int>'));
  d('restart', 'restart', lazy(C, 'restart'), (c) => c.option('-t, --time <int>'));
  d('kill', 'kill', lazy(C, 'kill'), (c) => c.option('-s, --signal <string>'));
  d('pause', 'pause', lazy(C, 'pause'));
  d('unpause', 'unpause', lazy(C, 'unpause'));
  d('rm', 'rm', lazy(C, 'rm'), (c) => c.option('-f, --force').option('-v, --volumes'));
  d('exec', 'exec', lazy(C, 'exec'), (c) => c.option('-e, --env <list>', '', collect).option('-w, --workdir <string>').option('-u, --user <string>').passThroughOptions());
  d('wait', 'wait', lazy(C, 'wait'));
  // pflag's interspersed off: after the container every word is ps's, --help included
  d('top', 'top', lazy(C, 'top'), (c) => c.passThroughOptions());
  d('rename', 'rename', lazy(C, 'rename'));
  d('update', 'update', lazy(C, 'update'), (c) => c.option('--restart <string>'));
  d('commit', 'commit', lazy(C, 'commit'), (c) =>
    c.option('-m, --message <string>').option('-a, --author <string>').option('-c, --change <list>', '', collect).addOption(new Option('-p, --pause').default(true)).option('--no-pause'),
  );
  for (const verb of ['logs', 'diff', 'inspect', 'ps', 'images', 'history', 'events', 'log', 'image inspect', 'container inspect']) d(verb, verb, reads[verb]!, declare(READ_FLAGS[verb]!));
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
  d('image prune', 'image prune', lazy(I, 'imagePrune'), (c) => c.option('-a, --all').option('-f, --force').option('--filter <filter>', '', collect));
  d('container prune', 'container prune', lazy(I, 'containerPrune'), (c) => c.option('-f, --force').option('--filter <filter>', '', collect));
  d('version', 'version', lazy(Y, 'version'), (c) => c.option('-f, --format <string>'));
  d('info', 'info', lazy(Y, 'info'), (c) => c.option('-f, --format <string>'));
  d('system df', 'system df', lazy(Y, 'systemDf'), (c) => c.option('--format <string>').option('-v, --verbose'));
  d('system prune', 'system prune', lazy(I, 'systemPrune'), (c) => c.option('-a, --all').option('-f, --force').option('--filter <filter>', '', collect));

  // docker's management commands: each subcommand is a verb above under its docker name and aliases
  for (const [group, subs] of Object.entries(MANAGEMENT)) {
    if (!wanted(group)) continue;
    const parent = groupCommand(program, group, io, setCode);
    for (const [name, sub] of Object.entries(subs)) {
      const v = verbs.get(sub.verb);
      if (v === undefined) continue;
      const cmd = define(parent, name, `${group} ${name}`, v.load, io, v.setup, run, setCode, sub.verb).exitOverride();
      for (const alias of sub.aliases ?? []) cmd.alias(alias);
    }
  }
  // docker's verbs strata does not have: refused as such, never "not a docker command"
  for (const verb of Object.keys(VERBS_NOT_MODELLED)) {
    const [group, name] = verb.includes(' ') ? verb.split(' ') : [undefined, verb];
    if (!wanted(group ?? verb)) continue;
    const parent = group === undefined ? program : program.commands.find((c) => c.name() === group);
    if (parent !== undefined) notModelled(parent, name!, verb, io, setCode);
  }
  if (wanted('diagram')) {
    // strata's own verbs for pictures of the model (docker removed `images --tree`)
    const diagram = ownGroup(program, 'diagram', io);
    define(diagram, 'lifecycle', 'diagram lifecycle', lazy(D, 'lifecycle'), io, (c) => c.option('--format <string>').option('--loops'), run, setCode).exitOverride();
    define(diagram, 'layers', 'diagram layers', lazy(D, 'layers'), io, (c) => c.option('--format <string>').option('--graph').option('--at <seq>'), run, setCode).exitOverride();
  }
  d('explore', 'explore', lazy(D, 'explore'), (c) => c.option('-o, --output <string>').option('--title <string>'));
  if (wanted('store')) {
    // strata's own verbs for its store (docker has none: its daemon keeps its state)
    const store = ownGroup(program, 'store', io);
    define(store, 'check', 'store check', lazy(S, 'check'), io, () => undefined, run, setCode).exitOverride();
    define(store, 'repair', 'store repair', lazy(S, 'repair'), io, (c) => c.option('--truncate-at <line>'), run, setCode).exitOverride();
  }
  // set last: a command declared after it would take it over as its own help
  helpText(program, topHelp, io);
  return program;
}

/**
 * A command's help is `text`: on stdout with --help, and on stderr when it is typed alone (commander
 * shows the help as an error then; its other errors are flagError's to print).
 */
function helpText(cmd: Command, text: () => string, io: Io): Command {
  return cmd.configureHelp({ formatHelp: () => text() }).configureOutput({ writeOut: (t) => io.out(t), writeErr: (t) => t === text() && io.err(t) });
}

/** One of strata's own groups (`strata diagram`, `strata store`): alone, its usage on stderr, exit 0. */
const ownGroup = (program: Command, group: string, io: Io): Command => helpText(program.command(group).exitOverride(), () => OWN_HELP[group]!, io);

/** Report a flag error the way docker's pflag-based CLI does (exit 125). */
function flagError(io: Io, argv: readonly string[], e: CommanderError): number {
  const verb = argv.find((a) => !a.startsWith('-')) ?? '';
  if (e.code === 'commander.helpDisplayed' || e.code === 'commander.help') return 0;
  if (e.code === 'commander.unknownCommand') {
    io.err(`docker: '${verb}' is not a docker command.\nSee 'docker --help'\n`);
    return 1;
  }
  // a management command's subcommand by its docker name (`container list` is `container ls`), or the group itself
  const group = argv[0] !== undefined && MANAGEMENT[argv[0]] !== undefined ? argv[0] : undefined;
  const name = group === undefined ? undefined : subcommandName(group, argv[1] ?? '');
  const sub = group === undefined ? verb : name === undefined ? group : `${group} ${name}`;
  // on docker itself (no verb: `docker --bogus`), its usage follows, as a management command's does
  const see = sub === '' ? `See 'docker --help'.\n${topHelp()}\n` : `See 'docker ${sub} --help'.\n`;
  const m = /unknown option '([^']+)'/.exec(e.message);
  if (m) {
    const flag = m[1]!;
    const text = flag.startsWith('--') ? `unknown flag: ${flag}` : `unknown shorthand flag: '${flag.slice(1, 2)}' in ${flag}`;
    // on the management command itself, docker adds its usage
    io.err(`${text}\n${see}${sub === group ? `${GROUP_USAGES[group]!}\n` : ''}`);
    return 125;
  }
  const missing = /option '([^']+)' argument missing/.exec(e.message);
  if (missing) {
    // The flag as typed: "-s, --signal <string>" names both spellings; the last one on the line wins.
    const spellings = missing[1]!.split(/[ ,]+/).filter((f) => f.startsWith('-'));
    const flag = [...argv].reverse().find((a) => spellings.includes(a)) ?? spellings[spellings.length - 1]!;
    io.err(`flag needs an argument: ${flag.startsWith('--') ? `--${flag.slice(2)}` : `'${flag.slice(1)}' in ${flag}`}\n${see}`);
    return 125;
  }
  io.err(`${e.message.replace(/^error: /, '')}\n${see}`);
  return 125;
}
