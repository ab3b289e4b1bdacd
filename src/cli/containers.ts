/** The container verbs of the CLI: parse docker's flags, execute, print what docker prints. */
import {
  clientStopSeconds,
  type CreateOptions,
  type Command,
  type Decision,
  type DockerError,
  type Envelope,
  findContainer,
  goNumError,
  goQuote,
  isError,
  isReference,
  parseGoInt,
  parseReference,
  render,
  type Strata,
  topTable,
  type View,
} from '../index.js';
import { attachedStream, follow, printOutput, SignalProxy } from './attach.js';
import { type Io, clientNow } from './io.js';
import { clientNotFound, daemon, isNotFound, reportError, runExitCode } from './output.js';

export interface Cli {
  readonly io: Io;
  /** the writer: verbs that change the store execute through it */
  strata(): Strata;
  /** what a read verb looks at: the store as of now (timers due by now fired and logged first) */
  view(): View;
  /** a new look at the store, as view() was taken (a follower's poll) */
  look(): Promise<View>;
  /**
   * A writer of its own for a client that stays attached in real time (foreground run, start -a,
   * attach, logs -f, wait): its model clock runs at the wall clock's pace from the model's, and it
   * tells `onCommands` of every command it folds, each its envelopes. Undefined where nobody can
   * wait (the in-process CLI over an engine, a view of the past).
   */
  readonly attached?: (onCommands: (commands: readonly (readonly Envelope[])[]) => void) => Promise<Strata>;
  /** told when the verb has answered with exit 0: its reader or writer then leaves a snapshot (Reader.leave, Strata.leave) */
  readonly answered?: () => void;
}

export type Opts = Record<string, unknown>;

/** commander's option values: a string flag, a repeated one */
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

/** A model limitation (the engine would block, or run something strata does not model), or a bug of the model. */
function modelError(io: Io, e: DockerError): boolean {
  if (e.code === 'would_block' || e.code === 'unsupported' || e.code === 'model_bug') {
    io.err(`${render(e)}\n`);
    return true;
  }
  return false;
}

/**
 * --stop-timeout, a pflag int: its parse error (pflag's own text, exit 125) comes before anything
 * else; a value a JSON number cannot hold exactly is refused (the model keeps it as one).
 */
function stopTimeoutFlag(cli: Cli, verb: string, opts: Opts): { value?: number } | null {
  const t = intFlag(opts['stopTimeout'], '--stop-timeout');
  if (typeof t === 'string') {
    cli.io.err(`${t}\nSee 'docker ${verb} --help'.\n`);
    return null;
  }
  if (t === undefined) return {};
  if (t > BigInt(Number.MAX_SAFE_INTEGER) || t < -BigInt(Number.MAX_SAFE_INTEGER)) {
    cli.io.err(`strata: --stop-timeout ${t} is not modelled (strata keeps a stop timeout within ±(2^53-1) seconds)\n`);
    return null;
  }
  return { value: Number(t) };
}

/**
 * opts.ParseRestartPolicy: `name[:count]`, at most one colon, the count a Go int (strconv.Atoi); the
 * name is the daemon's to check. A string is the client's own error.
 */
function parseRestartPolicy(text: string): { readonly name: string; readonly max: number } | string {
  const parts = text.split(':');
  if (parts.length > 2) return 'invalid restart policy format';
  const [name = '', maxText] = parts;
  if (maxText === undefined) return { name, max: 0 };
  const max = parseGoInt(maxText, 10, 64);
  return 'value' in max ? { name, max: Number(max.value) } : 'maximum retry count must be an integer';
}

/** The flags create and run share, turned into the create request; a string is the CLI's own error. */
function createOptions(cli: Cli, args: string[], opts: Opts, attach: boolean, stopTimeout: number | undefined): CreateOptions | string {
  const [image, ...cmd] = args as [string, ...string[]];
  const restart = parseRestartPolicy(str(opts['restart']) ?? 'no');
  if (typeof restart === 'string') return restart;
  if (opts['rm'] === true && restart.name !== '' && restart.name !== 'no') return 'Conflicting options: --restart and --rm';
  const pull = str(opts['pull']) ?? 'missing';
  if (!['missing', 'never', 'always'].includes(pull)) return `invalid pull option: '${pull}': must be one of "always", "missing" or "never"`;
  const env: string[] = [];
  for (const e of list(opts['env'])) {
    if (e.includes('=')) env.push(e);
    // opts.ValidateEnv: a bare name takes the client's value, or stays bare (it then unsets the variable)
    else env.push(cli.io.env[e] !== undefined ? `${e}=${cli.io.env[e]}` : e);
  }
  const o: CreateOptions = {
    image,
    cmd,
    env,
    labels: list(opts['label']),
    restart,
    autoRemove: opts['rm'] === true,
    network: str(opts['network']) ?? 'default',
    attach,
    ...(str(opts['name']) !== undefined ? { name: str(opts['name'])! } : {}),
    ...(str(opts['entrypoint']) !== undefined ? { entrypoint: str(opts['entrypoint'])! } : {}),
    ...(str(opts['workdir']) !== undefined ? { workdir: str(opts['workdir'])! } : {}),
    ...(str(opts['hostname']) !== undefined ? { hostname: str(opts['hostname'])! } : {}),
    ...(str(opts['stopSignal']) !== undefined ? { stopSignal: str(opts['stopSignal'])! } : {}),
    ...(stopTimeout !== undefined ? { stopTimeout } : {}),
    ...(opts['readOnly'] === true ? { readOnly: true as const } : {}),
    ...(typeof opts['init'] === 'boolean' ? { init: opts['init'] } : {}),
    ...(str(opts['user']) !== undefined ? { user: str(opts['user'])! } : {}),
  };
  return o;
}

export function create(cli: Cli, args: string[], opts: Opts): number {
  const stopTimeout = stopTimeoutFlag(cli, 'create', opts);
  if (stopTimeout === null) return 125;
  const o = createOptions(cli, args, opts, true, stopTimeout.value);
  if (typeof o === 'string') {
    reportError(cli.io, 'create', o, true);
    return 125;
  }
  const d = cli.strata().execute({ type: 'create', ...o });
  if (d.error) {
    if (modelError(cli.io, d.error)) return 1;
    cli.io.err(daemon(d.error));
    return 1;
  }
  cli.io.out(`${d.reply.id}\n`);
  return 0;
}

/** The docker CLI's logrus line when start fails under attach and its exit wait is cancelled. */
const cancelledWait = (io: Io): string =>
  `time="${new Date(clientNow(io)).toISOString().replace(/\.\d+Z$/, 'Z')}" level=error msg="error waiting for container: context canceled"\n`;

/**
 * The attached client of a process that never exits on its own: the command leaves it running at
 * once (leaveAfter 0), and the client stays with it in real time (attach.ts). Only the process CLI
 * can wait; elsewhere the command is refused as would_block.
 */
const leaving = (cli: Cli): { leaveAfter?: number } => (cli.attached !== undefined ? { leaveAfter: 0 } : {});

/** The signal proxy of an attached client (sig-proxy), set up before its command is sent; none where the client cannot follow. */
const proxyFor = (cli: Cli, wanted: boolean): SignalProxy | undefined => (wanted && cli.attached !== undefined ? new SignalProxy() : undefined);

/**
 * A foreground command (run, start -a, attach) sent with the client's signal proxy already set up;
 * the proxy is kept only when the client stays attached (the command left its process running).
 */
function executeAttached(cli: Cli, command: Command, sigProxy: boolean): { d: Decision; proxy: SignalProxy | undefined } {
  const proxy = proxyFor(cli, sigProxy);
  let d: Decision | undefined;
  try {
    d = cli.strata().execute(command);
  } finally {
    if (d === undefined || d.error !== undefined || d.reply.running !== true) proxy?.release();
  }
  return { d, proxy: d.error === undefined && d.reply.running === true ? proxy : undefined };
}

/** After a foreground command: its output, then, if it left its process running, the client stays attached until it exits. */
function stayAttached(cli: Cli, d: Decision, proxy: SignalProxy | undefined): number | Promise<number> {
  printOutput(cli, d.reply.output);
  if (d.reply.running !== true) return d.reply.exitCode ?? 0;
  const id = d.reply.id!;
  return follow(cli, { from: cli.strata().state, ...(proxy ? { proxy: { id, signals: proxy } } : {}), onCommands: attachedStream(cli, id) });
}

export function run(cli: Cli, args: string[], opts: Opts): number | Promise<number> {
  const detach = opts['detach'] === true;
  const stopTimeout = stopTimeoutFlag(cli, 'run', opts);
  if (stopTimeout === null) return 125;
  const o = createOptions(cli, args, opts, !detach, stopTimeout.value);
  if (typeof o === 'string') {
    reportError(cli.io, 'run', o, true);
    return 125;
  }
  const { d, proxy } = executeAttached(cli, { type: 'run', detach, ...o, ...(detach ? {} : leaving(cli)) }, !detach && opts['sigProxy'] !== false);
  if (d.error) {
    if (modelError(cli.io, d.error)) return 125;
    const started = d.error.code === 'start_failed';
    if (started && detach) cli.io.out(`${d.reply.id}\n`);
    reportError(cli.io, 'run', `Error response from daemon: ${render(d.error)}`, !started);
    // run.go cancels the attach context when start fails, and waitExitOrRemoved's goroutine logs the
    // cancelled wait (logrus, RFC 3339 seconds). With --rm the CLI then waits for the removal, which
    // races that log line (mostly not printed), so the model prints it only without --rm.
    if (started && !detach && o.autoRemove !== true) {
      cli.io.err(cancelledWait(cli.io));
    }
    return runExitCode(d.error);
  }
  if (detach) {
    cli.io.out(`${d.reply.id}\n`);
    return 0;
  }
  return stayAttached(cli, d, proxy);
}

export function start(cli: Cli, args: string[], opts: Opts): number | Promise<number> {
  const attach = opts['attach'] === true;
  if (attach && args.length > 1) {
    cli.io.err('Error: you cannot start and attach multiple containers at once\n');
    return 1;
  }
  const failed: string[] = [];
  for (const ref of args) {
    const before = findContainer(cli.strata().state, ref);
    // start -a inspects the container first (client side): a missing one is the CLI's own error.
    if (attach && isError(before) && isNotFound(before)) {
      cli.io.err(clientNotFound(before));
      return 1;
    }
    // start -a always forwards signals (start.go)
    const { d, proxy } = executeAttached(cli, { type: 'start', ref, attach, ...(attach ? leaving(cli) : {}) }, attach);
    if (d.error) {
      if (modelError(cli.io, d.error)) return 1;
      if (attach && d.error.code === 'start_failed') {
        // start.go: with -a the start error is returned as is (no "failed to start containers"),
        // after the cancelled wait's log line (racy with --rm, as for run: see there).
        if (!isError(before) && !before.hostConfig.AutoRemove) cli.io.err(cancelledWait(cli.io));
        cli.io.err(daemon(d.error));
        return 1;
      }
      cli.io.err(daemon(d.error));
      failed.push(ref);
      continue;
    }
    if (attach) return stayAttached(cli, d, proxy);
    cli.io.out(`${ref}\n`);
  }
  if (failed.length > 0) {
    cli.io.err(`Error: failed to start containers: ${failed.join(', ')}\n`);
    return 1;
  }
  return 0;
}

/** The shape of stop, kill, pause, unpause, restart and wait: each argument on its own, errors collected. */
function eachContainer(cli: Cli, args: string[], exec: (ref: string) => Decision, onOk: (ref: string, d: Decision) => void): number {
  let status = 0;
  for (const ref of args) {
    const d = exec(ref);
    if (d.error) {
      if (!modelError(cli.io, d.error)) cli.io.err(daemon(d.error));
      status = 1;
      continue;
    }
    onOk(ref, d);
  }
  return status;
}

const echo = (cli: Cli) => (ref: string) => cli.io.out(`${ref}\n`);

/** pflag's int flag: strconv.ParseInt(s, 0, 64), with the error text pflag prints. */
export function intFlag(value: unknown, flag: string): bigint | string | undefined {
  if (value === undefined) return undefined;
  const s = String(value);
  const r = parseGoInt(s, 0, 64);
  return 'value' in r ? r.value : `invalid argument ${goQuote(s)} for ${goQuote(flag)} flag: ${goNumError('ParseInt', s, r.error)}`;
}

/** -t: parsed as the client parses it, then turned into the `t` it sends (see stop-timeout.ts). */
function timeoutFlag(cli: Cli, verb: string, opts: Opts): number | null | undefined {
  const t = intFlag(opts['time'], '-t, --time');
  if (typeof t === 'string') {
    cli.io.err(`${t}\nSee 'docker ${verb} --help'.\n`);
    return null;
  }
  return t === undefined ? undefined : clientStopSeconds(t);
}

export function stop(cli: Cli, args: string[], opts: Opts): number {
  const timeout = timeoutFlag(cli, 'stop', opts);
  if (timeout === null) return 125;
  return eachContainer(cli, args, (ref) => cli.strata().execute({ type: 'stop', ref, ...(timeout !== undefined ? { timeout } : {}) }), echo(cli));
}

export function restart(cli: Cli, args: string[], opts: Opts): number {
  const timeout = timeoutFlag(cli, 'restart', opts);
  if (timeout === null) return 125;
  return eachContainer(cli, args, (ref) => cli.strata().execute({ type: 'restart', ref, ...(timeout !== undefined ? { timeout } : {}) }), echo(cli));
}

export function kill(cli: Cli, args: string[], opts: Opts): number {
  const signal = str(opts['signal']) ?? 'KILL';
  return eachContainer(cli, args, (ref) => cli.strata().execute({ type: 'kill', ref, signal }), echo(cli));
}

export function pause(cli: Cli, args: string[]): number {
  return eachContainer(cli, args, (ref) => cli.strata().execute({ type: 'pause', ref }), echo(cli));
}

export function unpause(cli: Cli, args: string[]): number {
  return eachContainer(cli, args, (ref) => cli.strata().execute({ type: 'unpause', ref }), echo(cli));
}

/**
 * docker wait, container after container; one whose process never exits on its own in the model is
 * waited for in real time (the process CLI only). A signal ends the client, as it ends docker's.
 * Synchronous until a container has to be followed (the in-process CLI never follows).
 */
export function wait(cli: Cli, args: string[]): number | Promise<number> {
  return waitFrom(cli, args, 0);
}

function waitFrom(cli: Cli, args: string[], status: number): number | Promise<number> {
  for (const [i, ref] of args.entries()) {
    const d = cli.strata().execute({ type: 'wait', ref });
    if (d.error?.code === 'would_block' && cli.attached !== undefined) {
      const c = findContainer(cli.strata().state, ref);
      if (isError(c)) throw new Error(`strata: wait refused ${ref} as blocking, and it is gone`);
      return follow(cli, { from: cli.strata().state, onCommands: diedCode(cli, c.id) }).then((code) =>
        code !== 0 ? code : waitFrom(cli, args.slice(i + 1), status),
      );
    }
    if (d.error) {
      if (!modelError(cli.io, d.error)) cli.io.err(daemon(d.error));
      status = 1;
      continue;
    }
    cli.io.out(`${d.reply.exitCode}\n`);
  }
  return status;
}

/** wait's follower: at the container's next exit, its code is printed and the follow ends. */
const diedCode =
  (cli: Cli, id: string) =>
  (commands: readonly (readonly Envelope[])[]): number | undefined => {
    for (const { event: e } of commands.flat()) {
      if (e.type === 'ContainerDied' && e.id === id) {
        cli.io.out(`${e.exitCode}\n`);
        return 0;
      }
    }
    return undefined;
  };

/**
 * docker attach: the client's checks, the attach, then the process's output until it exits (its
 * exit code is the client's); --sig-proxy (default true) forwards the client's signals.
 */
export function attach(cli: Cli, args: string[], opts: Opts): number | Promise<number> {
  const { d, proxy } = executeAttached(cli, { type: 'attach', ref: args[0]!, ...leaving(cli) }, opts['sigProxy'] !== false);
  if (d.error) {
    if (modelError(cli.io, d.error)) return 1;
    // the client inspects first: its own texts, not the daemon's
    cli.io.err(isNotFound(d.error) ? clientNotFound(d.error) : `${render(d.error)}\n`);
    return 1;
  }
  return stayAttached(cli, d, proxy);
}

export function rm(cli: Cli, args: string[], opts: Opts): number {
  const force = opts['force'] === true;
  let status = 0;
  let onlyNotFound = true;
  for (const ref of args) {
    const d = cli.strata().execute({ type: 'rm', ref, force });
    if (d.error) {
      status = 1;
      if (isNotFound(d.error)) cli.io.err(clientNotFound(d.error));
      else {
        onlyNotFound = false;
        if (!modelError(cli.io, d.error)) cli.io.err(daemon(d.error));
      }
      continue;
    }
    cli.io.out(`${ref}\n`);
  }
  // cli/command/container/rm.go: with -f, "No such container" errors do not fail the command.
  return status !== 0 && force && onlyNotFound ? 0 : status;
}

export function exec(cli: Cli, args: string[], opts: Opts): number {
  const [ref, ...argv] = args as [string, ...string[]];
  const env = list(opts['env']).map((e) => (e.includes('=') || cli.io.env[e] === undefined ? e : `${e}=${cli.io.env[e]}`));
  const workdir = str(opts['workdir']);
  const user = str(opts['user']);
  const d = cli.strata().execute({ type: 'exec', ref, argv, env, ...(workdir !== undefined ? { workdir } : {}), ...(user !== undefined ? { user } : {}) });
  if (d.error) {
    if (modelError(cli.io, d.error)) return 1;
    if (isNotFound(d.error)) {
      cli.io.err(clientNotFound(d.error));
      return 1;
    }
    if (d.error.code === 'exec_failed') {
      // The runtime's failure comes back on the attached stream: the engine's CLI prints it on
      // stdout, ending "\r\n" (as the daemon wrote it).
      cli.io.out(`${render(d.error)}\r\n`);
      return d.error.exitCode;
    }
    cli.io.err(daemon(d.error));
    return 1;
  }
  printOutput(cli, d.reply.output);
  return d.reply.exitCode ?? 0;
}

/**
 * docker update (cli/command/container/update.go): at least one flag; each container on its own, its
 * name printed as given once updated; the errors, collected, printed together at the end.
 */
export function update(cli: Cli, args: string[], opts: Opts): number {
  // --restart is the one flag that reaches here (the others are refused before)
  const text = str(opts['restart']);
  if (text === undefined) {
    cli.io.err('you must provide one or more flags when using this command\n');
    return 1;
  }
  const restart = parseRestartPolicy(text);
  if (typeof restart === 'string') {
    cli.io.err(`${restart}\n`);
    return 1;
  }
  const errors: string[] = [];
  for (const ref of args) {
    const d = cli.strata().execute({ type: 'update', ref, restart });
    if (d.error) errors.push(d.error.code === 'unsupported' ? `${render(d.error)}\n` : daemon(d.error));
    else cli.io.out(`${ref}\n`);
  }
  for (const e of errors) cli.io.err(e);
  return errors.length > 0 ? 1 : 0;
}

/** docker top CONTAINER [ps OPTIONS]: the words after the container go to the daemon joined by spaces. */
export function top(cli: Cli, args: string[]): number {
  const [ref, ...ps] = args as [string, ...string[]];
  const d = cli.strata().execute({ type: 'top', ref, psArgs: ps.join(' ') });
  if (d.error) {
    if (modelError(cli.io, d.error)) return 125;
    cli.io.err(daemon(d.error));
    return 1;
  }
  if (d.reply.top !== undefined) cli.io.out(topTable(d.reply.top));
  return 0;
}

export function rename(cli: Cli, args: string[]): number {
  const [ref, name] = (args as [string, string]).map((a) => a.trim()) as [string, string];
  if (ref === '' || name === '') {
    cli.io.err('Error: Neither old nor new names may be empty\n');
    return 1;
  }
  const d = cli.strata().execute({ type: 'rename', ref, name });
  if (d.error) {
    if (!modelError(cli.io, d.error)) cli.io.err(daemon(d.error));
    cli.io.err(`Error: failed to rename container named ${ref}\n`);
    return 1;
  }
  return 0;
}

export function commit(cli: Cli, args: string[], opts: Opts): number {
  const [ref, repoTag] = args as [string, string | undefined];
  if (repoTag !== undefined && repoTag !== '') {
    // The API client parses the reference before sending anything (client/container_commit.go).
    const r = parseReference(repoTag);
    if (!isReference(r)) {
      cli.io.err(`${render(r)}\n`);
      return 1;
    }
  }
  const d = cli.strata().execute({
    type: 'commit',
    ref,
    message: str(opts['message']) ?? '',
    author: str(opts['author']) ?? '',
    changes: list(opts['change']),
    pause: opts['pause'] !== false,
    ...(repoTag !== undefined ? { repoTag } : {}),
  });
  if (d.error) {
    if (!modelError(cli.io, d.error)) cli.io.err(daemon(d.error));
    return 1;
  }
  cli.io.out(`${d.reply.id}\n`);
  return 0;
}
