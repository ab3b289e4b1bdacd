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

/** The runes whose title case is not their upper case: the Latin digraphs, and Georgian letters (their own title case). */
const TITLE_CASE: Readonly<Record<string, string>> = { Ǆ: 'ǅ', ǅ: 'ǅ', ǆ: 'ǅ', Ǉ: 'ǈ', ǈ: 'ǈ', ǉ: 'ǈ', Ǌ: 'ǋ', ǋ: 'ǋ', ǌ: 'ǋ', Ǳ: 'ǲ', ǲ: 'ǲ', ǳ: 'ǲ' };

/** unicode.ToTitle of one rune. */
function toTitle(ch: string): string {
  const t = TITLE_CASE[ch];
  if (t !== undefined) return t;
  if (/^[\u10d0-\u10ff]$/.test(ch)) return ch;
  const upper = ch.toUpperCase();
  return Array.from(upper).length === 1 ? upper : ch;
}

/** strings.Title: the letters that begin words (the previous rune is a separator) in title case. */
export function goTitle(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    out += isSeparator(prev) ? toTitle(ch) : ch;
    prev = ch;
  }
  return out;
}

/** strings.Split; an empty separator splits after each UTF-8 sequence. */
export function goSplit(s: string, sep: string): string[] {
  return sep === '' ? [...s] : s.split(sep);
}
