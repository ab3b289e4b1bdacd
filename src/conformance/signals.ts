/**
 * Signals in generated sequences, kept clear of the wall clock: what `stop` and `restart` are given
 * as a grace period, and how `kill -s` spells a signal.
 */
import type { Spelling } from './generate.js';

/** What `stop` needs to know of a container to give it a grace period no race decides. */
export interface Stoppable {
  readonly kind: 'instant' | 'sleep' | 'trap';
  /** run with --init: docker-init is PID 1, the program its child */
  readonly init: boolean;
  readonly stopSignal: string | undefined;
  readonly stopTimeout: number | undefined;
}

/** Signal numbers of the names the generator draws. */
const NUMBERS: Readonly<Record<string, number>> = { HUP: 1, INT: 2, KILL: 9, USR1: 10, TERM: 15 };
/** A signal's name, however it is spelled (`SIGTERM`, `term`, `15`). */
const nameOf = (signal: string): string => {
  const upper = signal.toUpperCase().replace(/^SIG/, '');
  return Object.entries(NUMBERS).find(([, n]) => String(n) === upper)?.[0] ?? upper;
};

/**
 * Whether `signal` ends a running program of this kind a moment after it is sent: not at once, as
 * KILL does, and not never. Ends when it lands is then the engine's timing, which a grace period
 * or a wait set going first takes in.
 * - The trap loop takes TERM (its trap, exit 7) and INT (ash's `sh -c` catches it, 130) once its
 *   `sleep 1` returns. As PID 1 it drops the others: PID 1 gets no default action.
 * - Under --init, docker-init passes every signal on to its child, which is not PID 1: the sleep
 *   dies of any of them at once, the loop of those it has no trap for.
 */
export function endsBy(c: Stoppable, signal: string): boolean {
  const name = nameOf(signal);
  if (c.kind === 'trap') return name === 'TERM' || name === 'INT' || (c.init && (name === 'USR1' || name === 'HUP'));
  return c.kind === 'sleep' && c.init && ['TERM', 'INT', 'USR1', 'HUP'].includes(name);
}

/**
 * The -t of `stop` and `restart` for a drawn timeout (-1: none, the container's --stop-timeout or
 * 10 s). A stop signal that ends the program a moment after it is sent (`endsBy`) must come before
 * the KILL whatever the engine's timing: the grace period is then two seconds or more (seen under
 * load: the trap's exit 7 where the model said 137 after one second). Every other signal a running
 * program here gets from `stop` is ignored (PID 1 drops what it has no handler for), so the KILL
 * comes at the timeout, whatever it is; only 10 s is not drawn for them, as it would only make the
 * run slower.
 */
export function stopFlags(c: Stoppable | undefined, drawn: 0 | 2 | -1 | undefined): string[] {
  if (c !== undefined && endsBy(c, c.stopSignal ?? 'TERM')) return drawn === -1 && (c.stopTimeout ?? 10) >= 2 ? [] : ['-t', '2'];
  if (drawn === -1) return c === undefined || c.kind === 'instant' || c.stopTimeout !== undefined ? [] : ['-t', '0'];
  return ['-t', String(drawn ?? 0)];
}

/** `kill -s`'s word for a signal: its name, SIG and its name, in lower case, or its number. A name docker does not know stays as it is. */
export function signalWord(signal: string, spelling: Spelling | undefined): string {
  const n = NUMBERS[signal];
  if (n === undefined || spelling === undefined || spelling === 'name') return signal;
  return spelling === 'sig' ? `SIG${signal}` : spelling === 'lower' ? signal.toLowerCase() : String(n);
}
