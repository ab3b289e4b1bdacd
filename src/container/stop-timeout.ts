/**
 * The grace period of `stop -t N` and `restart -t N`, as the 20.10 client and daemon compute it,
 * int64 overflows included (each case observed on the engine; see test/decide/stop-timeout.test.ts):
 *
 * - the client parses N as a Go int and sends time.Duration(N)*time.Second (nanoseconds, wrapping
 *   at 64 bits) as whole seconds: FormatFloat(d.Seconds(), 'f', 0, 64). So -t 9223372036854775807
 *   sends -1, and -t 18446744075 sends 1;
 * - the daemon reads that `t` with strconv.Atoi (before it looks the container up) and, unless it
 *   is negative, waits time.Duration(t)*time.Second, which wraps again: a t of 9223372037 or more
 *   comes out negative, a deadline already passed, so SIGKILL follows at once. A negative t waits
 *   for the process however long it takes.
 */
import type { DockerError } from '../core/errors.js';
import { formatFloat, parseGoInt } from '../go/strconv.js';

const NS_PER_S = 1_000_000_000n;
const NS_PER_MS = 1_000_000n;

/** The `t` the client sends for `-t n`. */
export function clientStopSeconds(n: bigint): number {
  const d = BigInt.asIntN(64, n * NS_PER_S);
  // Duration.Seconds, in float64 as Go computes it
  const seconds = Number(d / NS_PER_S) + Number(d % NS_PER_S) / 1e9;
  // strconv.FormatFloat(seconds, 'f', 0, 64): the nearest integer, ties to even; "-0" reaches the daemon as 0
  return Number(formatFloat(seconds, 'f', 0)) + 0;
}

/** The daemon's strconv.Atoi of the `t` it was sent (a library caller may send anything). */
export function apiStopSeconds(t: number): bigint | DockerError {
  const text = String(t);
  const r = parseGoInt(text, 10, 64);
  return 'value' in r ? r.value : { code: 'stop_timeout_atoi', value: text, error: r.error };
}

/** The daemon's grace period for `t` seconds, in model milliseconds; null to wait for ever. */
export function graceMs(t: bigint): number | null {
  if (t < 0n) return null;
  const ns = BigInt.asIntN(64, t * NS_PER_S);
  // whole milliseconds, rounded down: a wake-up (always on a whole millisecond) at or before the
  // engine's deadline is at or before this one
  return ns <= 0n ? 0 : Number(ns / NS_PER_MS);
}
