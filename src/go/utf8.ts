/**
 * Go's unicode/utf8 as Go 1.19 has it (unicode/utf8/utf8.go): DecodeRune, strict about overlong
 * forms, surrogates and runes past U+10FFFF; every invalid or cut-short sequence is RuneError of
 * width 1. With `string(b)`, as Go turns bytes into text, for showing Go strings in JavaScript.
 */

export const RUNE_ERROR = 0xfffd;

/** utf8.DecodeRune of b[i:end]: the rune and its width; (RuneError, 1) for invalid UTF-8, (RuneError, 0) at the end. */
export function decodeRune(b: Uint8Array, i = 0, end = b.length): [rune: number, width: number] {
  if (i >= end) return [RUNE_ERROR, 0];
  const b0 = b[i]!;
  if (b0 < 0x80) return [b0, 1];
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    if (b0 === 0xe0) lo = 0xa0;
    if (b0 === 0xed) hi = 0x9f; // no UTF-16 surrogates
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    if (b0 === 0xf0) lo = 0x90;
    if (b0 === 0xf4) hi = 0x8f;
  } else return [RUNE_ERROR, 1];
  if (i + need >= end) return [RUNE_ERROR, 1]; // cut short
  let r = b0 & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= need; k++) {
    const c = b[i + k]!;
    if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return [RUNE_ERROR, 1];
    r = (r << 6) | (c & 0x3f);
  }
  return [r, need + 1];
}

/** utf8.ValidRune: a Unicode scalar value (no surrogates, at most U+10FFFF). */
export const validRune = (r: number): boolean => (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= 0x10ffff);

/** Go's string(b[start:end]) shown as a JS string: each invalid byte one U+FFFD. */
export function goString(b: Uint8Array, start = 0, end = b.length): string {
  let out = '';
  for (let i = start; i < end; ) {
    const [r, w] = decodeRune(b, i, end);
    out += String.fromCodePoint(r);
    i += w;
  }
  return out;
}
