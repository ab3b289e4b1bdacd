/**
 * Signals in generated sequences, kept clear of the wall clock: what `stop` and `restart` are given
 * as a grace period, and how `kill -s` spells a signal.
 */
import type { Spelling } from './generate.js';

/** What `stop` needs to know of a container to give it a grace period no race decides. */
export interface Stoppable {
  readonly kind: 'instant' | 'sleep' | 'trap';
  readonly stopSignal: string | undefined;
  readonly stopTimeout: number | undefined;
}

/** TERM, however --stop-signal spells it (none given is TERM). */
const isTerm = (signal: string | undefined): boolean => signal === undefined || /^(?:(?:SIG)?TERM|15)$/i.test(signal);

/**
 * The -t of `stop` and `restart` for a drawn timeout (-1: none, the container's --stop-timeout or
 * 10 s). The trap loop handles TERM once its `sleep 1` ends: whether that comes before the KILL is
 * the engine's timing unless the grace period is two seconds or more (seen under load: exit 7 where
 * the model said 137). Every other signal a running program here gets from `stop` is ignored (PID 1
 * drops what it has no handler for), so the KILL comes at the timeout, whatever it is; only 10 s
 * is not drawn for them, as it would only make the run slower.
 */
export function stopFlags(c: Stoppable | undefined, drawn: 0 | 2 | -1 | undefined): string[] {
  if (c?.kind === 'trap' && isTerm(c.stopSignal)) return drawn === -1 && (c.stopTimeout ?? 10) >= 2 ? [] : ['-t', '2'];
  if (drawn === -1) return c === undefined || c.kind === 'instant' || c.stopTimeout !== undefined ? [] : ['-t', '0'];
  return ['-t', String(drawn ?? 0)];
}

/** Signal numbers of the names the generator draws. */
const NUMBERS: Readonly<Record<string, number>> = { HUP: 1, INT: 2, KILL: 9, USR1: 10, TERM: 15 };

/** `kill -s`'s word for a signal: its name, SIG and its name, in lower case, or its number. A name docker does not know stays as it is. */
export function signalWord(signal: string, spelling: Spelling | undefined): string {
  const n = NUMBERS[signal];
  if (n === undefined || spelling === undefined || spelling === 'name') return signal;
  return spelling === 'sig' ? `SIG${signal}` : spelling === 'lower' ? signal.toLowerCase() : String(n);
}
