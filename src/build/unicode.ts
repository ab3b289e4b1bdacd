/**
 * Go's character classes as the Dockerfile parser and lexer use them. unicode.IsSpace differs from
 * JavaScript's `\s` (it has U+0085, not U+FEFF), and the parser also splits on the narrower ASCII set
 * of its `[\t\v\f\r ]+` regexp, so each place names the class it uses.
 */

const SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;
const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;

/** unicode.IsSpace of one character (code point). */
export const isGoSpace = (ch: string): boolean => SPACE.test(ch);
/** unicode.IsLetter. */
export const isGoLetter = (ch: string): boolean => LETTER.test(ch);
/** unicode.IsDigit. */
export const isGoDigit = (ch: string): boolean => DIGIT.test(ch);

/** strings.TrimSpace. */
export function goTrimSpace(s: string): string {
  return goTrimLeftSpace(goTrimRightSpace(s));
}

/** bytes.TrimLeftFunc(s, unicode.IsSpace). */
export function goTrimLeftSpace(s: string): string {
  let i = 0;
  for (const ch of s) {
    if (!isGoSpace(ch)) break;
    i += ch.length;
  }
  return s.slice(i);
}

function goTrimRightSpace(s: string): string {
  const chars = Array.from(s);
  let end = chars.length;
  while (end > 0 && isGoSpace(chars[end - 1]!)) end--;
  return chars.slice(0, end).join('');
}

/** The parser's `reWhitespace`: runs of tab, vertical tab, form feed, carriage return and space. */
export const RE_WHITESPACE = /[\t\v\f\r ]+/;

/** regexp.Split(s, 2) with reWhitespace: the text before the first run and everything after it. */
export function splitOnceWhitespace(s: string): [string] | [string, string] {
  const m = RE_WHITESPACE.exec(s);
  if (m === null) return [s];
  return [s.slice(0, m.index), s.slice(m.index + m[0].length)];
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** strconv.QuoteRune (what fmt's %q prints for an integer, such as a healthcheck's Retries). */
export function goQuoteRune(rune: number): string {
  // fmt and strconv print anything that is not a valid rune as U+FFFD
  const r = rune > 0x10ffff || rune < 0 || (rune >= 0xd800 && rune < 0xe000) ? 0xfffd : rune;
  const ch = String.fromCodePoint(r);
  if (ch === "'" || ch === '\\') return `'\\${ch}'`;
  if (PRINTABLE.test(ch)) return `'${ch}'`;
  const named: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };
  const n = named[ch];
  if (n !== undefined) return `'${n}'`;
  if (r < 0x80) return `'\\x${r.toString(16).padStart(2, '0')}'`;
  if (r < 0x10000) return `'\\u${r.toString(16).padStart(4, '0')}'`;
  return `'\\U${r.toString(16).padStart(8, '0')}'`;
}

/** sort.Strings order: bytewise UTF-8 (JavaScript's default sort compares UTF-16 code units). */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** strings.ToUpper, rune by rune: Go maps each rune to one rune (ß stays ß, where JavaScript gives SS). */
export function goToUpper(s: string): string {
  return mapRunes(s, (ch) => ch.toUpperCase());
}

/** strings.ToLower, rune by rune. */
export function goToLower(s: string): string {
  return mapRunes(s, (ch) => ch.toLowerCase());
}

function mapRunes(s: string, f: (ch: string) => string): string {
  let out = '';
  for (const ch of s) {
    const m = f(ch);
    out += Array.from(m).length === 1 ? m : ch;
  }
  return out;
}
