/**
 * docker cp, the daemon's side, decided: the stat of a path, the archive of a path (archive-path) and
 * a tar extracted into a directory (extract-to-dir), through the union view with copy-up. Expected
 * texts and events are the engine's (observed on Docker 20.10; docs/rules.md CP-1–CP-5).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command, LayerInput } from '../../src/commands.js';
import type { CopyEntry } from '../../src/container/cp.js';
import { statPath } from '../../src/container/cp.js';
import { findContainer, isError } from '../../src/container/resolve.js';
import { containerBase } from '../../src/container/stack.js';
import { render } from '../../src/core/errors.js';
import { diff } from '../../src/layer/diff.js';
import { readCopyArchive } from '../../src/layer/tar-read.js';
import { writeCopyTar } from '../../src/layer/tar-write.js';
import { lookup } from '../../src/layer/union.js';
import type { State } from '../../src/state.js';
import { createRequest, given } from '../../src/testing/decider-spec.js';
import { baseLayer } from '../support/stores.js';

let base: LayerInput;
beforeAll(async () => {
  base = await baseLayer();
});

const create = (cmd: readonly string[], extra = {}): Command => ({ type: 'create', ...createRequest('web', cmd, extra) });
const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const file = (name: string, data: string, extra: Partial<CopyEntry> = {}): CopyEntry => ({
  name,
  type: 'file',
  mode: 0o644,
  uid: 0,
  gid: 0,
  mtime: 1577934245,
  linkname: '',
  data: text(data),
  ...extra,
});
const dir = (name: string, extra: Partial<CopyEntry> = {}): CopyEntry => ({ name, type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 1577934000, linkname: '', ...extra });
const cpIn = (path: string, entries: readonly CopyEntry[], copyUIDGID = false): Command => ({ type: 'cp_in', ref: 'web', path, archive: { entries }, copyUIDGID });
const diffOf = (s: State): string[] => {
  const c = findContainer(s, 'web');
  if (isError(c)) throw new Error(c.code);
  return diff(c.rw, containerBase(s, c)).map((d) => `${d.kind} ${d.path}`);
};
const nodeAt = (s: State, path: string) => {
  const c = findContainer(s, 'web');
  if (isError(c)) throw new Error(c.code);
  return lookup([c.rw, ...containerBase(s, c)], path);
};

describe('cp into a container', () => {
  it('a file lands in the RW layer with the tar’s mode, owner and time, and logs extract-to-dir', () => {
    const g = given(base, [create(['sh'])]);
    g.when(cpIn('/', [file('f.txt', 'hello\n', { uid: 1000, gid: 1000 })])).thenEvents(['ContainerFsChanged', 'ContainerArchiveExtracted']);
    expect(nodeAt(g.strata.state, 'f.txt')).toMatchObject({ type: 'file', mode: 0o644, uid: 1000, gid: 1000, mtime: 1577934245, size: 6 });
    expect(diffOf(g.strata.state)).toEqual(['A /f.txt']);
  });

  it('into a directory of the image: copied up, C for it and A for the file', () => {
    const g = given(base, [create(['sh'])]);
    g.when(cpIn('/bin', [file('new', 'x')])).thenEvents(['ContainerFsChanged', 'ContainerArchiveExtracted']);
    expect(diffOf(g.strata.state)).toEqual(['C /bin', 'A /bin/new']);
  });

  it('a directory keeps its own time from the tar, set after its contents', () => {
    const g = given(base, [create(['sh'])]);
    g.when(cpIn('/', [dir('d/'), file('d/a', 'a'), dir('d/sub/', { mode: 0o700 }), file('d/sub/b', 'b')]));
    expect(nodeAt(g.strata.state, 'd')).toMatchObject({ type: 'dir', mtime: 1577934000 });
    expect(nodeAt(g.strata.state, 'd/sub')).toMatchObject({ type: 'dir', mode: 0o700, mtime: 1577934000 });
  });

  it('a directory deleted in the RW layer comes back opaque: the image’s entries under it show as deleted', () => {
    const g = given(base, [create(['sh', '-c', 'rm -r /bin; mkdir /keep']), { type: 'start', ref: 'web', attach: true }]);
    g.when(cpIn('/', [dir('bin/'), file('bin/cat', 'cat')])).thenEvents(['ContainerFsChanged', 'ContainerArchiveExtracted']);
    const d = diffOf(g.strata.state);
    expect(d).toContain('C /bin');
    expect(d).toContain('C /bin/cat');
    expect(d).toContain('D /bin/busybox');
  });

  it('the destination must be a directory; a missing one is the daemon’s 404', () => {
    const g = given(base, [create(['sh'])]);
    const t = g.when(cpIn('/bin/busybox', [file('x', 'x')])).thenFails('extract_not_directory');
    expect(render(t.decision.error!)).toBe('extraction point is not a directory');
    expect(render(g.when(cpIn('/nodir', [file('x', 'x')])).thenFails('container_file_not_found').decision.error!)).toBe('Could not find the file /nodir in container web');
  });

  it('a non-directory never replaces a directory (NoOverwriteDirNonDir), and nothing is logged', () => {
    const g = given(base, [create(['sh'])]);
    const t = g.when(cpIn('/', [file('bin', 'x')])).thenFails('untar_failed');
    expect(render(t.decision.error!)).toBe('Error processing tar file(exit status 1): cannot overwrite directory "/bin" with non-directory "/"');
    expect(t.events).toEqual([]);
  });

  it('a tar cut short: what came before stays, the error is the untar’s, no extract-to-dir', () => {
    const g = given(base, [create(['sh'])]);
    const bytes = writeCopyTar([['a.txt', { type: 'file', mode: 0o644, mtime: 0, size: 1, digest: 'sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb' }]], () => text('a'));
    const archive = readCopyArchive(bytes.slice(0, 1024 + 100));
    const t = g.when({ type: 'cp_in', ref: 'web', path: '/', archive, copyUIDGID: false }).thenFails('untar_failed');
    expect(render(t.decision.error!)).toBe('Error processing tar file(exit status 1): unexpected EOF');
    expect(t.events).toEqual(['ContainerFsChanged']);
  });

  it('a name that leads out of the destination is refused; into the root it lands at the top', () => {
    const g = given(base, [create(['sh']), cpIn('/', [dir('d/')])]);
    const t = g.when(cpIn('/d', [file('../../up', 'u')])).thenFails('untar_failed');
    expect(render(t.decision.error!)).toBe('Error processing tar file(exit status 1): "../../up" is outside of "/d"');
    g.when(cpIn('/', [file('../../up', 'u')])).thenEvents(['ContainerFsChanged', 'ContainerArchiveExtracted']);
    expect(nodeAt(g.strata.state, 'up')).toMatchObject({ type: 'file', size: 1 });
  });

  it('an empty stream extracts nothing and is logged', () => {
    const g = given(base, [create(['sh'])]);
    g.when({ type: 'cp_in', ref: 'web', path: '/', archive: readCopyArchive(new Uint8Array()), copyUIDGID: false }).thenEvents(['ContainerArchiveExtracted']);
  });

  it('works in a paused container, as the engine allows', () => {
    const g = given(base, [create(['sleep', '1000']), { type: 'start', ref: 'web', attach: false }, { type: 'pause', ref: 'web' }]);
    g.when(cpIn('/', [file('p.txt', 'p')])).thenEvents(['ContainerFsChanged', 'ContainerArchiveExtracted']);
  });

  it('-a gives every entry to the container’s user as the host knows it: root by name or uid; a user with a colon is getent’s error, after the read-only check', () => {
    const owned = file('o', 'o', { uid: 1234, gid: 5678 });
    for (const user of ['root', '0']) {
      const g = given(base, [create(['sh'], { user })]);
      g.when(cpIn('/', [owned], true)).thenEvents(['ContainerFsChanged', 'ContainerArchiveExtracted']);
      g.when(cpIn('/', [{ ...owned, name: 'kept' }], false));
      const c = findContainer(g.strata.state, 'web');
      if (isError(c)) throw new Error(render(c));
      // root's ids are the entries' defaults (an owner of 0 is not written)
      expect(c.rw.get('o')).toMatchObject({ type: 'file' });
      expect(c.rw.get('o')).not.toHaveProperty('uid');
      expect(c.rw.get('kept')).toMatchObject({ uid: 1234, gid: 5678 });
    }
    const colon = given(base, [create(['sh'], { user: '0:0' })]).when(cpIn('/', [owned], true)).thenFails('getent_not_found');
    expect(render(colon.decision.error!)).toBe('getent unable to find entry "0:0" in passwd database');
    given(base, [create(['sh'], { user: '0:0', readOnly: true })]).when(cpIn('/', [owned], true)).thenFails('rootfs_read_only');
    given(base, [create(['sh'], { user: '0:0' })]).when(cpIn('/nope', [owned], true)).thenFails('container_file_not_found');
  });

  it('refuses what it does not model: hard links, the network files of a started container, -a with a user only the host knows', () => {
    const g = given(base, [create(['sleep', '1000']), { type: 'start', ref: 'web', attach: false }]);
    g.when(cpIn('/', [{ ...file('l', ''), type: 'link', linkname: 'bin/busybox' }])).thenFails('unsupported');
    g.when(cpIn('/etc', [file('hostname', 'x')])).thenFails('unsupported');
    // -a with a user only the host can answer for
    given(base, [create(['sh'], { user: '4001' })]).when(cpIn('/', [file('x', 'x')], true)).thenFails('unsupported');
  });
});

describe('cp out of a container', () => {
  it('answers the stat and the entries of the path, named as the engine names them, and logs archive-path', () => {
    const g = given(base, [create(['sh']), cpIn('/', [dir('d/'), file('d/a', 'a')])]);
    const t = g.when({ type: 'cp_out', ref: 'web', path: '/d' }).thenEvents(['ContainerPathArchived']);
    expect(t.decision.reply.archived?.stat).toMatchObject({ name: 'd', type: 'dir' });
    expect(t.decision.reply.archived?.entries.map(([n]) => n)).toEqual(['d/', 'd/a']);
    const dot = g.when({ type: 'cp_out', ref: 'web', path: 'd/.' });
    expect(dot.decision.reply.archived?.entries.map(([n]) => n)).toEqual(['./', './a']);
    const root = g.when({ type: 'cp_out', ref: 'web', path: '/' });
    expect(root.decision.reply.archived?.entries.slice(0, 3).map(([n]) => n)).toEqual(['/', '/.dockerenv', '/bin/']);
  });

  it('a symlink is archived as itself; its stat names where it leads in the container', () => {
    const g = given(base, [create(['sh'])]);
    const t = g.when({ type: 'cp_out', ref: 'web', path: '/bin/sh' });
    expect(t.decision.reply.archived?.entries.map(([n, node]) => [n, node.type])).toEqual([['sh', 'symlink']]);
    const st = statPath(g.strata.state, 'web', '/bin/sh');
    expect(st).toMatchObject({ type: 'symlink', linkTarget: '/bin/busybox' });
  });

  it('a missing path is the daemon’s 404; a path through a file its lstat error on the mount', () => {
    const g = given(base, [create(['sh'])]);
    g.when({ type: 'cp_out', ref: 'web', path: '/nope' }).thenFails('container_file_not_found');
    const t = g.when({ type: 'cp_out', ref: 'web', path: '/bin/busybox/' }).thenFails('path_error');
    expect(render(t.decision.error!)).toMatch(/^lstat \/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/merged\/bin\/busybox\/: not a directory$/);
    g.when({ type: 'cp_out', ref: 'nosuch', path: '/' }).thenFails('no_such_container');
  });
});
