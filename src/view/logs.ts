/**
 * `docker logs`: a container's messages as the json-file driver gives them back (daemon/logs.go,
 * daemon/logger/jsonfilelog, loggerutils tailFiles): the last `--tail` messages of the log, then those
 * of them inside the `--since`/`--until` window, each optionally prefixed with its time.
 */
import type { DockerError } from '../core/errors.js';
import type { Container, LogEntry } from '../state.js';
import { getTimestamp, parseTimestamp } from '../core/timestamp.js';
import { isoUtc } from '../core/time.js';

const NS_PER_MS = 1_000_000n;
const INT64_MAX = (1n << 63n) - 1n;

export interface LogsOptions {
  /** `--tail` as given (`all` by default) */
  readonly tail?: string;
  /** nanoseconds since the epoch, as the daemon reads the client's --since / --until back; null: none */
  readonly since: bigint | null;
  readonly until: bigint | null;
}

/**
 * The daemon's reading of `--tail`: strconv.Atoi, any error (`all`, `x`, `1.5`, out of range) meaning
 * every message, as does a negative count.
 */
export function tailCount(tail: string | undefined): number {
  if (tail === undefined || !/^[+-]?[0-9]+$/.test(tail)) return -1;
  const n = BigInt(tail);
  if (n > INT64_MAX || n < -INT64_MAX - 1n) return -1;
  return n < 0n ? -1 : Number(n > BigInt(Number.MAX_SAFE_INTEGER) ? BigInt(Number.MAX_SAFE_INTEGER) : n);
}

/**
 * The client's --since and --until (api/types/time GetTimestamp against its own `now`, in
 * nanoseconds; `offsetSec` its zone), as the daemon reads them back (ParseTimestamps; `--until 0`
 * is none); or the client's error for either, `invalid value for "since": …`.
 */
export function logsWindow(since: string | undefined, until: string | undefined, now: bigint, offsetSec = 0): { since: bigint | null; until: bigint | null } | DockerError {
  const out: { since: bigint | null; until: bigint | null } = { since: null, until: null };
  for (const [flag, value] of [['since', since], ['until', until]] as const) {
    if (value === undefined || value === '') continue;
    const ts = getTimestamp(value, now, offsetSec);
    if ('error' in ts) return { code: 'invalid_log_time', flag, cause: ts.error };
    if (flag === 'until' && ts.value === '0') continue;
    out[flag] = parseTimestamp(ts.value);
  }
  return out;
}

/**
 * The messages `logs` prints, in the log's order: the open line of a running process is not in the
 * log yet; of the rest, the last `tail` (tailFiles reads them first), then those not before `since`,
 * up to the first after `until` (the reader stops there).
 */
export function logMessages(c: Container, o: LogsOptions): LogEntry[] {
  const all = c.logs.filter((l) => l.open !== true);
  const n = tailCount(o.tail);
  const tail = n < 0 ? all : n === 0 ? [] : all.slice(Math.max(0, all.length - n));
  const out: LogEntry[] = [];
  for (const l of tail) {
    const at = BigInt(l.at) * NS_PER_MS;
    if (o.since !== null && at < o.since) continue;
    if (o.until !== null && at > o.until) break;
    out.push(l);
  }
  return out;
}

/** jsonmessage.RFC3339NanoFixed in UTC, the `-t` prefix: nine digits of fraction, always. */
export function logTimestamp(ms: number): string {
  const iso = isoUtc(ms);
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}000000Z`;
}
