/**
 * readLayerTar against what Docker 20.10.24 (overlay2, `docker import`) was observed to do with
 * the same kind of input. Messages are the daemon's text after "Error response from daemon: ".
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/layer/changeset.js';
import { EMPTY_LAYER_DIFF_ID, sha256 } from '../../src/layer/digest.js';
import { render } from '../../src/core/errors.js';
import { readLayerTar, type LayerTar, type TarError } from '../../src/layer/tar-read.js';
import {
  COMMIT_OPAQUE_DIFF_ID,
  COMMIT_OPAQUE_LAYER,
  COMMIT_RM_DIFF_ID,
  COMMIT_RM_LAYER,
  COMMIT_SYMLINK_SETUID_DIFF_ID,
  COMMIT_SYMLINK_SETUID_LAYER,
  rawTar,
} from './fixtures.js';

const ok = async (bytes: Uint8Array): Promise<LayerTar> => {
  const r = await readLayerTar(bytes);
  if ('code' in r) throw new Error(`expected a layer, got ${r.code}: ${render(r.error)}`);
  return r;
};
/** The error, with its text as the daemon renders it. */
const fail = async (bytes: Uint8Array): Promise<Omit<TarError, 'error'> & { message: string }> => {
  const r = await readLayerTar(bytes);
  if (!('code' in r)) throw new Error(`expected an error, got a layer with ${[...r.changes.keys()].join(', ')}`);
  const { error, ...rest } = r;
  return { ...rest, message: render(error) };
};
const entries = (l: LayerTar): [string, Change][] => [...l.changes].sort(([a], [b]) => (a < b ? -1 : 1));
const UNEXPECTED_EOF = 'Error processing tar file(exit status 1): unexpected EOF';
const INVALID_HEADER = 'Error processing tar file(exit status 1): archive/tar: invalid tar header';

describe('layers Docker committed', () => {
  it('reads a deletion as a whiteout; the DiffID is the sha256 of the bytes', async () => {
    const l = await ok(COMMIT_RM_LAYER);
    expect(l.diffId).toBe(COMMIT_RM_DIFF_ID);
    expect(entries(l)).toStrictEqual([
      ['bin', { type: 'dir', mode: 0o755, mtime: 1795926032 }],
      ['bin/cp', { type: 'whiteout' }],
    ]);
    expect(l.size).toBe(0);
  });

  it('reads an opaque directory; the marker is not an entry', async () => {
    const l = await ok(COMMIT_OPAQUE_LAYER);
    expect(l.diffId).toBe(COMMIT_OPAQUE_DIFF_ID);
    const g = sha256(new TextEncoder().encode('new\n'));
    expect(entries(l)).toStrictEqual([
      ['d', { type: 'dir', mode: 0o710, mtime: 1795926035, opaque: true }],
      ['d/g', { type: 'file', mode: 0o644, mtime: 1795926035, size: 4, digest: g }],
    ]);
    expect(new TextDecoder().decode(l.blobs.get(g))).toBe('new\n');
    expect(l.size).toBe(4); // layerdb size file: 4
  });

  it('strips the type bits from the mode and keeps setuid/setgid; a symlink counts its target length', async () => {
    const l = await ok(COMMIT_SYMLINK_SETUID_LAYER);
    expect(l.diffId).toBe(COMMIT_SYMLINK_SETUID_DIFF_ID);
    expect(l.changes.get('u')).toMatchObject({ type: 'dir', mode: 0o4755 });
    expect(l.changes.get('u/f')).toMatchObject({ type: 'file', mode: 0o6755, size: 0 });
    expect(l.changes.get('bin/zz')).toMatchObject({ type: 'symlink', mode: 0o777, target: 'busybox' });
    expect(l.size).toBe(7); // layerdb size file: 7
  });
});

describe('archive framing (Go archive/tar semantics)', () => {
  it('rejects garbage and a truncated header as unexpected EOF', async () => {
    // observed: `echo garbage | docker import -`
    expect(await fail(new TextEncoder().encode('garbage\n'))).toStrictEqual({ code: 'unexpected-eof', message: UNEXPECTED_EOF });
    const tar = rawTar([{ name: 'a', data: 'x' }, { name: 'b', data: 'y' }]);
    expect((await fail(tar.subarray(0, 1024 + 100))).message).toBe(UNEXPECTED_EOF);
  });

  it('rejects truncated file data as unexpected EOF', async () => {
    const tar = rawTar([{ name: 'big', data: new Uint8Array(1000) }]);
    expect((await fail(tar.subarray(0, 512 + 600))).message).toBe(UNEXPECTED_EOF);
  });

  it('ends quietly where an archive stops inside the padding after a file (Go reads it with tryReadFull)', async () => {
    // observed: `docker import` of such a tar succeeds, with the file
    const tar = rawTar([{ name: 'big', data: new Uint8Array(1000) }]);
    const cut = await ok(tar.subarray(0, 512 + 1000));
    expect([...cut.changes.keys()]).toStrictEqual(['big']);
    expect([...(await ok(rawTar([{ name: 'a', data: 'x' }]).subarray(0, 700))).changes.keys()]).toStrictEqual(['a']);
  });

  it('rejects a block that is not a header as an invalid tar header', async () => {
    // observed: 512 bytes of "x"; and a zero block followed by a non-zero block
    expect(await fail(new Uint8Array(512).fill(0x78))).toStrictEqual({ code: 'invalid-header', message: INVALID_HEADER });
    const zeroThenJunk = new Uint8Array(1024).fill(0x78, 512);
    expect((await fail(zeroThenJunk)).message).toBe(INVALID_HEADER);
  });

  it('accepts an archive that just stops at a block boundary, even without an end marker', async () => {
    // observed: empty input, a single zero block, and one 512-byte "./" header all import fine
    const empty = await ok(new Uint8Array(0));
    expect(empty.diffId).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(empty.changes.size).toBe(0);
    expect((await ok(new Uint8Array(512))).changes.size).toBe(0);
    const noEnd = await ok(rawTar([{ name: 'a', data: 'x' }], { end: false }));
    expect([...noEnd.changes.keys()]).toStrictEqual(['a']);
  });

  it('hashes everything, including 10240-byte record padding and trailing bytes after the end', async () => {
    const empty = await ok(new Uint8Array(1024));
    expect(empty.diffId).toBe(EMPTY_LAYER_DIFF_ID);
    // observed: a tar followed by "trailing garbage" imports, DiffID = sha256sum of the whole file
    const tar = rawTar([{ name: 'f', data: 'hi' }]);
    const padded = new Uint8Array(10240);
    padded.set(tar);
    const trailing = Buffer.concat([padded, Buffer.from('trailing garbage')]);
    const l = await ok(trailing);
    expect(l.diffId).toBe(sha256(trailing));
    expect([...l.changes.keys()]).toStrictEqual(['f']);
  });

  it('reads PAX and GNU long names', async () => {
    const long = `${'d'.repeat(150)}/${'e'.repeat(120)}`;
    const pax = await ok(rawTar([{ name: long, data: 'long', pax: true }]));
    expect([...pax.changes.keys()].sort()).toStrictEqual(['d'.repeat(150), long]);
    expect(pax.size).toBe(4);
    const gnu = await ok(rawTar([{ name: long, data: 'long', gnuLongName: true }]));
    expect([...gnu.changes.keys()].sort()).toStrictEqual(['d'.repeat(150), long]);
    const link = await ok(rawTar([{ name: 'l', type: 'symlink', linkname: 't'.repeat(200), pax: true }]));
    expect(link.changes.get('l')).toMatchObject({ type: 'symlink', target: 't'.repeat(200) });
  });

  it('keeps uid/gid only when non-zero, and the mtime in seconds', async () => {
    const l = await ok(rawTar([{ name: 'f', data: 'x', uid: 1000, gid: 0, mtime: 1234567890, mode: 0o100640 }]));
    expect(l.changes.get('f')).toStrictEqual({ type: 'file', mode: 0o640, mtime: 1234567890, uid: 1000, size: 1, digest: sha256(new TextEncoder().encode('x')) });
  });
});

describe('gzip', () => {
  const tar = rawTar([{ name: 'f', data: 'hi' }]);

  it('decompresses first; the DiffID is of the decompressed tar', async () => {
    // observed: importing hard.tar.gz gives the DiffID of hard.tar
    const l = await ok(gzipSync(tar));
    expect(l.diffId).toBe(sha256(tar));
    expect([...l.changes.keys()]).toStrictEqual(['f']);
  });

  it('reports a truncated stream as unexpected EOF and a bad CRC as an invalid checksum', async () => {
    const gz = gzipSync(tar);
    expect((await fail(gz.subarray(0, 30))).message).toBe(UNEXPECTED_EOF);
    const badCrc = Uint8Array.from(gz);
    badCrc[badCrc.length - 8] = (badCrc[badCrc.length - 8] ?? 0) ^ 0xff;
    expect(await fail(badCrc)).toStrictEqual({ code: 'bad-gzip', message: 'Error processing tar file(gzip: invalid checksum): ' });
  });
});

describe('paths', () => {
  it('resolves absolute names and ".." inside the root instead of rejecting them', async () => {
    // observed: "/etc/x" imports as etc/x; "../x" and "a/../../x" as x; "a/../b" as b
    expect([...(await ok(rawTar([{ name: '/etc/x', data: 'x' }]))).changes.keys()].sort()).toStrictEqual(['etc', 'etc/x']);
    expect([...(await ok(rawTar([{ name: '../x', data: 'x' }]))).changes.keys()]).toStrictEqual(['x']);
    expect([...(await ok(rawTar([{ name: 'a/../../x', data: 'x' }]))).changes.keys()]).toStrictEqual(['x']);
    const inner = await ok(rawTar([{ name: 'a', type: 'directory' }, { name: 'a/../b', data: 'b' }]));
    expect(entries(inner).map(([p]) => p)).toStrictEqual(['a', 'b']);
  });

  it('ignores the root entry and normalises "./" and trailing slashes', async () => {
    const l = await ok(rawTar([{ name: './', type: 'directory', mode: 0o700 }, { name: './a/', type: 'directory' }, { name: './a/b', data: 'b' }]));
    expect(entries(l).map(([p]) => p)).toStrictEqual(['a', 'a/b']);
  });

  it('accepts symlinks whatever their target, counting the target bytes in the size', async () => {
    // observed: x -> ../../../etc/passwd imports (size 19), x -> /etc/passwd too (size 11)
    const up = await ok(rawTar([{ name: 'x', type: 'symlink', linkname: '../../../etc/passwd' }]));
    expect(up.changes.get('x')).toStrictEqual({ type: 'symlink', mode: 0o777, mtime: 0, target: '../../../etc/passwd' });
    expect(up.size).toBe(19);
    expect((await ok(rawTar([{ name: 'x', type: 'symlink', linkname: '/etc/passwd' }]))).size).toBe(11);
  });

  it('rejects a symlink with an empty target', async () => {
    // observed
    expect(await fail(rawTar([{ name: 's', type: 'symlink', linkname: '' }]))).toStrictEqual({
      code: 'empty-symlink-target',
      message: 'Error processing tar file(exit status 1): symlink  /s: no such file or directory',
      path: 's',
    });
  });

  it('adds the parent directories the engine creates implicitly, 0755', async () => {
    // observed: p/q/r alone imports; the engine creates p/ and p/q/ with 0755 (and the union view
    // must reach r through them)
    const l = await ok(rawTar([{ name: 'p/q/r', data: 'r' }]));
    expect(entries(l).map(([p]) => p)).toStrictEqual(['p', 'p/q', 'p/q/r']);
    expect(l.changes.get('p')).toStrictEqual({ type: 'dir', mode: 0o755, mtime: 0 });
  });

  it('rejects entries below a file or a whiteout of the same layer', async () => {
    // observed: f then f/x; .wh.d then d/x
    expect(await fail(rawTar([{ name: 'f', data: 'x' }, { name: 'f/x', data: 'y' }]))).toStrictEqual({
      code: 'not-a-directory',
      message: 'Error processing tar file(exit status 1): open /f/x: not a directory',
      path: 'f/x',
    });
    expect((await fail(rawTar([{ name: '.wh.d' }, { name: 'd/x', data: 'y' }]))).message).toBe(
      'Error processing tar file(exit status 1): open /d/x: not a directory',
    );
  });
});

describe('duplicates', () => {
  const DUPLICATE = 'Error processing tar file(duplicates of file paths not supported): ';

  it('rejects two entries whose cleaned names are equal (tar-split)', async () => {
    // observed: f twice; d/ (dir) then d (file); ./a then a
    expect(await fail(rawTar([{ name: 'f', data: 'one' }, { name: 'f', data: 'second' }]))).toStrictEqual({
      code: 'duplicate-path',
      message: DUPLICATE,
      path: 'f',
    });
    expect((await fail(rawTar([{ name: 'd', type: 'directory' }, { name: 'd/x', data: 'x' }, { name: 'd', data: 'file' }]))).message).toBe(DUPLICATE);
    expect((await fail(rawTar([{ name: './a', data: 'a' }, { name: 'a', data: 'b' }]))).message).toBe(DUPLICATE);
  });

  it('lets the later entry win when only the resolved paths collide', async () => {
    // observed: /a then a gives a = "b"; /d/, /d/x then d (file) leaves only the file d
    const a = await ok(rawTar([{ name: '/a', data: 'a' }, { name: 'a', data: 'b', mode: 0o600 }]));
    expect(a.changes.get('a')).toMatchObject({ type: 'file', mode: 0o600, digest: sha256(new TextEncoder().encode('b')) });
    expect(a.blobs.size).toBe(1);
    const d = await ok(rawTar([{ name: '/d', type: 'directory' }, { name: '/d/x', data: 'x' }, { name: 'd', data: 'file' }]));
    expect(entries(d).map(([p, c]) => [p, c.type])).toStrictEqual([['d', 'file']]);
    expect(d.size).toBe(4);
    // a later directory over a directory takes its attributes and keeps the children
    const dd = await ok(rawTar([{ name: '/d', type: 'directory' }, { name: 'd/x', data: 'x' }, { name: 'd/', type: 'directory', mode: 0o700, mtime: 5 }]));
    expect(entries(dd)).toStrictEqual([
      ['d', { type: 'dir', mode: 0o700, mtime: 5 }],
      ['d/x', { type: 'file', mode: 0o644, mtime: 0, size: 1, digest: sha256(new TextEncoder().encode('x')) }],
    ]);
  });
});

describe('what tar-split cannot read back for save (observed on 20.10.24: each save fails so)', () => {
  const unsavable = async (specs: Parameters<typeof rawTar>[0]): Promise<LayerTar['unsavable']> => (await ok(rawTar(specs))).unsavable;
  it('nothing when every entry with data is still there, empty files and moved directories aside', async () => {
    expect(await unsavable([{ name: 'a', data: 'x' }, { name: 'd/e', data: '' }, { name: 'd', data: '' }])).toBeUndefined();
  });
  it('a whiteout or an opaque marker with data: the open fails, ENOTDIR below a file', async () => {
    expect(await unsavable([{ name: '.wh.a', data: 'x' }])).toStrictEqual({ open: '.wh.a', errno: 'ENOENT' });
    expect(await unsavable([{ name: 'etc', data: '' }, { name: 'etc/.wh..wh..opq', data: 'x' }])).toStrictEqual({ open: 'etc/.wh..wh..opq', errno: 'ENOTDIR' });
  });
  it('a file whose directory a later entry replaced by a file, or by a symlink leading elsewhere in the layer', async () => {
    expect(await unsavable([{ name: 'etc/a', data: 'x' }, { name: 'etc', data: '' }])).toStrictEqual({ open: 'etc/a', errno: 'ENOTDIR' });
    expect(await unsavable([{ name: 'd/x', data: 'x' }, { name: 'd', type: 'symlink', linkname: 'e' }, { name: 'e', type: 'directory' }])).toStrictEqual({ open: 'd/x', errno: 'ENOENT' });
  });
  it('another name for the same path with other bytes: the checksum; a directory there: the read', async () => {
    expect(await unsavable([{ name: '/a', data: 'x' }, { name: 'a', data: 'hello\n' }])).toStrictEqual({ checksum: '/a' });
    expect(await unsavable([{ name: '/a', data: 'x' }, { name: 'a', data: 'x' }])).toBeUndefined();
    expect(await unsavable([{ name: '/a', data: 'x' }, { name: 'a/', type: 'directory' }])).toStrictEqual({ read: '/a' });
  });
  it('through a symlink to an absolute path: the host’s own files, not modelled', async () => {
    expect(await unsavable([{ name: 'a/b', data: 'x' }, { name: 'a', type: 'symlink', linkname: '/etc' }])).toStrictEqual({ host: 'a/b' });
  });
});

describe('whiteouts', () => {
  it('turns .wh.<name> into a whiteout at <name>', async () => {
    const l = await ok(rawTar([{ name: 'etc/.wh.passwd', mode: 0o600 }, { name: '.wh.tmp' }]));
    expect(entries(l)).toStrictEqual([
      ['etc', { type: 'dir', mode: 0o755, mtime: 0 }],
      ['etc/passwd', { type: 'whiteout' }],
      ['tmp', { type: 'whiteout' }],
    ]);
  });

  it('rejects a whiteout for a path this layer already has', async () => {
    // observed: f then .wh.f fails; .wh.f then f imports f
    expect(await fail(rawTar([{ name: 'f', data: 'x' }, { name: '.wh.f' }]))).toStrictEqual({
      code: 'whiteout-conflict',
      message: 'Error processing tar file(exit status 1): failed to mknod("/f", S_IFCHR, 0): file exists',
      path: 'f',
    });
    const later = await ok(rawTar([{ name: '.wh.f' }, { name: 'f', data: 'x' }]));
    expect(later.changes.get('f')).toMatchObject({ type: 'file', size: 1 });
    // the engine's implicit parent directories exist too (same mknod, EEXIST)
    expect((await fail(rawTar([{ name: 'a/b', data: 'x' }, { name: '.wh.a' }]))).code).toBe('whiteout-conflict');
  });

  it('a duplicate is applied before the stream ends; directory times are then restored, and their failure is the error', async () => {
    // observed: `a/` then symlink `a` (dangling, or to a directory later in the tar) → chtimes /a: no such file or directory;
    // `a/` then a file `a`, or a file then `a/` → the duplicate error
    const CHTIMES = 'Error processing tar file(exit status 1): chtimes /a: no such file or directory';
    expect(await fail(rawTar([{ name: 'a/', type: 'directory' }, { name: 'a', type: 'symlink', linkname: 'b' }]))).toStrictEqual({ code: 'chtimes-failed', message: CHTIMES, path: 'a' });
    const later = rawTar([{ name: 'a/', type: 'directory' }, { name: 'a', type: 'symlink', linkname: 'b' }, { name: 'b/', type: 'directory' }]);
    expect((await fail(later)).message).toBe(CHTIMES);
    expect((await fail(rawTar([{ name: 'a/', type: 'directory' }, { name: 'a', data: '' }]))).code).toBe('duplicate-path');
    expect((await fail(rawTar([{ name: 'a', data: 'x' }, { name: 'a/', type: 'directory' }]))).code).toBe('duplicate-path');
  });

  it('refuses whiteout and AUFS metadata names used as directories, which the engine half-applies', async () => {
    // observed: `.wh..wh..opq/a/` then a file `.wh..wh..opq` → chtimes /.wh..wh..opq/a: no such file or directory
    expect((await fail(rawTar([{ name: '.wh..wh..opq/a/', type: 'directory' }]))).code).toBe('unsupported');
    expect((await fail(rawTar([{ name: 'd/.wh.x/f' }]))).code).toBe('unsupported');
  });

  it('takes .wh..wh..opq at the top as an opaque root, and still refuses a duplicate of it', async () => {
    // observed (generated scenario): a tar of only `.wh..wh..opq/` imports; with a second entry of that name it is a duplicate
    const l = await ok(rawTar([{ name: '.wh..wh..opq', type: 'directory' }, { name: 'a', data: 'x' }]));
    expect(l.opaqueRoot).toBe(true);
    expect([...l.changes.keys()]).toStrictEqual(['a']);
    expect((await fail(rawTar([{ name: '.wh..wh..opq' }, { name: './.wh..wh..opq' }]))).code).toBe('duplicate-path');
  });

  it('an opaque marker below a non-directory fails in the overlay setxattr', async () => {
    // observed (generated scenario): `.wh.a` then `a/etc/.wh..wh..opq` → setxattr("/a/etc", trusted.overlay.opaque=y): not a directory
    const r = await fail(rawTar([{ name: '.wh.a' }, { name: 'a/etc/.wh..wh..opq' }]));
    expect(r.message).toBe('Error processing tar file(exit status 1): setxattr("/a/etc", trusted.overlay.opaque=y): not a directory');
  });

  it('marks the directory of .wh..wh..opq opaque, creating it 0755 when the tar has no entry for it', async () => {
    // observed: d/.wh..wh..opq alone imports and d/ is drwxr-xr-x; with d/ (0700) after it, d is 0700
    expect(entries(await ok(rawTar([{ name: 'd/.wh..wh..opq' }])))).toStrictEqual([['d', { type: 'dir', mode: 0o755, mtime: 0, opaque: true }]]);
    const after = await ok(rawTar([{ name: 'd/.wh..wh..opq' }, { name: 'd', type: 'directory', mode: 0o700, mtime: 9 }]));
    expect(entries(after)).toStrictEqual([['d', { type: 'dir', mode: 0o700, mtime: 9, opaque: true }]]);
  });

  it('accepts an opaque marker on a file and leaves the file alone', async () => {
    // observed: f then f/.wh..wh..opq imports; f is a plain 1-byte file
    const l = await ok(rawTar([{ name: 'f', data: 'x' }, { name: 'f/.wh..wh..opq' }]));
    expect(entries(l).map(([p, c]) => [p, c.type])).toStrictEqual([['f', 'file']]);
  });

  it('accepts an opaque marker on a whiteout, which stays a whiteout (seed 40)', async () => {
    // observed: .wh.a, a/.wh..wh..opq, then .wh.a again fails on the second mknod, not on the marker
    const l = await ok(rawTar([{ name: '.wh.a', data: '' }, { name: 'a/.wh..wh..opq' }]));
    expect(entries(l)).toStrictEqual([['a', { type: 'whiteout' }]]);
    const again = await fail(rawTar([{ name: '.wh.a', data: '' }, { name: 'a/.wh..wh..opq' }, { name: '.wh.a', data: 'x' }]));
    expect(again.message).toBe('Error processing tar file(exit status 1): failed to mknod("/a", S_IFCHR, 0): file exists');
  });

  it('skips other .wh..wh. entries', async () => {
    const l = await ok(rawTar([{ name: '.wh..wh.plnk', type: 'directory', mode: 0o700 }, { name: 'x', data: '1' }]));
    expect([...l.changes.keys()]).toStrictEqual(['x']);
  });
});

describe('entry types strata does not model', () => {
  it.each([
    ['a hard link', rawTar([{ name: 'f', data: 'hi' }, { name: 'g', type: 'link', linkname: 'f' }]), 'g', /hard links: entry "g" -> "f"/],
    ['a character device', rawTar([{ name: 'c', type: 'character-device' }]), 'c', /character devices: entry "c"/],
    ['a FIFO', rawTar([{ name: 'p', type: 'fifo' }]), 'p', /FIFOs: entry "p"/],
  ])('returns unsupported for %s (the engine accepts it)', async (_what, tar, path, message) => {
    const e = await fail(tar);
    expect(e.code).toBe('unsupported');
    expect(e.path).toBe(path);
    expect(e.message).toMatch(message);
  });
});
