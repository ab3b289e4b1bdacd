/**
 * Go 1.19 encoding/json's reading of scanned literals (decode.go: unquoteBytes with getu4 and its
 * UTF-8 and surrogate rules) and where a value that the scanner has checked ends.
 */
import { isDigit } from './scanner.js';
import { decodeRune } from '../utf8.js';

/** The bytes as one char each: indexes are Go's byte offsets. */
export const latin1 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');

/** getu4: the value of `\uXXXX` at i, or -1. */
function getu4(b: Uint8Array, i: number, end: number): number {
  if (i + 6 > end || b[i] !== 0x5c || b[i + 1] !== 0x75) return -1;
  const hex = latin1(b.subarray(i + 2, i + 6));
  return /^[0-9a-fA-F]{4}$/.test(hex) ? parseInt(hex, 16) : -1;
}

const isSurrogate = (r: number): boolean => r >= 0xd800 && r < 0xe000;

const ESCAPED: ReadonlyMap<number, string> = new Map([
  [0x22, '"'],
  [0x5c, '\\'],
  [0x2f, '/'],
  [0x27, "'"],
  [0x62, '\b'],
  [0x66, '\f'],
  [0x6e, '\n'],
  [0x72, '\r'],
  [0x74, '\t'],
]);

/** unquoteBytes of a scanned string literal [start, end): invalid UTF-8 and lone surrogates → U+FFFD. */
export function unquote(b: Uint8Array, start: number, end: number): string {
  let out = '';
  const last = end - 1; // the closing quote
  for (let r = start + 1; r < last; ) {
    const c = b[r]!;
    if (c !== 0x5c) {
      const [rune, w] = decodeRune(b, r, last);
      out += String.fromCodePoint(rune);
      r += w;
      continue;
    }
    const e = b[r + 1]!;
    if (e !== 0x75) {
      out += ESCAPED.get(e) ?? '';
      r += 2;
      continue;
    }
    let rune = getu4(b, r, last);
    r += 6;
    if (isSurrogate(rune)) {
      const lo = getu4(b, r, last);
      if (rune < 0xdc00 && lo >= 0xdc00 && lo < 0xe000) {
        rune = 0x10000 + ((rune - 0xd800) << 10) + (lo - 0xdc00);
        r += 6;
      } else rune = 0xfffd;
    }
    out += String.fromCodePoint(rune);
  }
  return out;
}

/** The end of the (valid) value starting at i. */
export function valueEnd(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c === 0x22) return stringEnd(b, i);
  if (c === 0x74 || c === 0x6e) return i + 4;
  if (c === 0x66) return i + 5;
  if (c !== 0x7b && c !== 0x5b) {
    let j = i + 1;
    while (j < b.length && (isDigit(b[j]) || '.eE+-'.includes(String.fromCharCode(b[j]!)))) j++;
    return j;
  }
  let depth = 0;
  for (let j = i; j < b.length; j++) {
    const d = b[j]!;
    if (d === 0x22) j = stringEnd(b, j) - 1;
    else if (d === 0x7b || d === 0x5b) depth++;
    else if ((d === 0x7d || d === 0x5d) && --depth === 0) return j + 1;
  }
  return b.length;
}

export function stringEnd(b: Uint8Array, i: number): number {
  for (let j = i + 1; j < b.length; j++) {
    if (b[j] === 0x5c) j++;
    else if (b[j] === 0x22) return j + 1;
  }
  return b.length;
}
