/**
 * Signals as the daemon reads them (pkg/signal.ParseSignal, the one parser of kill's `-s`, a
 * container's StopSignal and a Dockerfile's STOPSIGNAL), and what the model can deliver.
 */
import { parseGoInt } from '../go/strconv.js';
import { type Signal, parseSignal, signalByNumber, signalNumber } from '../sh/index.js';

const REALTIME_NAME = /^RT(MIN(\+([1-9]|1[0-5]))?|MAX(-([1-9]|1[0-4]))?)$/;

/**
 * ParseSignal: strconv.Atoi first (any non-zero int, signed, base 10), else SignalMap's names
 * (upper-cased, one `SIG` prefix trimmed), which has the real-time RTMIN..RTMAX too. The number,
 * or undefined for `Invalid signal: …`.
 */
export function dockerSignal(text: string): bigint | undefined {
  const n = parseGoInt(text, 10, 64);
  if ('value' in n) return n.value === 0n ? undefined : n.value;
  const name = text.toUpperCase().replace(/^SIG/, '');
  // no name starts with SIG or a digit: those parseSignal would read again
  const sig = /^(SIG|[0-9])/.test(name) ? undefined : parseSignal(name);
  if (sig !== undefined) return BigInt(signalNumber(sig));
  const rt = REALTIME_NAME.exec(name);
  if (rt === null) return undefined;
  // RTMIN is 34, RTMIN+n 34+n, RTMAX 64, RTMAX-n 64-n
  const offset = rt[3] !== undefined ? Number(rt[3]) : rt[5] !== undefined ? -Number(rt[5]) : 0;
  return BigInt((rt[1]!.startsWith('MIN') ? 34 : 64) + offset);
}

export const signalParses = (text: string): boolean => dockerSignal(text) !== undefined;

/** The modelled signal a number names (1..31); undefined for the others (real-time ones, or none the kernel has). */
export function modelledSignal(n: bigint): Signal | undefined {
  return n >= 1n && n <= 31n ? signalByNumber(Number(n)) : undefined;
}
