/**
 * Go's strings package (Go 1.19, strings/strings.go), for what docker's code does with text:
 * TrimSpace and TrimLeftFunc(unicode.IsSpace), ToUpper/ToLower rune by rune, Title, Split, and the
 * byte order of Go string comparison (sort.Strings).
 */
import { isGoLetter, isGoDigit, isGoSpace } from './unicode.js';

/** strings.TrimSpace. */
export function goTrimSpace(s: string): string {
  return goTrimLeftSpace(goTrimRightSpace(s));
}

/** strings.TrimLeftFunc(s, unicode.IsSpace). */
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

/** Go's string order (`<`, sort.Strings): bytewise UTF-8 (JavaScript's default sort compares UTF-16 code units). */
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

/** strings' isSeparator: ASCII alphanumerics and '_' are not; other ASCII is; letters/digits are not; spaces are. */
function isSeparator(r: string): boolean {
  if ((r.codePointAt(0) ?? 0) <= 0x7f) return !/[A-Za-z0-9_]/.test(r);
  if (isGoLetter(r) || isGoDigit(r)) return false;
  return isGoSpace(r);
}

/** strings.Title: upper-case letters that begin words (previous rune is a separator). */
export function goTitle(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    out += isSeparator(prev) ? ch.toUpperCase() : ch;
    prev = ch;
  }
  return out;
}

/** strings.Split; an empty separator splits after each UTF-8 sequence. */
export function goSplit(s: string, sep: string): string[] {
  return sep === '' ? [...s] : s.split(sep);
}
