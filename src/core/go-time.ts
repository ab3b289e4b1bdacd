/**
 * The time arguments of `docker events --since/--until` (and `logs`), as the 20.10 client and daemon
 * read them: api/types/time GetTimestamp (a Go duration before the client's now, an RFC 3339-like
 * date, or a Unix timestamp passed through) and ParseTimestamps, with the Go functions they rest on
 * (time.ParseDuration, time.Parse for the layouts GetTimestamp picks) down to their error texts.
 * Times are nanoseconds since the epoch, as bigints: an event's TimeNano does not fit a double.
 */

import { goQuote } from '../template/fmt.js';

const NS_PER_SEC = 1_000_000_000n;
const INT64_MAX = (1n << 63n) - 1n;

/** Go's time.quote: double quotes, `"` and `\` escaped, bytes outside printable ASCII as \xNN. */
export function goTimeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80 || cp < 0x20) {
      for (const b of Buffer.from(ch, 'utf8')) out += `\\x${b.toString(16).padStart(2, '0')}`;
    } else {
      if (ch === '"' || ch === '\\') out += '\\';
      out += ch;
    }
  }
  return `${out}"`;
}

const UNITS: ReadonlyMap<string, bigint> = new Map([
  ['ns', 1n],
  ['us', 1_000n],
  ['µs', 1_000n], // U+00B5
  ['μs', 1_000n], // U+03BC
  ['ms', 1_000_000n],
  ['s', NS_PER_SEC],
  ['m', 60n * NS_PER_SEC],
  ['h', 3600n * NS_PER_SEC],
]);

const isDigitAt = (s: string, i: number): boolean => i < s.length && s[i]! >= '0' && s[i]! <= '9';

/** time.ParseDuration: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+` in nanoseconds; null where Go returns an error. */
export function parseGoDuration(text: string): bigint | null {
  let s = text;
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') return null;
  let d = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || isDigitAt(s, 0))) return null;
    let i = 0;
    let v = 0n;
    while (isDigitAt(s, i)) {
      v = v * 10n + BigInt(s.charCodeAt(i) - 48);
      if (v > 1n << 63n) return null; // leadingInt overflow
      i++;
    }
    const pre = i > 0;
    s = s.slice(i);
    // leadingFraction: digits past what an int64 holds are dropped, not an error
    let f = 0n;
    let scale = 1;
    let post = false;
    if (s.startsWith('.')) {
      s = s.slice(1);
      let j = 0;
      let overflow = false;
      while (isDigitAt(s, j)) {
        if (!overflow) {
          const y = f * 10n + BigInt(s.charCodeAt(j) - 48);
          if (f > INT64_MAX / 10n || y > 1n << 63n) overflow = true;
          else {
            f = y;
            scale *= 10;
          }
        }
        j++;
      }
      post = j > 0;
      s = s.slice(j);
    }
    if (!pre && !post) return null;
    let u = 0;
    while (u < s.length && s[u] !== '.' && !isDigitAt(s, u)) u++;
    const unit = UNITS.get(s.slice(0, u));
    if (u === 0 || unit === undefined) return null;
    s = s.slice(u);
    if (v > (1n << 63n) / unit) return null;
    v *= unit;
    // float64 arithmetic, as Go does for the fraction
    if (f > 0n) v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
    if (v > 1n << 63n) return null;
    d += v;
    if (d > 1n << 63n) return null;
  }
  if (neg) return -d;
  return d > INT64_MAX ? null : d;
}

// ---------------------------------------------------------------------------------------------
// time.Parse, for the layouts GetTimestamp uses.

type Elem = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'frac' | 'tz';
type Chunk = { readonly lit: string } | { readonly elem: Elem; readonly text: string };

const ELEMS: readonly (readonly [string, Elem])[] = [
  ['2006', 'year'],
  ['01', 'month'],
  ['02', 'day'],
  ['15', 'hour'],
  ['04', 'minute'],
  ['05', 'second'],
  ['.999999999', 'frac'],
  ['Z07:00', 'tz'],
];

/** nextStdChunk over a layout: literal runs and the standard elements above. */
function chunks(layout: string): Chunk[] {
  const out: Chunk[] = [];
  let lit = '';
  for (let i = 0; i < layout.length; ) {
    const hit = ELEMS.find(([text]) => layout.startsWith(text, i));
    if (!hit) {
      lit += layout[i++];
      continue;
    }
    if (lit) out.push({ lit });
    lit = '';
    out.push({ elem: hit[1], text: hit[0] });
    i += hit[0].length;
  }
  if (lit) out.push({ lit });
  return out;
}

/** getnum: one or two digits (exactly two when fixed). */
function getnum(s: string, fixed: boolean): [number, string] | null {
  if (!isDigitAt(s, 0)) return null;
  if (!isDigitAt(s, 1)) return fixed ? null : [Number(s[0]), s.slice(1)];
  return [Number(s.slice(0, 2)), s.slice(2)];
}

const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysIn = (m: number, y: number): number => (m === 2 ? (isLeap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!);

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** parseNanoseconds: `.ddd` (at most nine digits count) scaled to nanoseconds. */
function nanos(value: string, nbytes: number): number {
  const n = Math.min(nbytes, 10);
  return Number(value.slice(1, n)) * 10 ** (10 - n);
}

/**
 * time.Parse(layout, value), or time.ParseInLocation with a fixed zone `offsetSec` east of UTC when
 * the layout has no zone: nanoseconds since the epoch, or Go's ParseError text.
 */
export function goParseTime(layout: string, value: string, offsetSec = 0): bigint | string {
  const fail = (layoutElem: string, valueElem: string): string =>
    `parsing time ${goTimeQuote(value)} as ${goTimeQuote(layout)}: cannot parse ${goTimeQuote(valueElem)} as ${goTimeQuote(layoutElem)}`;
  const message = (m: string): string => `parsing time ${goTimeQuote(value)}${m}`;
  const f = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0, nsec: 0 };
  let zone: number | null = null;
  let rest = value;
  const parts = chunks(layout);
  for (let k = 0; k < parts.length; k++) {
    const c = parts[k]!;
    if ('lit' in c) {
      for (const ch of c.lit) {
        if (rest[0] !== ch) return fail(c.lit, rest);
        rest = rest.slice(1);
      }
      continue;
    }
    let range = '';
    let ok = true;
    switch (c.elem) {
      case 'year':
        if (rest.length < 4 || !isDigitAt(rest, 0)) {
          ok = false;
          break;
        }
        ok = /^[0-9]{4}/.test(rest);
        f.year = Number(rest.slice(0, 4));
        rest = rest.slice(4);
        break;
      case 'month':
      case 'day':
      case 'hour':
      case 'minute':
      case 'second': {
        const got = getnum(rest, c.elem !== 'hour');
        if (!got) {
          ok = false;
          break;
        }
        [f[c.elem], rest] = got;
        if (c.elem === 'month' && (f.month <= 0 || f.month > 12)) range = 'month';
        if (c.elem === 'hour' && f.hour >= 24) range = 'hour';
        if (c.elem === 'minute' && f.minute >= 60) range = 'minute';
        if (c.elem === 'second' && f.second >= 60) range = 'second';
        // a fraction after the seconds that the layout has no element for is read anyway
        const next = parts[k + 1];
        const layoutFrac = next !== undefined && 'elem' in next && next.elem === 'frac';
        if (c.elem === 'second' && !range && !layoutFrac && /^[.,][0-9]/.test(rest)) {
          let n = 2;
          while (isDigitAt(rest, n)) n++;
          f.nsec = nanos(rest, n);
          rest = rest.slice(n);
        }
        break;
      }
      case 'frac': {
        if (!/^[.,][0-9]/.test(rest)) break; // fraction omitted
        let n = 1;
        while (n <= 9 && isDigitAt(rest, n)) n++;
        f.nsec = nanos(rest, n);
        rest = rest.slice(n);
        break;
      }
      case 'tz': {
        if (rest.startsWith('Z')) {
          zone = 0;
          rest = rest.slice(1);
          break;
        }
        if (rest.length < 6 || rest[3] !== ':') {
          ok = false;
          break;
        }
        const [sign, hh, mm] = [rest[0], getnum(rest.slice(1, 3), true), getnum(rest.slice(4, 6), true)];
        rest = rest.slice(6);
        ok = hh !== null && mm !== null && (sign === '+' || sign === '-');
        if (ok) zone = (sign === '-' ? -1 : 1) * (hh![0] * 60 + mm![0]) * 60;
        break;
      }
    }
    if (range) return message(`: ${range} out of range`);
    // Go names the value from where the element stopped reading
    if (!ok) return fail(c.text, rest);
  }
  if (rest !== '') return message(`: extra text: ${goTimeQuote(rest)}`);
  if (f.day < 1 || f.day > daysIn(f.month, f.year)) return message(': day out of range');
  const seconds = daysFromCivil(f.year, f.month, f.day) * 86400 + f.hour * 3600 + f.minute * 60 + f.second - (zone ?? offsetSec);
  return BigInt(seconds) * NS_PER_SEC + BigInt(f.nsec);
}

// ---------------------------------------------------------------------------------------------
// api/types/time

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
 * itself for a Unix timestamp — or the client's error text. `offsetSec` is the client's local zone
 * (east of UTC), for dates without one.
 */
export function getTimestamp(value: string, reference: bigint, offsetSec = 0): { readonly value: string } | { readonly error: string } {
  const d = parseGoDuration(value);
  if (value !== '0' && d !== null) return { value: unixSeconds(reference - d).toString() };
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
  if (value.includes('-')) return { error: t };
  if (parseTimestamp(value) === null) return { error: `failed to parse value as time or duration: ${goQuote(value)}` };
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
