/**
 * layer/scope.ts against the cases of moby's pkg/symlink tests (fs_unix_test.go), on a tree held in
 * memory: `makeFs` there makes directories and symlinks, with their parents, under a temporary
 * directory; `/t` stands for it here.
 */
import { describe, expect, it } from 'vitest';
import { type ScopeNode, evalInScope, followSymlinkInScope, lstatAt } from '../../src/layer/scope.js';

type Entry = readonly [path: string, target?: string];

/** The tree makeFs makes: each path a directory, or a symlink when it has a target, its parents directories. */
function makeFs(entries: readonly Entry[]): (rel: string) => ScopeNode | undefined {
  const nodes = new Map<string, ScopeNode>();
  for (const [path, target] of entries) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!nodes.has(dir)) nodes.set(dir, { type: 'dir' });
    }
    if (!nodes.has(path)) nodes.set(path, target === undefined ? { type: 'dir' } : { type: 'symlink', target });
  }
  return (rel) => nodes.get(rel);
}

/** testSymlink: FollowSymlinkInScope(join(tmp, path), join(tmp, scope)) is join(tmp, expected). */
function follows(entries: readonly Entry[], path: string, scope: string): string {
  const r = followSymlinkInScope(`/t/${path}`, scope === '' ? '/t' : `/t/${scope}`, (rel) => makeFs(entries)(scope === '' ? rel : rel === '' ? scope : `${scope}/${rel}`));
  if (typeof r !== 'string') throw new Error(`${r.code}`);
  return r;
}

describe('FollowSymlinkInScope, as moby tests it', () => {
  it.each<[string, readonly Entry[], string, string, string]>([
    ['an absolute link', [['testdata/fs/a/d', '/b']], 'testdata/fs/a/d/c/data', 'testdata', '/t/testdata/b/c/data'],
    ['a relative path', [['testdata/fs/i', 'a']], 'testdata/fs/i', 'testdata', '/t/testdata/fs/a'],
    ['symlinks outside the scope are not read', [['linkdir', 'realdir'], ['realdir/foo/bar']], 'linkdir/foo/bar', 'linkdir/foo', '/t/linkdir/foo/bar'],
    ['the last component a link', [['testdata/fs/a/d', '/b']], 'testdata/fs/a/d', 'testdata', '/t/testdata/b'],
    ['a relative link changing directory', [['testdata/fs/a/e', '../b']], 'testdata/fs/a/e/c/data', 'testdata', '/t/testdata/fs/b/c/data'],
    ['a relative link kept in its scope', [['testdata/fs/a/e', '../b']], 'testdata/fs/a/e', 'testdata/fs/a', '/t/testdata/fs/a/b'],
    ['a deep relative link', [['testdata/fs/a/f', '../../../../test']], 'testdata/fs/a/f', 'testdata', '/t/testdata/test'],
    ['a deep relative link, a narrower scope', [['testdata/fs/a/f', '../../../../test']], 'testdata/fs/a/f', 'testdata/fs', '/t/testdata/fs/test'],
    ['a chain of relative links', [['testdata/fs/b/h', '../g'], ['testdata/fs/g', '../../../../../../../../../../../../root']], 'testdata/fs/b/h', 'testdata', '/t/testdata/root'],
    ['a breakout path', [['testdata/fs/j/k', '../i/a']], 'testdata/fs/j/k', 'testdata/fs/j', '/t/testdata/fs/j/i/a'],
    ['a link to /', [['foo', '/']], 'foo', '', '/t'],
    ['a link to /../../', [['foo', '/../../']], 'foo', '', '/t'],
    ['a link to ../../', [['foo', '../../']], 'foo', '', '/t'],
    ['a relative path below a directory', [['bar/foo', 'baz/target']], 'bar/foo', '', '/t/bar/baz/target'],
    ['a complex chain whose targets hold links', [['root2'], ['root2/a', 'r/s'], ['root2/r', '../root/t'], ['root2/root/t/s/b', '/../u'], ['root2/u/c', '.'], ['root2/u/x/y', '../v'], ['root2/u/v', '/../w']], 'root2/a/b/c/x/y/z', 'root2', '/t/root2/w/z'],
    ['a breakout through a missing directory', [['root/slash', '/'], ['root/sym', '/idontexist/../slash']], 'root/sym/file', 'root', '/t/root/file'],
    ['no lexical cleaning of a link target', [['root/sym', '/foo/bar'], ['root/hello', '/sym/../baz']], 'root/hello', 'root', '/t/root/foo/baz'],
  ])('%s', (_, entries, path, scope, expected) => {
    expect(follows(entries, path, scope)).toBe(expected);
  });

  it('refuses a link loop, naming the path asked for', () => {
    expect(followSymlinkInScope('/t/root/foo', '/t/root', makeFs([['foo', 'foo']]))).toEqual({ code: 'scope_loop', path: '/t/root/foo' });
    const chain = makeFs([['bar', 'baz'], ['baz', '../bak'], ['bak', '/bar']]);
    expect(followSymlinkInScope('/t/root/bar', '/t/root', chain)).toEqual({ code: 'scope_loop', path: '/t/root/bar' });
  });

  it('refuses a path outside the root, and one that only shares its prefix with the trimmed path', () => {
    const none = makeFs([]);
    expect(followSymlinkInScope('/t/x', '/t/root', none)).toEqual({ code: 'scope_outside', path: '/t/x', root: '/t/root' });
    expect(followSymlinkInScope('/t/rootfs/x', '/t/root', none)).toEqual({ code: 'scope_outside', path: 'fs/x', root: '/t/root' });
    expect(followSymlinkInScope('/t/root', '/t/root', none)).toBe('/t/root');
  });

  it('fails when a component lies below a file: lstat of it, not a directory', () => {
    const tree = (rel: string): ScopeNode | undefined => (rel === 'f' ? { type: 'file' } : rel === 'l' ? { type: 'symlink', target: 'f' } : undefined);
    expect(followSymlinkInScope('/t/f/x/y', '/t', tree)).toEqual({ code: 'path_error', op: 'lstat', path: '/t/f/x', errno: 'ENOTDIR' });
    expect(followSymlinkInScope('/t/l/x', '/t', tree)).toEqual({ code: 'path_error', op: 'lstat', path: '/t/f/x', errno: 'ENOTDIR' });
    expect(evalInScope(tree, 'missing/x/../f')).toEqual({ ok: true, path: 'missing/f' });
    expect(lstatAt(tree, 'f/x')).toBe('ENOTDIR');
    expect(lstatAt(tree, 'm/x')).toBe('ENOENT');
  });
});
