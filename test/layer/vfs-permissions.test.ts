/**
 * The union filesystem's permission checks for a process (docs/rules.md USER-3), each rule given an
 * image layer, when one call is made as a user, then the kernel's answer and what changed. What
 * busybox prints for each was observed on Docker 20.10.24 (test/conformance/user.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Change, Node } from '../../src/layer/changeset.js';
import { sha256 } from '../../src/layer/digest.js';
import { Vfs } from '../../src/layer/vfs.js';
import { type Cred, ROOT } from '../../src/sh/fs.js';

const EMPTY = sha256(new Uint8Array());
const dir = (mode: number, uid = 0, gid = 0): Change => ({ type: 'dir', mode, mtime: 0, ...(uid ? { uid } : {}), ...(gid ? { gid } : {}) });
const file = (mode: number, uid = 0, gid = 0): Change => ({ type: 'file', mode, mtime: 0, size: 0, digest: EMPTY, ...(uid ? { uid } : {}), ...(gid ? { gid } : {}) });

const ALICE: Cred = { uid: 2001, gid: 3001, groups: [3001, 3100] };
const BOB: Cred = { uid: 2002, gid: 3002, groups: [3002] };

/** An image layer: root's private /root, a sticky /tmp, a set-group-ID /sg, files of every kind. */
const IMAGE: ReadonlyMap<string, Change> = new Map<string, Change>([
  ['root', dir(0o700)],
  ['root/f', file(0o644)],
  ['tmp', dir(0o1777)],
  ['tmp/bobs', file(0o666, 2002, 3002)],
  ['sg', dir(0o2777, 0, 3100)],
  ['srv', dir(0o755)],
  ['srv/pub', file(0o644)],
  ['srv/hidden', file(0o600)],
  ['srv/group', file(0o664, 0, 3100)],
  ['srv/suid', file(0o4777)],
  ['srv/bbox', file(0o700)],
  ['srv/rw', dir(0o777)],
  ['srv/rw/d', dir(0o755)],
  ['home', dir(0o777)],
]);

/** Given the image, a process of `cred` with a fresh RW layer, or with the one another left. */
function given(cred: Cred, rw = new Map<string, Change>()): { fs: Vfs; rw: Map<string, Change> } {
  return { fs: new Vfs(rw, [IMAGE], 100, () => new Uint8Array(), false, cred), rw };
}
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('a process of a user other than root', () => {
  it('needs search permission on every directory a path is looked up in, the last one too', () => {
    const { fs } = given(ALICE);
    expect(fs.stat('/root')).toMatchObject({ type: 'dir' });
    expect(fs.stat('/root/f')).toBe('EACCES');
    expect(fs.stat('/root/nosuch')).toBe('EACCES');
    expect(fs.mkdir('/root/f')).toBe('EACCES');
    expect(fs.chdir('/root')).toBe('EACCES');
  });

  it('reads only what it may read, a directory too', () => {
    const { fs } = given(ALICE);
    expect(fs.readFile('/srv/hidden')).toBe('EACCES');
    expect(fs.readFile('/srv/pub')).toBeInstanceOf(Uint8Array);
    expect(fs.readdir('/root')).toBe('EACCES');
    expect(fs.readFile('/srv')).toBe('EISDIR');
  });

  it('writes a file its class of the mode lets it write, the group’s as a member', () => {
    const { fs, rw } = given(ALICE);
    expect(fs.writeFile('/srv/pub', bytes('x'), true)).toBe('EACCES');
    expect(rw.size).toBe(0);
    expect(fs.writeFile('/srv/group', bytes('x'), true)).toBeUndefined();
    expect(given(BOB).fs.writeFile('/srv/group', bytes('x'), true)).toBe('EACCES');
  });

  it('makes and removes entries only in a directory it may write and search', () => {
    const { fs } = given(ALICE);
    expect(fs.writeFile('/srv/new', bytes('x'), false)).toBe('EACCES');
    expect(fs.mkdir('/srv/d')).toBe('EACCES');
    expect(fs.symlink('x', '/srv/l')).toBe('EACCES');
    expect(fs.unlink('/srv/pub')).toBe('EACCES');
    // the directory's permissions come before what the victim is
    expect(fs.unlink('/srv/rw')).toBe('EACCES');
    expect(fs.rmdir('/srv/rw/d')).toBeUndefined();
  });

  it('in a sticky directory removes only its own entries, or those of a directory it owns: EPERM', () => {
    const { fs } = given(ALICE);
    expect(fs.unlink('/tmp/bobs')).toBe('EPERM');
    expect(fs.rename('/tmp/bobs', '/tmp/mine')).toBe('EPERM');
    expect(given(BOB).fs.unlink('/tmp/bobs')).toBeUndefined();
  });

  it('changes the mode of its own files only (EPERM), and loses set-group-ID on a file of a group it is not in', () => {
    const { fs, rw } = given(ALICE);
    expect(fs.chmod('/srv/pub', 0o777)).toBe('EPERM');
    fs.writeFile('/home/mine', bytes(''), false);
    expect(fs.chmod('/home/mine', 0o2755)).toBeUndefined();
    expect(rw.get('home/mine')).toMatchObject({ mode: 0o2755 });
    expect(given(BOB, rw).fs.chmod('/home/mine', 0o600)).toBe('EPERM');
    const bob = given(BOB, rw).fs;
    bob.writeFile('/sg/theirs', bytes(''), false);
    expect(bob.chmod('/sg/theirs', 0o2755)).toBeUndefined();
    expect(rw.get('sg/theirs')).toMatchObject({ mode: 0o755, uid: 2002, gid: 3100 });
  });

  it('touches what it owns or may write', () => {
    const { fs } = given(ALICE);
    expect(fs.touch('/srv/pub')).toBe('EACCES');
    expect(fs.touch('/tmp/bobs')).toBeUndefined();
  });

  it('drops set-user-ID when it writes a file; a write through an open file checks nothing again', () => {
    const { fs, rw } = given(ALICE);
    expect(fs.writeFile('/srv/suid', bytes('x'), true)).toBeUndefined();
    expect(rw.get('srv/suid')).toMatchObject({ mode: 0o777 });
    fs.writeAt('/srv/pub', bytes('y'), 'append');
    expect(rw.get('srv/pub')).toMatchObject({ size: 1 });
  });

  it('owns what it makes: its gid, or a set-group-ID directory’s, whose bit a new directory keeps', () => {
    const { fs, rw } = given(ALICE);
    fs.writeFile('/home/f', bytes('x'), false);
    fs.mkdir('/sg/d');
    expect(rw.get('home/f')).toMatchObject({ uid: 2001, gid: 3001, mode: 0o644 });
    expect(rw.get('sg/d') as Node).toMatchObject({ uid: 2001, gid: 3100, mode: 0o2755 });
  });

  it('moves a directory to another one only if it may write the directory itself; one from an image layer not at all (EXDEV)', () => {
    const { fs } = given(ALICE);
    expect(fs.rename('/srv/rw/d', '/home/d')).toBe('EACCES');
    expect(fs.rename('/srv/rw/d', '/srv/rw/e')).toBe('EXDEV');
    fs.mkdir('/home/mine');
    expect(fs.rename('/home/mine', '/tmp/mine')).toBeUndefined();
  });

  it('executes a file whose x bit its class has', () => {
    expect(given(ALICE).fs.mayExec('/srv/bbox')).toBe('EACCES');
    expect(given(ALICE).fs.mayExec('/srv/pub')).toBe('EACCES');
  });
});

describe('root', () => {
  it('reads, writes and searches anything, changes any mode, and executes a file with any x bit', () => {
    const { fs } = given(ROOT);
    expect(fs.readFile('/srv/hidden')).toBeInstanceOf(Uint8Array);
    expect(fs.writeFile('/root/f', bytes('x'), false)).toBeUndefined();
    expect(fs.unlink('/tmp/bobs')).toBeUndefined();
    expect(fs.chmod('/srv/pub', 0o600)).toBeUndefined();
    expect(fs.mayExec('/srv/bbox')).toBeUndefined();
    expect(fs.mayExec('/srv/pub')).toBe('EACCES');
    expect(fs.rename('/srv/rw/d', '/srv/rw/e')).toBeUndefined();
  });
});
