/**
 * The Go conversions the instruction parser relies on, with their error texts as the engine prints
 * them: time.ParseDuration and Duration.String (HEALTHCHECK intervals), strconv.ParseInt,
 * strconv.ParseUint and strconv.ParseBool (HEALTHCHECK retries, RUN --mount options).
 */
import { goTimeQuote, parseGoDuration } from '../core/go-time.js';
import { numError, parseGoInt } from '../core/go-strconv.js';

const LIMIT = 1n << 63n;

/** time.ParseDuration, in nanoseconds, or the error text Go gives. */
export function parseDuration(text: string): { readonly ns: bigint } | { readonly error: string } {
  const ns = parseGoDuration(text);
  return ns === null ? { error: durationError(text) } : { ns };
}

/** Which of its errors ParseDuration gives for a text it refuses: its checks, segment by segment, in its order. */
function durationError(orig: string): string {
  const invalid = `time: invalid duration ${goTimeQuote(orig)}`;
  let s = orig.replace(/^[-+]/, '');
  let read = '';
  while (s !== '') {
    const [num = '', int = '', frac = ''] = /^([0-9]*)(?:\.([0-9]*))?/.exec(s) ?? [];
    if (num === '' || (int === '' && frac === '')) return invalid; // no digits: "x", ".", ".s"
    if (int !== '' && BigInt(int) > LIMIT) return invalid;
    s = s.slice(num.length);
    const unit = /^[^.0-9]*/.exec(s)?.[0] ?? '';
    if (unit === '') return `time: missing unit in duration ${goTimeQuote(orig)}`;
    if (parseGoDuration(`1${unit}`) === null) return `time: unknown unit ${goTimeQuote(unit)} in duration ${goTimeQuote(orig)}`;
    s = s.slice(unit.length);
    read += num + unit;
    // Go checks the running total against 1<<63 at each segment; a negative total may reach it
    if (parseGoDuration(`-${read}`) === null) return invalid;
  }
  return invalid; // empty, or a positive total past the int64 range
}

/** time.Duration.String: `1h30m0s`, `1.5s`, `250ms`, `1µs`, `0s`. */
export function formatDuration(ns: bigint): string {
  const neg = ns < 0n;
  let u = neg ? -ns : ns;
  let out: string;
  if (u < 1_000_000_000n) {
    if (u === 0n) return '0s';
    const [unit, prec] = u < 1_000n ? ['ns', 0] : u < 1_000_000n ? ['µs', 3] : ['ms', 6];
    const [frac, rest] = fraction(u, prec);
    out = `${rest}${frac}${unit}`;
  } else {
    const [frac, secs] = fraction(u, 9);
    u = secs;
    out = `${u % 60n}${frac}s`;
    u /= 60n;
    if (u > 0n) {
      out = `${u % 60n}m${out}`;
      u /= 60n;
      if (u > 0n) out = `${u}h${out}`;
    }
  }
  return neg ? `-${out}` : out;
}

/** fmtFrac: v / 10^prec as ".ddd" without trailing zeros ('' when whole), and the integer part. */
function fraction(v: bigint, prec: number): [string, bigint] {
  const div = 10n ** BigInt(prec);
  const digits = (v % div).toString().padStart(prec, '0').replace(/0+$/, '');
  return [digits === '' ? '' : `.${digits}`, v / div];
}

/** strconv.ParseInt(s, 10, 32), or its error text. */
export function parseInt32(s: string): { readonly value: number } | { readonly error: string } {
  const r = parseGoInt(s, 10, 32);
  return 'value' in r ? { value: Number(r.value) } : { error: numError('ParseInt', s, r.error) };
}

/** strconv.ParseUint(s, base, 32) for base 8 or 10; undefined where Go returns an error. */
export function parseUint32(s: string, base: 8 | 10): number | undefined {
  const re = base === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!re.test(s)) return undefined;
  const v = [...s].reduce((acc, c) => acc * BigInt(base) + BigInt(Number(c)), 0n);
  return v < 1n << 32n ? Number(v) : undefined;
}

/** strconv.ParseBool; undefined where Go returns an error. */
export function parseBool(s: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return undefined;
}
