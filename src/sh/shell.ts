import type { AndOr, List, Pipeline, While } from './ast.js';
import type { ShFs } from './fs.js';
import { realpath } from './path.js';

/** One shell variable. `order` is its position in its ash hash bucket chain (creation order). */
export interface Var {
  readonly name: string;
  value: string | null;
  exported: boolean;
  readonly order: number;
}

/** Continuation frames of the interpreter: the "program counter" of a blocked shell. */
export type Frame =
  | { readonly f: 'list'; readonly items: List; i: number }
  | { readonly f: 'andor'; readonly node: AndOr; i: number }
  | { readonly f: 'pipeline'; readonly node: Pipeline }
  | { readonly f: 'not' }
  /** `slept`: the current body iteration has blocked (an iteration that never does is refused) */
  | { readonly f: 'while'; readonly node: While; phase: 'cond' | 'body'; slept: boolean; ran: boolean; bodyStatus: number }
  /** after a signal trap handler: ash restores `$?` */
  | { readonly f: 'trap'; readonly saved: number }
  /** after the EXIT trap handler: exit with the status `exit` was given */
  | { readonly f: 'exit'; readonly code: number };

/** The whole state of a busybox sh process. Plain JSON. */
export interface ShState {
  readonly kind: 'sh';
  /** $0, and whether it was given after the -c script (it changes ash's message format) */
  readonly arg0: string;
  readonly arg0Given: boolean;
  params: string[];
  vars: Var[];
  nextOrder: number;
  /** logical working directory (ash's curdir) */
  cwd: string;
  status: number;
  /** "EXIT" or a signal name -> action ('' = ignore) */
  traps: Record<string, string>;
  /** $$ (1 for PID 1); null when the caller gave none */
  readonly pid: number | null;
  stack: Frame[];
  /** line of the command being run, for builtin error messages */
  lineno: number;
  /** trapped signals received while blocked, run when the foreground command finishes */
  pending: string[];
  /** blocked in a foreground `sleep` until this model time */
  wakeAt: number | null;
  /** saved `$?` for `exit` with no argument inside trap handlers */
  trapSaved: number[];
  /** while blocked: the words of the foreground command it waits for (a `sleep`), as it ran them */
  fg: string[] | null;
  /** ash's may_have_traps: a trap with an action was set, even if reset since (the shell then never execs its last command) */
  mayHaveTraps: boolean;
  /**
   * The -c script ends with a newline: its last line is then an empty one, and ash forks even the
   * last command. Kept at the start (absent in a state logged before it was).
   */
  endsInNewline?: boolean;
  /**
   * While blocked: the foreground command is the script's last, which ash exec'd in its own place
   * (runner.ts execsInPlace), so the process is that command. Absent in a state logged before it was kept.
   */
  execed?: boolean;
}

/**
 * busybox ash keeps variables in a 39-bucket hash table and `env` lists them bucket by bucket;
 * within a bucket in creation order. (Observed: HOSTNAME SHLVL HOME PATH PWD for docker's env.)
 */
export function bucket(name: string): number {
  let h = (name.charCodeAt(0) & 0xff) << 4;
  for (let i = 0; i < name.length; i++) h += name.charCodeAt(i) & 0xff;
  return h % 39;
}

/** ash's varinit table, created before the environment is imported (PATH default of busybox). */
const VARINIT: readonly (readonly [string, string | null])[] = [
  ['IFS', ' \t\n'], ['MAIL', null], ['MAILPATH', null], ['PATH', '/sbin:/usr/sbin:/bin:/usr/bin'], ['PS1', null],
  ['PS2', '> '], ['PS4', '+ '], ['OPTIND', '1'], ['LINENO', null], ['RANDOM', null], ['EPOCHSECONDS', null],
  ['EPOCHREALTIME', null], ['HISTFILE', null],
];

/** variables whose value the model does not know or does not keep up to date */
export const UNKNOWN_VARS: ReadonlySet<string> = new Set(['PS1', 'LINENO', 'RANDOM', 'SECONDS', 'EPOCHSECONDS', 'EPOCHREALTIME', 'HOSTNAME']);

export function getVar(st: ShState, name: string): Var | undefined {
  return st.vars.find((v) => v.name === name);
}

export function setVar(st: ShState, name: string, value: string, exported?: boolean): void {
  const v = getVar(st, name);
  if (v !== undefined) {
    v.value = value;
    if (exported === true) v.exported = true;
    return;
  }
  st.vars.push({ name, value, exported: exported === true, order: st.nextOrder++ });
}

/** The environment ash passes to a child: exported, set variables in hash-table order. */
export function environ(vars: readonly Var[]): string[] {
  return vars
    .filter((v) => v.exported && v.value !== null)
    .sort((a, b) => bucket(a.name) - bucket(b.name) || a.order - b.order)
    .map((v) => `${v.name}=${v.value ?? ''}`);
}

export interface ShellInit {
  readonly fs: ShFs;
  readonly env: readonly string[];
  readonly cwd: string;
  readonly pid: number | null;
  readonly arg0: string;
  readonly arg0Given: boolean;
  readonly params: readonly string[];
}

/** ash's init(): varinit, import environ, IFS/OPTIND defaults, PPID, SHLVL+1, PWD. */
export function newShell(init: ShellInit): ShState {
  const st: ShState = {
    kind: 'sh', arg0: init.arg0, arg0Given: init.arg0Given, params: [...init.params], vars: [], nextOrder: 0,
    cwd: init.cwd, status: 0, traps: {}, pid: init.pid, stack: [], lineno: 0, pending: [], wakeAt: null,
    trapSaved: [], fg: null, mayHaveTraps: false,
  };
  for (const [name, value] of VARINIT) st.vars.push({ name, value, exported: false, order: st.nextOrder++ });
  for (const kv of init.env) {
    const eq = kv.indexOf('=');
    if (eq > 0) setVar(st, kv.slice(0, eq), kv.slice(eq + 1), true);
  }
  setVar(st, 'IFS', ' \t\n');
  setVar(st, 'OPTIND', '1');
  // every process the model runs has its parent outside the container's pid namespace
  setVar(st, 'PPID', '0');
  const shlvl = /^\s*[+-]?[0-9]*/.exec(getVar(st, 'SHLVL')?.value ?? '')?.[0].trim() ?? '';
  setVar(st, 'SHLVL', String((Number.parseInt(shlvl, 10) || 0) + 1), true);
  const physical = realpath(init.fs, init.cwd);
  const phys = typeof physical === 'string' ? init.cwd : physical.path;
  const envPwd = getVar(st, 'PWD')?.value;
  let pwd = phys;
  if (envPwd != null && envPwd.startsWith('/')) {
    const r = realpath(init.fs, envPwd);
    if (typeof r !== 'string' && r.path === phys) pwd = envPwd;
  }
  st.cwd = pwd;
  setVar(st, 'PWD', pwd, true);
  return st;
}
