/**
 * `strata build` as docker/cli 20.10 runs a classic build (cli/command/image/build.go runBuild):
 * check the tags, read the context directory (.dockerignore applied), print the `Sending build
 * context` line, then the daemon's stream; a failed step prints its error and exits with its code.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { buildContext, isReference, parseReference, readContext, refString, render } from '../index.js';
import { type Cli, list, type Opts, str } from './containers.js';
import { clientNow } from './io.js';
import { daemon } from './output.js';

export function build(cli: Cli, args: string[], opts: Opts): number {
  const io = cli.io;
  const tags: string[] = [];
  for (const t of list(opts['tag'])) {
    const r = parseReference(t);
    if (!isReference(r)) {
      io.err(`invalid argument "${t}" for "-t, --tag" flag: ${render(r)}\nSee 'docker build --help'.\n`);
      return 125;
    }
    tags.push(refString(r));
  }
  const buildArgs: [string, string | undefined][] = [];
  for (const a of list(opts['buildArg'])) {
    const i = a.indexOf('=');
    // opts.ValidateEnv: NAME alone takes the client's value, or stays unset
    if (i < 0) buildArgs.push([a, io.env[a]]);
    else buildArgs.push([a.slice(0, i), a.slice(i + 1)]);
  }
  const where = args[0]!;
  if (where === '-' || /^(https?|git):\/\//.test(where) || where.startsWith('git@') || where.startsWith('github.com/')) {
    io.err(`strata builds from a local context directory only (not stdin, a URL or a git repository): ${where}\n`);
    return 1;
  }
  const dir = readContext(where);
  if (!dir.ok) {
    io.err(`${render(dir.error)}\n`);
    return 1;
  }
  const file = str(opts['file']);
  let dockerfile: string | undefined;
  if (file !== undefined) {
    // -f is relative to the current directory, not to the context
    dockerfile = relative(dir.value.root, resolve(file));
    if (dockerfile.startsWith('..') || isAbsolute(dockerfile)) {
      io.err(`strata does not model a Dockerfile outside the build context (the client would send it alongside): ${file}\n`);
      return 1;
    }
  }
  const ctx = buildContext(dir.value, { ...(dockerfile !== undefined ? { dockerfile } : {}), now: Math.floor(clientNow(cli.io) / 1000) });
  if (!ctx.ok) {
    io.err(`${render(ctx.error)}\n`);
    return 1;
  }
  const quiet = opts['quiet'] === true;
  // quiet mode holds the output back, to show it only with an error
  const held: string[] = [];
  const print = (text: string): void => {
    if (quiet) held.push(text);
    else io.out(text);
  };
  print(ctx.value.sending);
  const target = str(opts['target']);
  const d = cli.strata().execute({
    type: 'build',
    context: ctx.value,
    tags,
    noCache: opts['cache'] === false,
    rm: opts['rm'] !== false,
    forceRm: opts['forceRm'] === true,
    ...(target !== undefined ? { target } : {}),
    buildArgs,
  });
  print(d.reply.stream ?? '');
  if (d.error) {
    if (quiet) io.err(held.join(''));
    // a step failed: the stream's last message, printed as is; else the daemon refused the request
    if (d.error.code === 'build_failed') {
      io.err(`${render(d.error)}\n`);
      return d.error.exitCode;
    }
    io.err(d.error.code === 'unsupported' ? `${render(d.error)}\n` : daemon(d.error));
    return 1;
  }
  if (quiet) io.out(`${d.reply.id ?? ''}\n`);
  return 0;
}
