/** Linux signals 1..31 by the names busybox `kill -l` prints (observed on Docker 20.10.24). */
export const SIGNALS = [
  'HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM',
  'TERM', 'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF',
  'WINCH', 'POLL', 'PWR', 'SYS',
] as const;

export type Signal = (typeof SIGNALS)[number];

/** Alternative spellings docker's signal map accepts for the same numbers. */
const ALIASES: Readonly<Record<string, Signal>> = { CLD: 'CHLD', IO: 'POLL', IOT: 'ABRT', UNUSED: 'SYS' };

export function signalNumber(signal: Signal): number {
  return SIGNALS.indexOf(signal) + 1;
}

export function signalByNumber(n: number): Signal | undefined {
  return Number.isInteger(n) && n >= 1 ? SIGNALS[n - 1] : undefined;
}

function byName(upper: string): Signal | undefined {
  const alias = ALIASES[upper];
  if (alias !== undefined) return alias;
  return (SIGNALS as readonly string[]).includes(upper) ? (upper as Signal) : undefined;
}

/**
 * docker kill/stop syntax: "TERM", "SIGTERM", "term", "15". 0 and unknown names are invalid
 * (real-time signals 32..64 are not modelled and are also reported invalid).
 */
export function parseSignal(text: string): Signal | undefined {
  if (/^[0-9]+$/.test(text)) return signalByNumber(Number(text));
  const upper = text.toUpperCase();
  return byName(upper.startsWith('SIG') ? upper.slice(3) : upper);
}

/** Signals whose default action is to do nothing (a process without a handler survives them). */
export const DEFAULT_IGNORED: readonly Signal[] = ['CHLD', 'CONT', 'URG', 'WINCH'];
/** Signals whose default action stops the process: not modelled. */
export const DEFAULT_STOP: readonly Signal[] = ['STOP', 'TSTP', 'TTIN', 'TTOU'];
