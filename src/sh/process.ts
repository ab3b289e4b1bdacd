import { APPLETS, BUSYBOX_APPLETS, devicePaths } from './applets/index.js';
import { literal, type List } from './ast.js';
import { ASH_BUILTINS, BUILTINS } from './builtins.js';
import { baseFds, OutputLog, readFd, writeFd } from './io.js';
import { isBusybox, lookPath } from './lookup.js';
import { basename } from './path.js';
import { parse } from './parser.js';
import { endsInNewline, queueTraps, raiseInterrupt, run, type RunResult } from './runner.js';
import { newShell, type ShState } from './shell.js';
import { copyState, steadyStateJson } from './state-json.js';
import { DEFAULT_IGNORED, DEFAULT_STOP, signalNumber, type Signal } from './signal.js';
import { isUnsupported, unsupported, type ProcessEnv, type Output, type Unsupported } from './types.js';

/** A blocked busybox `sleep` run directly (not from sh). */
export interface SleepState {
  readonly kind: 'sleep';
  readonly wakeAt: number;
}

/** JSON-serialisable (plain objects/arrays/strings/numbers only): it is stored in events and replayed. */
export type ProcState = ShState | SleepState;

export type Outcome =
  | { kind: 'exited'; code: number; at: number; output: readonly Output[] }
  | { kind: 'blocked'; wakeAt: number | null; state: ProcState; output: readonly Output[] };

/** The program busybox runs for argv: the applet named by argv[0], or by argv[1] after `busybox`. */
export function program(argv: readonly string[]): { name: string; arg0: string; args: readonly string[] } | Unsupported {
  const name = basename(argv[0] ?? '');
  if (name !== 'busybox') return { name, arg0: argv[0] ?? '', args: argv.slice(1) };
  const applet = argv[1];
  if (applet === undefined || applet.startsWith('-')) return unsupported(`busybox invocation ${JSON.stringify(argv.slice(1))}`);
  return { name: applet, arg0: applet, args: argv.slice(2) };
}

/** `sh -c SCRIPT [arg0 args...]` or plain `sh`; other invocations are refused. */
export function shellArgs(args: readonly string[]): { script: string; arg0?: string; params: readonly string[] } | null | Unsupported {
  if (args.length === 0) return null;
  const [flag, script, arg0, ...params] = args;
  if (flag !== '-c' || script === undefined) return unsupported(`sh invocation ${JSON.stringify(args)}`);
  return arg0 === undefined ? { script, params: [] } : { script, arg0, params };
}

/** Commands whose name is literal in the script, checked at create time (the standalone shell always finds applets). */
function checkList(list: List): Unsupported | undefined {
  for (const ao of list) {
    for (const p of [ao.first, ...ao.rest.map((r) => r.p)]) {
      const c = p.cmd;
      const u = c.k === 'while' ? (checkList(c.cond) ?? checkList(c.body)) : checkSimple(c.words.map(literal));
      if (u !== undefined) return u;
    }
  }
  return undefined;
}

function checkSimple(words: readonly (string | undefined)[]): Unsupported | undefined {
  const [name, ...rest] = words;
  if (name === undefined || name.includes('/')) return undefined;
  if (ASH_BUILTINS.has(name) && BUILTINS[name] === undefined) return unsupported(`sh builtin ${JSON.stringify(name)}`);
  // a bare `sh` reads its commands from stdin (see runner.ts); one with arguments is a nested shell
  if ((name === 'sh' || name === 'ash') && rest.length > 0) return unsupported('a nested shell');
  if (name === 'sh' || name === 'ash') return undefined;
  if (BUSYBOX_APPLETS.has(name) && name !== 'busybox' && APPLETS[name] === undefined) return unsupported(`busybox applet ${JSON.stringify(name)} (not modelled)`);
  // arguments with expansions are only known at run time
  if (rest.some((w) => w === undefined)) return undefined;
  const args = rest as string[];
  if (ASH_BUILTINS.has(name)) {
    if (name === 'trap' && args.length >= 2 && args[0] !== '-' && args[0] !== '') {
      const handler = parse(args[0] === '--' ? (args[1] ?? '') : (args[0] as string));
      return Array.isArray(handler) ? checkList(handler) : (handler as Unsupported);
    }
    return undefined;
  }
  if (name === 'busybox') return checkSimple(args);
  return APPLETS[name]?.check(args);
}

/**
 * At container create: refuse programs/scripts outside the subset. argv = Entrypoint+Cmd. Only checks
 * what can be known statically (an unknown argv[0] may fail lookup at start: the engine's 127).
 */
export function checkProgram(argv: readonly string[]): Unsupported | undefined {
  if (argv.length === 0) return undefined;
  const p = program(argv);
  if ('code' in p) return p;
  if (p.name === 'sh' || p.name === 'ash') {
    const s = shellArgs(p.args);
    if (s === null) return undefined;
    if ('code' in s) return s;
    const list = parse(s.script);
    return Array.isArray(list) ? checkList(list) : (list as Unsupported);
  }
  const a = APPLETS[p.name];
  return a === undefined ? undefined : a.check(p.args);
}

function outcome(r: RunResult, st: ShState, penv: ProcessEnv, log: OutputLog): Outcome | Unsupported {
  if ('code' in r && r.code === 'unsupported') return r;
  if (r.kind === 'exited') return { kind: 'exited', code: r.code & 0xff, at: penv.now, output: log.chunks };
  return { kind: 'blocked', wakeAt: r.wakeAt, state: copyState(st), output: log.chunks };
}

/**
 * Start argv (after the caller's lookPath succeeded). The resolved file must be busybox; the applet
 * is basename(argv[0]).
 */
export function spawn(argv: readonly string[], penv: ProcessEnv): Outcome | Unsupported {
  const found = lookPath(penv.fs, argv[0] ?? '', penv.env, penv.cwd);
  if ('code' in found) return unsupported(`spawn of a program runc cannot exec (${found.kind}: ${found.argv0}): call lookPath first`);
  if (!isBusybox(penv.fs, found.path)) return unsupported(`exec of ${JSON.stringify(argv[0])}: not busybox (a script or another binary)`);
  const p = program(argv);
  if ('code' in p) return p;
  const log = new OutputLog();
  if (!BUSYBOX_APPLETS.has(p.name)) {
    log.push('stderr', `${p.name}: applet not found\n`);
    return { kind: 'exited', code: 127, at: penv.now, output: log.chunks };
  }
  if (p.name === 'sh' || p.name === 'ash') {
    const s = shellArgs(p.args);
    // a detached container's stdin is empty: an interactive-less sh reads nothing and exits 0
    if (s === null) return { kind: 'exited', code: 0, at: penv.now, output: [] };
    if ('code' in s) return s;
    const list = parse(s.script);
    if (!Array.isArray(list)) return list as Unsupported;
    const st = newShell({
      fs: penv.fs, env: penv.env, cwd: penv.cwd, pid: penv.pid1 ? 1 : (penv.pid ?? null),
      arg0: s.arg0 ?? p.arg0, arg0Given: s.arg0 !== undefined, params: s.params,
    });
    st.stack = [{ f: 'list', items: list, i: 0 }];
    const ends = endsInNewline(s.script);
    if (ends !== undefined) st.endsInNewline = ends;
    return outcome(run(st, penv, log), st, penv, log);
  }
  const a = APPLETS[p.name];
  if (a === undefined) return unsupported(`busybox applet ${JSON.stringify(p.name)} (not modelled)`);
  const dev = devicePaths(p.name, p.args, penv.cwd, penv.fs);
  if (dev !== undefined) return dev;
  const fds = baseFds();
  const r = a.run(p.args, {
    fs: penv.fs, cwd: penv.cwd, env: penv.env,
    out: (t) => writeFd(penv.fs, log, fds[1], t),
    err: (t) => writeFd(penv.fs, log, fds[2], t),
    stdin: () => readFd(fds[0]),
  });
  if (isUnsupported(r)) return r;
  if (r.kind === 'exit') return { kind: 'exited', code: r.code & 0xff, at: penv.now, output: log.chunks };
  return { kind: 'blocked', wakeAt: penv.now + r.ms, state: { kind: 'sleep', wakeAt: penv.now + r.ms }, output: log.chunks };
}

/**
 * Default disposition of a signal nobody handles: PID 1 drops it (the kernel protects init), others
 * die with 128+n unless the default action is to ignore it.
 */
function unhandled(signal: Signal, penv: ProcessEnv): 'ignore' | 'die' | Unsupported {
  if (DEFAULT_STOP.includes(signal)) return unsupported(`signal ${signal} (stopping a process)`);
  return penv.pid1 || DEFAULT_IGNORED.includes(signal) ? 'ignore' : 'die';
}

/** `st` is the copy resume made of its state: nothing else holds it, so it is not copied again. */
function blockedAgain(st: ProcState, wakeAt: number | null): Outcome {
  return { kind: 'blocked', wakeAt, state: st, output: [] };
}

export function resume(
  state: ProcState,
  penv: ProcessEnv,
  why: { kind: 'timer' } | { kind: 'signal'; signal: Signal },
): Outcome | Unsupported {
  const st = upgrade(copyState(state));
  const wakeAt = st.wakeAt;
  if (why.kind === 'signal') {
    const sig = why.signal;
    if (sig === 'KILL') return { kind: 'exited', code: 137, at: penv.now, output: [] };
    const action = st.kind === 'sh' ? st.traps[sig] : undefined;
    // an ignored signal stays ignored across exec
    if (action === '') return blockedAgain(st, wakeAt);
    // a command ash exec'd in its place is the process: the signal is that command's (no handler:
    // ash execs only when no trap action was ever set)
    const shell = st.kind === 'sh' && st.execed !== true;
    // busybox ash runs the handler only after the foreground command (the sleep) has finished; an
    // INT it has no trap for too, as `sh -c` catches it (see raiseInterrupt)
    if (shell && (action !== undefined || sig === 'INT')) {
      if (!st.pending.includes(sig)) st.pending.push(sig);
      return blockedAgain(st, wakeAt);
    }
    const d = unhandled(sig, penv);
    if (typeof d !== 'string') return d;
    return d === 'ignore' ? blockedAgain(st, wakeAt) : { kind: 'exited', code: 128 + signalNumber(sig), at: penv.now, output: [] };
  }
  if (wakeAt === null || penv.now < wakeAt) return blockedAgain(st, wakeAt);
  if (st.kind === 'sleep') return { kind: 'exited', code: 0, at: penv.now, output: [] };
  st.wakeAt = null;
  st.fg = null;
  delete st.execed;
  st.status = 0;
  const log = new OutputLog();
  const raised = raiseInterrupt(st);
  if (raised !== 'continue') return outcome(raised, st, penv, log);
  const u = queueTraps(st);
  if (u !== undefined) return u;
  return outcome(run(st, penv, log), st, penv, log);
}

/**
 * The process state without its wake-up time. Two equal keys at the same filesystem mean the process
 * is at the same point with the same variables: from there it repeats itself, shifted in time by the
 * sleeps in between (so a foreground wait on `while :; do sleep 1; done` answers "forever", and a
 * wait on the clock can jump whole rounds of a loop that does nothing else).
 */
export function steadyKey(state: ProcState): string {
  return steadyStateJson(upgrade(state)) as string;
}

/** The same process, everything happening `ms` later: what a repeat of a round of its loop leaves. */
export function delayed(state: ProcState, ms: number): ProcState {
  const st = upgrade(copyState(state));
  if (st.kind === 'sleep') return { ...st, wakeAt: st.wakeAt + ms };
  if (st.wakeAt !== null) st.wakeAt += ms;
  return st;
}

type Logged = Readonly<Record<string, unknown>>;

/**
 * A state logged before `while` frames said whether their iteration slept (the shell counted its
 * blocks, and each frame kept the count its iteration began with), in today's layout, keys in the
 * order the shell writes them so that steady keys compare equal.
 */
function upgrade<S extends ProcState>(state: S): S {
  if (state.kind !== 'sh' || !('blocks' in state)) return state;
  const blocks = (state as unknown as Logged)['blocks'];
  const frame = (f: Logged): Logged =>
    Object.fromEntries(Object.entries(f).map(([k, v]) => (k === 'blocksAtStart' ? ['slept', v !== blocks] : [k, v])));
  const entries = Object.entries(state).filter(([k]) => k !== 'blocks');
  return Object.fromEntries(entries.map(([k, v]) => [k, k === 'stack' ? (v as Logged[]).map(frame) : v])) as S;
}
