/**
 * `strata`: docker's verbs, flags, output and exit codes over the model. A thin adaptor: it parses
 * argv (commander), runs one command through Strata.execute, and prints what docker prints.
 */
import { Command, CommanderError, Option } from 'commander';
import { LogError } from '../log/file-log.js';
import { Strata } from '../strata.js';
import * as A from './archive.js';
import * as B from './build.js';
import * as C from './containers.js';
import * as I from './images.js';
import { type Io, processIo } from './io.js';
import * as Q from './queries.js';
import { checkArgs } from './usage.js';

type Handler = (cli: C.Cli, args: string[], opts: C.Opts) => number | Promise<number>;

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

function define(program: Command, name: string, verb: string, handler: Handler, cli: C.Cli, setup: (c: Command) => void, done: (code: number) => void): Command {
  const cmd = program.command(name).argument('[args...]').allowExcessArguments(true).helpOption('--help');
  cmd.configureOutput({ writeErr: () => undefined, writeOut: (t) => cli.io.out(t) });
  setup(cmd);
  cmd.action(async (args: string[], opts: C.Opts) => {
    const bad = checkArgs(verb, args.length);
    if (bad) {
      cli.io.err(bad);
      done(1);
      return;
    }
    done(await handler(cli, args, opts));
  });
  return cmd;
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

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let code = 0;
  let strata: Strata | undefined;
  const cli: C.Cli = {
    io,
    strata: () => {
      strata ??= Strata.open(io.home);
      for (const w of strata.warnings) io.err(`${w}\n`);
      return strata;
    },
  };
  const done = (c: number): void => {
    code = c;
  };
  const program = new Command('docker').enablePositionalOptions().exitOverride().helpOption('--help');
  program.configureOutput({ writeErr: () => undefined, writeOut: (t) => io.out(t) });
  const d = (name: string, verb: string, h: Handler, setup: (c: Command) => void = () => undefined): Command =>
    define(program, name, verb, h, cli, setup, done).exitOverride();

  d('create', 'create', C.create, createFlags);
  d('run', 'run', C.run, (c) => {
    createFlags(c);
    c.option('-d, --detach').option('-i, --interactive').option('-t, --tty');
  });
  d('start', 'start', C.start, (c) => c.option('-a, --attach').option('-i, --interactive'));
  d('stop', 'stop', C.stop, (c) => c.option('-t, --time <int>'));
  d('restart', 'restart', C.restart, (c) => c.option('-t, --time <int>'));
  d('kill', 'kill', C.kill, (c) => c.option('-s, --signal <string>'));
  d('pause', 'pause', C.pause);
  d('unpause', 'unpause', C.unpause);
  d('rm', 'rm', C.rm, (c) => c.option('-f, --force').option('-v, --volumes'));
  d('exec', 'exec', C.exec, (c) =>
    c.option('-e, --env <list>', '', collect).option('-w, --workdir <string>').option('-d, --detach').option('-i, --interactive').option('-t, --tty').passThroughOptions(),
  );
  d('wait', 'wait', C.wait);
  d('rename', 'rename', C.rename);
  d('commit', 'commit', C.commit, (c) =>
    c.option('-m, --message <string>').option('-a, --author <string>').option('-c, --change <list>', '', collect).addOption(new Option('-p, --pause').default(true)).option('--no-pause'),
  );
  d('logs', 'logs', Q.logs);
  d('diff', 'diff', Q.diff);
  d('inspect', 'inspect', Q.inspect, (c) => c.option('-f, --format <string>').option('--type <string>').option('-s, --size'));
  d('ps', 'ps', Q.ps, (c) => c.option('-a, --all').option('-q, --quiet').option('--no-trunc').option('-f, --filter <filter>', '', collect).option('--format <string>'));
  d('images', 'images', Q.images, (c) => c.option('-a, --all').option('-q, --quiet').option('--no-trunc').option('-f, --filter <filter>', '', collect).option('--format <string>'));
  d('history', 'history', Q.history, (c) => c.option('-q, --quiet').option('--no-trunc').option('-H, --human').option('--format <string>'));
  d('events', 'events', Q.events, (c) => c.option('--since <string>').option('--until <string>').option('-f, --filter <filter>', '', collect).option('--format <string>'));
  d('export', 'export', Q.exportCmd, (c) => c.option('-o, --output <string>'));
  d('import', 'import', I.importCmd, (c) => c.option('-c, --change <list>', '', collect).option('-m, --message <string>'));
  d('tag', 'tag', I.tag);
  d('save', 'save', A.save, (c) => c.option('-o, --output <string>').option('--format <string>'));
  d('load', 'load', A.load, (c) => c.option('-i, --input <string>').option('-q, --quiet').option('--format <string>'));
  d('build', 'build', B.build, (c) =>
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
  d('rmi', 'rmi', I.rmi, (c) => c.option('-f, --force').option('--no-prune'));
  const image = program.command('image').exitOverride();
  define(image, 'inspect', 'image inspect', (c, args, opts) => Q.inspect(c, args, { ...opts, type: 'image' }), cli, (c) => c.option('-f, --format <string>'), done).exitOverride();
  define(image, 'prune', 'image prune', I.imagePrune, cli, (c) => c.option('-a, --all').option('-f, --force').option('--filter <filter>', '', collect), done).exitOverride();
  const container = program.command('container').exitOverride();
  define(container, 'prune', 'container prune', I.containerPrune, cli, (c) => c.option('-f, --force').option('--filter <filter>', '', collect), done).exitOverride();

  try {
    await program.parseAsync(normaliseBools(argv), { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return flagError(io, argv, e);
    if (e instanceof LogError) {
      io.err(`${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    strata?.close();
  }
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
