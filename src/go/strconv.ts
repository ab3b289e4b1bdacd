/**
 * Go's strconv (Go 1.19: quote.go, atoi.go, atob.go), with its error texts: Quote, QuoteRune and
 * Unquote as fmt's %q, text/template and docker's messages use them; ParseInt, ParseUint and
 * ParseBool exactly, as pflag's int flags, the Dockerfile parser and the daemon read numbers.
 * ParseInt with base 0 reads the sign, a 0x/0o/0b or a bare 0 (octal) prefix and underscores between
 * digits; the first digit past the range fails with "value out of range" even when a bad character
 * follows it (Go stops reading there).
 */
import { isPrint } from './unicode.js';
import { RUNE_ERROR, validRune } from './utf8.js';

const NAMED_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\x07', '\\a'],
  ['\b', '\\b'],
  ['\f', '\\f'],
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
  ['\v', '\\v'],
]);

/** appendEscapedRune: one rune as Quote or QuoteRune writes it between its quotes. */
function escapeRune(r: number, quote: '"' | "'"): string {
  const ch = String.fromCodePoint(r);
  if (ch === quote || ch === '\\') return `\\${ch}`;
  if (isPrint(r)) return ch;
  const named = NAMED_ESCAPES.get(ch);
  if (named !== undefined) return named;
  if (r < 0x20 || r === 0x7f) return `\\x${r.toString(16).padStart(2, '0')}`;
  const v = validRune(r) ? r : RUNE_ERROR;
  if (v < 0x10000) return `\\u${v.toString(16).padStart(4, '0')}`;
  return `\\U${v.toString(16).padStart(8, '0')}`;
}

/** strconv.Quote. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) out += escapeRune(ch.codePointAt(0)!, '"');
  return `${out}"`;
}

/** strconv.QuoteRune (what fmt's %q prints for an integer, such as a healthcheck's Retries). */
export function goQuoteRune(rune: number): string {
  // anything that is not a valid rune is printed as U+FFFD
  return `'${escapeRune(validRune(rune) ? rune : RUNE_ERROR, "'")}'`;
}

const SIMPLE_UNESCAPES: Readonly<Record<string, string>> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** strconv.Unquote for "..." / `...` / '...' literals; null when invalid. */
export function goUnquote(q: string): string | null {
  if (q.length < 2) return null;
  const quote = q[0];
  if (quote !== q[q.length - 1]) return null;
  const body = q.slice(1, -1);
  if (quote === '`') return body.includes('`') || body.includes('\r') ? null : body;
  if (quote !== '"' && quote !== "'") return null;
  let out = '';
  for (let i = 0; i < body.length; ) {
    const c = body[i] ?? '';
    if (c === quote) return null;
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = body[i + 1] ?? '';
    const simple = SIMPLE_UNESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else if (e === quote) {
      out += e;
      i += 2;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) return null;
      const v = parseInt(hex, 16);
      // A lone \xNN byte >= 0x80 is invalid UTF-8 in Go; JS strings can only carry U+FFFD for it.
      if (e === 'x') out += v < 0x80 ? String.fromCharCode(v) : '\ufffd';
      else {
        if (!validRune(v)) return null;
        out += String.fromCodePoint(v);
      }
      i += 2 + n;
    } else if (e >= '0' && e <= '7') {
      const oct = body.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(oct)) return null;
      const v = parseInt(oct, 8);
      if (v > 255) return null;
      out += v < 0x80 ? String.fromCharCode(v) : '\ufffd';
      i += 4;
    } else return null;
  }
  if (quote === "'" && [...out].length !== 1) return null;
  return out;
}

export type IntParse = { readonly value: bigint } | { readonly error: 'invalid syntax' | 'value out of range' };

/** strconv.ParseInt. */
export function parseGoInt(s: string, base: 0 | 10, bitSize: 32 | 64): IntParse {
  if (s === '') return { error: 'invalid syntax' };
  const neg = s.startsWith('-');
  const digits = s.startsWith('+') || neg ? s.slice(1) : s;
  const un = parseGoUint(digits, base, bitSize);
  if ('error' in un) return un;
  const cutoff = 1n << BigInt(bitSize - 1);
  if ((!neg && un.value >= cutoff) || (neg && un.value > cutoff)) return { error: 'value out of range' };
  return { value: neg ? -un.value : un.value };
}

/** A *strconv.NumError's text: `strconv.ParseInt: parsing "x": invalid syntax`. */
export const numError = (fn: 'ParseInt' | 'Atoi', s: string, error: string): string => `strconv.${fn}: parsing ${goQuote(s)}: ${error}`;

/** strconv.ParseUint (also the unsigned part of ParseInt, after its sign). */
export function parseGoUint(s: string, base: 0 | 8 | 10, bitSize: 32 | 64): IntParse {
  if (s === '') return { error: 'invalid syntax' };
  let radix = BigInt(base === 0 ? 10 : base);
  let body = s;
  if (base === 0 && s[0] === '0') {
    const prefix = s.length >= 3 ? { b: 2n, o: 8n, x: 16n }[s[1]!.toLowerCase()] : undefined;
    radix = prefix ?? 8n;
    body = s.slice(prefix === undefined ? 1 : 2);
  }
  const max = (1n << BigInt(bitSize)) - 1n;
  let underscores = false;
  let n = 0n;
  for (const c of body) {
    if (c === '_' && base === 0) {
      underscores = true;
      continue;
    }
    const d = /^[0-9]$/.test(c) ? BigInt(c) : /^[a-z]$/i.test(c) ? BigInt(c.toLowerCase().charCodeAt(0) - 87) : radix;
    if (d >= radix) return { error: 'invalid syntax' };
    n = n * radix + d;
    if (n > max) return { error: 'value out of range' };
  }
  if (underscores && !underscoreOK(s)) return { error: 'invalid syntax' };
  return { value: n };
}

/** strconv.underscoreOK: an underscore only between digits, or between a base prefix and a digit. */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && /^[box]$/i.test(s[1]!)) {
    i = 2;
    saw = '0';
    hex = s[1]!.toLowerCase() === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (/[0-9]/.test(c) || (hex && /[a-f]/i.test(c))) saw = '0';
    else if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else {
      if (saw === '_') return false;
      saw = '!';
    }
  }
  return saw !== '_';
}

/** strconv.ParseBool; undefined where Go returns an error. */
export function parseBool(s: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return undefined;
}

/** A float's exact decimal value, 0.digits × 10^dp (digits without trailing zeros; '' for zero). */
interface Decimal {
  digits: string;
  dp: number;
}

/** decimal.Assign + Shift: the exact decimal expansion of |f| (every binary float has one). */
function exactDecimal(f: number): Decimal {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(f));
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  if (biased !== 0) mant |= 1n << 52n;
  const exp = (biased === 0 ? 1 : biased) - 1075;
  if (mant === 0n) return { digits: '', dp: 0 };
  const scaled = exp >= 0 ? (mant << BigInt(exp)).toString() : (mant * 5n ** BigInt(-exp)).toString();
  const dp = exp >= 0 ? scaled.length : scaled.length + exp;
  return { digits: scaled.replace(/0+$/, ''), dp };
}

/** decimal.Round(nd): to nd digits, an exact half rounding to even (shouldRoundUp). */
function round(d: Decimal, nd: number): Decimal {
  if (nd < 0 || nd >= d.digits.length) return d;
  const half = d.digits[nd] === '5' && nd + 1 === d.digits.length;
  const up = half ? nd > 0 && Number(d.digits[nd - 1]) % 2 === 1 : d.digits[nd]! >= '5';
  if (!up) return { digits: d.digits.slice(0, nd).replace(/0+$/, ''), dp: d.dp };
  let i = nd - 1;
  while (i >= 0 && d.digits[i] === '9') i--;
  if (i < 0) return { digits: '1', dp: d.dp + 1 }; // 999… rounds to 1000…
  return { digits: d.digits.slice(0, i) + String(Number(d.digits[i]) + 1), dp: d.dp };
}

const digitAt = (d: Decimal, i: number): string => d.digits[i] ?? '0';

/** fmtE: d.ddd…e±dd with prec digits after the point. */
function fmtE(d: Decimal, prec: number, e: 'e' | 'E'): string {
  let out = digitAt(d, 0);
  if (prec > 0) {
    out += '.';
    for (let i = 1; i <= prec; i++) out += digitAt(d, i);
  }
  const exp = d.digits === '' ? 0 : d.dp - 1;
  const abs = Math.abs(exp);
  return `${out}${e}${exp < 0 ? '-' : '+'}${abs < 10 ? `0${abs}` : abs}`;
}

/** fmtF: the integer part (0 when none), then prec digits after the point. */
function fmtF(d: Decimal, prec: number): string {
  let out = '';
  if (d.dp > 0) for (let i = 0; i < d.dp; i++) out += digitAt(d, i);
  else out = '0';
  if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) out += d.dp + i < 0 ? '0' : digitAt(d, d.dp + i);
  }
  return out;
}

/**
 * strconv.FormatFloat(f, fmt, prec, 64) for a precision (prec >= 0): the exact value rounded half
 * to even, as Go's decimal conversion does (JavaScript's toFixed and toPrecision round half up).
 */
export function formatFloat(f: number, fmt: 'e' | 'E' | 'f' | 'g' | 'G', prec: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  const neg = f < 0 || Object.is(f, -0) ? '-' : '';
  const exact = exactDecimal(f);
  if (fmt === 'e' || fmt === 'E') return neg + fmtE(round(exact, prec + 1), prec, fmt);
  if (fmt === 'f') return neg + fmtF(round(exact, exact.dp + prec), prec);
  const p = prec === 0 ? 1 : prec;
  const d = round(exact, p);
  let eprec = p;
  if (eprec > d.digits.length && d.digits.length >= d.dp) eprec = d.digits.length;
  const exp = d.dp - 1;
  if (exp < -4 || exp >= eprec) return neg + fmtE(d, Math.min(p, Math.max(d.digits.length, 1)) - 1, fmt === 'G' ? 'E' : 'e');
  return neg + fmtF(d, Math.max((p > d.dp ? d.digits.length : p) - d.dp, 0));
}
