/**
 * Go's time package as Go 1.19 has it (time/format.go: ParseDuration, Parse and its quote,
 * Time.Format for RFC3339Nano; time.go: Duration.String), down to the error texts. Go strings are
 * bytes: Parse works on them (a JavaScript string is taken as its UTF-8 bytes), so positions and
 * the `\xNN` escapes of its messages are Go's. Times are nanoseconds since the epoch, as bigints:
 * an event's TimeNano does not fit a double.
 */

const NS_PER_SEC = 1_000_000_000n;
const INT64_MAX = (1n << 63n) - 1n;
const LIMIT = 1n << 63n;

/** A Go string as one JavaScript char per byte (latin1), so indexes are byte offsets. */
const bytesOf = (s: string | Uint8Array): string =>
  (typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s.buffer, s.byteOffset, s.byteLength)).toString('latin1');

/** time's quote: double quotes, `"` and `\` escaped, bytes outside printable ASCII as \xNN. */
function quoteBytes(bytes: string): string {
  let out = '"';
  for (const ch of bytes) {
    const c = ch.charCodeAt(0);
    if (c >= 0x80 || c < 0x20) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
  }
  return `${out}"`;
}

/** time's quote of a Go string. */
export const timeQuote = (s: string | Uint8Array): string => quoteBytes(bytesOf(s));

const UNITS: ReadonlyMap<string, bigint> = new Map([
  ['ns', 1n],
  ['us', 1_000n],
  [bytesOf('µs'), 1_000n], // U+00B5
  [bytesOf('μs'), 1_000n], // U+03BC
  ['ms', 1_000_000n],
  ['s', NS_PER_SEC],
  ['m', 60n * NS_PER_SEC],
  ['h', 3600n * NS_PER_SEC],
]);

const isDigitAt = (s: string, i: number): boolean => i < s.length && s[i]! >= '0' && s[i]! <= '9';

/**
 * time.ParseDuration: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+` in nanoseconds, or the error Go returns,
 * checked segment by segment in Go's order (a negative total may reach -2^63).
 */
export function parseDuration(text: string): { readonly ns: bigint } | { readonly error: string } {
  const invalid = { error: `time: invalid duration ${timeQuote(text)}` };
  let s = bytesOf(text);
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ns: 0n };
  if (s === '') return invalid;
  let d = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || isDigitAt(s, 0))) return invalid;
    // leadingInt
    let i = 0;
    let v = 0n;
    while (isDigitAt(s, i)) {
      v = v * 10n + BigInt(s.charCodeAt(i) - 48);
      if (v > LIMIT) return invalid;
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
          if (f > INT64_MAX / 10n || y > LIMIT) overflow = true;
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
    if (!pre && !post) return invalid; // no digits: ".s", "-.s"
    let u = 0;
    while (u < s.length && s[u] !== '.' && !isDigitAt(s, u)) u++;
    if (u === 0) return { error: `time: missing unit in duration ${timeQuote(text)}` };
    const name = s.slice(0, u);
    const unit = UNITS.get(name);
    if (unit === undefined) return { error: `time: unknown unit ${quoteBytes(name)} in duration ${timeQuote(text)}` };
    s = s.slice(u);
    if (v > LIMIT / unit) return invalid;
    v *= unit;
    // float64 arithmetic, as Go does for the fraction
    if (f > 0n) v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
    if (v > LIMIT) return invalid;
    d += v;
    if (d > LIMIT) return invalid;
  }
  if (neg) return { ns: -d };
  return d > INT64_MAX ? invalid : { ns: d };
}

/** time.Duration.String: `1h30m0s`, `1.5s`, `250ms`, `1µs`, `0s`. */
export function formatDuration(ns: bigint): string {
  const neg = ns < 0n;
  let u = neg ? -ns : ns;
  let out: string;
  if (u < NS_PER_SEC) {
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

// ---------------------------------------------------------------------------------------------
// time.Parse, for the standard elements of RFC 3339 layouts.

/** A parsed time.Time: its wall-clock fields in its zone, `offset` seconds east of UTC. */
export interface Time {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly nsec: number;
  readonly offset: number;
}

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

/** The Z07:00 element: `Z`, or ±hh:mm (any two digits each: Go checks no range), and the rest as Go leaves it. */
function zoneOffset(rest: string): { ok: boolean; rest: string; offset: number } {
  if (rest.startsWith('Z')) return { ok: true, rest: rest.slice(1), offset: 0 };
  if (rest.length < 6 || rest[3] !== ':') return { ok: false, rest, offset: 0 };
  const [sign, hh, mm] = [rest[0], getnum(rest.slice(1, 3), true), getnum(rest.slice(4, 6), true)];
  const ok = hh !== null && mm !== null && (sign === '+' || sign === '-');
  const offset = ok ? (sign === '-' ? -1 : 1) * (hh[0] * 60 + mm[0]) * 60 : 0;
  return { ok, rest: rest.slice(6), offset };
}

/**
 * time.Parse(layout, value), or time.ParseInLocation with a fixed zone `offsetSec` east of UTC when
 * the layout has no zone: the time, or Go's ParseError text.
 */
export function parseTime(layout: string, input: string | Uint8Array, offsetSec = 0): Time | string {
  const value = bytesOf(input);
  const fail = (layoutElem: string, valueElem: string): string =>
    `parsing time ${quoteBytes(value)} as ${quoteBytes(layout)}: cannot parse ${quoteBytes(valueElem)} as ${quoteBytes(layoutElem)}`;
  const message = (m: string): string => `parsing time ${quoteBytes(value)}${m}`;
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
        ok = /^[0-9]{4}/.test(rest); // atoi of the four bytes, which are consumed either way
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
        const z = zoneOffset(rest);
        ok = z.ok;
        rest = z.rest;
        if (ok) zone = z.offset;
        break;
      }
    }
    if (range) return message(`: ${range} out of range`);
    // Go names the value from where the element stopped reading
    if (!ok) return fail(c.text, rest);
  }
  if (rest !== '') return message(`: extra text: ${quoteBytes(rest)}`);
  if (f.day < 1 || f.day > daysIn(f.month, f.year)) return message(': day out of range');
  return { ...f, offset: zone ?? offsetSec };
}

/** Time.UnixNano. */
export function unixNano(t: Time): bigint {
  const seconds = daysFromCivil(t.year, t.month, t.day) * 86400 + t.hour * 3600 + t.minute * 60 + t.second - t.offset;
  return BigInt(seconds) * NS_PER_SEC + BigInt(t.nsec);
}

/** time.Parse (see parseTime) as nanoseconds since the epoch, or Go's ParseError text. */
export function goParseTime(layout: string, value: string | Uint8Array, offsetSec = 0): bigint | string {
  const t = parseTime(layout, value, offsetSec);
  return typeof t === 'string' ? t : unixNano(t);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Time.Format(RFC3339Nano) in the time's own zone: the fraction without trailing zeros, `Z` for UTC. */
export function formatRFC3339Nano(t: Time): string {
  let s = `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}T${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}`;
  if (t.nsec !== 0) s += `.${pad(t.nsec, 9).replace(/0+$/, '')}`;
  if (t.offset === 0) return `${s}Z`;
  const minutes = Math.abs(t.offset) / 60;
  return `${s}${t.offset < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}
