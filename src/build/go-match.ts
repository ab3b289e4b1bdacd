/**
 * Go 1.19's path/filepath.Match on Linux, over UTF-8 bytes as Go runs it: `*` and `?` never match
 * a slash, `[...]` classes negate with `^`, a backslash escapes. ErrBadPattern comes back as
 * 'bad-pattern' (moby checks patterns with Match(p, ".") to find syntax errors).
 */

const SLASH = 0x2f;
const BACKSLASH = 0x5c;
const utf8 = new TextEncoder();

export type MatchResult = boolean | 'bad-pattern';

export function goMatch(pattern: string, name: string): MatchResult {
  return matchBytes(utf8.encode(pattern), utf8.encode(name));
}

/** containsWildcards (builder/dockerfile/copy.go): `*`, `?` or `[` not escaped by a backslash. */
export function containsWildcards(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === '\\') i++;
    else if (ch === '*' || ch === '?' || ch === '[') return true;
  }
  return false;
}

/** utf8.DecodeRuneInString: the rune and its length; an invalid byte is U+FFFD of length 1. */
function decodeRune(b: Uint8Array, at: number): [number, number] {
  const c = b[at] ?? 0;
  if (c < 0x80) return [c, 1];
  const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 0;
  if (len === 0 || at + len > b.length) return [0xfffd, 1];
  let r = c & (0x7f >> len);
  for (let k = 1; k < len; k++) {
    const cc = b[at + k] ?? 0;
    if ((cc & 0xc0) !== 0x80) return [0xfffd, 1];
    r = (r << 6) | (cc & 0x3f);
  }
  return [r, len];
}

/** scanChunk: leading stars, then up to the next star outside a class. */
function scanChunk(p: Uint8Array): { star: boolean; chunk: Uint8Array; rest: Uint8Array } {
  let star = false;
  while (p.length > 0 && p[0] === 0x2a) {
    p = p.subarray(1);
    star = true;
  }
  let inrange = false;
  let i = 0;
  for (; i < p.length; i++) {
    const c = p[i];
    if (c === BACKSLASH) {
      if (i + 1 < p.length) i++;
    } else if (c === 0x5b) inrange = true;
    else if (c === 0x5d) inrange = false;
    else if (c === 0x2a && !inrange) break;
  }
  return { star, chunk: p.subarray(0, i), rest: p.subarray(i) };
}

class BadPattern {}
const BAD = new BadPattern();

/** getEsc: one possibly escaped rune of a class. */
function getEsc(chunk: Uint8Array): [number, Uint8Array] {
  if (chunk.length === 0 || chunk[0] === 0x2d || chunk[0] === 0x5d) throw BAD;
  if (chunk[0] === BACKSLASH) {
    chunk = chunk.subarray(1);
    if (chunk.length === 0) throw BAD;
  }
  const [r, n] = decodeRune(chunk, 0);
  if (r === 0xfffd && n === 1 && (chunk[0] ?? 0) >= 0x80) throw BAD;
  const rest = chunk.subarray(n);
  if (rest.length === 0) throw BAD;
  return [r, rest];
}

/** matchChunk: the rest of s after the chunk, or null; keeps checking the chunk's syntax after a failure. */
function matchChunk(chunk: Uint8Array, s: Uint8Array): Uint8Array | null {
  let failed = false;
  while (chunk.length > 0) {
    if (!failed && s.length === 0) failed = true;
    const c = chunk[0];
    if (c === 0x5b) {
      let r = 0;
      if (!failed) {
        const [rr, n] = decodeRune(s, 0);
        r = rr;
        s = s.subarray(n);
      }
      chunk = chunk.subarray(1);
      let negated = false;
      if (chunk.length > 0 && chunk[0] === 0x5e) {
        negated = true;
        chunk = chunk.subarray(1);
      }
      let match = false;
      let nrange = 0;
      for (;;) {
        if (chunk.length > 0 && chunk[0] === 0x5d && nrange > 0) {
          chunk = chunk.subarray(1);
          break;
        }
        const [lo, afterLo] = getEsc(chunk);
        let hi = lo;
        chunk = afterLo;
        if (chunk[0] === 0x2d) [hi, chunk] = getEsc(chunk.subarray(1));
        if (lo <= r && r <= hi) match = true;
        nrange++;
      }
      if (match === negated) failed = true;
      continue;
    }
    if (c === 0x3f) {
      if (!failed) {
        if (s[0] === SLASH) failed = true;
        s = s.subarray(decodeRune(s, 0)[1]);
      }
      chunk = chunk.subarray(1);
      continue;
    }
    if (c === BACKSLASH) {
      chunk = chunk.subarray(1);
      if (chunk.length === 0) throw BAD;
    }
    if (!failed) {
      if (chunk[0] !== s[0]) failed = true;
      s = s.subarray(1);
    }
    chunk = chunk.subarray(1);
  }
  return failed ? null : s;
}

function matchBytes(pattern: Uint8Array, name: Uint8Array): MatchResult {
  try {
    outer: while (pattern.length > 0) {
      const { star, chunk, rest } = scanChunk(pattern);
      pattern = rest;
      if (star && chunk.length === 0) return !name.includes(SLASH);
      const t = matchChunk(chunk, name);
      if (t !== null && (t.length === 0 || pattern.length > 0)) {
        name = t;
        continue;
      }
      if (star) {
        for (let i = 0; i < name.length && name[i] !== SLASH; i++) {
          const t2 = matchChunk(chunk, name.subarray(i + 1));
          if (t2 !== null) {
            if (pattern.length === 0 && t2.length > 0) continue;
            name = t2;
            continue outer;
          }
        }
      }
      // Before answering no, the rest of the pattern must still be well formed.
      while (pattern.length > 0) {
        const next = scanChunk(pattern);
        pattern = next.rest;
        matchChunk(next.chunk, new Uint8Array(0));
      }
      return false;
    }
    return name.length === 0;
  } catch (e) {
    if (e === BAD) return 'bad-pattern';
    throw e;
  }
}
