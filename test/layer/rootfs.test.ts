import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/layer/digest.js';
import { busyboxAvailable, loadBusybox } from '../../src/host/busybox.js';
import { DEFAULT_APPLETS, makeBaseRootfs } from '../../src/layer/rootfs.js';
import { readLayerTar, type LayerTar } from '../../src/layer/tar-read.js';
import { rawTar } from './fixtures.js';
import { render } from '../../src/core/errors.js';

const ok = async (bytes: Uint8Array): Promise<LayerTar> => {
  const r = await readLayerTar(bytes);
  if ('code' in r) throw new Error(`${r.code}: ${render(r.error)}`);
  return r;
};
const fakeBusybox = new TextEncoder().encode('not really busybox');

describe('makeBaseRootfs', () => {
  it('lists the default applets', () => {
    expect(DEFAULT_APPLETS).toStrictEqual(['sh', 'ls', 'cat', 'echo', 'rm', 'rmdir', 'mkdir', 'sleep', 'touch', 'cp', 'mv', 'ln', 'chmod', 'true', 'false', 'env', 'pwd']);
  });

  it('is deterministic, whatever the order of the applets', () => {
    const a = makeBaseRootfs(fakeBusybox, DEFAULT_APPLETS);
    expect(makeBaseRootfs(Uint8Array.from(fakeBusybox), [...DEFAULT_APPLETS])).toStrictEqual(a);
    expect(makeBaseRootfs(fakeBusybox, [...DEFAULT_APPLETS].reverse())).toStrictEqual(a);
    expect(makeBaseRootfs(fakeBusybox, ['sh'])).not.toStrictEqual(a);
  });

  it('holds bin/, bin/busybox and one symlink per applet, owned 0:0 with mtime 0', async () => {
    const l = await ok(makeBaseRootfs(fakeBusybox, ['sh', 'ls', 'sh', 'busybox', 'a/b', '']));
    expect([...l.changes].sort(([a], [b]) => (a < b ? -1 : 1))).toStrictEqual([
      ['bin', { type: 'dir', mode: 0o755, mtime: 0 }],
      ['bin/busybox', { type: 'file', mode: 0o755, mtime: 0, size: fakeBusybox.length, digest: sha256(fakeBusybox) }],
      ['bin/ls', { type: 'symlink', mode: 0o777, mtime: 0, target: 'busybox' }],
      ['bin/sh', { type: 'symlink', mode: 0o777, mtime: 0, target: 'busybox' }],
    ]);
    expect(l.blobs.get(sha256(fakeBusybox))).toStrictEqual(fakeBusybox);
    // Docker's layer size: the binary plus "busybox" (7 bytes) per symlink
    expect(l.size).toBe(fakeBusybox.length + 2 * 7);
  });

  // observed: `docker import` of this tar -> RootFS.Layers[0] 9576b990…, Size 1982375
  const observedBusybox = 'sha256:3d9f2889d6782537624a4e1a10e68a2ddd53e0ee8bac02676f27308f42ec6bf6';
  const sameBusybox = sha256(loadBusybox()) === observedBusybox;
  it.skipIf(!sameBusybox)('gives the DiffID Docker 20.10.24 reported when importing it with Debian busybox-static 1.35.0 (skipped: /bin/busybox is absent or another build)', async () => {
    const busybox = loadBusybox();
    const l = await ok(makeBaseRootfs(busybox, DEFAULT_APPLETS));
    expect(l.diffId).toBe('sha256:9576b990596f88ba429978ce2b04d21b2de6522f00f95ef47a32bdb07ef5e28a');
    expect(l.size).toBe(1982375);
  });
});

describe('loadBusybox', () => {
  it('returns /bin/busybox when present, else a fixed placeholder', () => {
    const a = loadBusybox();
    // compare digests: a deep equality over the 2 MB binary takes vitest tens of seconds
    expect(sha256(loadBusybox())).toBe(sha256(a));
    if (busyboxAvailable()) expect(sha256(a)).toBe(sha256(readFileSync('/bin/busybox')));
    else expect(new TextDecoder().decode(a)).toMatch(/^#!strata-placeholder\n/);
  });
});

// ---- against a live engine (optional) ------------------------------------------------------

const sock = process.env['STRATA_ENGINE_SOCK'];
if (sock === undefined || sock === '') console.info('skipping the live import test: STRATA_ENGINE_SOCK is unset');

const docker = (args: readonly string[], stdin?: Uint8Array): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    const child = execFile('/usr/bin/docker', args, { env: { ...process.env, DOCKER_HOST: `unix://${sock ?? ''}` } }, (err, stdout, stderr) =>
      resolve({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : 1, stdout, stderr }),
    );
    child.stdin?.end(stdin === undefined ? undefined : Buffer.from(stdin));
  });

describe.skipIf(sock === undefined || sock === '')('docker import (STRATA_ENGINE_SOCK)', () => {
  it('the engine agrees on the DiffID and size of the base rootfs', async () => {
    const tar = makeBaseRootfs(loadBusybox(), DEFAULT_APPLETS);
    const expected = await ok(tar);
    const image = `tar-strata-rootfs:${process.pid}`;
    const imported = await docker(['import', '-', image], tar);
    expect(imported.stderr).toBe('');
    try {
      const inspect = await docker(['image', 'inspect', image, '--format', '{{json .RootFS.Layers}} {{.Size}}']);
      expect(inspect.stdout.trim()).toBe(`${JSON.stringify([expected.diffId])} ${expected.size}`);
    } finally {
      await docker(['rmi', image]);
    }
  });

  it.each([
    ['garbage', new TextEncoder().encode('garbage\n')],
    ['a duplicate path', rawTar([{ name: 'f', data: 'one' }, { name: 'f', data: 'two' }])],
    ['a whiteout after its file', rawTar([{ name: 'f', data: 'x' }, { name: '.wh.f' }])],
  ])('the engine refuses %s with the same message', async (_what, tar) => {
    const expected = await readLayerTar(tar);
    if (!('code' in expected)) throw new Error('expected strata to refuse it too');
    const r = await docker(['import', '-', `tar-strata-bad:${process.pid}`], tar);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trimEnd()).toBe(`Error response from daemon: ${render(expected.error)}`.trimEnd());
  });
});
