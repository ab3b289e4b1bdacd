/**
 * Go's unicode character classes (Go 1.19, unicode/graphic.go and letter.go, Unicode 13 tables),
 * read from the JavaScript engine's Unicode property escapes (a newer Unicode version: characters
 * assigned since 13.0 are the only difference). unicode.IsSpace differs from JavaScript's `\s`: it
 * has U+0085 and not U+FEFF.
 */

const SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;
// The expressions with Unicode properties are made when first used: V8 builds a property's
// character set when the literal is evaluated, a few million instructions each (near a millisecond
// of a start), which a command that never asks should not pay.
let letter: RegExp | undefined;
let digit: RegExp | undefined;
let notPrint: RegExp | undefined;

/** unicode.IsSpace of one character (code point). */
export const isGoSpace = (ch: string): boolean => SPACE.test(ch);
/** unicode.IsLetter. */
export const isGoLetter = (ch: string): boolean => (letter ??= /^\p{L}$/u).test(ch);
/** unicode.IsDigit. */
export const isGoDigit = (ch: string): boolean => (digit ??= /^\p{Nd}$/u).test(ch);

/**
 * unicode.IsPrint (and strconv.IsPrint, which has the same definition) of a rune: categories L, M,
 * N, P, S and the ASCII space (no other space). Every code point is in exactly one of the seven
 * major categories, so that is "not C (controls, format, surrogates, private use, unassigned) and
 * not Z (separators)": written as the complement, the expression is built in a third of the time.
 */
export function isPrint(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  // Latin-1's letters and signs, and the dashes, quotes and ellipsis docker's truncation writes
  // (U+2010–U+2027, all P or S): answered without compiling the expression below
  if (r <= 0xff) return r >= 0xa1 && r !== 0xad;
  if (r >= 0x2010 && r <= 0x2027) return true;
  if (r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) return false;
  return !(notPrint ??= /^[\p{C}\p{Z}]$/u).test(String.fromCodePoint(r));
}
