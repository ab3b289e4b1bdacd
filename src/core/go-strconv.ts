/**
 * Go's strconv.ParseInt, exactly: base 0 reads the sign, a 0x/0o/0b or a bare 0 (octal) prefix and
 * underscores between digits, as pflag's int flags do; the first digit past the range fails with
 * "value out of range" even when a bad character follows it (Go stops reading there).
 */
import { goQuote } from '../template/fmt.js';

export type IntParse = { readonly value: bigint } | { readonly error: 'invalid syntax' | 'value out of range' };

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

/** strconv.ParseUint (the unsigned part of ParseInt, after its sign). */
function parseGoUint(s: string, base: 0 | 10, bitSize: number): IntParse {
  if (s === '') return { error: 'invalid syntax' };
  let radix = 10n;
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
