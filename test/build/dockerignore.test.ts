/**
 * `.dockerignore` reading and matching as docker/cli 20.10 and moby 20.10's pkg/fileutils do it.
 * What the engine showed is in context.test.ts (which files reached `COPY . /all/`); these pin the
 * pieces: the reader, the matcher, Go's filepath.Match.
 */
import { describe, expect, it } from 'vitest';
import { matchesAny, PatternMatcher, readDockerignore, trimBuildFilesFromExcludes } from '../../src/build/dockerignore.js';
import { containsWildcards } from '../../src/build/copy.js';
import { goMatch } from '../../src/go/path.js';
import { render } from '../../src/core/errors.js';
import { rendered } from '../support/rendered.js';

const read = (s: string): string[] => {
  const r = readDockerignore(new TextEncoder().encode(s));
  if (!r.ok) throw new Error(render(r.error));
  return r.value;
};

const matcher = (patterns: readonly string[]): PatternMatcher => {
  const pm = PatternMatcher.create(patterns);
  if (!pm.ok) throw new Error(render(pm.error));
  return pm.value;
};

const excluded = (patterns: readonly string[], file: string): boolean => {
  const m = matcher(patterns).matches(file);
  if (!m.ok) throw new Error(render(m.error));
  return m.value;
};

describe('readDockerignore (dockerignore.ReadAll)', () => {
  it('skips comments before trimming, blank lines, and trims patterns', () => {
    // the line of the observed .dockerignore: "  *.txt  " excluded a.txt
    expect(read('# comment\n  *.txt  \n\n   \n  # not a comment\n')).toEqual(['*.txt', '# not a comment']);
  });

  it('cleans each pattern and drops one leading slash, after a "!" too', () => {
    expect(read('/logs\n!  /logs/sub/l2\n./a/../b/\n//x\n/\n')).toEqual(['logs', '!logs/sub/l2', 'b', 'x', '/']);
  });

  it('keeps a lone "!" (NewPatternMatcher refuses it)', () => {
    expect(read('!\n')).toEqual(['!']);
  });

  it('drops a UTF-8 BOM on the first line only, and the \\r of CRLF', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a.txt\r\nb.md \r\n')]);
    const r = readDockerignore(bytes);
    expect(r.ok && r.value).toEqual(['a.txt', 'b.md']);
  });

  it('fails on a line of 64 KiB or more (observed text)', () => {
    expect(readDockerignore(new TextEncoder().encode(`${'a'.repeat(65535)}\n`)).ok).toBe(true);
    expect(rendered(readDockerignore(new TextEncoder().encode('a'.repeat(65536))))).toEqual({ ok: false, message: 'Error reading .dockerignore: bufio.Scanner: token too long' });
  });
});

describe('PatternMatcher (pkg/fileutils, 20.10)', () => {
  it('refuses what filepath.Match calls bad, and a lone "!" (observed texts)', () => {
    expect(rendered(PatternMatcher.create(['[']))).toEqual({ ok: false, message: 'syntax error in pattern' });
    expect(rendered(PatternMatcher.create(['!']))).toEqual({ ok: false, message: 'illegal exclusion pattern: "!"' });
    expect(rendered(PatternMatcher.create(['a\\']))).toEqual({ ok: false, message: 'syntax error in pattern' });
  });

  it('finds a regexp error only when matching (observed: "a(b" fails the context check)', () => {
    const pm = matcher(['a(b']);
    expect(rendered(pm.matches('x'))).toEqual({ ok: false, message: 'syntax error in pattern' });
  });

  it.each([
    // * and ? stop at a slash; ** crosses them; **/ may match nothing
    [['*.txt'], 'a.txt', true],
    [['*.txt'], 'd/a.txt', false],
    [['**/*.txt'], 'a.txt', true],
    [['**/*.txt'], 'd/e/a.txt', true],
    [['d/**'], 'd/e/f', true],
    [['?'], 'ab', false],
    [['a?c'], 'a/c', false],
    // a pattern also matches the parent prefix with as many components as it has
    [['logs'], 'logs/l1', true],
    [['logs'], 'logs/sub/l2', true],
    [['keep/*'], 'keep', false],
    // …and only that one: **/b does not exclude x/y/b/f (observed: it was sent); b/f is left to the walk
    [['**/b'], 'x/y/b', true],
    [['**/b'], 'x/y/b/f', false],
    [['**/b'], 'b/f', false],
    [['**/b'], 'b', true],
    // later patterns win; "!" re-includes
    [['keep/*', '!keep/k2'], 'keep/k1', true],
    [['keep/*', '!keep/k2'], 'keep/k2', false],
    [['!a', 'a'], 'a', true],
    // the other characters are regexp syntax, as moby builds the expression
    [['a+b'], 'aab', true],
    [['a+b'], 'a+b', false],
    [['a\\+b'], 'a+b', true],
    [['[ab].c'], 'b.c', true],
    [['$x'], '$x', true],
  ] as const)('%j on %j: excluded %j', (patterns, file, want) => {
    expect(excluded(patterns, file)).toBe(want);
  });

  it('lists its exceptions for the walk of excluded directories', () => {
    const pm = matcher(['logs', '!logs/sub/l2']);
    expect(pm.exclusions).toBe(true);
    expect(pm.exceptionPatterns).toEqual(['logs/sub/l2']);
  });
});

describe('the Dockerfile and .dockerignore are always sent', () => {
  it('adds exceptions for them when excluded (TrimBuildFilesFromExcludes)', () => {
    expect(trimBuildFilesFromExcludes(['Dockerfile', '.dockerignore'], 'Dockerfile')).toEqual(['Dockerfile', '.dockerignore', '!.dockerignore', '!Dockerfile']);
    expect(trimBuildFilesFromExcludes(['*'], 'sub/Dockerfile')).toEqual(['*', '!.dockerignore', '!sub/Dockerfile']);
    expect(trimBuildFilesFromExcludes(['x'], 'Dockerfile')).toEqual(['x']);
    expect(trimBuildFilesFromExcludes(['Dockerfile'], 'Dockerfile', true)).toEqual(['Dockerfile']);
  });

  it('fileutils.Matches never excludes "." and treats a bad pattern as no match', () => {
    expect(matchesAny('.', ['*'])).toBe(false);
    expect(matchesAny('./a/', ['a'])).toBe(true);
    expect(matchesAny('a', ['['])).toBe(false);
  });
});

describe("Go's filepath.Match", () => {
  it.each([
    ['abc', 'abc', true],
    ['*', 'abc', true],
    ['*c', 'abc', true],
    ['a*', 'a/b', false],
    ['a*/b', 'abc/b', true],
    ['a*b*c*d*e*/f', 'axbxcxdxe/f', true],
    ['a*b?c*x', 'abxbbxdbxebxczzx', true],
    ['ab[c]', 'abc', true],
    ['ab[b-d]', 'abc', true],
    ['ab[^c]', 'abc', false],
    ['ab[^b-d]', 'abe', true],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'ab', false],
    ['a?b', 'a☺b', true],
    ['a[^a]b', 'a☺b', true],
    ['*x', 'xxx', true],
    ['[', 'a', 'bad-pattern'],
    ['[^', 'a', 'bad-pattern'],
    ['a[', 'x', 'bad-pattern'],
    ['[x-]', 'x', 'bad-pattern'],
    ['\\', 'a', 'bad-pattern'],
    ['*x\\', 'xxx', 'bad-pattern'],
  ] as const)('Match(%j, %j) is %j', (pattern, name, want) => {
    expect(goMatch(pattern, name)).toBe(want);
  });

  it('containsWildcards: *, ? or [ not escaped', () => {
    expect(containsWildcards('d*')).toBe(true);
    expect(containsWildcards('di[r]')).toBe(true);
    expect(containsWildcards('a\\*b')).toBe(false);
    expect(containsWildcards('plain.txt')).toBe(false);
  });
});
