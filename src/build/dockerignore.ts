/**
 * `.dockerignore` as docker/cli 20.10 reads it (buildkit's dockerignore.ReadAll) and as moby 20.10's
 * pkg/fileutils matches it. 20.10's PatternMatcher.Matches is the one later versions call buggy: a
 * path also matches when the pattern matches its parent prefix of exactly as many components as the
 * pattern has, not any parent (observed: with `**∕b` and `!x/y/b/g`, `x/y/b/f` is still sent).
 * Patterns become regular expressions as moby builds them: `*` and `?` stop at a slash, `**`
 * crosses them, `.` and `$` are escaped, a backslash escapes the next character, and every other
 * character goes into the expression as written (so `a+b` is a repetition, as in moby).
 */
import { type DockerError, raise, Raised } from '../core/errors.js';
import type { Result } from '../core/result.js';
import { goClean, goDir, goMatch } from '../go/path.js';
import { goTrimSpace } from '../go/strings.js';

export type IgnoreResult<T> = Result<T, DockerError>;

/** filepath.ErrBadPattern, which the client prints after "error checking context: ". */
const BAD_PATTERN: DockerError = { code: 'bad_pattern' };

/** bufio.Scanner's default limit: a line of this many bytes or more is an error. */
const MAX_LINE = 64 * 1024;
const BOM = [0xef, 0xbb, 0xbf];

/**
 * dockerignore.ReadAll: one pattern a line; a UTF-8 BOM dropped from the first line; lines starting
 * with `#` skipped before trimming; blank lines skipped; each pattern (after a `!`) cleaned, with one
 * leading slash removed.
 */
export function readDockerignore(content: Uint8Array): IgnoreResult<string[]> {
  const patterns: string[] = [];
  const decoder = new TextDecoder();
  let start = 0;
  for (let lineNo = 0; start < content.length; lineNo++) {
    let end = content.indexOf(0x0a, start);
    const next = end < 0 ? content.length : end + 1;
    if (end < 0) end = content.length;
    if (end - start >= MAX_LINE) return { ok: false, error: { code: 'dockerignore_read', cause: { code: 'go_sentinel', name: 'ErrTooLong' } } };
    let line = content.subarray(start, end);
    start = next;
    if (line[line.length - 1] === 0x0d) line = line.subarray(0, -1); // ScanLines drops a trailing \r
    if (lineNo === 0 && BOM.every((b, i) => line[i] === b)) line = line.subarray(3);
    let pattern = decoder.decode(line);
    if (pattern.startsWith('#')) continue;
    pattern = goTrimSpace(pattern);
    if (pattern === '') continue;
    const invert = pattern.startsWith('!');
    if (invert) pattern = goTrimSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = goClean(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    patterns.push(invert ? `!${pattern}` : pattern);
  }
  return { ok: true, value: patterns };
}

interface Pattern {
  readonly cleaned: string;
  readonly dirs: readonly string[];
  readonly exclusion: boolean;
  regexp?: RegExp | 'bad';
}

/** fileutils.PatternMatcher (20.10). */
export class PatternMatcher {
  private constructor(private readonly list: readonly Pattern[]) {}

  /** NewPatternMatcher: trims, cleans, splits off `!`, and checks each pattern with filepath.Match(p, "."). */
  static create(patterns: readonly string[]): IgnoreResult<PatternMatcher> {
    const list: Pattern[] = [];
    for (const raw of patterns) {
      let p = goTrimSpace(raw);
      if (p === '') continue;
      p = goClean(p);
      let exclusion = false;
      if (p.startsWith('!')) {
        if (p.length === 1) return { ok: false, error: { code: 'illegal_exclusion' } };
        exclusion = true;
        p = p.slice(1);
      }
      if (goMatch(p, '.') === 'bad-pattern') return { ok: false, error: BAD_PATTERN };
      list.push({ cleaned: p, dirs: p.split('/'), exclusion });
    }
    return { ok: true, value: new PatternMatcher(list) };
  }

  /** Exclusions: whether any pattern starts with `!`. */
  get exclusions(): boolean {
    return this.list.some((p) => p.exclusion);
  }

  /** The cleaned exception patterns (without their `!`), which keep an excluded directory walked. */
  get exceptionPatterns(): readonly string[] {
    return this.list.filter((p) => p.exclusion).map((p) => p.cleaned);
  }

  /**
   * Matches (20.10): every pattern in order; a later match overrides an earlier one; a pattern
   * also matches the file's parent prefix with as many components as the pattern has.
   */
  matches(file: string): IgnoreResult<boolean> {
    let matched = false;
    const parentPath = goDir(file);
    const parentDirs = parentPath.split('/');
    for (const pattern of this.list) {
      let match = test(pattern, file);
      if (typeof match !== 'boolean') return { ok: false, error: match };
      if (!match && parentPath !== '.' && pattern.dirs.length <= parentDirs.length) {
        match = test(pattern, parentDirs.slice(0, pattern.dirs.length).join('/')) === true;
      }
      if (match) matched = !pattern.exclusion;
    }
    return { ok: true, value: matched };
  }
}

function test(pattern: Pattern, path: string): boolean | DockerError {
  if (pattern.regexp === undefined) {
    try {
      pattern.regexp = new RegExp(toRegExpSource(pattern.cleaned));
    } catch (e) {
      if (e instanceof Raised) return e.error; // a translation JavaScript cannot express alike
      pattern.regexp = 'bad';
    }
  }
  return pattern.regexp === 'bad' ? BAD_PATTERN : pattern.regexp.test(path);
}

/** Escapes RE2 and JavaScript read alike after a backslash. */
const SAME_ESCAPES = new Set(['d', 'D', 's', 'S', 'w', 'W', 'b', 'B', 'f', 't', 'n', 'r', 'v']);
/** Escapes RE2 accepts that have no JavaScript equivalent here. */
const RE2_ONLY = new Set(['x', 'p', 'P', 'A', 'z', 'Q', 'C', '0', '1', '2', '3', '4', '5', '6', '7']);

/** Pattern.compile: the regexp moby builds, written for JavaScript. */
function toRegExpSource(pattern: string): string {
  const chars = Array.from(pattern);
  let re = '^';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '*') {
      if (chars[i + 1] !== '*') {
        re += '[^/]*';
        continue;
      }
      i++;
      if (chars[i + 1] === '/') i++; // `**/` is `**`
      re += i + 1 >= chars.length ? '.*' : '(.*/)?';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '.' || ch === '$') re += `\\${ch}`;
    else if (ch === '\\') {
      const next = chars[i + 1];
      if (next === undefined) {
        re += '\\\\'; // moby leaves a trailing backslash, which RE2 then refuses
        continue;
      }
      i++;
      re += escape(next);
    } else re += ch;
  }
  return `${re}$`;
}

function escape(c: string): string {
  if (/^[!-/:-@[-`{-~]$/.test(c)) return `\\${c}`; // ASCII punctuation stands for itself
  if (SAME_ESCAPES.has(c)) return `\\${c}`;
  if (c === 'a') return '\\x07';
  if (RE2_ONLY.has(c)) raise({ code: 'unsupported', message: `strata does not model the regexp escape \\${c} in a .dockerignore pattern` });
  throw new SyntaxError('invalid escape sequence'); // as RE2 says: the pattern is bad
}

/** fileutils.Matches: a fresh matcher (a bad pattern counts as no match), "." never excluded. */
export function matchesAny(file: string, patterns: readonly string[]): boolean {
  const pm = PatternMatcher.create(patterns);
  if (!pm.ok) return false;
  const f = goClean(file);
  if (f === '.') return false;
  const m = pm.value.matches(f);
  return m.ok && m.value;
}

/**
 * TrimBuildFilesFromExcludes: the client keeps `.dockerignore` and the Dockerfile in what it sends
 * even when excluded (by appending exceptions); the daemon then removes them (see context.ts).
 */
export function trimBuildFilesFromExcludes(excludes: readonly string[], dockerfile: string, dockerfileFromStdin = false): string[] {
  const out = [...excludes];
  if (matchesAny('.dockerignore', out)) out.push('!.dockerignore');
  if (matchesAny(dockerfile, out) && !dockerfileFromStdin) out.push(`!${dockerfile}`);
  return out;
}
