/**
 * The processes a process of the model is, as the kernel lists them (what `ps` reads): a program
 * run directly is one; a shell blocked in a `sleep` is two, itself and the child it forked for it,
 * unless it exec'd that `sleep` in its own place, as busybox ash does with the last command of a
 * `-c` script (observed on Docker 20.10.24: `sh -c 'sleep 1; sleep 1000'` is one `sleep 1000`).
 */
import { sleepDuration } from './applets/basic.js';
import { basename } from './path.js';
import { type ProcState, program, shellArgs } from './process.js';
import { endsInNewline, execsInPlace } from './runner.js';
import type { ShState } from './shell.js';
import { type Unsupported, unsupported } from './types.js';

/** One process: its command line (argv, as /proc/PID/cmdline holds it) and its name (comm). */
export interface KernelProcess {
  readonly argv: readonly string[];
  /** the kernel's task name: the basename of what was exec'd, at most 15 bytes */
  readonly comm: string;
}

export interface ProcessesOf {
  /** the process itself: the program it was started as, or the command it exec'd since */
  readonly self: KernelProcess;
  /** the foreground child it waits for, and the model time it started */
  readonly child?: KernelProcess & { readonly since: number | null };
}

/** TASK_COMM_LEN is 16, with its NUL. */
const COMM_LEN = 15;

export const commOf = (argv: readonly string[]): string => basename(argv[0] ?? '').slice(0, COMM_LEN);

/** The processes of a process started as `argv` and now in `state`. */
export function processesOf(state: ProcState, argv: readonly string[]): ProcessesOf | Unsupported {
  const self = { argv, comm: commOf(argv) };
  if (state.kind === 'sleep') return { self };
  // a state logged before the shell kept its foreground command does not say what it runs
  if (state.fg === undefined) return unsupported('the processes of a shell logged before strata kept what it waits for');
  if (state.fg === null) return { self };
  const fg = { argv: state.fg, comm: commOf(state.fg) };
  if (state.execed ?? execsLast(state, argv)) return { self: fg };
  return { self, child: { ...fg, since: startOf(state, state.fg) } };
}

/** When a `sleep` the shell waits for began: its wake-up time less its duration. */
function startOf(st: ShState, fg: readonly string[]): number | null {
  const p = program(fg);
  const ms = 'code' in p || p.name !== 'sleep' ? undefined : sleepDuration(p.args);
  return ms === undefined || st.wakeAt === null ? null : st.wakeAt - ms;
}

/**
 * Whether ash runs the command it is blocked in by exec, not fork (runner.ts execsInPlace), for a
 * state logged before the shell kept the answer: whether its script ends with a newline is read
 * from the shell's command line.
 */
function execsLast(st: ShState, argv: readonly string[]): boolean {
  const p = program(argv);
  if ('code' in p || (p.name !== 'sh' && p.name !== 'ash')) return false;
  const sh = shellArgs(p.args);
  if (sh === null || 'code' in sh) return false;
  const ends = endsInNewline(sh.script);
  return ends !== undefined && execsInPlace({ ...st, endsInNewline: ends });
}
