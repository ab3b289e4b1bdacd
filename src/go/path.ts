/**
 * Go's `path` / `path/filepath` on Linux (slash-separated), Go 1.19 (path/filepath/path.go,
 * match.go, and Walk's order from path/filepath/path.go), as the builder, the client and the
 * engine's untar and archive readers use them.
 * Kept literal because their quirks show in engine texts: Clean keeps a leading "..", Join cleans,
 * Dir of a name without slash is ".". Match runs over UTF-8 bytes as Go does: `*` and `?` never
 * match a slash, `[...]` classes negate with `^`, a backslash escapes; ErrBadPattern comes back as
 * 'bad-pattern' (moby checks patterns with Match(p, ".") to find syntax errors).
 */
import { decodeRune, RUNE_ERROR } from './utf8.js';

/** filepath.Clean. */
export function goClean(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') out.push(part);
    else if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (!rooted) out.push('..');
  }
  const body = out.join('/');
  if (rooted) return `/${body}`;
  return body === '' ? '.' : body;
}

/** filepath.Join: the non-empty elements joined by slashes, cleaned ("" when all are empty). */
export function goJoin(...elems: readonly string[]): string {
  const parts = elems.filter((e) => e !== '');
  return parts.length === 0 ? '' : goClean(parts.join('/'));
}

/** filepath.Dir. */
export function goDir(p: string): string {
  const i = p.lastIndexOf('/');
  return goClean(i < 0 ? '.' : p.slice(0, i + 1));
}

/** filepath.Base. */
export function goBase(p: string): string {
  if (p === '') return '.';
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

const SLASH = 0x2f;
const BACKSLASH = 0x5c;
const utf8 = new TextEncoder();

export type MatchResult = boolean | 'bad-pattern';

/** filepath.Match(pattern, name). */
export function goMatch(pattern: string, name: string): MatchResult {
  return matchBytes(utf8.encode(pattern), utf8.encode(name));
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
  if (r === RUNE_ERROR && n === 1) throw BAD;
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

/**
 * The order of filepath.Walk (which lists each directory with sort.Strings): names compared
 * component by component, byte-wise, so a directory is followed by its whole subtree ("a", "a/b",
 * "a-b"). A plain byte-wise sort of "dir/" names would instead give "a-b", "a/", "a/b"; both put
 * parents first.
 */
export const compareWalkOrder = (a: string, b: string): number => {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const c = Buffer.compare(Buffer.from(as[i] ?? ''), Buffer.from(bs[i] ?? ''));
    if (c !== 0) return c;
  }
  return as.length - bs.length;
};
