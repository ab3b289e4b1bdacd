/**
 * The time arguments of `docker events --since/--until` (and `logs`, and the prunes' `until` filter),
 * as the 20.10 client and daemon read them: api/types/time GetTimestamp (a Go duration before the client's now, an RFC 3339-like
 * date, or a Unix timestamp passed through) and ParseTimestamps, on Go's time.ParseDuration and
 * time.Parse (src/go/time.ts), down to their error texts. Times are nanoseconds since the epoch.
 */
import type { DockerError } from './errors.js';
import { goParseTime, parseDuration } from '../go/time.js';

const NS_PER_SEC = 1_000_000_000n;
const INT64_MAX = (1n << 63n) - 1n;

const RFC3339_LOCAL = '2006-01-02T15:04:05';
const RFC3339_NANO_LOCAL = '2006-01-02T15:04:05.999999999';
const DATE_WITH_ZONE = '2006-01-02Z07:00';
const DATE_LOCAL = '2006-01-02';
const RFC3339 = '2006-01-02T15:04:05Z07:00';
const RFC3339_NANO = '2006-01-02T15:04:05.999999999Z07:00';

/** Go's floor division of nanoseconds into Unix seconds (time.Time.Unix). */
const unixSeconds = (ns: bigint): bigint => (ns >= 0n ? ns / NS_PER_SEC : -((-ns + NS_PER_SEC - 1n) / NS_PER_SEC));

/**
 * GetTimestamp(value, reference): what the client sends the daemon for a --since/--until value —
 * `<seconds>` for a duration before `reference`, `<seconds>.<nanoseconds>` for a date, the value
 * itself for a Unix timestamp — or the client's error. `offsetSec` is the client's local zone
 * (east of UTC), for dates without one.
 */
export function getTimestamp(value: string, reference: bigint, offsetSec = 0): { readonly value: string } | { readonly error: DockerError } {
  const d = parseDuration(value);
  if (value !== '0' && 'ns' in d) return { value: unixSeconds(reference - d.ns).toString() };
  const inLocation = !/[zZ+]/.test(value) && value.split('-').length - 1 !== 3;
  let layout: string;
  if (value.includes('.')) layout = inLocation ? RFC3339_NANO_LOCAL : RFC3339_NANO;
  else if (value.includes('T')) {
    let colons = value.split(':').length - 1;
    if (!inLocation && !/[zZ]/.test(value) && colons > 0) colons--;
    if (inLocation) layout = colons === 0 ? '2006-01-02T15' : colons === 1 ? '2006-01-02T15:04' : RFC3339_LOCAL;
    else layout = colons === 0 ? '2006-01-02T15Z07:00' : colons === 1 ? '2006-01-02T15:04Z07:00' : RFC3339;
  } else layout = inLocation ? DATE_LOCAL : DATE_WITH_ZONE;
  const t = goParseTime(layout, value, inLocation ? offsetSec : 0);
  if (typeof t === 'bigint') {
    const sec = unixSeconds(t);
    return { value: `${sec}.${(t - sec * NS_PER_SEC).toString().padStart(9, '0')}` };
  }
  if (value.includes('-')) return { error: { code: 'go_error', error: t } };
  if (parseTimestamp(value) === null) return { error: { code: 'time_or_duration', value } };
  return { value };
}

const INT64 = /^[+-]?[0-9]+$/;
const int64 = (s: string): bigint | null => {
  if (!INT64.test(s)) return null;
  const n = BigInt(s);
  return n > INT64_MAX || n < -INT64_MAX - 1n ? null : n;
};

/**
 * ParseTimestamps' parseTimestamp: `<seconds>[.<fraction>]` as time.Unix(seconds, nanoseconds) in
 * nanoseconds since the epoch; null where strconv refuses a part.
 */
export function parseTimestamp(value: string): bigint | null {
  const dot = value.indexOf('.');
  const sec = int64(dot < 0 ? value : value.slice(0, dot));
  if (sec === null) return null;
  if (dot < 0) return sec * NS_PER_SEC;
  const frac = value.slice(dot + 1);
  const n = int64(frac);
  if (n === null) return null;
  // "should already be in nanoseconds but just in case": float64(n) * 10^(9-len), truncated
  const nsec = BigInt(Math.trunc(Number(n) * 10 ** (9 - frac.length)));
  return sec * NS_PER_SEC + nsec;
}
